import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FrameworkReport } from '../../src/model/framework-report.js';
import type { ScanReport } from '../../src/model/result.js';
import { DEMO_EXPECTED } from '../demo/expected.js';
import { cli, readReport, tempDir } from '../helpers/cli.js';
import { resultsSchemaProblems } from '../helpers/results-schema.js';

const DEMO = ['--inventory', 'examples/demo-inventory', '--format', 'json', '--fail-on', 'none'];

async function scan(...extra: string[]): Promise<{ report: ScanReport; stdout: string }> {
  const out = tempDir();
  const { code, stdout, stderr } = await cli('scan', ...DEMO, '--out', out, ...extra);
  expect(stderr).not.toMatch(/error/);
  expect(code).toBe(0);
  const report = readReport(out);
  expect(resultsSchemaProblems(report)).toEqual([]);
  return { report, stdout };
}

/** Requirement ids by status, only the statuses present. */
function byStatus(f: FrameworkReport): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of f.requirements) (out[r.status] ??= []).push(r.id);
  return out;
}

describe('ctrlflow list frameworks', () => {
  it('lists each bundled framework with its counts and automated coverage', async () => {
    const { code, stdout } = await cli('list', 'frameworks');
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'framework      requirements  automated  covered  manual+evidence  attestable-only  coverage  title',
      'cis-aws-7.0    70            34         5        0                36               14.7%     CIS Amazon Web Services Foundations Benchmark v7.0.0',
      'cis-azure-6.0  127           89         6        0                38               6.7%      CIS Microsoft Azure Foundations Benchmark v6.0.0',
      'cis-gcp-5.0    93            71         8        0                22               11.3%     CIS Google Cloud Platform Foundation Benchmark v5.0.0',
    ]);
  });
});

describe('scan --framework', () => {
  it('runs exactly the controls a framework maps, and reports only that framework', async () => {
    const { report } = await scan('--framework', 'cis-aws-7.0');
    expect(report.controls.map((c) => c.id)).toEqual(['AWS-EC2-001', 'AWS-EC2-002', 'AWS-EC2-003', 'AWS-EC2-004', 'AWS-RDS-001', 'AWS-RDS-002']);
    expect(report.frameworks!.map((f) => f.id)).toEqual(['cis-aws-7.0']);
  });

  it('takes several, and narrows with the other selection flags', async () => {
    const { report } = await scan('--framework', 'cis-azure-6.0', '--framework', 'cis-gcp-5.0', '--severity', 'high');
    expect(report.controls.map((c) => c.id)).toEqual(['AZ-NSG-001', 'AZ-STG-001', 'GCP-GCS-001', 'GCP-SQL-001', 'GCP-VPC-001']);
    expect(report.frameworks!.map((f) => f.id)).toEqual(['cis-azure-6.0', 'cis-gcp-5.0']);
  });

  it('refuses an unknown framework with exit 2, naming the known ones', async () => {
    const { code, stdout, stderr } = await cli('scan', ...DEMO, '--out', tempDir(), '--framework', 'cis-aws-3.0');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'error usage: --framework cis-aws-3.0: no such framework (did you mean cis-aws-7.0? frameworks: cis-aws-7.0, cis-azure-6.0, cis-gcp-5.0; see: ctrlflow list frameworks)',
    );
    expect(stdout).toBe('');
  });

  it('reports the frameworks of the scanned clouds when none is named', async () => {
    const { report } = await scan('--cloud', 'gcp');
    expect(report.frameworks!.map((f) => f.id)).toEqual(['cis-gcp-5.0']);
  });
});

describe('the demo scan with --attestations', () => {
  it('gives every requirement of the three frameworks its status', async () => {
    const { report, stdout } = await scan('--attestations', 'examples/demo-attestations.yaml');
    const [aws, azure, gcp] = report.frameworks!;
    // Every bundled control fails somewhere in the demo, so every requirement they evaluate fails.
    expect(byStatus(aws!)).toMatchObject({ fail: ['3.2.1', '3.2.3', '6.3', '6.4', '6.7'], 'manual-attested': ['2.2'], 'manual-expired': ['2.3'] });
    expect(byStatus(azure!)).toMatchObject({ fail: ['7.1', '7.2', '8.3.5', '9.3.4', '9.3.6', '9.3.8'], 'not-applicable': ['2.1.3'] });
    expect(byStatus(gcp!)).toMatchObject({ fail: ['1.3', '1.11', '3.6', '3.7', '4.1', '4.9', '5.1', '5.2', '6.5'] });
    expect(report.frameworks!.map((f) => [f.id, f.summary.statuses, f.summary.passRate, f.summary.coverage])).toEqual([
      ['cis-aws-7.0', { fail: 5, error: 0, 'manual-expired': 1, 'manual-missing': 34, 'not-evaluated': 29, 'manual-attested': 1, 'not-applicable': 0, pass: 0 }, 0, 14.7],
      ['cis-azure-6.0', { fail: 6, error: 0, 'manual-expired': 0, 'manual-missing': 37, 'not-evaluated': 83, 'manual-attested': 0, 'not-applicable': 1, pass: 0 }, 0, 6.7],
      ['cis-gcp-5.0', { fail: 9, error: 0, 'manual-expired': 0, 'manual-missing': 21, 'not-evaluated': 63, 'manual-attested': 0, 'not-applicable': 0, pass: 0 }, 0, 11.3],
    ]);
    const r63 = aws!.requirements.find((r) => r.id === '6.3')!;
    const [fail, pass] = [0, 1].map((i) => (id: string) => DEMO_EXPECTED[id]!.counts[i]!);
    expect(r63.controls).toEqual(
      ['AWS-EC2-001', 'AWS-EC2-002', 'AWS-EC2-003'].map((id) => ({ id, status: 'FAIL', counts: { FAIL: fail!(id), ERROR: 0, EXCEPTED: 0, PASS: pass!(id) } })),
    );
    expect(aws!.requirements.find((r) => r.id === '2.3')!.attestation).toEqual({
      status: 'compliant',
      owner: 'secops@example.com',
      evidence: 'https://wiki.example.com/security/aws-security-contact',
      date: '2025-01-10',
      expires: '2025-12-31',
      source: 'examples/demo-attestations.yaml:11',
      expired: true,
    });
    expect(stdout).toContain('Framework cis-aws-7.0: pass rate 0% · automated coverage 14.7% · 5 fail, 1 manual-expired, 34 manual-missing, 29 not-evaluated, 1 manual-attested');
  });

  it('sees EXCEPTED results as accepted, and a requirement with a control left out as not evaluated', async () => {
    const exceptions = join('test', 'fixtures', 'frameworks', 'except-ec2-004.yaml');
    const { report } = await scan('--only', 'AWS-EC2-004', 'AWS-EC2-003', '--exceptions', exceptions);
    expect(report.controls.map((c) => `${c.id} ${c.status}`)).toEqual(['AWS-EC2-003 FAIL', 'AWS-EC2-004 EXCEPTED']);
    const aws = report.frameworks!.find((f) => f.id === 'cis-aws-7.0')!;
    const status = (id: string) => aws.requirements.find((r) => r.id === id)!.status;
    // 6.7 has only AWS-EC2-004, whose failures are all excepted.
    expect(status('6.7')).toBe('pass');
    // 6.3 lists AWS-EC2-001 and -002 too, which did not run; a FAIL of the one that ran still counts.
    expect(status('6.3')).toBe('fail');
    expect(status('3.2.1')).toBe('not-evaluated');
    expect(aws.summary.passRate).toBe(33.3);
  });

  it('stops with exit 2 and file:line:col on a bad attestations file, before scanning', async () => {
    const { code, stdout, stderr } = await cli('scan', ...DEMO, '--out', tempDir(), '--attestations', 'test/fixtures/frameworks/attestations-schema.yaml');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(
      'test/fixtures/frameworks/attestations-schema.yaml:3:18 error bad-type: requirement must be string: quote it ("2.10"), as YAML reads 2.10 as the number 2.1',
    );
    expect(stdout).toBe('');
  });

  it('computes the statuses again when shards are merged, as one scan would have them', async () => {
    const whole = (await scan('--attestations', 'examples/demo-attestations.yaml')).report;
    const dirs = [tempDir(), tempDir()];
    for (const [i, out] of dirs.entries()) await cli('scan', ...DEMO, '--out', out, '--attestations', 'examples/demo-attestations.yaml', '--shard', `${i + 1}/2`);
    const shards = dirs.map(readReport);
    // Each shard alone saw only part of each control's results.
    for (const shard of shards) expect(shard.frameworks).not.toEqual(whole.frameworks);
    const merged = tempDir();
    expect((await cli('report', ...dirs.map((d) => join(d, 'ctrlflow.json')), '--format', 'json', '--out', merged)).code).toBe(0);
    expect(readReport(merged).frameworks).toEqual(whole.frameworks);
  });
});
