import type { AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { describe, expect, it } from 'vitest';
import { asff, asffId, asffResourceType, homeRegions, hubRegionOf, productArn, toAsff, type AsffFinding } from '../../reporters/asff.js';
import { renderReport } from '../../reporters/index.js';
import type { Result } from '../../src/model/result.js';
import { EXCEPTED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';
import { demoRun } from '../helpers/demo-run.js';

/** Compile-time: every finding ctrlflow writes is an AwsSecurityFinding of the Security Hub SDK (npm test type-checks this file). */
const asSdk = (f: AsffFinding): AwsSecurityFinding => f;
/** ASFF's required top-level fields (BatchImportFindings refuses a finding without one). */
const REQUIRED = ['SchemaVersion', 'Id', 'ProductArn', 'GeneratorId', 'AwsAccountId', 'Types', 'CreatedAt', 'UpdatedAt', 'Severity', 'Title', 'Description', 'Resources'] as const;

describe('asff reporter', () => {
  it('writes one finding per AWS result of the demo, each complete, within ASFF limits, with a unique id', async () => {
    const demo = await demoRun('asff');
    const findings = (JSON.parse(demo.read('ctrlflow.asff.json')) as AsffFinding[]).map(asSdk);
    const aws = demo.report.results.filter((r) => r.provider === 'aws');
    expect(findings).toHaveLength(aws.length);
    expect(findings.map((f) => f.ProductFields?.['ctrlflow/ResourceId'])).toEqual(aws.map((r) => r.resourceId));
    // An account-wide (`global`) result goes to its account's first scanned region's hub, and its resource has no region.
    const homes = homeRegions(demo.report);
    expect(aws.filter((r) => r.region === 'global').length).toBeGreaterThan(0);
    for (const [i, f] of findings.entries()) {
      const r = aws[i]!;
      expect(REQUIRED.filter((k) => f[k] === undefined), f.Id).toEqual([]);
      expect(f.Resources![0]!.Region).toBe(r.region === 'global' ? undefined : r.region);
      expect(f.Title!.length).toBeLessThanOrEqual(256);
      expect(f.Description!.length).toBeLessThanOrEqual(1024);
      expect(f.Resources!.length).toBe(1);
      expect(f.ProductArn).toBe(`arn:aws:securityhub:${hubRegionOf(r, homes)}:${f.AwsAccountId}:product/${f.AwsAccountId}/default`);
      expect(f.AwsAccountId).toMatch(/^\d{12}$/);
    }
    expect(new Set(findings.map((f) => f.Id)).size).toBe(findings.length);
    const status = (s: string) => findings.filter((f) => f.Compliance?.Status === s).length;
    const count = (s: Result['status']) => aws.filter((r) => r.status === s).length;
    expect([status('PASSED'), status('FAILED'), status('WARNING'), status('NOT_AVAILABLE')]).toEqual([count('PASS'), count('FAIL'), count('ERROR'), count('EXCEPTED')]);
    expect(count('EXCEPTED')).toBeGreaterThan(0);
  });

  it('maps a FAIL, a PASS, an ERROR and an EXCEPTED result', async () => {
    const [excepted, pass, error, fresh] = JSON.parse(await renderReport(asff, EXCEPTED_REPORT)) as AsffFinding[];
    const [fail] = JSON.parse(await renderReport(asff, SCAN_REPORT)) as AsffFinding[];
    expect(fail).toEqual({
      SchemaVersion: '2018-10-08',
      Id: asffId(SCAN_REPORT.results[0]!),
      ProductArn: 'arn:aws:securityhub:us-east-1:111111111111:product/111111111111/default',
      GeneratorId: 'ctrlflow/AWS-EC2-001',
      AwsAccountId: '111111111111',
      Types: ['Software and Configuration Checks/Industry and Regulatory Standards'],
      CreatedAt: '2026-11-01T00:00:05.000Z',
      UpdatedAt: '2026-11-01T00:00:05.000Z',
      Severity: { Label: 'HIGH' },
      Title: 'AWS-EC2-001 Security groups do not allow SSH from the internet',
      Description: `SSH open to the world invites brute force. Result: ${SCAN_REPORT.results[0]!.reason}`,
      Resources: [{ Type: 'AwsEc2SecurityGroup', Id: 'sg-0a1', Partition: 'aws', Region: 'us-east-1' }],
      Compliance: { Status: 'FAILED', RelatedRequirements: ['CIS-AWS-3.0/5.2'] },
      Workflow: { Status: 'NEW' },
      RecordState: 'ACTIVE',
      Remediation: { Recommendation: { Text: 'Remove the rule.', Url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html' } },
      SourceUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
      ProductFields: {
        'ctrlflow/ControlId': 'AWS-EC2-001',
        'ctrlflow/Status': 'FAIL',
        'ctrlflow/Account': '111111111111',
        'ctrlflow/Region': 'us-east-1',
        'ctrlflow/ResourceId': 'sg-0a1',
        'ctrlflow/DisplayName': '<img src=x onerror=alert(1)>',
        'ctrlflow/Reason': SCAN_REPORT.results[0]!.reason,
        'ctrlflow/FlowId': 'aws-sg-open-ssh',
      },
      CompanyName: 'ctrlflow',
      ProductName: 'ctrlflow',
    });
    expect([pass!.Compliance.Status, pass!.Severity.Label, pass!.Workflow?.Status]).toEqual(['PASSED', 'INFORMATIONAL', 'RESOLVED']);
    // An unreadable target: the account is the resource; WARNING with the error code as the reason.
    expect([error!.Compliance, error!.Resources, error!.Workflow]).toEqual([
      { Status: 'WARNING', StatusReasons: [{ ReasonCode: 'CTRLFLOW_ERROR_AccessDenied', Description: SCAN_REPORT.results[2]!.reason }] },
      [{ Type: 'AwsAccount', Id: 'AWS::::Account:222222222222', Partition: 'aws' }],
      { Status: 'NEW' },
    ]);
    // An accepted risk: NOT_AVAILABLE, the exception named, suppressed when new.
    expect([excepted!.Compliance, excepted!.Workflow]).toEqual([
      { Status: 'NOT_AVAILABLE', RelatedRequirements: ['CIS-AWS-3.0/5.2'], StatusReasons: [{ ReasonCode: 'CTRLFLOW_EXCEPTED', Description: 'Accepted risk: Bastion, <b>reviewed</b> (owner sec@example.com, expires 2027-01-31, exceptions.yaml:2)' }] },
      { Status: 'SUPPRESSED' },
    ]);
    expect(fresh!.ProductFields['ctrlflow/Baseline']).toBe('new');
  });

  it('gives ids that are stable and never collide, however long the resource ids and however alike', () => {
    const base = SCAN_REPORT.results[0]!;
    const prefix = `arn:aws:ec2:us-east-1:111111111111:security-group/${'x'.repeat(600)}`;
    const results = Array.from({ length: 1000 }, (_, i) => ({ ...base, resourceId: `${prefix}${i}` }));
    const ids = results.map(asffId);
    expect(new Set(ids).size).toBe(1000);
    expect(ids.every((id) => id.length === 'ctrlflow/AWS-EC2-001/'.length + 64)).toBe(true);
    expect(results.map(asffId)).toEqual(ids);
    // The same resource under another control, account or region is another finding.
    expect(new Set([asffId(base), asffId({ ...base, controlId: 'AWS-EC2-002' }), asffId({ ...base, account: '222222222222' }), asffId({ ...base, region: 'eu-west-1' })]).size).toBe(4);
  });

  it('keeps long cloud text within the limits and sends account-wide findings to the account\'s first region', () => {
    const control = SCAN_REPORT.controls[0]!;
    const long = { ...SCAN_REPORT.results[0]!, reason: 'r'.repeat(5000), region: 'global', resourceId: 'arn:aws:iam::111111111111:root' };
    const f = toAsff(long, { ...control, title: 't'.repeat(400), remediation: 'm'.repeat(900) }, { region: 'eu-west-1', time: '2026-11-01T00:00:00Z' });
    expect([f.Title.length, f.Description.length, f.Remediation!.Recommendation.Text!.length, f.ProductFields['ctrlflow/Reason']!.length]).toEqual([256, 1024, 512, 2048]);
    expect(f.ProductArn).toBe(productArn('111111111111', 'eu-west-1'));
    expect(f.Resources).toEqual([{ Type: 'AwsEc2SecurityGroup', Id: 'arn:aws:iam::111111111111:root', Partition: 'aws' }]);
    expect(productArn('111111111111', 'cn-north-1')).toBe('arn:aws-cn:securityhub:cn-north-1:111111111111:product/111111111111/default');
  });

  it('names resource types as ASFF does', () => {
    expect(['AWS::EC2::SecurityGroup', 'AWS::RDS::DBInstance', 'AWS::EC2::Instance', 'AWS::S3::Bucket', 'AWS::IAM::User', 'AWS::CloudTrail::Trail', 'AWS::KMS::Key', 'Microsoft.Storage/storageAccounts'].map(asffResourceType)).toEqual([
      'AwsEc2SecurityGroup', 'AwsRdsDbInstance', 'AwsEc2Instance', 'AwsS3Bucket', 'AwsIamUser', 'AwsCloudTrailTrail', 'AwsKmsKey', 'Other',
    ]);
  });

  it('leaves Azure and GCP results out and writes [] for none', async () => {
    const azure = { ...SCAN_REPORT, results: SCAN_REPORT.results.map((r) => ({ ...r, provider: 'azure' as const })) };
    expect(await renderReport(asff, azure)).toBe('[]\n');
  });
});
