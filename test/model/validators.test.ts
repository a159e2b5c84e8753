import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONDITION_KINDS } from '../../src/conditions/index.js';
import { controlSchema } from '../../src/model/control.js';
import { flowSchema } from '../../src/model/flow.js';
import { RESULT_SCHEMA, RESULTS_SCHEMA_V2 } from '../../src/model/report-schema.js';
import { schemaKey } from '../../src/model/schema-key.js';
import { NODE_KINDS } from '../../src/nodes/index.js';
import { REPO } from '../helpers/cli.js';

const BUILT = join(REPO, 'dist', 'src', 'model', 'validators');

describe('validators precompiled at build time (scripts/build-validators.mjs)', () => {
  it.skipIf(!existsSync(BUILT))('cover every schema of the registries and the reports, so a start compiles none', () => {
    const schemas = [controlSchema, flowSchema, RESULTS_SCHEMA_V2, RESULT_SCHEMA, ...NODE_KINDS.map((k) => k.schema), ...CONDITION_KINDS.map((k) => k.schema)];
    expect(schemas.filter((s) => !existsSync(join(BUILT, `${schemaKey(s)}.cjs`)))).toEqual([]);
    // Each module is the validator itself.
    const validate = createRequire(import.meta.url)(join(BUILT, `${schemaKey(controlSchema)}.cjs`)) as (value: unknown) => boolean;
    expect([validate({}), validate({ id: 'X-1', title: 't', severity: 'high', provider: 'aws', resourceType: 'AWS::S3::Bucket', flow: 'f' })]).toEqual([false, true]);
  });
});
