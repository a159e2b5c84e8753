import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { bufferIo } from '../../src/cli/io.js';
import { printSummary } from '../../src/cli/summary.js';
import type { ScanReport } from '../../src/model/result.js';
import { PLANNED_REPORT, REMEDIATED_REPORT, SCAN_REPORT, withPlan } from '../fixtures/scan-report.js';
import { cli, tempDir } from '../helpers/cli.js';

function summary(report: ScanReport): string[] {
  const io = bufferIo();
  printSummary(report, EXIT.FAILED, io);
  return io.stdout;
}

describe('the terminal summary', () => {
  it('puts each planned action under its resource and counts the plan before the totals', () => {
    expect(summary(PLANNED_REPORT)).toEqual([
      'ctrlflow 0.1.0 · snapshot examples/demo-inventory · 2 target(s) · 3 control(s)',
      '',
      'FAIL  high     AWS-EC2-001  Security groups do not allow SSH from the internet (1 failed of 2)',
      '  - <img src=x onerror=alert(1)> (sg-0a1) in aws 111111111111/us-east-1: =HYPERLINK("http://evil") $.IpPermissions[*].IpRanges[*].CidrIp == 0.0.0.0/0 (seen: 0.0.0.0/0)',
      '    would call EC2 RevokeSecurityGroupIngress (node closeSsh)',
      '  Fix: Remove the rule.',
      '',
      'ERROR medium   AWS-RDS-002  RDS storage is encrypted (1 target(s) not read)',
      '  - aws 222222222222/eu-west-1 could not be read: AccessDenied: not authorized to perform rds:DescribeDBInstances (RDS DescribeDBInstances)',
      'No resources (not applicable): AWS-EC2-009',
      'Remediation plan: 1 action(s) on 1 FAIL result(s): run with --remediate to apply (see README "Remediation")',
      'Totals: 1 FAIL · 1 PASS · 1 ERROR · 0 EXCEPTED',
      'Exit 1: failures at or above --fail-on low.',
    ]);
    expect(summary(SCAN_REPORT).filter((line) => /^ {4}|Remediation/.test(line))).toEqual([]);
  });

  it('after --remediate: what each action did, the fixed resource included, and the remediation line', () => {
    expect(summary(REMEDIATED_REPORT)).toEqual([
      'ctrlflow 0.1.0 · snapshot examples/demo-inventory · 2 target(s) · 3 control(s)',
      '',
      'FAIL  high     AWS-EC2-001  Security groups do not allow SSH from the internet (2 failed of 4)',
      '  - <img src=x onerror=alert(1)> (sg-0a1) in aws 111111111111/us-east-1: now PASS',
      '    applied EC2 RevokeSecurityGroupIngress: fixed',
      '  - legacy (sg-0c3) in aws 111111111111/us-east-1: =HYPERLINK("http://evil") $.IpPermissions[*].IpRanges[*].CidrIp == 0.0.0.0/0 (seen: 0.0.0.0/0)',
      '    failed EC2 RevokeSecurityGroupIngress: AccessDenied: not authorized to perform ec2:RevokeSecurityGroupIngress',
      '  - jump (sg-0d4) in aws 111111111111/us-east-1: =HYPERLINK("http://evil") $.IpPermissions[*].IpRanges[*].CidrIp == 0.0.0.0/0 (seen: 0.0.0.0/0)',
      '    would call EC2 RevokeSecurityGroupIngress once approved (--approve) (node closeSsh)',
      '  Fix: Remove the rule.',
      '',
      'ERROR medium   AWS-RDS-002  RDS storage is encrypted (1 target(s) not read)',
      '  - aws 222222222222/eu-west-1 could not be read: AccessDenied: not authorized to perform rds:DescribeDBInstances (RDS DescribeDBInstances)',
      'No resources (not applicable): AWS-EC2-009',
      'Remediation: 1 applied, 0 no-op, 1 failed, 0 interrupted; re-evaluated: 1 fixed, 0 still failing; audit log reports/ctrlflow-audit.jsonl',
      'Totals: 2 FAIL · 2 PASS · 1 ERROR · 0 EXCEPTED',
      'Exit 1: failures at or above --fail-on low.',
    ]);
  });

  it('shows a control that --remediate fixed everywhere, and the plan with approvals still to give', () => {
    const fixedOnly = { ...REMEDIATED_REPORT, results: [REMEDIATED_REPORT.results[0]!, REMEDIATED_REPORT.results[1]!], controls: [{ ...REMEDIATED_REPORT.controls[0]!, status: 'PASS' as const, counts: { FAIL: 0, ERROR: 0, EXCEPTED: 0, PASS: 2 } }] };
    expect(summary(fixedOnly).slice(2, 5)).toEqual([
      'PASS  high     AWS-EC2-001  Security groups do not allow SSH from the internet (0 failed of 2)',
      '  - <img src=x onerror=alert(1)> (sg-0a1) in aws 111111111111/us-east-1: now PASS',
      '    applied EC2 RevokeSecurityGroupIngress: fixed',
    ]);
    const { remediation: _, ...planOnly } = REMEDIATED_REPORT;
    const awaiting = withPlan({ ...planOnly, results: [...PLANNED_REPORT.results, REMEDIATED_REPORT.results[3]!] });
    expect(summary(awaiting)).toContain('Remediation plan: 2 action(s) on 2 FAIL result(s), 1 awaiting approval (--approve): run with --remediate to apply (see README "Remediation")');
  });

  it('scan prints the bundled RDS flow\'s plan for the demo inventory', async () => {
    const { stdout } = await cli('scan', '--inventory', 'examples/demo-inventory', '--out', tempDir(), '--format', 'json', '--only', 'AWS-RDS-001', '--fail-on', 'none');
    const lines = stdout.split('\n');
    const analytics = lines.findIndex((line) => line.startsWith('  - analytics-db ('));
    expect(lines[analytics + 1]).toBe('    would call RDS ModifyDBInstance (node makePrivate)');
    expect(lines.filter((line) => line.startsWith('    '))).toEqual(['    would call RDS ModifyDBInstance (node makePrivate)']);
    expect(lines).toContain('Remediation plan: 1 action(s) on 1 FAIL result(s): run with --remediate to apply (see README "Remediation")');
  });
});
