import { renderReport } from '../../reporters/index.js';
import { describe, expect, it } from 'vitest';
import { markdown, MAX_SUMMARY_BYTES } from '../../reporters/markdown.js';
import type { ControlSummary, Result, ScanReport } from '../../src/model/result.js';
import { EXCEPTED_REPORT, FRAMEWORK_REPORT, PLANNED_REPORT, REMEDIATED_REPORT, SCAN_REPORT, withPlan } from '../fixtures/scan-report.js';

const [fail, , error] = [SCAN_REPORT.results[0]!, SCAN_REPORT.results[1]!, SCAN_REPORT.results[2]!];

/** A report of these controls and results, its counts, totals and plan worked out from the results. */
function reportOf(controls: ControlSummary[], results: Result[], rest: Partial<ScanReport> = {}): ScanReport {
  const zero = () => ({ FAIL: 0, ERROR: 0, EXCEPTED: 0, PASS: 0 });
  const totals = zero();
  const counts = new Map(controls.map((c) => [c.id, zero()]));
  for (const r of results) {
    totals[r.status] += 1;
    counts.get(r.controlId)![r.status] += 1;
  }
  return withPlan({ ...SCAN_REPORT, ...rest, results, totals, controls: controls.map((c) => ({ ...c, counts: counts.get(c.id)! })) });
}

describe('markdown reporter', () => {
  it('is the whole summary of a scan: totals, failures by severity, each failing control with its resources, ERROR, not applicable', async () => {
    expect(await renderReport(markdown, SCAN_REPORT)).toBe(
      [
        '## ctrlflow scan: 1 FAIL, 1 ERROR',
        '',
        'snapshot examples/demo-inventory · 2 target(s) · 3 control(s) · 2026-11-01T00:00:06.000Z',
        '',
        '| FAIL | ERROR | EXCEPTED | PASS |',
        '|---:|---:|---:|---:|',
        '| 1 | 1 | 0 | 1 |',
        '',
        '### Failures by severity',
        '',
        '- **high**: 1 FAIL',
        '',
        '### Failing controls',
        '',
        '- **AWS-EC2-001** Security groups do not allow SSH from the internet · high · 1 FAIL',
        '  - sg-0a1 (\\<img src=x onerror=alert(1)\\>) in aws 111111111111/us-east-1: =HYPERLINK("http://evil") $.IpPermissions\\[\\*\\].IpRanges\\[\\*\\].CidrIp == 0.0.0.0/0 (seen: 0.0.0.0/0)',
        '',
        '### ERROR (1): targets or resources that could not be read',
        '',
        '- AWS-RDS-002 in aws 222222222222/eu-west-1: AccessDenied: not authorized to perform rds:DescribeDBInstances (RDS DescribeDBInstances)',
        '',
        'No resources of their type (not applicable): AWS-EC2-009',
        '',
        '',
      ].join('\n'),
    );
  });

  it('names up to five failing resources per control, with or without an action, the reason in words, then "… and K more"; folds medium and below', async () => {
    const tls = (i: number): Result => ({
      ...fail,
      controlId: 'AZ-STG-003',
      provider: 'azure',
      account: '0000',
      region: 'westeurope',
      resourceId: `/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st${i}`,
      displayName: `st${i}`,
      reason: '$.properties.minimumTlsVersion notIn ["TLS1_2","TLS1_3"] (seen: TLS1_0)',
      matches: [{ condition: 'c1', type: 'param', text: 'raw', key: '$.properties.minimumTlsVersion', operator: 'notIn', expected: ['TLS1_2', 'TLS1_3'], seen: 'TLS1_0' }],
    });
    const ec2 = SCAN_REPORT.controls[0]!;
    const storage = { ...ec2, id: 'AZ-STG-003', title: 'Storage accounts require TLS 1.2', severity: 'medium' as const, provider: 'azure' as const };
    const results = [...Array.from({ length: 8 }, (_, i) => tls(i)), { ...fail, actions: PLANNED_REPORT.results[0]!.actions }];
    const text = await renderReport(markdown, reportOf([ec2, storage], results));
    expect(text).toContain(
      [
        '### Failing controls',
        '',
        '- **AWS-EC2-001** Security groups do not allow SSH from the internet · high · 1 FAIL',
        '  - sg-0a1 (\\<img src=x onerror=alert(1)\\>) in aws 111111111111/us-east-1: =HYPERLINK("http://evil") $.IpPermissions\\[\\*\\].IpRanges\\[\\*\\].CidrIp == 0.0.0.0/0 (seen: 0.0.0.0/0)',
        '',
        '<details><summary>medium: 1 failing control(s)</summary>',
        '',
        '- **AZ-STG-003** Storage accounts require TLS 1.2 · medium · 8 FAIL',
        ...[0, 1, 2, 3, 4].map((i) => `  - /subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st${i} (st${i}) in azure 0000/westeurope: minimum TLS version is TLS1\\_0, allowed: TLS1\\_2, TLS1\\_3`),
        '  - … and 3 more',
        '',
        '</details>',
        '',
        '### Remediation',
        '',
        '1 planned action(s) on 1 FAIL result(s): run with `--remediate` to apply. Each action is shown under its resource in the HTML report.',
        '',
      ].join('\n'),
    );
    expect(text).toContain('- **medium**: 8 FAIL');
  });

  it('with a baseline: the new findings and the resolved ones, each listed', async () => {
    expect(await renderReport(markdown, EXCEPTED_REPORT)).toContain(
      [
        '### Since the baseline (scan-2026-10-31T00:00:00.000Z)',
        '',
        '**1 new** · 0 unchanged · 1 excepted · 1 resolved',
        '',
        'New:',
        '',
        '- **high** AWS-EC2-001 sg-0new (new-sg) in aws 111111111111/us-east-1',
        '',
        'Resolved:',
        '',
        '- AWS-EC2-001 sg-0b2 in aws 222222222222/eu-west-1: now PASS',
        '',
        '### Failing controls',
      ].join('\n'),
    );
    const resolved = Array.from({ length: 12 }, (_, i) => ({ controlId: 'AWS-EC2-001', provider: 'aws' as const, account: '1', region: 'r', resourceId: `sg-${i}`, now: 'absent' as const }));
    const many = await renderReport(markdown, { ...EXCEPTED_REPORT, baseline: { ...EXCEPTED_REPORT.baseline!, resolved } });
    expect(many).toContain('- AWS-EC2-001 sg-9 in aws 1/r: now no longer seen\n- … and 2 more\n');
  });

  it('lists every exception with its state, expired and unused first', async () => {
    const text = await renderReport(markdown, EXCEPTED_REPORT);
    const rows = text.split('\n').filter((line) => /^\| (active|expired|unused) \|/.test(line));
    expect(rows).toEqual([
      '| expired | AWS-RDS-\\* | \\* | 0 | 2026-01-01 | db-team | Migration |',
      '| unused | AWS-EC2-009 | sg-gone | 0 | 2027-06-30 | ops | Old |',
      '| active | AWS-EC2-001 | sg-0a1 | 1 | 2027-01-31 | sec@example.com | Bastion, \\<b\\>reviewed\\</b\\> |',
    ]);
    expect(await renderReport(markdown, SCAN_REPORT)).not.toContain('### Exceptions');
  });

  it('says so when every result is ERROR, never "No failures."', async () => {
    const rds = SCAN_REPORT.controls[1]!;
    const text = await renderReport(markdown, reportOf([rds], [error, { ...error, account: '111111111111' }]));
    expect(text.startsWith('## ctrlflow scan: ERROR on every result (2): nothing was evaluated\n')).toBe(true);
    expect(text).toContain('| 0 | 2 | 0 | 0 |\n\n**Nothing was evaluated**: all 2 result(s) are ERROR (targets or resources that could not be read, listed below). This is not a clean scan.\n');
    expect(text).toContain('### ERROR (2): targets or resources that could not be read');
    expect(text).not.toContain('No failures');
    expect(text).not.toContain('not evaluated\n');
    // Some results evaluated, none failing, some ERROR; and a clean scan.
    const ec2 = SCAN_REPORT.controls[0]!;
    expect(await renderReport(markdown, reportOf([ec2, rds], [SCAN_REPORT.results[1]!, error]))).toContain(
      '## ctrlflow scan: 0 FAIL, 1 ERROR\n\nsnapshot examples/demo-inventory · 2 target(s) · 2 control(s) · 2026-11-01T00:00:06.000Z\n\n| FAIL | ERROR | EXCEPTED | PASS |\n|---:|---:|---:|---:|\n| 0 | 1 | 0 | 1 |\n\nNo FAIL among the results that were evaluated, but 1 result(s) are ERROR (not evaluated, listed below).\n',
    );
    expect(await renderReport(markdown, reportOf([ec2], [SCAN_REPORT.results[1]!]))).toContain('| 0 | 0 | 0 | 1 |\n\nNo failures.\n');
  });

  it('shows each framework of the summary: pass rate, coverage, requirement counts and the failing requirements', async () => {
    const text = await renderReport(markdown, FRAMEWORK_REPORT);
    expect(text).toContain(
      [
        '### Frameworks',
        '',
        '| Framework | Pass rate | Automated coverage | Requirements |',
        '|---|---:|---:|---|',
        '| CIS Amazon Web Services Foundations Benchmark 7.0.0 (cis-aws-7.0) | 0% | 100% | 1 fail, 1 error, 1 not-evaluated, 1 manual-attested |',
        '',
        'Failing requirements:',
        '',
        '- cis-aws-7.0 **5.2** No SSH from the internet (AWS-EC2-001)',
        '',
      ].join('\n'),
    );
    expect(await renderReport(markdown, SCAN_REPORT)).not.toContain('### Frameworks');
  });

  it('remediation is one line with a pointer to the HTML report, never a table of actions', async () => {
    const results = Array.from({ length: 23 }, (_, i) => ({ ...PLANNED_REPORT.results[0]!, resourceId: `sg-${i}` }));
    const text = await renderReport(markdown, reportOf(SCAN_REPORT.controls, results));
    expect(text).toContain(
      '### Remediation\n\n23 planned action(s) on 23 FAIL result(s): run with `--remediate` to apply. Each action is shown under its resource in the HTML report.\n\n',
    );
    expect(text).not.toContain('| Call |');
    expect(text).not.toContain('RevokeSecurityGroupIngress');
    expect(await renderReport(markdown, SCAN_REPORT)).not.toContain('### Remediation');
  });

  it("after --remediate: what was applied and re-evaluated, the audit log, awaiting approval counted", async () => {
    const text = await renderReport(markdown, REMEDIATED_REPORT);
    expect(text).toContain(
      '### Remediation\n\n**1 applied** · 0 no-op · 1 failed · 0 interrupted; re-evaluated: **1 fixed**, 0 still failing. Audit log: reports/ctrlflow-audit.jsonl. Each action is in the HTML report.\n\n### ERROR (1)',
    );
    // Both FAIL results are named, the one whose action failed and the one awaiting approval.
    expect(text).toContain('- **AWS-EC2-001** Security groups do not allow SSH from the internet · high · 2 FAIL\n  - sg-0c3 (legacy) in aws 111111111111/us-east-1: ');
    expect(text).toContain('\n  - sg-0d4 (jump) in aws 111111111111/us-east-1: ');
  });

  it('stays under the job summary cap: the failing controls get the room the other parts leave, and the cut says so', async () => {
    const controls = Array.from({ length: 20_000 }, (_, i) => ({ ...SCAN_REPORT.controls[0]!, id: `CTRL-${i}-${'x'.repeat(60)}` }));
    const results = controls.map((c) => ({ ...fail, controlId: c.id, reason: 'y'.repeat(2_000) }));
    const text = await renderReport(markdown, reportOf([...controls, SCAN_REPORT.controls[1]!], [...results, { ...error, reason: 'z'.repeat(2_000_000) }]));
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_SUMMARY_BYTES - 4096);
    const cut = /\n… truncated, see the HTML report \((\d+) more failing controls\)\.\n/.exec(text);
    const listed = text.split('\n').filter((line) => line.startsWith('- **CTRL-')).length;
    expect(Number(cut![1]) + listed).toBe(20_000);
    // What follows the list is whole: the ERROR section with its (shortened) reason.
    expect(text).toContain(`### ERROR (1): targets or resources that could not be read\n\n- AWS-RDS-002 in aws 222222222222/eu-west-1: ${'z'.repeat(199)}…\n`);
  });
});
