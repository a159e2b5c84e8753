import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { REPO } from './cli.js';

// ajv-formats is CommonJS: its function is the module and, for ES imports, its `default` too.
const addFormats = addFormatsModule.default;
/** The vendored OSCAL 1.1.2 assessment-results schema (a hand-written subset: see test/fixtures/schemas/README.md). */
const schema = JSON.parse(readFileSync(join(REPO, 'test/fixtures/schemas/oscal/oscal_assessment-results_schema.subset.json'), 'utf8')) as object;
const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(schema);

/** Each schema error of an OSCAL document as `path message`; [] when it is valid. */
export function oscalProblems(document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
