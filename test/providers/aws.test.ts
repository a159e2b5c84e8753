import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../../src/engine/scan.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { openAws, type AwsOptions } from '../../src/providers/aws/live.js';
import { withCallCache } from '../../src/providers/call-cache.js';
import { REPO } from '../helpers/cli.js';

const ACCOUNT = '111111111111';
/** Static keys and a fast retry: tests never read ~/.aws or the instance metadata service, and never wait long. */
const base = async () => ({ accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' });
const open = (options: AwsOptions = {}) => openAws({ credentials: base, retryStrategy: new ConfiguredRetryStrategy(3, () => 1), regions: ['us-east-1'], ...options });

type Form = Record<string, string>;
/** The query-protocol form a request sent (nock hands it over parsed or as text). */
const form = (body: unknown): Form => (typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : (body as Form));
const action = (name: string, extra: (f: Form) => boolean = () => true) => (body: unknown) => form(body).Action === name && extra(form(body));

function identity(account = ACCOUNT, host = 'https://sts.us-east-1.amazonaws.com') {
  return nock(host)
    .post('/', action('GetCallerIdentity'))
    .reply(200, `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${account}:user/ci</Arn><UserId>AIDTEST</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`);
}

const group = (id: string, port: number, cidr: string) =>
  `<item><ownerId>${ACCOUNT}</ownerId><groupId>${id}</groupId><groupName>${id}-name</groupName><groupDescription>test</groupDescription><vpcId>vpc-1</vpcId>` +
  `<ipPermissions><item><ipProtocol>tcp</ipProtocol><fromPort>${port}</fromPort><toPort>${port}</toPort><ipRanges><item><cidrIp>${cidr}</cidrIp></item></ipRanges><ipv6Ranges/><groups/><prefixListIds/></item></ipPermissions><ipPermissionsEgress/></item>`;
const groupsPage = (items: string[], next?: string) =>
  `<DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><securityGroupInfo>${items.join('')}</securityGroupInfo>${next ? `<nextToken>${next}</nextToken>` : ''}</DescribeSecurityGroupsResponse>`;
const ec2Error = (code: string, message: string) => `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>r</RequestID></Response>`;
const ec2 = (region = 'us-east-1') => nock(`https://ec2.${region}.amazonaws.com`);
const SG_CALL = { service: 'EC2', method: 'DescribeSecurityGroups', params: {} };
const US = { provider: 'aws' as const, account: ACCOUNT, region: 'us-east-1' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('AWS provider (SDK v3 clients, HTTP mocked)', () => {
  it('names its targets from STS and the regions asked, and one global target per account', async () => {
    identity();
    expect(await open({ regions: ['us-east-1', 'eu-west-1'] }).targets('aws')).toEqual([
      { provider: 'aws', account: ACCOUNT, region: 'us-east-1' },
      { provider: 'aws', account: ACCOUNT, region: 'eu-west-1' },
      { provider: 'aws', account: ACCOUNT, region: 'global' },
    ]);
  });

  it('pages DescribeSecurityGroups to the end with nextToken', async () => {
    identity();
    const tokens: (string | undefined)[] = [];
    const record = (f: Form) => (tokens.push(f.NextToken), true);
    ec2().post('/', action('DescribeSecurityGroups', record)).reply(200, groupsPage([group('sg-1', 22, '0.0.0.0/0')], 'page-2'));
    ec2().post('/', action('DescribeSecurityGroups', record)).reply(200, groupsPage([group('sg-2', 443, '0.0.0.0/0')], 'page-3'));
    ec2().post('/', action('DescribeSecurityGroups', record)).reply(200, groupsPage([group('sg-3', 5432, '10.0.0.0/8')]));
    const aws = open();
    const items = await aws.list(US, SG_CALL);
    expect(items.map((g) => g.GroupId)).toEqual(['sg-1', 'sg-2', 'sg-3']);
    expect(items[0]).toMatchObject({ GroupId: 'sg-1', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] });
    expect(tokens).toEqual([undefined, 'page-2', 'page-3']);
    expect(aws.requests()).toEqual({ 'STS.GetCallerIdentity': 1, 'EC2.DescribeSecurityGroups': 3 });
  });

  it('retries RequestLimitExceeded (throttling) and a 500, then succeeds', async () => {
    identity();
    ec2().post('/', action('DescribeSecurityGroups')).reply(503, ec2Error('RequestLimitExceeded', 'Request limit exceeded.'));
    ec2().post('/', action('DescribeSecurityGroups')).reply(500, ec2Error('InternalError', 'An internal error has occurred'));
    ec2().post('/', action('DescribeSecurityGroups')).reply(200, groupsPage([group('sg-1', 22, '0.0.0.0/0')]));
    const aws = open();
    expect((await aws.list(US, SG_CALL)).map((g) => g.GroupId)).toEqual(['sg-1']);
    expect(aws.requests()['EC2.DescribeSecurityGroups']).toBe(3);
  });

  it('retries an RDS 400 Throttling', async () => {
    identity();
    const rds = nock('https://rds.us-east-1.amazonaws.com');
    rds.post('/', action('DescribeDBInstances')).reply(400, '<ErrorResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>r</RequestId></ErrorResponse>');
    rds.post('/', action('DescribeDBInstances')).reply(200, '<DescribeDBInstancesResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeDBInstancesResult><DBInstances/></DescribeDBInstancesResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeDBInstancesResponse>');
    const aws = open();
    expect(await aws.list(US, { service: 'RDS', method: 'DescribeDBInstances', params: {} })).toEqual([]);
    expect(aws.requests()['RDS.DescribeDBInstances']).toBe(2);
  });

  it('pages RDS with Marker', async () => {
    identity();
    const instance = (id: string) => `<DBInstance><DBInstanceIdentifier>${id}</DBInstanceIdentifier><DBInstanceArn>arn:aws:rds:us-east-1:${ACCOUNT}:db:${id}</DBInstanceArn><PubliclyAccessible>true</PubliclyAccessible><StorageEncrypted>false</StorageEncrypted><VpcSecurityGroups><VpcSecurityGroupMembership><VpcSecurityGroupId>sg-1</VpcSecurityGroupId><Status>active</Status></VpcSecurityGroupMembership></VpcSecurityGroups></DBInstance>`;
    const page = (ids: string[], marker?: string) =>
      `<DescribeDBInstancesResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeDBInstancesResult><DBInstances>${ids.map(instance).join('')}</DBInstances>${marker ? `<Marker>${marker}</Marker>` : ''}</DescribeDBInstancesResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeDBInstancesResponse>`;
    nock('https://rds.us-east-1.amazonaws.com').post('/', action('DescribeDBInstances', (f) => !f.Marker)).reply(200, page(['db-1'], 'm-2'));
    nock('https://rds.us-east-1.amazonaws.com').post('/', action('DescribeDBInstances', (f) => f.Marker === 'm-2')).reply(200, page(['db-2']));
    const items = await open().list(US, { service: 'RDS', method: 'DescribeDBInstances', params: {} });
    expect(items.map((i) => i.DBInstanceIdentifier)).toEqual(['db-1', 'db-2']);
    expect(items[0]).toMatchObject({ PubliclyAccessible: true, VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1' }] });
  });

  it('pages an AWS Config advanced query (JSON 1.1) and parses its rows', async () => {
    identity();
    const bodies: unknown[] = [];
    const config = nock('https://config.us-east-1.amazonaws.com', { reqheaders: { 'x-amz-target': 'StarlingDoveService.SelectResourceConfig' } });
    config.post('/', (b) => (bodies.push(b), true)).reply(200, { Results: [JSON.stringify({ resourceId: 'vol-1', configuration: { encrypted: false } })], NextToken: 't2' });
    config.post('/', (b) => (bodies.push(b), true)).reply(200, { Results: [JSON.stringify({ resourceId: 'vol-2', configuration: { encrypted: true } })] });
    const expression = "SELECT resourceId, configuration.encrypted WHERE resourceType = 'AWS::EC2::Volume'";
    const items = await open().list(US, { service: 'Config', method: 'SelectResourceConfig', params: { Expression: expression } });
    expect(items).toEqual([
      { resourceId: 'vol-1', configuration: { encrypted: false } },
      { resourceId: 'vol-2', configuration: { encrypted: true } },
    ]);
    expect(bodies).toEqual([{ Expression: expression }, { Expression: expression, NextToken: 't2' }]);
  });

  it('queries a Config aggregator for a whole organisation, and retries a 400 Throttling', async () => {
    identity();
    const config = nock('https://config.us-east-1.amazonaws.com', { reqheaders: { 'x-amz-target': 'StarlingDoveService.SelectAggregateResourceConfig' } });
    config.post('/').reply(400, { __type: 'ThrottlingException', message: 'Rate exceeded' });
    config.post('/', (b) => b.ConfigurationAggregatorName === 'org' && !b.NextToken).reply(200, { Results: [JSON.stringify({ accountId: '1', resourceId: 'a' })], NextToken: 'n2' });
    config.post('/', (b) => b.NextToken === 'n2').reply(200, { Results: [JSON.stringify({ accountId: '2', resourceId: 'b' })] });
    const aws = open();
    const items = await aws.list(US, { service: 'Config', method: 'SelectAggregateResourceConfig', params: { Expression: 'SELECT accountId, resourceId', ConfigurationAggregatorName: 'org' } });
    expect(items).toEqual([
      { accountId: '1', resourceId: 'a' },
      { accountId: '2', resourceId: 'b' },
    ]);
    expect(aws.requests()['Config.SelectAggregateResourceConfig']).toBe(3);
  });

  it('assumes a role through STS and reads with the role\'s credentials', async () => {
    nock('https://sts.us-east-1.amazonaws.com')
      .post('/', action('AssumeRole', (f) => f.RoleArn === 'arn:aws:iam::222222222222:role/Audit' && f.ExternalId === 'ext-1' && f.RoleSessionName === 'nightly'))
      .reply(
        200,
        '<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><AssumedRoleUser><Arn>arn:aws:sts::222222222222:assumed-role/Audit/nightly</Arn><AssumedRoleId>AROTEST:nightly</AssumedRoleId></AssumedRoleUser><Credentials><AccessKeyId>ASIAROLE</AccessKeyId><SecretAccessKey>role-secret</SecretAccessKey><SessionToken>role-token</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>',
      );
    nock('https://sts.us-east-1.amazonaws.com', { reqheaders: { authorization: (v) => v.includes('Credential=ASIAROLE/') } })
      .post('/', action('GetCallerIdentity'))
      .reply(200, '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:sts::222222222222:assumed-role/Audit/nightly</Arn><UserId>AROTEST:nightly</UserId><Account>222222222222</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>');
    ec2()
      .matchHeader('authorization', (v) => v.includes('Credential=ASIAROLE/'))
      .matchHeader('x-amz-security-token', 'role-token')
      .post('/', action('DescribeSecurityGroups'))
      .reply(200, groupsPage([group('sg-9', 22, '0.0.0.0/0')]));
    const aws = open({ roleArns: ['arn:aws:iam::222222222222:role/Audit'], externalId: 'ext-1', sessionName: 'nightly' });
    const [target] = await aws.targets('aws');
    expect(target).toEqual({ provider: 'aws', account: '222222222222', region: 'us-east-1' });
    expect((await aws.list(target!, SG_CALL)).map((g) => g.GroupId)).toEqual(['sg-9']);
  });

  it('says what to do when the credentials do not work', async () => {
    nock('https://sts.us-east-1.amazonaws.com')
      .post('/', action('GetCallerIdentity'))
      .reply(403, '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>The security token included in the request is invalid.</Message></Error><RequestId>r</RequestId></ErrorResponse>');
    await expect(open().targets('aws')).rejects.toThrow(
      'could not use the default credentials (InvalidClientTokenId: The security token included in the request is invalid.); check the AWS credentials, profile or role',
    );
  });

  it('refuses a write call', async () => {
    identity();
    await expect(open().list(US, { service: 'EC2', method: 'RevokeSecurityGroupIngress', params: {} })).rejects.toMatchObject({ code: 'UnsupportedCall' });
  });
});

describe('AWS scan (bundled controls, live provider, HTTP mocked)', () => {
  it('shares one fetch among the three security-group controls, and makes a denied region ERROR while the other stands', async () => {
    identity();
    ec2('us-east-1').post('/', action('DescribeSecurityGroups')).reply(200, groupsPage([group('sg-1', 22, '0.0.0.0/0'), group('sg-2', 443, '10.0.0.0/8')]));
    ec2('eu-west-1')
      .post('/', action('DescribeSecurityGroups'))
      .reply(403, ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.'));
    const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
    const controls = catalog.controls.filter((c) => ['AWS-EC2-001', 'AWS-EC2-002', 'AWS-EC2-003'].includes(c.control.id));
    const aws = open({ regions: ['us-east-1', 'eu-west-1'] });
    const { report } = await runScan({ controls, flows: catalog.flows, provider: withCallCache(aws), overrides: {}, now: new Date('2026-11-01T00:00:00Z'), environment: {}, failOn: 'none' });

    const east = report.results.filter((r) => r.region === 'us-east-1').map((r) => `${r.controlId} ${r.resourceId} ${r.status}`);
    expect(east.filter((l) => l.includes('FAIL'))).toEqual([expect.stringMatching(/^AWS-EC2-00\d sg-1 FAIL$/)]);
    expect(east).toHaveLength(6);
    const west = report.results.filter((r) => r.region === 'eu-west-1');
    expect(west.map((r) => [r.controlId, r.status, r.errorCode])).toEqual([
      ['AWS-EC2-001', 'ERROR', 'UnauthorizedOperation'],
      ['AWS-EC2-002', 'ERROR', 'UnauthorizedOperation'],
      ['AWS-EC2-003', 'ERROR', 'UnauthorizedOperation'],
    ]);
    expect(west[0]!.reason).toContain('You are not authorized to perform this operation.');
    // One request per region, however many controls read the groups.
    expect(aws.requests()).toEqual({ 'STS.GetCallerIdentity': 1, 'EC2.DescribeSecurityGroups': 2 });
  });

  it('joins related security groups onto RDS instances with one batched call per target, not one per instance', async () => {
    identity();
    const instance = (id: string, sg: string, isPublic: boolean) =>
      `<DBInstance><DBInstanceIdentifier>${id}</DBInstanceIdentifier><DBInstanceArn>arn:aws:rds:us-east-1:${ACCOUNT}:db:${id}</DBInstanceArn><PubliclyAccessible>${isPublic}</PubliclyAccessible><VpcSecurityGroups><VpcSecurityGroupMembership><VpcSecurityGroupId>${sg}</VpcSecurityGroupId><Status>active</Status></VpcSecurityGroupMembership></VpcSecurityGroups></DBInstance>`;
    nock('https://rds.us-east-1.amazonaws.com')
      .post('/', action('DescribeDBInstances'))
      .reply(200, `<DescribeDBInstancesResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeDBInstancesResult><DBInstances>${instance('db-1', 'sg-1', true)}${instance('db-2', 'sg-2', false)}${instance('db-3', 'sg-1', false)}</DBInstances></DescribeDBInstancesResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeDBInstancesResponse>`);
    ec2().post('/', action('DescribeSecurityGroups')).reply(200, groupsPage([group('sg-1', 5432, '0.0.0.0/0'), group('sg-2', 5432, '10.0.0.0/8')]));
    const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
    const controls = catalog.controls.filter((c) => c.control.id === 'AWS-RDS-001');
    const aws = open();
    const { report } = await runScan({ controls, flows: catalog.flows, provider: withCallCache(aws), overrides: {}, now: new Date('2026-11-01T00:00:00Z'), environment: {}, failOn: 'none' });
    expect(report.results.map((r) => `${r.displayName ?? r.resourceId} ${r.status}`).sort()).toEqual(['db-1 FAIL', 'db-2 PASS', 'db-3 FAIL']); // db-3 is private but its joined group sg-1 is open to the world
    expect(aws.requests()).toEqual({ 'STS.GetCallerIdentity': 1, 'RDS.DescribeDBInstances': 1, 'EC2.DescribeSecurityGroups': 1 });
  });
});
