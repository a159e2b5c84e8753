// Compiles every JSON schema ctrlflow validates with into standalone ajv code, at build time
// (npm run build, after tsc): dist/src/model/validators/<digest of the schema>.cjs, one module
// per schema. src/model/validate.ts uses them and loads ajv itself only for a
// schema that is not there (tests from source, the Action bundle). Saves compiling ~40 schemas
// on every start.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { MANIFEST_SCHEMA } from '../dist/src/evidence/manifest.js';

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
  MANIFEST_SCHEMA,
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
// One module per schema, named by its digest: a command loads only the validators it uses
// (one file of all of them took ~0.1 s to load on every start).
const dir = 'dist/src/model/validators';
rmSync(dir, { recursive: true, force: true });
rmSync('dist/src/model/validators.cjs', { force: true });
mkdirSync(dir, { recursive: true });
const digest = createHash('sha256');
for (const key of seen) {
  const code = standaloneCode(ajv, ajv.getSchema(key));
  digest.update(code);
  writeFileSync(`${dir}/${key}.cjs`, code);
}
console.log(`precompiled ${seen.size} schemas into ${dir}/ (${digest.digest('hex').slice(0, 8)})`);
