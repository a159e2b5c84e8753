import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_SCHEMA_V2 } from '../../src/model/report-schema.js';
import { REPO } from '../helpers/cli.js';

describe('schemas/results.schema.json', () => {
  it('is the schema src/model/report-schema.ts builds from the model types (regenerate with npm run schema)', () => {
    const published = JSON.parse(readFileSync(join(REPO, 'schemas', 'results.schema.json'), 'utf8')) as unknown;
    expect(published).toEqual(JSON.parse(JSON.stringify(RESULTS_SCHEMA_V2)));
  });
});
