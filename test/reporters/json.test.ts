import { renderReport } from '../../reporters/index.js';
import { describe, expect, it } from 'vitest';
import type { ScanReport } from '../../src/model/result.js';
import { json } from '../../reporters/json.js';
import { actionRecordSchema } from '../../src/model/action.js';
import { PLANNED_REPORT, REMEDIATED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';
import { RESULTS_SCHEMA_V2 } from '../../src/model/report-schema.js';
import { resultsSchemaProblems } from '../helpers/results-schema.js';

describe('json reporter', () => {
  it('is lossless', async () => {
    expect(JSON.parse(await renderReport(json, SCAN_REPORT))).toEqual(SCAN_REPORT);
  });

  it('is laid out to stream: the head, one result per line, the summary with each control once', async () => {
    const lines = (await renderReport(json, SCAN_REPORT)).split('\n');
    expect(lines).toHaveLength(SCAN_REPORT.results.length + 3);
    expect(lines[0]).toMatch(/^\{"schemaVersion":"2\.0",.*"results":\[$/);
    expect(lines[0]).not.toContain('"controls"');
    expect(lines.slice(1, -2).map((line) => JSON.parse(line.replace(/,$/, '')) as unknown)).toEqual(SCAN_REPORT.results);
    expect(lines.at(-2)).toMatch(/^\],"finishedAt":.*"controls":\[.*\}$/);
    expect(lines.at(-1)).toBe('');
    // The control's text is stated once, never per result.
    expect((await renderReport(json, SCAN_REPORT)).split('Remove the rule.')).toHaveLength(2);
  });

  it('conforms to schemas/results.schema.json, which can tell a broken report', async () => {
    const written = JSON.parse(await renderReport(json, SCAN_REPORT)) as typeof SCAN_REPORT;
    expect(written.schemaVersion).toBe('2.0');
    expect(resultsSchemaProblems(written)).toEqual([]);
    const broken = { ...written, results: [{ ...written.results[0]!, status: 'MAYBE', extra: 1 }] };
    expect(resultsSchemaProblems(broken)).toEqual(['/results/0 must NOT have additional properties', '/results/0/status must be equal to one of the allowed values']);
  });

  it('validates a planned action and a remediation summary, and refuses a broken one', async () => {
    for (const report of [PLANNED_REPORT, REMEDIATED_REPORT]) {
      const written = JSON.parse(await renderReport(json, report)) as ScanReport;
      expect(written).toEqual(report);
      expect(resultsSchemaProblems(written)).toEqual([]);
    }
    const action = PLANNED_REPORT.results[0]!.actions![0]!;
    const broken = {
      ...REMEDIATED_REPORT,
      results: [{ ...PLANNED_REPORT.results[0]!, actions: [{ ...action, status: 'done', calls: [{ ...action.calls[0]!, extra: 1 }] }] }],
      remediation: { ...REMEDIATED_REPORT.remediation!, fixed: -1 },
    };
    expect(resultsSchemaProblems(broken)).toEqual([
      '/results/0/actions/0/status must be equal to one of the allowed values',
      '/results/0/actions/0/calls/0 must NOT have additional properties',
      '/remediation/fixed must be >= 0',
    ]);
  });

  it('describes an action record as src/model/action.ts does (the schema is the type\'s twin)', () => {
    const definitions = (RESULTS_SCHEMA_V2 as unknown as { definitions: Record<string, unknown> }).definitions;
    expect(definitions.actionRecord).toEqual(JSON.parse(JSON.stringify(actionRecordSchema)));
  });
});
