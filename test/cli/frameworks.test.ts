import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FrameworkReport } from '../../src/model/framework-report.js';
import type { ScanReport } from '../../src/model/result.js';
import { DEMO_EXPECTED } from '../demo/expected.js';
import { cli, readReport, REPO, tempDir } from '../helpers/cli.js';
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

/** The bundled framework files as written: the counts below are worked out from them, not typed in. */
interface Requirement {
  id: string;
  assessment: 'automated' | 'manual';
  controls: string[];
}
const BUNDLED = readdirSync(join(REPO, 'controls/frameworks'))
  .sort()
  .map((f) => parse(readFileSync(join(REPO, 'controls/frameworks', f), 'utf8')) as { id: string; title: string; version: string; requirements: Requirement[] });

describe('ctrlflow list frameworks', () => {
  it('lists each bundled framework with its counts and automated coverage', async () => {
    const { code, stdout } = await cli('list', 'frameworks');
    expect(code).toBe(0);
    const [header, ...rows] = stdout.split('\n');
    expect(header!.split(/\s{2,}/)).toEqual(['framework', 'requirements', 'automated', 'covered', 'manual+evidence', 'attestable-only', 'coverage', 'title']);
    expect(rows.map((r) => r.split(/\s{2,}/))).toEqual(
      BUNDLED.map((f) => {
        const automated = f.requirements.filter((r) => r.assessment === 'automated');
        const covered = automated.filter((r) => r.controls.length > 0).length;
        const manual = f.requirements.filter((r) => r.assessment === 'manual');
        const evidence = manual.filter((r) => r.controls.length > 0).length;
        const coverage = `${Math.round((covered / automated.length) * 1000) / 10}%`;
        return [f.id, String(f.requirements.length), String(automated.length), String(covered), String(evidence), String(manual.length - evidence), coverage, `${f.title} v${f.version}`];
      }),
    );
  });
});

describe('scan --framework', () => {
  it('runs exactly the controls a framework maps, and reports only that framework', async () => {
    const { report } = await scan('--framework', 'cis-aws-7.0');
    const mapped = [...new Set(BUNDLED.find((f) => f.id === 'cis-aws-7.0')!.requirements.flatMap((r) => r.controls))].sort();
    expect(mapped).toContain('AWS-EC2-007');
    // AWS-EC2-005 (the organisation's own ranges) maps to no requirement, so it does not run.
    expect(mapped).not.toContain('AWS-EC2-005');
    expect(report.controls.map((c) => c.id)).toEqual(mapped);
    expect(report.frameworks!.map((f) => f.id)).toEqual(['cis-aws-7.0']);
  });

  it('takes several, and narrows with the other selection flags', async () => {
    const { report } = await scan('--framework', 'cis-azure-6.0', '--framework', 'cis-gcp-5.0', '--severity', 'high');
    const mapped = new Set(BUNDLED.filter((f) => f.id === 'cis-azure-6.0' || f.id === 'cis-gcp-5.0').flatMap((f) => f.requirements.flatMap((r) => r.controls)));
    const high = readdirSync(join(REPO, 'controls'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /^[A-Z].*\.yaml$/.test(e.name) && !e.name.endsWith('.test.yaml'))
      .map((e) => parse(readFileSync(join(e.parentPath, e.name), 'utf8')) as { id: string; severity: string })
      .filter((c) => mapped.has(c.id) && (c.severity === 'high' || c.severity === 'critical'))
      .map((c) => c.id)
      .sort();
    expect(high.length).toBeGreaterThan(0);
    expect(report.controls.map((c) => c.id)).toEqual(high);
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
    expect(report.frameworks!.map((f) => f.id)).toEqual(BUNDLED.map((f) => f.id));
    // The demo is built so that every bundled control fails somewhere, so a requirement fails when
    // one of its controls fails in the demo (or an attestation says it is not met); an automated
    // one without controls is not evaluated; a manual one without a failing evidence control is
    // decided by its attestation (examples/demo-attestations.yaml), or missing.
    const attested: Record<string, Record<string, string>> = {
      // 2.2 and 2.3 are attested too, but their evidence controls (AWS-ACCT-002, AWS-ACCT-001) fail in
      // the dev account, and a failing evidence control outranks an attestation.
      'cis-aws-7.0': { '2.1.4': 'manual-attested', '2.2': 'manual-attested', '2.3': 'manual-expired' },
      'cis-azure-6.0': { '2.1.3': 'not-applicable' },
      'cis-gcp-5.0': { '1.3': 'fail' },
    };
    for (const [framework, files] of report.frameworks!.map((f, i) => [f, BUNDLED[i]!] as const)) {
      const expected: Record<string, string[]> = {};
      for (const r of files.requirements) {
        const fails = r.controls.some((c) => (DEMO_EXPECTED[c]?.counts[0] ?? 0) > 0);
        const status = fails ? 'fail' : r.assessment === 'automated' ? (r.controls.length === 0 ? 'not-evaluated' : 'pass') : (attested[files.id]![r.id] ?? 'manual-missing');
        (expected[status] ??= []).push(r.id);
      }
      expect(byStatus(framework), framework.id).toEqual(expected);
      expect(framework.summary.passRate, framework.id).toBe(expected.pass ? expect.any(Number) : 0);
    }
    expect(byStatus(aws!)['manual-attested']).toEqual(['2.1.4']);
    expect(aws!.requirements.find((r) => r.id === '2.2')!.status).toBe('fail');
    expect(byStatus(azure!)['not-applicable']).toEqual(['2.1.3']);
    expect(byStatus(gcp!).fail).toContain('1.3');
    const r314 = aws!.requirements.find((r) => r.id === '3.1.4')!;
    const [fail, pass] = [0, 1].map((i) => (id: string) => DEMO_EXPECTED[id]!.counts[i]!);
    expect(r314.controls).toEqual(
      ['AWS-S3-002', 'AWS-S3-003'].map((id) => ({ id, status: 'FAIL', counts: { FAIL: fail!(id), ERROR: 0, EXCEPTED: 0, PASS: pass!(id) } })),
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
    expect(stdout).toMatch(/Framework cis-aws-7\.0: pass rate 0% · automated coverage [\d.]+% · \d+ fail, /);
  });

  it('sees EXCEPTED results as accepted, and a requirement with a control left out as not evaluated', async () => {
    const exceptions = join('test', 'fixtures', 'frameworks', 'except-ec2-010.yaml');
    const { report } = await scan('--only', 'AWS-EC2-010', 'AWS-S3-003', '--exceptions', exceptions);
    expect(report.controls.map((c) => `${c.id} ${c.status}`)).toEqual(['AWS-EC2-010 EXCEPTED', 'AWS-S3-003 FAIL']);
    const aws = report.frameworks!.find((f) => f.id === 'cis-aws-7.0')!;
    const status = (id: string) => aws.requirements.find((r) => r.id === id)!.status;
    // 6.7 has only AWS-EC2-010, whose failures are all excepted.
    expect(status('6.7')).toBe('pass');
    // 3.1.4 lists AWS-S3-002 too, which did not run; a FAIL of the one that ran still counts.
    expect(status('3.1.4')).toBe('fail');
    expect(status('3.2.1')).toBe('not-evaluated');
    // Evaluated: 6.7 (pass) and 3.1.4 (fail); every other automated requirement did not run.
    expect(aws.summary.passRate).toBe(50);
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
    expect((await cli('report', ...dirs.map((d) => join(d, 'ctrlflow.json')), '--format', 'json', '--out', merged, '--fail-on', 'none')).code).toBe(0);
    expect(readReport(merged).frameworks).toEqual(whole.frameworks);
  });
});
