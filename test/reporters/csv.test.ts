import { renderReport } from '../../reporters/index.js';
import { parseString } from 'fast-csv';
import { describe, expect, it } from 'vitest';
import { csv } from '../../reporters/csv.js';
import { EXCEPTED_REPORT, PLANNED_REPORT, REMEDIATED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';

function parse(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text.replace(/^\uFEFF/, ''))
      .on('data', (row: string[]) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

describe('csv reporter', () => {
  it('writes a BOM, a header and one CRLF row per result', async () => {
    const text = await renderReport(csv, SCAN_REPORT);
    expect(text.startsWith('\uFEFFcontrol_id,title,severity,status,provider,account,region,resource_type,resource_id,display_name,reason,evidence,remediation,compliance,flow_id,execution_id,time,exception,baseline,action\r\n')).toBe(true);
    const rows = await parse(text);
    expect(rows).toHaveLength(1 + SCAN_REPORT.results.length);
    expect(rows[2]).toEqual([
      'AWS-EC2-001', 'Security groups do not allow SSH from the internet', 'high', 'PASS', 'aws', '222222222222', 'eu-west-1',
      'AWS::EC2::SecurityGroup', 'sg-0b2', 'web', '', '{"$.IpPermissions[*].FromPort":443}', '', 'CIS-AWS-3.0:5.2',
      'aws-sg-open-ssh', 'exec-1', '2026-11-01T00:00:05.000Z', '', '', '',
    ]);
  });

  it('at --evidence findings, a PASS row is identity, status and target: the control\'s descriptive cells are empty', async () => {
    const rows = await parse(await renderReport(csv, { ...SCAN_REPORT, evidence: 'findings', results: SCAN_REPORT.results.map((r) => (r.status === 'PASS' ? { ...r, evidence: undefined } : r)) }));
    const header = rows[0]!;
    const cells = (row: string[], names: string[]) => names.map((n) => row[header.indexOf(n)]);
    const descriptive = ['title', 'severity', 'resource_type', 'compliance', 'flow_id'];
    expect(rows[2]!.slice(0, 10)).toEqual(['AWS-EC2-001', '', 'high', 'PASS', 'aws', '222222222222', 'eu-west-1', '', 'sg-0b2', 'web']);
    expect(cells(rows[2]!, descriptive)).toEqual(['', 'high', '', '', '']);
    // A FAIL keeps them all, as at --evidence full.
    expect(cells(rows[1]!, descriptive)).toEqual(['Security groups do not allow SSH from the internet', 'high', 'AWS::EC2::SecurityGroup', 'CIS-AWS-3.0:5.2', 'aws-sg-open-ssh']);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
  });

  it('neutralises every cell a spreadsheet would run as a formula', async () => {
    const dangerous = ['=1+1', '+cmd', '-2', '@SUM(A1)', '\tx', '\rx', '＝1', '＋1', '－1', '＠x'];
    const report = {
      ...SCAN_REPORT,
      results: dangerous.map((d) => ({ ...SCAN_REPORT.results[1]!, displayName: d })),
    };
    const rows = await parse(await renderReport(csv, report));
    expect(rows).toHaveLength(1 + dangerous.length);
    expect(rows.slice(1).map((r) => r[9])).toEqual(dangerous.map((d) => `'${d}`));
    expect((await parse(await renderReport(csv, SCAN_REPORT)))[1]![10]).toMatch(/^'=HYPERLINK/);
  });

  it('neutralises every text column, not only one, and parses back to the same rows', async () => {
    const dangerous = ['=1+1', '+cmd', '-2', '@SUM(A1)', '\tx', '\rx', '＝1', '＋1', '－1', '＠x'];
    const base = SCAN_REPORT.results[0]!;
    // The control's columns come from its control: one control per probe.
    const controls = dangerous.map((d, i) => ({ ...SCAN_REPORT.controls[0]!, id: `C-${i}`, title: d, resourceType: d, remediation: d, flowId: d }));
    const results = dangerous.map((d, i) => ({ ...base, controlId: `C-${i}`, account: d, region: d, resourceId: d, displayName: d, reason: d, executionId: d }));
    const rows = await parse(await renderReport(csv, { ...SCAN_REPORT, controls, results }));
    expect(rows).toHaveLength(1 + dangerous.length);
    const textColumns = ['title', 'account', 'region', 'resource_type', 'resource_id', 'display_name', 'reason', 'remediation', 'flow_id', 'execution_id'];
    const header = rows[0]!;
    rows.slice(1).forEach((row, i) => {
      for (const column of textColumns) expect(row[header.indexOf(column)], column).toBe(`'${dangerous[i]}`);
      expect(row).toHaveLength(header.length);
    });
  });

  it('names the exception and the baseline delta in the last columns', async () => {
    const rows = await parse(await renderReport(csv, EXCEPTED_REPORT));
    const [header, excepted, , , fresh] = rows;
    expect(header!.slice(-3)).toEqual(['exception', 'baseline', 'action']);
    expect(excepted!.slice(-3)).toEqual(['Bastion, <b>reviewed</b> (owner sec@example.com, expires 2027-01-31, exceptions.yaml:2)', 'excepted', '']);
    expect(fresh!.slice(-3)).toEqual(['', 'new', '']);
  });

  it('says in the last column what each action plans or did, several joined by |', async () => {
    const column = async (report: typeof SCAN_REPORT) => (await parse(await renderReport(csv, report))).slice(1).map((row) => row.at(-1));
    expect(await column(PLANNED_REPORT)).toEqual(['planned: EC2 RevokeSecurityGroupIngress', '', '']);
    expect(await column(REMEDIATED_REPORT)).toEqual([
      'applied: EC2 RevokeSecurityGroupIngress (fixed)',
      '',
      'failed: EC2 RevokeSecurityGroupIngress (AccessDenied: not authorized to perform ec2:RevokeSecurityGroupIngress)',
      'awaiting approval: EC2 RevokeSecurityGroupIngress',
      '',
    ]);
    const fail = PLANNED_REPORT.results[0]!;
    const planned = fail.actions![0]!;
    const two = { ...fail, actions: [planned, { ...planned, status: 'applied' as const, outcome: 'still-failing' as const, calls: [...planned.calls, { ...planned.calls[0]!, service: 'EC2', method: 'CreateTags' }] }] };
    expect(await column({ ...SCAN_REPORT, results: [two] })).toEqual([
      'planned: EC2 RevokeSecurityGroupIngress | applied: EC2 RevokeSecurityGroupIngress → EC2 CreateTags (still failing)',
    ]);
  });

  it('at --evidence findings, states remediation and compliance on the first non-PASS row of each control only', async () => {
    const [fail, pass, error] = SCAN_REPORT.results;
    const other = { ...SCAN_REPORT.controls[1]!, remediation: 'Grant rds:DescribeDBInstances.', compliance: { 'CIS-AWS-3.0': ['3.1'] } };
    const controls = [SCAN_REPORT.controls[0]!, other, SCAN_REPORT.controls[2]!];
    const lean = { ...pass!, evidence: undefined, reason: undefined, matches: undefined, executionId: undefined, time: undefined };
    const results = [lean, fail!, { ...fail!, resourceId: 'sg-0a2' }, error!, { ...fail!, status: 'EXCEPTED' as const, resourceId: 'sg-0a3', account: '222222222222' }, { ...error!, account: '333333333333' }];
    const columns = ['control_id', 'status', 'resource_id', 'title', 'remediation', 'compliance'];
    const table = async (evidence: 'findings' | 'full') => {
      const rows = await parse(await renderReport(csv, { ...SCAN_REPORT, evidence, controls, results }));
      return rows.slice(1).map((row) => columns.map((c) => row[rows[0]!.indexOf(c)]));
    };
    const title = 'Security groups do not allow SSH from the internet';
    const remove = SCAN_REPORT.controls[0]!.remediation;
    expect(await table('findings')).toEqual([
      ['AWS-EC2-001', 'PASS', 'sg-0b2', '', '', ''],
      ['AWS-EC2-001', 'FAIL', 'sg-0a1', title, remove, 'CIS-AWS-3.0:5.2'],
      ['AWS-EC2-001', 'FAIL', 'sg-0a2', title, '', ''],
      ['AWS-RDS-002', 'ERROR', '', 'RDS storage is encrypted', 'Grant rds:DescribeDBInstances.', 'CIS-AWS-3.0:3.1'],
      ['AWS-EC2-001', 'EXCEPTED', 'sg-0a3', title, '', ''],
      ['AWS-RDS-002', 'ERROR', '', 'RDS storage is encrypted', '', ''],
    ]);
    expect(await table('full')).toEqual([
      ['AWS-EC2-001', 'PASS', 'sg-0b2', title, '', 'CIS-AWS-3.0:5.2'],
      ['AWS-EC2-001', 'FAIL', 'sg-0a1', title, remove, 'CIS-AWS-3.0:5.2'],
      ['AWS-EC2-001', 'FAIL', 'sg-0a2', title, remove, 'CIS-AWS-3.0:5.2'],
      ['AWS-RDS-002', 'ERROR', '', 'RDS storage is encrypted', 'Grant rds:DescribeDBInstances.', 'CIS-AWS-3.0:3.1'],
      ['AWS-EC2-001', 'EXCEPTED', 'sg-0a3', title, remove, 'CIS-AWS-3.0:5.2'],
      ['AWS-RDS-002', 'ERROR', '', 'RDS storage is encrypted', 'Grant rds:DescribeDBInstances.', 'CIS-AWS-3.0:3.1'],
    ]);
  });
});
