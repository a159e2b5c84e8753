import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/model/result.js';
import { mockAccounts, ONE, TWO } from '../helpers/aws-account-estate.js';
import { cli, readReport, tempDir } from '../helpers/cli.js';

/**
 * Account-level reads end to end (CLI, real SDK clients, HTTP mocked): 2 accounts x 2 regions
 * scanned with test/fixtures/aws-reach (IAM, credential report, S3 with per-bucket reads,
 * CloudTrail with scope: account, and one regional control), then recorded and replayed.
 */
const CONTENT = ['--controls', 'test/fixtures/aws-reach/controls', '--flows', 'test/fixtures/aws-reach/flows'];
const ESTATE = ['--cloud', 'aws', '--aws-role-arn', `arn:aws:iam::${ONE}:role/Audit`, '--aws-role-arn', `arn:aws:iam::${TWO}:role/Audit`, '--region', 'us-east-1', '--region', 'eu-west-1'];
const line = (r: Result) => `${r.controlId} ${r.account}/${r.region} ${r.resourceId ?? '-'} ${r.status}${r.errorCode ? ` ${r.errorCode}` : ''}`;
const comparable = (r: Result) => ({ ...r, executionId: '', time: '' });

const saved = { ...process.env };
let seen: Record<string, number>;
beforeAll(() => {
  nock.disableNetConnect();
  seen = mockAccounts();
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDBASE', AWS_SECRET_ACCESS_KEY: 'base-secret', AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent' });
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_REGION;
});
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
  process.env = saved;
});

describe('account-level reads (2 accounts x 2 regions, HTTP mocked)', () => {
  it('reads global services once per account, sends bucket and trail calls to their regions, and a snapshot of it scans the same', async () => {
    const liveOut = tempDir();
    const live = await cli('scan', ...CONTENT, ...ESTATE, '--format', 'json', '--out', liveOut, '--fail-on', 'none');
    expect(live.stderr).not.toMatch(/error/i);
    const report = readReport(liveOut);
    expect(report.results.map(line).sort()).toEqual(
      [
        `TEST-CT-MULTI ${ONE}/global arn:aws:cloudtrail:eu-west-1:${ONE}:trail/org PASS`,
        `TEST-CT-MULTI ${TWO}/global arn:aws:cloudtrail:us-east-1:${TWO}:trail/local FAIL`,
        `TEST-EBS-DEFAULT ${ONE}/eu-west-1 arn:aws:ec2:eu-west-1:${ONE}:ebs-encryption-by-default FAIL`,
        `TEST-EBS-DEFAULT ${ONE}/us-east-1 arn:aws:ec2:us-east-1:${ONE}:ebs-encryption-by-default PASS`,
        `TEST-EBS-DEFAULT ${TWO}/eu-west-1 arn:aws:ec2:eu-west-1:${TWO}:ebs-encryption-by-default PASS`,
        `TEST-EBS-DEFAULT ${TWO}/us-east-1 arn:aws:ec2:us-east-1:${TWO}:ebs-encryption-by-default PASS`,
        `TEST-IAM-PWD ${ONE}/global arn:aws:iam::${ONE}:root FAIL`,
        `TEST-IAM-PWD ${TWO}/global arn:aws:iam::${TWO}:root PASS`,
        `TEST-IAM-ROOT-KEYS ${ONE}/global arn:aws:iam::${ONE}:root FAIL`,
        `TEST-IAM-ROOT-KEYS ${TWO}/global arn:aws:iam::${TWO}:root PASS`,
        // One bucket's own read is refused: that resource is ERROR, the others stand.
        `TEST-S3-PAB ${ONE}/global arn:aws:s3:::one-locked ERROR AccessDenied`,
        `TEST-S3-PAB ${ONE}/global arn:aws:s3:::one-logs PASS`,
        `TEST-S3-PAB ${ONE}/global arn:aws:s3:::one-site FAIL`,
        `TEST-S3-PAB ${TWO}/global arn:aws:s3:::two-data PASS`,
      ].sort(),
    );
    expect(report.results.find((r) => r.controlId === 'TEST-IAM-PWD' && r.account === ONE)?.displayName).toBe(`password policy of ${ONE}`);
    expect(report.targets.map((t) => `${t.account}/${t.region}`)).toEqual([`${ONE}/eu-west-1`, `${ONE}/global`, `${ONE}/us-east-1`, `${TWO}/eu-west-1`, `${TWO}/global`, `${TWO}/us-east-1`]);

    // Exactly one request per distinct call: account-level calls once per account (not per
    // region), one per bucket and per trail, the regional setting once per region.
    const minimum = {
      'CloudTrail.DescribeTrails': 2,
      'CloudTrail.GetTrailStatus': 2,
      'EC2.GetEbsEncryptionByDefault': 4,
      'IAM.GenerateCredentialReport': 2,
      'IAM.GetAccountPasswordPolicy': 2,
      'IAM.GetCredentialReport': 2,
      'S3.GetPublicAccessBlock': 4,
      'S3.ListBuckets': 2,
      // The two roles, assumed once each through the scan's own (counted, time-limited) STS client.
      'STS.AssumeRole': 2,
      'STS.GetCallerIdentity': 2,
    };
    expect(report.apiCalls).toEqual(minimum);
    expect(seen).toEqual(minimum); // what the server saw: no retry, no redirect followed
    expect(live.stdout).toContain('API requests: 24 (');

    const snapshot = tempDir();
    const recorded = await cli('snapshot', ...CONTENT, ...ESTATE, '--out', snapshot);
    expect(recorded.code).toBe(3); // the refused bucket is recorded as its error
    expect(readdirSync(join(snapshot, 'aws', ONE, 'global')).sort()).toEqual([
      'CloudTrail.DescribeTrails[includeShadowTrails=true].json',
      `CloudTrail.GetTrailStatus[Name=arn:aws:cloudtrail:eu-west-1:${ONE}:trail%2Forg].json`,
      'IAM.GetAccountPasswordPolicy.error.json',
      'IAM.GetCredentialReport.json',
      'S3.GetPublicAccessBlock[Bucket=one-locked].error.json',
      'S3.GetPublicAccessBlock[Bucket=one-logs].json',
      'S3.GetPublicAccessBlock[Bucket=one-site].error.json',
      'S3.ListBuckets.json',
    ]);
    expect(readdirSync(join(snapshot, 'aws', ONE, 'eu-west-1'))).toEqual(['EC2.GetEbsEncryptionByDefault.json']);
    const reportFile = JSON.parse(readFileSync(join(snapshot, 'aws', ONE, 'global', 'IAM.GetCredentialReport.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(reportFile)).toEqual(['Content', 'ReportFormat', 'GeneratedTime']);
    expect(reportFile.Content?.split('\n')[1]).toMatch(/^<root_account>,arn:aws:iam::111111111111:root,/);
    expect(JSON.parse(readFileSync(join(snapshot, 'aws', ONE, 'global', 'S3.GetPublicAccessBlock[Bucket=one-site].error.json'), 'utf8'))).toEqual({
      code: 'NoSuchPublicAccessBlockConfiguration',
      message: 'The public access block configuration was not found',
    });

    // An error answer the flow reads as data (no password policy) is recorded, but nothing was unreadable.
    const policyOnly = await cli('snapshot', ...CONTENT, ...ESTATE, '--only', 'TEST-IAM-PWD', '--out', tempDir());
    expect([policyOnly.code, policyOnly.stdout.split('\n')[0]]).toEqual([0, expect.stringMatching(/^Snapshot: 2 call\(s\) on 2 target\(s\) written to .* \(1 answered with an error, recorded as such\)$/)]);

    const replayOut = tempDir();
    const replay = await cli('scan', ...CONTENT, '--cloud', 'aws', '--inventory', snapshot, '--format', 'json', '--out', replayOut, '--fail-on', 'none');
    expect(replay.code).toBe(3);
    expect(readReport(replayOut).results.map(comparable)).toEqual(report.results.map(comparable));
  });
});
