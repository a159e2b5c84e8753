import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReport } from '../../reporters/index.js';
import { describe, expect, it } from 'vitest';
import { openReport, ReportFileError } from '../../src/load/report-file.js';
import type { Result, ScanReport } from '../../src/model/result.js';
import { json } from '../../reporters/json.js';
import { actionRecordSchema } from '../../src/model/action.js';
import { PLANNED_REPORT, REMEDIATED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';
import { RESULTS_SCHEMA_V2 } from '../../src/model/report-schema.js';
import { tempDir } from '../helpers/cli.js';
import { resultSchemaProblems, resultsSchemaProblems } from '../helpers/results-schema.js';

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

  describe('at --evidence findings, what it writes shorter and reads back the same', () => {
    const target = { provider: 'aws' as const, account: '111111111111', region: 'us-east-1' };
    const pass = (id: string, name?: string, where = target): Result => ({ controlId: 'AWS-EC2-001', status: 'PASS', ...where, resourceId: id, ...(name === undefined ? {} : { displayName: name }) });
    const fail: Result = {
      controlId: 'AWS-EC2-001',
      status: 'FAIL',
      ...target,
      resourceId: 'sg-f',
      evidence: { '$.GroupName': 'f' },
      reason: '$.GroupName == f (seen: f)',
      matches: [{ condition: 'c1', type: 'param', text: '$.GroupName == f (seen: f)', key: '$.GroupName', operator: '==', expected: 'f', seen: 'f' }],
      executionId: 'exec-1',
      time: '2026-11-01T00:00:05.000Z',
    };
    const twoMatches: Result = {
      ...fail,
      resourceId: 'sg-g',
      reason: 'a; b',
      matches: [
        { condition: 'c1', type: 'param', text: 'a' },
        { condition: 'c2', type: 'param', text: 'b' },
      ],
    };
    // A PASS carrying more than its identity (here the action that fixed it) is never grouped.
    const fixed: Result = { ...pass('sg-x'), reason: '', matches: [], actions: PLANNED_REPORT.results[0]!.actions };
    const other = { ...target, region: 'eu-west-1' };
    const results: Result[] = [pass('sg-1', 'one'), pass('sg-2'), pass('', ''), fail, pass('sg-3'), fixed, pass('sg-4'), pass('sg-5', 'five', other), twoMatches, { ...pass('sg-6'), controlId: 'AWS-RDS-002' }];
    const report: ScanReport = { ...SCAN_REPORT, evidence: 'findings', results };
    const group = (resources: object[], where = target, controlId = 'AWS-EC2-001') => ({ controlId, status: 'PASS', ...where, resources });

    it('writes consecutive PASS results of one control and target as one line, and a match text equal to the reason not at all', async () => {
      const lines = (await renderReport(json, report)).split('\n').slice(1, -2).map((line) => JSON.parse(line.replace(/,$/, '')) as object);
      const { text: _text, ...failMatch } = fail.matches![0]!;
      expect(lines).toEqual([
        group([{ id: 'sg-1', name: 'one' }, { id: 'sg-2' }, { id: '', name: '' }]),
        { ...fail, matches: [failMatch] },
        group([{ id: 'sg-3' }]),
        fixed,
        group([{ id: 'sg-4' }]),
        group([{ id: 'sg-5', name: 'five' }], other),
        twoMatches,
        group([{ id: 'sg-6' }], target, 'AWS-RDS-002'),
      ]);
      for (const line of lines) expect(resultSchemaProblems(line)).toEqual([]);
      expect(resultsSchemaProblems(JSON.parse(await renderReport(json, report)))).toEqual([]);
      // The first line of the file is the same group, byte for byte as documented in the README.
      expect((await renderReport(json, report)).split('\n')[1]).toBe('{"controlId":"AWS-EC2-001","status":"PASS","provider":"aws","account":"111111111111","region":"us-east-1","resources":[{"id":"sg-1","name":"one"},{"id":"sg-2"},{"id":"","name":""}]},');
    });

    it('starts a new line after 1000 resources', async () => {
      const many = Array.from({ length: 2001 }, (_, i) => pass(`sg-${i}`));
      const lines = (await renderReport(json, { ...report, results: many })).split('\n').slice(1, -2).map((line) => JSON.parse(line.replace(/,$/, '')) as { resources: unknown[] });
      expect(lines.map((l) => l.resources.length)).toEqual([1000, 1000, 1]);
    });

    it('is read back by ctrlflow report and --baseline as the results the scan had, in order', async () => {
      const file = join(tempDir(), 'ctrlflow.json');
      writeFileSync(file, await renderReport(json, report));
      const { report: opened, diagnostics } = await openReport(file, 'ctrlflow.json');
      expect(diagnostics).toEqual([]);
      const read: Result[] = [];
      for await (const batch of opened!.results()) read.push(...batch);
      expect(read).toEqual(results);
      // Key order too: re-rendered from what was read, each format gives the same bytes.
      expect(read.map((r) => JSON.stringify(r))).toEqual(results.map((r) => JSON.stringify(r)));
      // Laid out otherwise (pretty-printed by another tool), the file is read whole, with the same results.
      writeFileSync(file, JSON.stringify(JSON.parse(await renderReport(json, report)), null, 2));
      const whole = await openReport(file, 'ctrlflow.json');
      const again: Result[] = [];
      for await (const batch of whole.report!.results()) again.push(...batch);
      expect(again.map((r) => JSON.stringify(r))).toEqual(results.map((r) => JSON.stringify(r)));
    });

    it('refuses a PASS group the schema does not describe, naming the line', async () => {
      const file = join(tempDir(), 'ctrlflow.json');
      const lines = (await renderReport(json, report)).split('\n');
      lines[1] = lines[1]!.replace('"status":"PASS"', '"status":"FAIL"').replace('{"id":"sg-2"}', '{"id":"sg-2","evidence":{}}');
      writeFileSync(file, lines.join('\n'));
      const { report: opened } = await openReport(file, 'ctrlflow.json');
      const error = await (async () => {
        for await (const _ of opened!.results());
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ReportFileError);
      expect((error as ReportFileError).diagnostic).toMatchObject({ line: 2, code: 'bad-report' });
      expect((error as ReportFileError).message).toBe('not a ctrlflow JSON result (see schemas/results.schema.json): status: status must be "PASS"; resources.1.evidence: unknown key "evidence" (allowed: id, name)');
    });

    it('writes each PASS on its own line, with its evidence, at --evidence full', async () => {
      const full: ScanReport = { ...report, evidence: 'full', results: [{ ...pass('sg-1'), evidence: { a: 1 }, reason: '', matches: [] }, pass('sg-2')] };
      const lines = (await renderReport(json, full)).split('\n').slice(1, -2).map((line) => JSON.parse(line.replace(/,$/, '')) as unknown);
      expect(lines).toEqual(full.results);
    });
  });
});
