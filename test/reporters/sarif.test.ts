import { renderReport } from '../../reporters/index.js';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { automationId, sarif, sarifReporter } from '../../reporters/sarif.js';
import type { ScanReport } from '../../src/model/result.js';
import { EXCEPTED_REPORT, PLANNED_REPORT, REMEDIATED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';
import { sarifProblems, sarifSchemaProblems } from '../helpers/sarif-validate.js';

/** Every SARIF these tests render must pass Microsoft's validator and the official schema. */
async function render(report: ScanReport = SCAN_REPORT): Promise<Log> {
  const text = await renderReport(sarif, report);
  expect(sarifProblems(text)).toEqual([]);
  return JSON.parse(text) as Log;
}

describe('sarif reporter', () => {
  it('has one run whose rules are the controls, with GitHub security severities', async () => {
    const log = await render();
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules!.map((r) => [r.id, r.properties!['security-severity'], r.defaultConfiguration!.level])).toEqual([
      ['AWS-EC2-001', '8.0', 'error'],
      ['AWS-RDS-002', '5.5', 'warning'],
      ['AWS-EC2-009', '2.0', 'note'],
    ]);
    for (const rule of run.tool.driver.rules!) expect(rule.properties!.tags![0]).toBe('security');
    expect(run.tool.driver.rules![0]!.properties!.tags).toEqual(['security', 'aws', 'network', 'CIS-AWS-3.0/5.2']);
    // GitHub shows help.markdown but not helpUri: the links must be in the markdown.
    expect(run.tool.driver.rules![0]!.help!.markdown).toContain('<https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html>');
    expect(run.tool.driver.rules![0]!.help!.markdown).toContain('### Remediation\nRemove the rule.');
    expect(run.automationDetails!.id).toBe('ctrlflow/aws/111111111111+222222222222/');
  });

  it('maps critical to security-severity 9.5 at level error', async () => {
    const critical = { ...SCAN_REPORT, controls: SCAN_REPORT.controls.map((c) => ({ ...c, severity: 'critical' as const })) };
    const rules = (await render(critical)).runs[0]!.tool.driver.rules!;
    expect(rules.map((r) => r.properties!['security-severity'])).toEqual(['9.5', '9.5', '9.5']);
  });

  it('gives one result per FAIL and per ERROR, each with a physical location GitHub accepts', async () => {
    const results = (await render()).runs[0]!.results!;
    expect(results.map((r) => [r.ruleId, r.level, r.ruleIndex])).toEqual([
      ['AWS-EC2-001', 'error', 0],
      ['AWS-RDS-002', 'warning', 1],
    ]);
    for (const r of results) {
      expect(r.locations![0]!.physicalLocation!.artifactLocation!.uri).toMatch(/^controls\/aws\/.+\.yaml$/);
      expect(r.locations![0]!.physicalLocation!.region!.startLine).toBeGreaterThan(0);
    }
    expect(results[0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(3);
    expect(results[0]!.locations![0]!.logicalLocations).toEqual([{ fullyQualifiedName: 'sg-0a1', kind: 'resource' }]);
    expect(results[0]!.message.text).toContain('in aws 111111111111 us-east-1');
    expect(results[1]!.message.text).toMatch(/^Could not evaluate AWS-RDS-002 on aws 222222222222 eu-west-1: AccessDenied/);
  });

  it('carries each result\'s action records in its properties and names them in its message', async () => {
    const [planned] = (await render(PLANNED_REPORT)).runs[0]!.results!;
    expect(planned!.properties!.actions).toEqual(PLANNED_REPORT.results[0]!.actions);
    expect(planned!.message.text).toBe(
      'AWS-EC2-001 Security groups do not allow SSH from the internet: <img src=x onerror=alert(1)> (sg-0a1) in aws 111111111111 us-east-1 fails. =HYPERLINK("http://evil") $.IpPermissions[*].IpRanges[*].CidrIp == 0.0.0.0/0 (seen: 0.0.0.0/0) Action planned: EC2 RevokeSecurityGroupIngress.',
    );
    expect((await render()).runs[0]!.results![0]!.properties).not.toHaveProperty('actions');
  });

  it('at --evidence findings, leaves the evidence and the action records out of the properties (GitHub never shows them; the JSON has them)', async () => {
    const [planned, error] = (await render({ ...PLANNED_REPORT, evidence: 'findings' })).runs[0]!.results!;
    expect(planned!.properties).toEqual({ status: 'FAIL', account: '111111111111', region: 'us-east-1' });
    expect(planned!.message.text).toMatch(/ Action planned: EC2 RevokeSecurityGroupIngress\.$/);
    expect(error!.properties).toEqual({ status: 'ERROR', account: '222222222222', region: 'eu-west-1', errorCode: 'AccessDenied' });
    const [full] = (await render(PLANNED_REPORT)).runs[0]!.results!;
    expect(full!.properties).toEqual({ status: 'FAIL', account: '111111111111', region: 'us-east-1', evidence: { '$.IpPermissions[*].FromPort': 22 }, actions: PLANNED_REPORT.results[0]!.actions });
    // Compact, one line: no byte of indentation.
    expect((await renderReport(sarif, { ...PLANNED_REPORT, evidence: 'findings' })).split('\n')).toHaveLength(2);
  });

  it('after --remediate: a fixed result has left the run (GitHub closes its alert), the run keeps the summary, the rest say what happened', async () => {
    const run = (await render(REMEDIATED_REPORT)).runs[0]!;
    expect(run.results!.map((r) => [r.locations![0]!.logicalLocations![0]!.fullyQualifiedName, (r.message.text ?? '').replace(/^.* fails\. .*?\(seen: 0\.0\.0\.0\/0\) /, '')])).toEqual([
      ['sg-0c3', 'Action failed: EC2 RevokeSecurityGroupIngress (AccessDenied: not authorized to perform ec2:RevokeSecurityGroupIngress).'],
      ['sg-0d4', 'Action awaiting approval: EC2 RevokeSecurityGroupIngress.'],
      ['aws/222222222222/eu-west-1', 'Could not evaluate AWS-RDS-002 on aws 222222222222 eu-west-1: AccessDenied: not authorized to perform rds:DescribeDBInstances (RDS DescribeDBInstances)'],
    ]);
    expect(run.properties!.remediation).toEqual(REMEDIATED_REPORT.remediation);
    // The message says "fixed" wherever a reported result carries an action that fixed it.
    const fixed = { ...REMEDIATED_REPORT.results[2]!, actions: REMEDIATED_REPORT.results[0]!.actions };
    const [only] = (await render({ ...REMEDIATED_REPORT, results: [fixed] })).runs[0]!.results!;
    expect(only!.message.text).toMatch(/ Action applied: EC2 RevokeSecurityGroupIngress \(fixed\)\.$/);
  });

  it('fingerprints by control, account, region and resource: equal across runs, apart otherwise', async () => {
    const fail = SCAN_REPORT.results[0]!;
    const variants = [fail, { ...fail, account: '999999999999' }, { ...fail, region: 'eu-west-1' }, { ...fail, resourceId: 'sg-other' }, { ...fail, time: '2027-01-01T00:00:00.000Z', reason: 'other words' }];
    const prints = async () => (await render({ ...SCAN_REPORT, results: variants })).runs[0]!.results!.map((r) => r.partialFingerprints!.primaryLocationLineHash);
    const [a, b] = [await prints(), await prints()];
    expect(a).toEqual(b);
    expect(a[0]).toMatch(/^[0-9a-f]{64}$/);
    // Time and wording do not move a finding; account, region and resource do.
    expect(a[4]).toBe(a[0]);
    expect(new Set(a.slice(0, 4)).size).toBe(4);
  });

  it('marks a FAIL new or unchanged against the baseline, and keeps the delta counts and the control set in the run', async () => {
    const log = await render({ ...EXCEPTED_REPORT, controlsCommit: '0123456', controlSet: { contentHash: `sha256:${'a'.repeat(64)}`, files: 3, commit: '0123456', dirty: true, changed: ['flows/f.yaml'] } });
    const run = log.runs[0]!;
    expect(run.results!.map((r) => `${r.locations![0]!.logicalLocations![0]!.fullyQualifiedName} ${r.baselineState ?? '-'}`)).toEqual(['sg-0new new', 'aws/222222222222/eu-west-1 -']);
    expect(run.properties!.baseline).toEqual({ file: 'previous/ctrlflow.json', scanId: 'scan-2026-10-31T00:00:00.000Z', new: 1, unchanged: 0, excepted: 1, resolved: 1 });
    expect(run.properties!.controlSet).toEqual({ contentHash: `sha256:${'a'.repeat(64)}`, files: 3, commit: '0123456', dirty: true, changed: ['flows/f.yaml'] });
  });

  it('gives scans of different scopes different automation ids', () => {
    const other = { ...SCAN_REPORT, targets: [{ provider: 'azure' as const, account: '00000000-0000-0000-0000-000000000001', region: 'global' }] };
    expect(automationId(other.targets)).toBe('ctrlflow/azure/00000000-0000-0000-0000-000000000001/');
    const many = { ...SCAN_REPORT, targets: Array.from({ length: 20 }, (_, i) => ({ provider: 'aws' as const, account: String(100000000000 + i), region: 'us-east-1' })) };
    expect(automationId(many.targets)).toMatch(/^ctrlflow\/aws\/20-targets-[0-9a-f]{12}\/$/);
  });

  it('caps a rule at 20 tags, keeping `security` and naming what was dropped', async () => {
    const tags = Array.from({ length: 25 }, (_, i) => `t${i}`);
    const report = { ...SCAN_REPORT, controls: [{ ...SCAN_REPORT.controls[0]!, tags }, ...SCAN_REPORT.controls.slice(1)] };
    const rule = (await render(report)).runs[0]!.tool.driver.rules![0]!;
    expect(rule.properties!.tags).toHaveLength(20);
    expect(rule.properties!.tags![0]).toBe('security');
    expect(rule.properties!['ctrlflow/tagsDropped']).toEqual(['t18', 't19', 't20', 't21', 't22', 't23', 't24', 'CIS-AWS-3.0/5.2']);
  });

  it('caps a run at 25,000 results, keeping the most severe, and says so', async () => {
    const fail = SCAN_REPORT.results[0]!;
    // AWS-EC2-009 is the fixture's low control.
    const low = Array.from({ length: 5 }, (_, i) => ({ ...fail, controlId: 'AWS-EC2-009', resourceId: `sg-low-${i}` }));
    const many = { ...SCAN_REPORT, results: [...low, ...Array.from({ length: 25_000 }, (_, i) => ({ ...fail, resourceId: `sg-${i}` }))] };
    // Microsoft's validator takes minutes on 34 MB; the official schema checks it in seconds.
    const text = await renderReport(sarif, many);
    expect(sarifSchemaProblems(text)).toEqual([]);
    const run = (JSON.parse(text) as Log).runs[0]!;
    expect(run.results).toHaveLength(25_000);
    expect(run.results!.every((r) => !(r.locations![0]!.logicalLocations![0]!.fullyQualifiedName ?? '').startsWith('sg-low'))).toBe(true);
    expect(run.properties).toMatchObject({ truncated: true, totalResults: 25_005 });
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toBe(
      "25005 results exceed GitHub's limits (25000 a run, 10 MB gzipped); the 25000 most severe are included. The JSON report has all of them.",
    );
  });

  it('keeps the gzipped file under the size limit by dropping the least severe results', async () => {
    const fail = SCAN_REPORT.results[0]!;
    // Hashes do not compress: about 1.3 kB gzipped per result.
    const evidence = (i: number) => ({ blob: Array.from({ length: 40 }, (_, j) => createHash('sha256').update(`${i}-${j}`).digest('hex')).join('') });
    const results = Array.from({ length: 400 }, (_, i) => ({ ...fail, controlId: i < 100 ? 'AWS-EC2-001' : 'AWS-EC2-009', resourceId: `sg-${i}`, evidence: evidence(i) }));
    const report = { ...SCAN_REPORT, results };
    const limits = { results: 25_000, gzipBytes: 200_000 };
    const text = await renderReport(sarifReporter(limits), report);
    expect(gzipSync(text).length).toBeLessThanOrEqual(limits.gzipBytes);
    expect(gzipSync(await renderReport(sarifReporter({ ...limits, gzipBytes: 10_000_000 }), report)).length).toBeGreaterThan(limits.gzipBytes);
    expect(sarifProblems(text)).toEqual([]);
    const run = (JSON.parse(text) as Log).runs[0]!;
    expect(run.results!.length).toBeGreaterThanOrEqual(100);
    expect(run.results!.length).toBeLessThan(400);
    expect(run.results!.slice(0, 100).every((r) => r.level === 'error')).toBe(true);
    expect(run.properties).toMatchObject({ truncated: true, totalResults: 400 });
  });

  it('the validator check can fail: a result without a location is refused', async () => {
    const log = JSON.parse(await renderReport(sarif, SCAN_REPORT)) as Log;
    log.runs[0]!.results![0]!.locations = [];
    log.runs[0]!.results![1]!.ruleIndex = 99;
    const problems = sarifProblems(JSON.stringify(log));
    expect(problems.some((p) => p.startsWith('GH'))).toBe(true);
    expect(problems.some((p) => p.startsWith('SARIF'))).toBe(true);
  });
});
