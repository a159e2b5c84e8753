import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { REPO } from './cli.js';

// A fresh, strict ajv (not the loader's): the published schema itself must be well-formed.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync(join(REPO, 'schemas', 'results.schema.json'), 'utf8')) as { $id: string };
const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
const validate = ajv.compile(schema);
const validateResult = ajv.compile({ $ref: `${schema.$id}#/definitions/resultLine` });

/** Where a JSON report breaks schemas/results.schema.json; empty when it conforms. */
export function resultsSchemaProblems(report: unknown): string[] {
  return validate(report) ? [] : problems(validate.errors);
}

/** Each error but the `if` keyword's, which only repeats that its branch (a result, or a PASS group) failed. */
function problems(errors: typeof validate.errors): string[] {
  return (errors ?? []).filter((e) => e.keyword !== 'if').map((e) => `${e.instancePath} ${e.message}`);
}

/** Where one result (one line of the report) breaks the schema's `resultLine` (a result or a PASS group); empty when it conforms. */
export function resultSchemaProblems(result: unknown): string[] {
  return validateResult(result) ? [] : problems(validateResult.errors);
}
