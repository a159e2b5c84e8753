import { existsSync, readFileSync } from 'node:fs';
import type { Log } from 'sarif';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../src/model/result.js';
import { DEMO_ABSENT, DEMO_EXPECTED, DEMO_TOTALS, VALID_LINE } from './demo/expected.js';
import { cli, readReport, tempDir } from './helpers/cli.js';
import { resultsSchemaProblems } from './helpers/results-schema.js';
import { sarifProblems } from './helpers/sarif-validate.js';

/* What the demo inventory was built to contain: one hand-checked table per cloud under test/demo/. */
const EXPECTED = DEMO_EXPECTED;
const place = (r: Result) => `${r.account}/${r.region} ${r.resourceId ?? '(target)'}`;
const sorted = (xs: string[]) => [...xs].sort();

describe('the demo scan (README quick start)', () => {
  it('the hand table is consistent: failures inside the universe, counts as listed', () => {
    for (const [id, { universe, fail, counts }] of Object.entries(EXPECTED)) {
      expect(new Set(universe).size, id).toBe(universe.length);
      expect(fail.filter((f) => !universe.includes(f)), id).toEqual([]);
      expect([fail.length, universe.length - fail.length], id).toEqual(counts);
    }
  });

  it('finds exactly the breaches the demo inventory was built with, in every format', async () => {
    const out = tempDir();
    const { code, stdout } = await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out);
    expect(code).toBe(1);
    for (const file of ['ctrlflow.json', 'ctrlflow.csv', 'ctrlflow.sarif', 'ctrlflow.html', 'ctrlflow.md']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    const report = readReport(out);
    expect(resultsSchemaProblems(report)).toEqual([]);
    expect(report.controls.map((c) => c.id)).toEqual(Object.keys(EXPECTED));
    // 2 AWS accounts x 2 regions, each account's global target (IAM, Account), 1 Azure subscription, 2 GCP projects.
    expect(report.targets).toHaveLength(9);
    // Every call every flow makes is recorded for every target: nothing is "not recorded".
    expect(report.results.filter((r) => r.status !== 'PASS' && r.status !== 'FAIL').map((r) => `${r.controlId} ${place(r)} ${r.status} ${r.reason}`)).toEqual([]);
    expect(report.results.filter((r) => !(r.controlId in EXPECTED)).map((r) => r.controlId)).toEqual([]);

    for (const [id, { universe, fail }] of Object.entries(EXPECTED)) {
      const own = report.results.filter((r) => r.controlId === id);
      const failing = sorted(own.filter((r) => r.status === 'FAIL').map(place));
      const passing = sorted(own.filter((r) => r.status === 'PASS').map(place));
      expect({ id, failing }).toEqual({ id, failing: sorted(fail) });
      expect({ id, passing }).toEqual({ id, passing: sorted(universe.filter((u) => !fail.includes(u))) });
      const [failCount, passCount] = EXPECTED[id]!.counts;
      const summary = report.controls.find((c) => c.id === id)!;
      expect({ id, status: summary.status, counts: summary.counts }).toEqual({
        id,
        status: 'FAIL',
        counts: { FAIL: failCount, PASS: passCount, ERROR: 0, EXCEPTED: 0 },
      });
    }

    // Left out by filter nodes or by type, so they have no result at all.
    const named = report.results.map((r) => r.resourceId ?? '');
    for (const absent of DEMO_ABSENT) {
      expect(named.filter((id) => id.endsWith(absent)), absent).toEqual([]);
    }
    expect(report.totals).toEqual(DEMO_TOTALS);
    expect(stdout).toContain(`Totals: ${DEMO_TOTALS.FAIL} FAIL · ${DEMO_TOTALS.PASS} PASS · 0 ERROR · 0 EXCEPTED`);
  });

  it('applies the example exceptions file: active, pattern, expired and unused', async () => {
    const out = tempDir();
    const { code, stdout } = await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json', '--exceptions', 'examples/demo-exceptions.yaml');
    expect(code).toBe(1);
    const report = readReport(out);
    expect(resultsSchemaProblems(report)).toEqual([]);
    expect(report.results.filter((r) => r.status === 'EXCEPTED').map((r) => `${r.controlId} ${r.resourceId}`).sort()).toEqual(['AWS-EBS-001 snap-0c01', 'AWS-EC2-001 sg-0a11']);
    expect(report.exceptions!.map((e) => `${e.state} ${e.applied}`)).toEqual(['active 1', 'active 1', 'expired 0', 'unused 0']);
    expect(report.totals).toEqual({ ...DEMO_TOTALS, FAIL: DEMO_TOTALS.FAIL - 2, EXCEPTED: 2 });
    expect(stdout).toContain('Exception expired: AWS-EC2-002 sg-0b12 (examples/demo-exceptions.yaml:14, expires 2025-06-30, owner it-ops@example.com)');
  });

  // Two scans and Microsoft's validator (a .NET process) over a SARIF that grows with the content: 60 s.
  it('writes SARIF that Microsoft\'s validator accepts, with fingerprints that hold across two scans', async () => {
    const [first, second] = [tempDir(), tempDir()];
    for (const out of [first, second]) await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'sarif', 'json');
    const texts = [first, second].map((out) => readFileSync(join(out, 'ctrlflow.sarif'), 'utf8'));
    expect(sarifProblems(texts[0]!)).toEqual([]);
    const [a, b] = texts.map((t) => (JSON.parse(t) as Log).runs[0]!.results!);
    expect(a!.map((r) => r.partialFingerprints!.primaryLocationLineHash)).toEqual(b!.map((r) => r.partialFingerprints!.primaryLocationLineHash));
    expect(new Set(a!.map((r) => r.partialFingerprints!.primaryLocationLineHash)).size).toBe(DEMO_TOTALS.FAIL);
    for (const r of a!) expect(r.locations![0]!.physicalLocation!.artifactLocation!.uri).toMatch(/^controls\/.+\.yaml$/);
    // Two demo scans and Microsoft's validator (a .NET process) over every demo FAIL: more than the default 20 s on a busy machine.
  }, 180_000);

  it('gates CI on severity: only the critical ones with --fail-on critical, nothing with none', async () => {
    const out = tempDir();
    expect((await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json', '--only', 'AZ-STG-002', '--fail-on', 'high')).code).toBe(0);
    expect((await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json', '--severity', 'critical', '--fail-on', 'critical')).code).toBe(1);
    expect(readReport(out).controls.map((c) => c.id)).toEqual(['AWS-EBS-002', 'AWS-EC2-003', 'AWS-IAM-001', 'AWS-IAM-002', 'GCP-BQ-001', 'GCP-GCS-001']);
  });

  it('reproduces the "Security groups allowing outside IPs" template, with trustedCidrs overridable', async () => {
    const out = tempDir();
    await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json', '--only', 'AWS-EC2-005', '--var', 'trustedCidrs=10.0.0.0/8,0.0.0.0/0');
    // Everything IPv4 is now trusted: only the IPv6 ::/0 rule of sg-0c12 is outside.
    expect(readReport(out).results.filter((r) => r.status === 'FAIL').map((r) => `${r.resourceId}: ${r.reason}`)).toEqual([
      'sg-0c12: sg-0c12 inbound tcp 22 from ::/0',
    ]);
  });

  it('validates the bundled content', async () => {
    const { code, stdout } = await cli('validate', 'controls', 'flows');
    expect(code).toBe(0);
    const [summary, content, commit] = stdout.split('\n');
    expect(summary).toBe(VALID_LINE);
    expect(content).toMatch(/^Content hash: sha256:[0-9a-f]{64} \(\d+ control, flow and framework file\(s\) under \.\)$/);
    expect(commit).toMatch(/^Git commit: (none|[0-9a-f]{40})/);
  });
});
