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

const BUILT = join(REPO, 'dist', 'src', 'model', 'validators.cjs');

describe('validators precompiled at build time (scripts/build-validators.mjs)', () => {
  it.skipIf(!existsSync(BUILT))('cover every schema of the registries and the reports, so a start compiles none', () => {
    const { byKey } = createRequire(import.meta.url)(BUILT) as { byKey: Record<string, unknown> };
    const schemas = [controlSchema, flowSchema, RESULTS_SCHEMA_V2, RESULT_SCHEMA, ...NODE_KINDS.map((k) => k.schema), ...CONDITION_KINDS.map((k) => k.schema)];
    expect(schemas.filter((s) => !(schemaKey(s) in byKey))).toEqual([]);
  });
});
