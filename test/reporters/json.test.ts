import { describe, expect, it } from 'vitest';
import { json } from '../../reporters/json.js';
import { SCAN_REPORT } from '../fixtures/scan-report.js';
import { resultsSchemaProblems } from '../helpers/results-schema.js';

describe('json reporter', () => {
  it('is lossless', async () => {
    expect(JSON.parse(await json.render(SCAN_REPORT))).toEqual(SCAN_REPORT);
  });

  it('conforms to schemas/results.schema.json, which can tell a broken report', async () => {
    const written = JSON.parse(await json.render(SCAN_REPORT)) as typeof SCAN_REPORT;
    expect(written.schemaVersion).toBe('1.0');
    expect(resultsSchemaProblems(written)).toEqual([]);
    const broken = { ...written, results: [{ ...written.results[0]!, status: 'MAYBE', extra: 1 }] };
    expect(resultsSchemaProblems(broken)).toEqual(['/results/0 must NOT have additional properties', '/results/0/status must be equal to one of the allowed values']);
  });
});
