import { renderReport } from '../../reporters/index.js';
import { describe, expect, it } from 'vitest';
import { markdown, MAX_SUMMARY_BYTES } from '../../reporters/markdown.js';
import { EXCEPTED_REPORT, FRAMEWORK_REPORT, PLANNED_REPORT, REMEDIATED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';

describe('markdown reporter', () => {
  it('shows totals, failures by severity, the failing controls, errors and not-applicable controls', async () => {
    const text = await renderReport(markdown, SCAN_REPORT);
    expect(text).toContain('## ctrlflow scan: 1 failed, 1 not evaluated');
    expect(text).toContain('| 1 | 1 | 1 | 0 |');
    expect(text).toContain('- **high**: 1');
    expect(text).toContain('| AWS-EC2-001 | Security groups do not allow SSH from the internet | high | 1 |');
    expect(text).toContain('- AWS-RDS-002 on aws 222222222222/eu-west-1: AccessDenied');
    expect(text).toContain('No resources of their type (not applicable): AWS-EC2-009');
  });

  it('shows the delta against the baseline and every exception with its state', async () => {
    const text = await renderReport(markdown, EXCEPTED_REPORT);
    expect(text).toContain('### Since the baseline (scan-2026-10-31T00:00:00.000Z)\n\n**1 new** · 0 unchanged · 1 excepted · 1 resolved');
    expect(text).toContain('- **high** AWS-EC2-001 sg-0new (aws 111111111111/us-east-1)');
    const rows = text.split('\n').filter((line) => /^\| (active|expired|unused) \|/.test(line));
    expect(rows).toEqual([
      '| expired | AWS-RDS-\\* | \\* | 0 | 2026-01-01 | db-team | Migration |',
      '| unused | AWS-EC2-009 | sg-gone | 0 | 2027-06-30 | ops | Old |',
      '| active | AWS-EC2-001 | sg-0a1 | 1 | 2027-01-31 | sec@example.com | Bastion, \\<b\\>reviewed\\</b\\> |',
    ]);
    expect(await renderReport(markdown, SCAN_REPORT)).not.toContain('### Exceptions');
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

  it('stays under the job summary cap and says it was cut', async () => {
    const error = SCAN_REPORT.results[2]!;
    const controls = Array.from({ length: 20_000 }, (_, i) => ({ ...SCAN_REPORT.controls[0]!, id: `CTRL-${i}-${'x'.repeat(60)}` }));
    const big = { ...SCAN_REPORT, controls, results: [...SCAN_REPORT.results, { ...error, reason: 'y'.repeat(2_000_000) }] };
    const text = await renderReport(markdown, big);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(text).toContain('Truncated to fit the job summary limit');
  });

  it('counts the plan and lists its actions in a Remediation section', async () => {
    const text = await renderReport(markdown, PLANNED_REPORT);
    expect(text).toContain(
      [
        '### Remediation',
        '',
        '1 planned action(s) on 1 FAIL result(s): run with `--remediate` to apply.',
        '',
        '| Control | Resource | Call | Status |',
        '|---|---|---|---|',
        '| AWS-EC2-001 | sg-0a1 | EC2 RevokeSecurityGroupIngress | planned |',
        '',
        '### Not evaluated',
      ].join('\n'),
    );
    expect(await renderReport(markdown, SCAN_REPORT)).not.toContain('### Remediation');
  });

  it('after --remediate: what was applied and re-evaluated, the audit log, and each action\'s status', async () => {
    const text = await renderReport(markdown, REMEDIATED_REPORT);
    expect(text).toContain(
      [
        '### Remediation',
        '',
        '**1 applied** · 0 no-op · 1 failed · 0 interrupted; re-evaluated: **1 fixed**, 0 still failing. Audit log: reports/ctrlflow-audit.jsonl',
        '',
        '| Control | Resource | Call | Status |',
        '|---|---|---|---|',
        '| AWS-EC2-001 | sg-0a1 | EC2 RevokeSecurityGroupIngress | applied (fixed) |',
        '| AWS-EC2-001 | sg-0c3 | EC2 RevokeSecurityGroupIngress | failed (AccessDenied: not authorized to perform ec2:RevokeSecurityGroupIngress) |',
        '| AWS-EC2-001 | sg-0d4 | EC2 RevokeSecurityGroupIngress | awaiting approval |',
        '',
      ].join('\n'),
    );
  });

  it('lists at most 20 actions and says how many more there are', async () => {
    const fail = PLANNED_REPORT.results[0]!;
    const results = Array.from({ length: 23 }, (_, i) => ({ ...fail, resourceId: `sg-${i}` }));
    const text = await renderReport(markdown, { ...PLANNED_REPORT, results });
    expect(text).toContain('23 planned action(s) on 23 FAIL result(s)');
    expect(text.split('\n').filter((line) => line.endsWith('| EC2 RevokeSecurityGroupIngress | planned |'))).toHaveLength(20);
    expect(text).toContain('| AWS-EC2-001 | sg-19 | EC2 RevokeSecurityGroupIngress | planned |\n\n…and 3 more actions (see the HTML report).\n');
  });
});
