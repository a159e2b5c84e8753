import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { PLANNED_REPORT, REMEDIATED_REPORT } from '../fixtures/scan-report.js';
import { CONTENT, cli, readReport, REPO, tempDir } from '../helpers/cli.js';
import { resultsSchemaProblems } from '../helpers/results-schema.js';
import { sarifProblems } from '../helpers/sarif-validate.js';

const BASIC = ['--inventory', 'test/fixtures/inventories/basic'];

async function scan(...extra: string[]): Promise<string> {
  const out = tempDir();
  await cli('scan', ...CONTENT, ...BASIC, '--out', out, ...extra);
  return out;
}

describe('ctrlflow report', () => {
  it('re-renders every format from a saved JSON result, exactly as the scan wrote them', async () => {
    const scanned = await scan();
    const out = tempDir();
    const { code, stdout } = await cli('report', join(scanned, 'ctrlflow.json'), '--out', out);
    // It gates as the scan did (--fail-on low by default): the high SG finding fails it.
    expect(code).toBe(1);
    expect(stdout).toContain('Totals: 2 FAIL · 4 PASS · 0 ERROR · 0 EXCEPTED');
    for (const file of ['ctrlflow.json', 'ctrlflow.html', 'ctrlflow.md', 'ctrlflow.csv', 'ctrlflow.sarif']) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(scanned, file), 'utf8'));
    }
  });

  it('re-renders the opt-in formats too, the same from a JSON whose PASS results are grouped and whose match texts are left out', async () => {
    const formats = ['json', 'csv', 'html', 'markdown', 'sarif', 'oscal', 'asff', 'ocsf', 'junit'];
    const scanned = await scan('--format', ...formats);
    const lines = readFileSync(join(scanned, 'ctrlflow.json'), 'utf8').split('\n').slice(1, -2);
    // What the reader must expand: a line of several PASS results, and a FAIL whose one match has no text.
    expect(lines.some((line) => /^\{"controlId":"[^"]+","status":"PASS",.*"resources":\[\{"id":"[^}]+\},\{"id"/.test(line))).toBe(true);
    expect(lines.some((line) => line.includes('"status":"FAIL"') && line.includes('"matches":[{"condition"') && !line.includes('"text"'))).toBe(true);
    const out = tempDir();
    await cli('report', join(scanned, 'ctrlflow.json'), '--out', out, '--format', ...formats);
    for (const file of ['ctrlflow.json', 'ctrlflow.html', 'ctrlflow.md', 'ctrlflow.csv', 'ctrlflow.sarif', 'ctrlflow.oscal.json', 'ctrlflow.asff.json', 'ctrlflow.ocsf.jsonl', 'ctrlflow.junit.xml']) {
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(scanned, file), 'utf8'));
    }
    // As --evidence full writes them: each PASS on its own line, with all it carries.
    const full = await scan('--format', ...formats, '--evidence', 'full');
    const again = tempDir();
    await cli('report', join(full, 'ctrlflow.json'), '--out', again, '--format', ...formats);
    expect(readFileSync(join(full, 'ctrlflow.json'), 'utf8')).not.toContain('"resources"');
    for (const file of ['ctrlflow.json', 'ctrlflow.csv', 'ctrlflow.sarif', 'ctrlflow.ocsf.jsonl', 'ctrlflow.junit.xml']) {
      expect(readFileSync(join(again, file), 'utf8'), file).toBe(readFileSync(join(full, file), 'utf8'));
    }
  });

  it('merges shards into one report with each rule once and counts recomputed', async () => {
    const [sg, rds, whole] = [await scan('--only', 'TEST-SG-001'), await scan('--only', 'TEST-RDS-001'), await scan()];
    const out = tempDir();
    const inputs = [sg, rds, whole].map((dir) => join(dir, 'ctrlflow.json'));
    expect((await cli('report', ...inputs, '--out', out, '--fail-on', 'none')).code).toBe(0);
    const merged = readReport(out);
    expect(resultsSchemaProblems(merged)).toEqual([]);
    const full = readReport(whole);
    expect(merged.controls.map((c) => c.id)).toEqual(['TEST-RDS-001', 'TEST-SG-001']);
    expect(merged.results.map((r) => `${r.controlId} ${r.resourceId} ${r.status}`).sort()).toEqual(full.results.map((r) => `${r.controlId} ${r.resourceId} ${r.status}`).sort());
    expect(merged.totals).toEqual(full.totals);
    expect(merged.controls.map((c) => c.counts)).toEqual(full.controls.map((c) => c.counts));
    expect(merged.sources!.map((s) => s.file)).toEqual(inputs);
    expect(readFileSync(join(out, 'ctrlflow.html'), 'utf8')).toContain(`<dt>Merged from</dt><dd>${inputs[0]} (${readReport(sg).scanId}), `);

    const sarifText = readFileSync(join(out, 'ctrlflow.sarif'), 'utf8');
    expect(sarifProblems(sarifText)).toEqual([]);
    const run = (JSON.parse(sarifText) as Log).runs[0]!;
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(['TEST-RDS-001', 'TEST-SG-001']);
    // Most severe first: the high SG finding before the low RDS one.
    expect(run.results!.map((r) => [r.ruleId, r.ruleIndex])).toEqual([['TEST-SG-001', 1], ['TEST-RDS-001', 0]]);
  });

  it('keeps each result\'s actions through a merge and adds up the remediation summaries', async () => {
    const dir = tempDir();
    const east = { ...REMEDIATED_REPORT, scanId: 'scan-east', remediation: { ...REMEDIATED_REPORT.remediation!, auditLog: 'east/ctrlflow-audit.jsonl' } };
    const west = {
      ...REMEDIATED_REPORT,
      scanId: 'scan-west',
      results: REMEDIATED_REPORT.results.map((r) => ({ ...r, account: '333333333333' })),
      remediation: { ...REMEDIATED_REPORT.remediation!, auditLog: 'west/ctrlflow-audit.jsonl', stillFailing: 2 },
    };
    const plan = { ...PLANNED_REPORT, scanId: 'scan-plan', results: PLANNED_REPORT.results.map((r) => ({ ...r, region: 'ap-south-1' })) };
    const files = [east, west, plan].map((report) => {
      const file = join(dir, `${report.scanId}.json`);
      writeFileSync(file, JSON.stringify(report));
      return file;
    });
    const out = tempDir();
    // The fixture has an ERROR result: exit 3, as a scan with it would (the reports are written).
    expect((await cli('report', ...files, '--out', out, '--format', 'json', '--fail-on', 'none')).code).toBe(3);
    const merged = readReport(out);
    expect(resultsSchemaProblems(merged)).toEqual([]);
    expect(merged.remediation).toEqual({ auditLog: 'east/ctrlflow-audit.jsonl, west/ctrlflow-audit.jsonl', applied: 2, noOp: 0, failed: 2, interrupted: 0, fixed: 2, stillFailing: 2 });
    expect(merged.results.flatMap((r) => (r.actions ?? []).map((a) => `${r.account} ${r.region} ${r.resourceId} ${a.status}`)).sort()).toEqual([
      '111111111111 ap-south-1 sg-0a1 planned',
      '111111111111 us-east-1 sg-0a1 applied',
      '111111111111 us-east-1 sg-0c3 failed',
      '111111111111 us-east-1 sg-0d4 awaiting-approval',
      '333333333333 us-east-1 sg-0a1 applied',
      '333333333333 us-east-1 sg-0c3 failed',
      '333333333333 us-east-1 sg-0d4 awaiting-approval',
    ]);
  });

  it('exits 2 naming the file when an input is not a ctrlflow JSON result, and writes nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.json'), 'not json');
    const out = join(dir, 'out');
    const { code, stderr } = await cli('report', join(dir, 'notes.json'), join(dir, 'missing.json'), '--out', out);
    expect(code).toBe(2);
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(/notes\.json:1:1 error bad-json: .+\(expected a ctrlflow\.json written by ctrlflow scan\)$/),
      expect.stringMatching(/missing\.json:1:1 error unreadable-file: cannot read this file \(ENOENT\)$/),
      '2 error(s): no report was written',
    ]);
    expect((await cli('report', '--out', out)).code).toBe(2);
  });

  it('reads a 1.0 file of an earlier version, renders it as 2.0, and merges it with a 2.0 one', async () => {
    // Written by the 1.0 writer on the basic inventory: every result repeats its control's fields.
    const v1 = 'test/fixtures/results-1.0.json';
    const out = tempDir();
    const { code, stdout } = await cli('report', v1, '--out', out, '--fail-on', 'none');
    expect(code).toBe(0);
    expect(stdout).toContain('Totals: 2 FAIL · 4 PASS · 0 ERROR · 0 EXCEPTED');
    const rendered = readReport(out);
    expect(resultsSchemaProblems(rendered)).toEqual([]);
    expect([rendered.schemaVersion, rendered.evidence]).toEqual(['2.0', 'full']);
    const old = JSON.parse(readFileSync(join(REPO, v1), 'utf8')) as { results: { controlId: string; resourceId?: string; status: string; title: string }[] };
    expect(rendered.results.map((r) => `${r.controlId} ${r.resourceId} ${r.status}`)).toEqual(old.results.map((r) => `${r.controlId} ${r.resourceId} ${r.status}`));
    expect(rendered.results.every((r) => !('title' in r) && !('remediation' in r))).toBe(true);

    const merged = tempDir();
    const scanned = await scan();
    expect((await cli('report', v1, join(scanned, 'ctrlflow.json'), '--out', merged, '--fail-on', 'none')).code).toBe(0);
    // The same scan twice, once as 1.0 and once as 2.0: each finding once.
    expect(readReport(merged).totals).toEqual({ FAIL: 2, ERROR: 0, EXCEPTED: 0, PASS: 4 });
  });
});
