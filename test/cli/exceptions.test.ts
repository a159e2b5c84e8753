import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, cli, readReport, tempDir } from '../helpers/cli.js';
import { resultsSchemaProblems } from '../helpers/results-schema.js';

const BASIC = ['--inventory', 'test/fixtures/inventories/basic'];
const REPORTS_DB = 'arn:aws:rds:us-east-1:111111111111:db:reports';

function exceptionsFile(yaml: string): string {
  const file = join(tempDir(), 'exceptions.yaml');
  writeFileSync(file, yaml);
  return file;
}

const entry = (control: string, resource: string, expires: string) =>
  `  - control: ${control}\n    resource: "${resource}"\n    reason: Bastion host, reviewed\n    owner: sec@example.com\n    expires: ${expires}\n`;

describe('ctrlflow scan --exceptions', () => {
  it('turns covered FAILs into EXCEPTED, which --fail-on does not count; lists expired and unused ones', async () => {
    const file = exceptionsFile(
      `exceptions:\n${entry('TEST-SG-001', 'sg-0a1', '2999-12-31')}${entry('TEST-RDS-001', REPORTS_DB, '2000-01-01')}${entry('TEST-SG-001', 'sg-nothing', '2999-12-31')}`,
    );
    const out = tempDir();
    const { code, stdout } = await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--format', 'json', '--exceptions', file, '--fail-on', 'high');
    // The high FAIL is excepted; the expired exception leaves the low FAIL standing, below --fail-on high.
    expect(code).toBe(0);
    const report = readReport(out);
    expect(resultsSchemaProblems(report)).toEqual([]);
    const byResource = new Map(report.results.map((r) => [r.resourceId, r]));
    expect(byResource.get('sg-0a1')).toMatchObject({ status: 'EXCEPTED', exception: { reason: 'Bastion host, reviewed', owner: 'sec@example.com', expires: '2999-12-31', source: `${file}:2` } });
    expect(byResource.get(REPORTS_DB)!.status).toBe('FAIL');
    expect(report.exceptions!.map((e) => [e.resource, e.state, e.applied])).toEqual([
      ['sg-0a1', 'active', 1],
      [REPORTS_DB, 'expired', 0],
      ['sg-nothing', 'unused', 0],
    ]);
    expect(report.totals).toEqual({ FAIL: 1, ERROR: 0, EXCEPTED: 1, PASS: 4 });
    expect(report.controls.find((c) => c.id === 'TEST-SG-001')).toMatchObject({ status: 'EXCEPTED', counts: { FAIL: 0, EXCEPTED: 1, PASS: 3, ERROR: 0 } });
    expect(stdout).toContain(`Exception expired: TEST-RDS-001 ${REPORTS_DB}`);
    expect(stdout).toContain('Exception unused: TEST-SG-001 sg-nothing');
    // Without the exceptions the same scan gates on the high FAIL.
    expect((await cli('scan', ...CONTENT, ...BASIC, '--out', tempDir(), '--format', 'json', '--fail-on', 'high')).code).toBe(1);
  });

  it('matches control and resource patterns with *', async () => {
    const file = exceptionsFile(`exceptions:\n${entry('TEST-*', 'arn:aws:rds:*:db:*', '2999-12-31')}`);
    const out = tempDir();
    expect((await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--format', 'json', '--exceptions', file, '--fail-on', 'low')).code).toBe(1);
    const statuses = readReport(out).results.filter((r) => r.status !== 'PASS').map((r) => `${r.resourceId} ${r.status}`);
    expect(statuses).toEqual([`${REPORTS_DB} EXCEPTED`, 'sg-0a1 FAIL']);
  });

  it('exits 2 with file:line:col on a bad exceptions file, and scans nothing', async () => {
    const cases: [string, RegExp][] = [
      [`exceptions:\n  - control: TEST-SG-001\n    resource: sg-0a1\n    reason: r\n    owner: o\n    expires: next week\n`, /exceptions\.yaml:6:14 error bad-value: expires must be a date YYYY-MM-DD$/],
      [`exceptions:\n  - control: TEST-SG-001\n    resource: sg-0a1\n    reason: r\n    owner: o\n`, /exceptions\.yaml:2:5 error missing-key: missing required key "expires"$/],
      [`exceptions:\n  - control: TEST-SG-001\n    resourse: sg-0a1\n`, /exceptions\.yaml:3:5 error unknown-key: unknown key "resourse" \(did you mean "resource"\?\)/],
      [`exceptions: [\n`, /exceptions\.yaml:\d+:\d+ error yaml-syntax: /],
    ];
    for (const [yaml, expected] of cases) {
      const out = tempDir();
      const { code, stderr } = await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--exceptions', exceptionsFile(yaml));
      expect(code).toBe(2);
      expect(stderr.split('\n').filter((line) => expected.test(line)), stderr).toHaveLength(1);
      expect(stderr).not.toContain('    at ');
    }
    const missing = await cli('scan', ...CONTENT, ...BASIC, '--out', tempDir(), '--exceptions', 'no/such.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('no/such.yaml:1:1 error unreadable-file: cannot read the exceptions file (ENOENT)');
  });
});

describe('ctrlflow scan --baseline', () => {
  /** The basic scan's JSON with its FAILs chosen by hand: the previous run. */
  async function baselineWith(failing: string[]): Promise<string> {
    const out = tempDir();
    await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--format', 'json');
    const report = readReport(out);
    const results = report.results.map((r) => ({ ...r, status: failing.includes(r.resourceId ?? '') ? ('FAIL' as const) : ('PASS' as const) }));
    const gone = { ...results[0]!, resourceId: 'sg-deleted', status: 'FAIL' as const };
    const file = join(out, 'previous.json');
    writeFileSync(file, JSON.stringify({ ...report, results: failing.includes('sg-deleted') ? [...results, gone] : results }));
    return file;
  }

  it('marks each FAIL new or unchanged and lists resolved ones with what they are now', async () => {
    const previous = await baselineWith([REPORTS_DB, 'sg-0b2', 'sg-deleted']);
    const out = tempDir();
    const { stdout } = await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--format', 'json', '--baseline', previous);
    const report = readReport(out);
    expect(resultsSchemaProblems(report)).toEqual([]);
    expect(report.results.filter((r) => r.status === 'FAIL').map((r) => `${r.resourceId} ${r.baseline}`)).toEqual([`${REPORTS_DB} unchanged`, 'sg-0a1 new']);
    expect(report.results.filter((r) => r.status === 'PASS').every((r) => r.baseline === undefined)).toBe(true);
    expect(report.baseline).toMatchObject({ file: previous, new: 1, unchanged: 1 });
    expect(report.baseline!.resolved.map((r) => `${r.resourceId} ${r.now}`)).toEqual(['sg-0b2 PASS', 'sg-deleted absent']);
    expect(stdout).toContain('1 new, 1 unchanged, 0 excepted, 2 resolved');
  });

  it('gives an EXCEPTED result its own excepted state: a former FAIL now excepted is not resolved', async () => {
    const previous = await baselineWith([REPORTS_DB, 'sg-0a1', 'sg-0b2']);
    const file = exceptionsFile(`exceptions:\n${entry('TEST-SG-001', 'sg-0a1', '2999-12-31')}`);
    const out = tempDir();
    const { stdout } = await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--format', 'json', 'markdown', 'html', '--baseline', previous, '--exceptions', file);
    const report = readReport(out);
    expect(resultsSchemaProblems(report)).toEqual([]);
    expect(report.results.filter((r) => r.baseline !== undefined).map((r) => `${r.resourceId} ${r.status} ${r.baseline}`)).toEqual([`${REPORTS_DB} FAIL unchanged`, 'sg-0a1 EXCEPTED excepted']);
    expect(report.baseline).toMatchObject({ new: 0, unchanged: 1, excepted: 1 });
    expect(report.baseline!.resolved.map((r) => `${r.resourceId} ${r.now}`)).toEqual(['sg-0b2 PASS']);
    expect(stdout).toContain('0 new, 1 unchanged, 1 excepted, 1 resolved');
    expect(readFileSync(join(out, 'ctrlflow.md'), 'utf8')).toContain('**0 new** · 1 unchanged · 1 excepted · 1 resolved');
    expect(readFileSync(join(out, 'ctrlflow.html'), 'utf8')).toContain('<span class="badge excepted">EXCEPTED</span> <span class="badge delta-excepted">excepted</span>');
  });

  it('--fail-on-new gates only on new FAILs at or above --fail-on', async () => {
    const run = async (previous: string, failOn: string) =>
      (await cli('scan', ...CONTENT, ...BASIC, '--out', tempDir(), '--format', 'json', '--baseline', previous, '--fail-on-new', '--fail-on', failOn)).code;
    const both = await baselineWith([REPORTS_DB, 'sg-0a1']);
    const onlySg = await baselineWith(['sg-0a1']);
    const onlyDb = await baselineWith([REPORTS_DB]);
    expect(await run(both, 'low')).toBe(0); // nothing new
    const quiet = await cli('scan', ...CONTENT, ...BASIC, '--out', tempDir(), '--format', 'json', '--baseline', both, '--fail-on-new');
    expect(quiet.stdout).toContain('Exit 0: no new failure at or above --fail-on low (--fail-on-new).');
    expect(await run(onlySg, 'low')).toBe(1); // the low RDS FAIL is new
    expect(await run(onlySg, 'high')).toBe(0); // ...but below --fail-on high
    expect(await run(onlyDb, 'high')).toBe(1); // the high SG FAIL is new
    // Without --fail-on-new the old failures still gate.
    expect((await cli('scan', ...CONTENT, ...BASIC, '--out', tempDir(), '--format', 'json', '--baseline', both)).code).toBe(1);
  });

  it('exits 2 on --fail-on-new without --baseline, and on a file that is not a ctrlflow result', async () => {
    const usage = await cli('scan', ...CONTENT, ...BASIC, '--out', tempDir(), '--fail-on-new');
    expect(usage).toMatchObject({ code: 2, stderr: "error usage: --fail-on-new needs --baseline FILE (the previous run's ctrlflow.json)" });
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), '{"schemaVersion": "1.0"');
    writeFileSync(join(dir, 'other.json'), '{"schemaVersion": "1.0", "results": []}');
    const bad = await cli('scan', ...CONTENT, ...BASIC, '--out', tempDir(), '--baseline', join(dir, 'bad.json'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json:1:1 error bad-json: .+ \(expected a ctrlflow\.json written by ctrlflow scan\)$/);
    const other = await cli('scan', ...CONTENT, ...BASIC, '--out', tempDir(), '--baseline', join(dir, 'other.json'));
    expect(other.code).toBe(2);
    // A 1.0 file is checked against the 1.0 schema, which it names.
    expect(other.stderr).toMatch(/other\.json:1:1 error bad-report: not a ctrlflow JSON result \(see schemas\/results-1\.0\.schema\.json\): \(top\): missing required key "tool"/);
    writeFileSync(join(dir, 'other2.json'), '{"schemaVersion": "2.0", "results": []}');
    const other2 = await cli('scan', ...CONTENT, ...BASIC, '--out', tempDir(), '--baseline', join(dir, 'other2.json'));
    expect(other2.stderr).toMatch(/other2\.json:1:1 error bad-report: not a ctrlflow JSON result \(see schemas\/results\.schema\.json\): \(top\): missing required key "tool"/);
  });
});
