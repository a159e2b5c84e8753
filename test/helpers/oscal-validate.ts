import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { REPO } from './cli.js';

// ajv-formats is CommonJS: its function is the module and, for ES imports, its `default` too.
const addFormats = addFormatsModule.default;
const schemaFile = (name: string) => join(REPO, 'test/fixtures/schemas/oscal', name);
/** NIST's OSCAL 1.1.2 assessment-results JSON schema, byte for byte the release asset (see test/fixtures/schemas/README.md). */
export const OFFICIAL_SCHEMA_FILE = schemaFile('oscal_assessment-results_schema.json');
const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as object;
const official = addFormats(new Ajv({ allErrors: true, strict: false })).compile(load(OFFICIAL_SCHEMA_FILE));
/** The hand-written subset: stricter, it also refuses what ctrlflow never writes (see the README). */
const subset = addFormats(new Ajv({ allErrors: true, strict: false })).compile(load(schemaFile('oscal_assessment-results_schema.subset.json')));

/** Each schema error of an OSCAL document as `schema path message` (the official schema's, then the subset's); [] when both accept it. */
export function oscalProblems(document: unknown): string[] {
  const problems: string[] = [];
  for (const [name, validate] of [['official', official], ['subset', subset]] as const) {
    if (!validate(document)) problems.push(...(validate.errors ?? []).map((e) => `${name} ${e.instancePath || '/'} ${e.message ?? ''}`));
  }
  return problems;
}
