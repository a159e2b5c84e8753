// Compiles every JSON schema ctrlflow validates with into standalone ajv code, at build time
// (npm run build, after tsc): dist/src/model/validators.cjs, one function per schema, keyed by
// a digest of the schema. src/model/validate.ts uses them and loads ajv itself only for a
// schema that is not there (tests from source, the Action bundle). Saves compiling ~40 schemas
// on every start.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CONDITION_KINDS } from '../dist/src/conditions/index.js';
import { bundleSchema } from '../dist/src/load/bundle.js';
import { criteriaSchema } from '../dist/src/conditions/criteria.js';
import { APPROVALS_SCHEMA } from '../dist/src/model/approval.js';
import { ATTESTATIONS_SCHEMA } from '../dist/src/model/attestation.js';
import { controlTestSchema } from '../dist/src/model/control-test.js';
import { controlSchema } from '../dist/src/model/control.js';
import { EXCEPTIONS_SCHEMA } from '../dist/src/model/exception.js';
import { flowSchema } from '../dist/src/model/flow.js';
import { frameworkSchema } from '../dist/src/model/framework.js';
import { cloudEventSchema } from '../dist/src/model/event.js';
import { HEAD_SCHEMA, RESULT_SCHEMA, RESULTS_SCHEMA_V2, SUMMARY_SCHEMA } from '../dist/src/model/report-schema.js';
import { schemaKey } from '../dist/src/model/schema-key.js';
import { NODE_KINDS } from '../dist/src/nodes/index.js';
import { configSchema, scanOptions } from '../dist/src/cli/scan-options.js';

const require = createRequire(import.meta.url);
const { default: Ajv, _ } = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;
const addFormats = require('ajv-formats');

const schemas = [
  controlSchema,
  flowSchema,
  controlTestSchema,
  EXCEPTIONS_SCHEMA,
  APPROVALS_SCHEMA,
  ATTESTATIONS_SCHEMA,
  frameworkSchema,
  cloudEventSchema,
  bundleSchema,
  criteriaSchema,
  RESULTS_SCHEMA_V2,
  HEAD_SCHEMA,
  RESULT_SCHEMA,
  SUMMARY_SCHEMA,
  JSON.parse(readFileSync('schemas/results-1.0.schema.json', 'utf8')),
  configSchema(scanOptions({ controls: 'controls', flows: 'flows' })),
  ...NODE_KINDS.map((k) => k.schema),
  ...CONDITION_KINDS.map((k) => k.schema),
];

// The options of src/model/validate.ts, and the formats of ajv-formats referenced, not copied.
const ajv = addFormats(new Ajv({ allErrors: true, strict: false, verbose: true, code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } }));
const seen = new Set();
for (const schema of schemas) {
  const key = schemaKey(schema);
  if (seen.has(key)) continue;
  seen.add(key);
  ajv.addSchema(schema, key);
}
const names = Object.fromEntries([...seen].map((key, i) => [key, `v${i}`]));
// One module exporting each validator under its schema's digest.
const code = standaloneCode(ajv, Object.fromEntries(Object.entries(names).map(([key, name]) => [name, key])));
const index = `\nmodule.exports.byKey = {${Object.entries(names).map(([key, name]) => `${JSON.stringify(key)}: module.exports.${name}`).join(', ')}};\n`;
writeFileSync('dist/src/model/validators.cjs', `${code}${index}`);
console.log(`precompiled ${seen.size} schemas into dist/src/model/validators.cjs (${createHash('sha256').update(code).digest('hex').slice(0, 8)})`);
