import { readdirSync } from 'node:fs';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src/model/result.js';
import { ESTATE_CONTROLS } from '../helpers/aws-estate.js';
import { cli, readReport, tempDir } from '../helpers/cli.js';

/**
 * A mocked estate of 2 accounts (assumed roles) x 3 regions answering the bundled AWS
 * controls' calls, the same resources everywhere. The SDK clients are real; only HTTP is mocked.
 */
const ACCOUNTS = { ASIAONE: '111111111111', ASIATWO: '222222222222' } as const;
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const NS = 'xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"';
type Form = Record<string, string>;
const form = (body: unknown): Form => (typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : (body as Form));

const EC2_REPLIES: Record<string, (f: Form) => string> = {
  DescribeSecurityGroups: () =>
    `<DescribeSecurityGroupsResponse ${NS}><requestId>r</requestId><securityGroupInfo>` +
    `<item><ownerId>0</ownerId><groupId>sg-open</groupId><groupName>open</groupName><groupDescription>d</groupDescription><vpcId>vpc-1</vpcId><ipPermissions><item><ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort><ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges><ipv6Ranges/><groups/><prefixListIds/></item></ipPermissions><ipPermissionsEgress/></item>` +
    `<item><ownerId>0</ownerId><groupId>sg-closed</groupId><groupName>closed</groupName><groupDescription>d</groupDescription><vpcId>vpc-1</vpcId><ipPermissions><item><ipProtocol>tcp</ipProtocol><fromPort>5432</fromPort><toPort>5432</toPort><ipRanges><item><cidrIp>10.0.0.0/8</cidrIp></item></ipRanges><ipv6Ranges/><groups/><prefixListIds/></item></ipPermissions><ipPermissionsEgress/></item>` +
    `</securityGroupInfo></DescribeSecurityGroupsResponse>`,
  DescribeInstances: () =>
    `<DescribeInstancesResponse ${NS}><requestId>r</requestId><reservationSet><item><reservationId>r-1</reservationId><ownerId>0</ownerId><instancesSet>` +
    `<item><instanceId>i-web</instanceId><instanceType>t3.micro</instanceType><ipAddress>203.0.113.10</ipAddress><metadataOptions><state>applied</state><httpTokens>optional</httpTokens><httpEndpoint>enabled</httpEndpoint></metadataOptions><tagSet><item><key>Name</key><value>web</value></item></tagSet></item>` +
    `<item><instanceId>i-app</instanceId><instanceType>t3.micro</instanceType><metadataOptions><state>applied</state><httpTokens>required</httpTokens><httpEndpoint>enabled</httpEndpoint></metadataOptions></item>` +
    `</instancesSet></item></reservationSet></DescribeInstancesResponse>`,
  DescribeSnapshots: (f) => {
    const snapshot = (id: string, encrypted: boolean) =>
      `<item><snapshotId>${id}</snapshotId><volumeId>vol-1</volumeId><status>completed</status><startTime>2026-10-01T00:00:00.000Z</startTime><progress>100%</progress><ownerId>0</ownerId><volumeSize>8</volumeSize><description>d</description><encrypted>${encrypted}</encrypted></item>`;
    // RestorableByUserIds=all lists the public ones only.
    const set = f['RestorableBy.1'] === 'all' ? snapshot('snap-public', false) : snapshot('snap-public', false) + snapshot('snap-private', true);
    return `<DescribeSnapshotsResponse ${NS}><requestId>r</requestId><snapshotSet>${set}</snapshotSet></DescribeSnapshotsResponse>`;
  },
};

const dbInstance = (id: string, isPublic: boolean, encrypted: boolean) =>
  `<DBInstance><DBInstanceIdentifier>${id}</DBInstanceIdentifier><DBInstanceArn>arn:aws:rds:::db:${id}</DBInstanceArn><Engine>postgres</Engine><PubliclyAccessible>${isPublic}</PubliclyAccessible><StorageEncrypted>${encrypted}</StorageEncrypted><VpcSecurityGroups><VpcSecurityGroupMembership><VpcSecurityGroupId>sg-closed</VpcSecurityGroupId><Status>active</Status></VpcSecurityGroupMembership></VpcSecurityGroups></DBInstance>`;
const RDS_REPLY = `<DescribeDBInstancesResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeDBInstancesResult><DBInstances>${dbInstance('db-public', true, false)}${dbInstance('db-private', false, true)}</DBInstances></DescribeDBInstancesResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeDBInstancesResponse>`;

function mockEstate(): void {
  const sts = /sts\.us-east-1\.amazonaws\.com/;
  for (const [key, account] of Object.entries(ACCOUNTS)) {
    nock(sts)
      .persist()
      .post('/', (b) => form(b).Action === 'AssumeRole' && form(b).RoleArn === `arn:aws:iam::${account}:role/Audit`)
      .reply(
        200,
        `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><AssumedRoleUser><Arn>arn:aws:sts::${account}:assumed-role/Audit/ctrlflow</Arn><AssumedRoleId>ARO:${key}</AssumedRoleId></AssumedRoleUser><Credentials><AccessKeyId>${key}</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t-${key}</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>`,
      );
    nock(sts, { reqheaders: { authorization: (v) => v.includes(`Credential=${key}/`) } })
      .persist()
      .post('/', (b) => form(b).Action === 'GetCallerIdentity')
      .reply(200, `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:sts::${account}:assumed-role/Audit/ctrlflow</Arn><UserId>ARO:${key}</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`);
  }
  for (const [name, reply] of Object.entries(EC2_REPLIES)) {
    let last: Form = {};
    nock(/ec2\.[a-z0-9-]+\.amazonaws\.com/)
      .persist()
      .post('/', (b) => ((last = form(b)), last.Action === name))
      .reply(200, () => reply(last));
  }
  nock(/rds\.[a-z0-9-]+\.amazonaws\.com/)
    .persist()
    .post('/', (b) => form(b).Action === 'DescribeDBInstances')
    .reply(200, RDS_REPLY);
}

const saved = { ...process.env };
beforeAll(() => {
  nock.disableNetConnect();
  mockEstate();
  // Static base keys; nothing read from ~/.aws or the instance metadata service.
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDBASE', AWS_SECRET_ACCESS_KEY: 'base-secret', AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent' });
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
});
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
  process.env = saved;
});

const ESTATE = ['--cloud', 'aws', '--only', ...ESTATE_CONTROLS, ...Object.values(ACCOUNTS).flatMap((a) => ['--aws-role-arn', `arn:aws:iam::${a}:role/Audit`]), ...REGIONS.flatMap((r) => ['--region', r])];
// Times differ between two scans; an action's params may hold the scan's time (a tag value).
const comparable = (r: Result) => JSON.parse(JSON.stringify({ ...r, executionId: '', time: '' }).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'TIME')) as Result;

describe('ctrlflow snapshot (AWS, 2 accounts x 3 regions, HTTP mocked)', () => {
  it('records exactly what the scan read; scanning the snapshot gives the live results', async () => {
    const liveOut = tempDir();
    const live = await cli('scan', ...ESTATE, '--format', 'json', '--out', liveOut, '--fail-on', 'none');
    expect(live.stderr).not.toMatch(/error/i);
    expect(live.code).toBe(0);
    const liveReport = readReport(liveOut);
    expect(liveReport.targets).toHaveLength(6);
    expect(liveReport.totals.ERROR).toBe(0);
    expect(liveReport.totals.FAIL).toBeGreaterThan(0);

    const snapshot = tempDir();
    const recorded = await cli('snapshot', ...ESTATE, '--out', snapshot);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toContain('Snapshot: 30 call(s) on 6 target(s)');
    expect(readdirSync(`${snapshot}/aws/111111111111/eu-west-1`).sort()).toEqual([
      'EC2.DescribeInstances.json',
      'EC2.DescribeSecurityGroups.json',
      'EC2.DescribeSnapshots[OwnerIds=self,RestorableByUserIds=all].json',
      'EC2.DescribeSnapshots[OwnerIds=self].json',
      'RDS.DescribeDBInstances.json',
    ]);

    const replayOut = tempDir();
    const replay = await cli('scan', '--cloud', 'aws', '--only', ...ESTATE_CONTROLS, '--inventory', snapshot, '--format', 'json', '--out', replayOut, '--fail-on', 'none');
    expect(replay.code).toBe(0);
    expect(readReport(replayOut).results.map(comparable)).toEqual(liveReport.results.map(comparable));

    // The minimum: 5 distinct calls x 6 targets, one page each; plus one role and one STS identity per account.
    expect(liveReport.apiCalls).toEqual({
      'EC2.DescribeInstances': 6,
      'EC2.DescribeSecurityGroups': 6,
      'EC2.DescribeSnapshots': 12,
      'RDS.DescribeDBInstances': 6,
      'STS.AssumeRole': 2,
      'STS.GetCallerIdentity': 2,
    });
    expect(live.stdout).toContain('API requests: 34 (');
  });
});
