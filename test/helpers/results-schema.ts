import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { REPO } from './cli.js';

// A fresh, strict ajv (not the loader's): the published schema itself must be well-formed.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync(join(REPO, 'schemas', 'results.schema.json'), 'utf8')) as object;
const validate = addFormats(new Ajv({ allErrors: true, strict: true })).compile(schema);

/** Where a JSON report breaks schemas/results.schema.json; empty when it conforms. */
export function resultsSchemaProblems(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
