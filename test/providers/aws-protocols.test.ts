import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { awsResource, type AwsResourceConfig } from '../../src/nodes/aws-resource.js';
import { openAws, type AwsOptions } from '../../src/providers/aws/live.js';
import { withCallCache } from '../../src/providers/call-cache.js';
import type { InventoryProvider, Item } from '../../src/providers/types.js';
import { form, identity, JSON_11, queryError, queryReply, REPORT_HEADER, REST_JSON, rootRow, s3Error, s3Xml, userRow } from '../helpers/aws-wire.js';
import { NOW } from '../helpers/node-tester.js';

/**
 * The live provider with the real SDK clients of the new services, one test per wire protocol,
 * HTTP mocked by nock (no network). Request counts are every HTTP attempt, as the report's.
 */
const ACCOUNT = '111111111111';
const base = async () => ({ accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' });
const open = (options: AwsOptions = {}) =>
  openAws({ credentials: base, retryStrategy: new ConfiguredRetryStrategy(2, () => 1), regions: ['us-east-1'], credentialReport: { attempts: 3, delayMs: 1 }, ...options });
const GLOBAL = { provider: 'aws' as const, account: ACCOUNT, region: 'global' };
const US = { ...GLOBAL, region: 'us-east-1' };

/** Runs one aws.resource node on the global target (inputs as given) through the call cache. */
async function runNode(provider: InventoryProvider, config: Omit<AwsResourceConfig, 'id' | 'type'> & Pick<AwsResourceConfig, 'service' | 'method'>, input: Item[] = [], target = GLOBAL) {
  const run = awsResource.compile({ id: 'n', type: 'aws.resource', ...config }, { now: NOW, environment: {} });
  return (await run([input], { target, provider, flowId: 'f', nodeId: 'n', now: NOW })).ports.out!;
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('AWS query protocol (IAM)', () => {
  it('pages ListUsers by IsTruncated and Marker, on the global endpoint', async () => {
    identity(ACCOUNT);
    const user = (name: string) => `<member><Path>/</Path><UserName>${name}</UserName><UserId>AID${name}</UserId><Arn>arn:aws:iam::${ACCOUNT}:user/${name}</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate></member>`;
    const markers: (string | undefined)[] = [];
    const iam = nock('https://iam.amazonaws.com');
    iam.post('/', (b) => form(b).Action === 'ListUsers' && (markers.push(form(b).Marker), true)).reply(200, queryReply('iam', 'ListUsers', `<Users>${user('ana')}${user('bo')}</Users><IsTruncated>true</IsTruncated><Marker>m-2</Marker>`));
    iam.post('/', (b) => form(b).Action === 'ListUsers' && (markers.push(form(b).Marker), true)).reply(200, queryReply('iam', 'ListUsers', `<Users>${user('cy')}</Users><IsTruncated>false</IsTruncated>`));
    const aws = open();
    const users = await aws.list(GLOBAL, { service: 'IAM', method: 'ListUsers', params: {} });
    expect(users.map((u) => u.UserName)).toEqual(['ana', 'bo', 'cy']);
    expect(users[0]).toMatchObject({ Arn: `arn:aws:iam::${ACCOUNT}:user/ana`, CreateDate: new Date('2024-01-01T00:00:00Z') });
    expect(markers).toEqual([undefined, 'm-2']);
    expect(aws.requests()).toEqual({ 'STS.GetCallerIdentity': 1, 'IAM.ListUsers': 2 });
  });

  it('gives a page with no list as one item, and absentOn as one empty item', async () => {
    identity(ACCOUNT, 2);
    nock('https://iam.amazonaws.com')
      .post('/', (b) => form(b).Action === 'GetAccountPasswordPolicy')
      .reply(200, queryReply('iam', 'GetAccountPasswordPolicy', '<PasswordPolicy><MinimumPasswordLength>8</MinimumPasswordLength><RequireSymbols>false</RequireSymbols><ExpirePasswords>false</ExpirePasswords></PasswordPolicy>'))
      .post('/', (b) => form(b).Action === 'GetAccountPasswordPolicy')
      .reply(404, queryError('NoSuchEntity', 'The Password Policy with domain name 111111111111 cannot be found.'));
    const aws = open();
    expect(await runNode(aws, { service: 'IAM', method: 'GetAccountPasswordPolicy' })).toEqual([{ PasswordPolicy: { MinimumPasswordLength: 8, RequireSymbols: false, ExpirePasswords: false } }]);
    // The second answer (no policy at all) is "not configured": one item {}, never ERROR.
    expect(await runNode(open(), { service: 'IAM', method: 'GetAccountPasswordPolicy', absentOn: ['NoSuchEntity'] })).toEqual([{}]);
  });

  it('generates the credential report, polls until COMPLETE, then reads and decodes it', async () => {
    identity(ACCOUNT);
    const states: string[] = ['STARTED', 'COMPLETE'];
    const csv = [REPORT_HEADER, rootRow(ACCOUNT, true), userRow(ACCOUNT, 'ana')].join('\n');
    nock('https://iam.amazonaws.com')
      .post('/', (b) => form(b).Action === 'GenerateCredentialReport')
      .times(2)
      .reply(200, () => queryReply('iam', 'GenerateCredentialReport', `<State>${states.shift()}</State><Description>report</Description>`))
      .post('/', (b) => form(b).Action === 'GetCredentialReport')
      .reply(200, queryReply('iam', 'GetCredentialReport', `<Content>${Buffer.from(csv).toString('base64')}</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2026-11-01T00:00:00Z</GeneratedTime>`));
    const pages: Item[] = [];
    const aws = open({ onPage: (_t, _c, page) => pages.push(page) });
    const users = await aws.list(GLOBAL, { service: 'IAM', method: 'GetCredentialReport', params: {} });
    expect(users).toEqual([
      {
        user: '<root_account>',
        arn: `arn:aws:iam::${ACCOUNT}:root`,
        user_creation_time: '2020-01-01T00:00:00.000Z',
        password_enabled: null,
        password_last_used: '2026-10-01T10:00:00.000Z',
        password_last_changed: null,
        password_next_rotation: null,
        mfa_active: true,
        access_key_1_active: true,
        access_key_1_last_rotated: '2025-01-02T03:04:05.000Z',
        access_key_1_last_used_date: '2026-10-30T08:00:00.000Z',
        access_key_1_last_used_region: 'us-east-1',
        access_key_1_last_used_service: 's3',
        access_key_2_active: false,
        access_key_2_last_rotated: null,
        access_key_2_last_used_date: null,
        access_key_2_last_used_region: null,
        access_key_2_last_used_service: null,
        cert_1_active: false,
        cert_1_last_rotated: null,
        cert_2_active: false,
        cert_2_last_rotated: null,
      },
      expect.objectContaining({ user: 'ana', password_enabled: true, password_last_used: null, password_next_rotation: null, mfa_active: false, access_key_1_active: true }),
    ]);
    // Recorded as IAM sent it, the CSV as text.
    expect(pages).toEqual([{ Content: csv, ReportFormat: 'text/csv', GeneratedTime: new Date('2026-11-01T00:00:00Z') }]);
    expect(aws.requests()).toEqual({ 'STS.GetCallerIdentity': 1, 'IAM.GenerateCredentialReport': 2, 'IAM.GetCredentialReport': 1 });
  });

  it('gives up polling after the documented number of calls: ERROR, not a partial report', async () => {
    identity(ACCOUNT);
    nock('https://iam.amazonaws.com').post('/', (b) => form(b).Action === 'GenerateCredentialReport').times(3).reply(200, queryReply('iam', 'GenerateCredentialReport', '<State>INPROGRESS</State>'));
    const aws = open();
    await expect(aws.list(GLOBAL, { service: 'IAM', method: 'GetCredentialReport', params: {} })).rejects.toMatchObject({
      code: 'CredentialReportNotReady',
      message: 'the IAM credential report was still INPROGRESS after 3 GenerateCredentialReport calls (0.002 s)',
    });
    expect(aws.requests()).toEqual({ 'STS.GetCallerIdentity': 1, 'IAM.GenerateCredentialReport': 3 });
  });
});

describe('AWS JSON 1.1 protocol (CloudTrail, KMS)', () => {
  it('reads trails once per account in the home region and each trail\'s status in its home region', async () => {
    identity(ACCOUNT);
    const trail = (name: string, home: string) => ({ Name: name, TrailARN: `arn:aws:cloudtrail:${home}:${ACCOUNT}:trail/${name}`, HomeRegion: home, IsMultiRegionTrail: home === 'eu-west-1' });
    const bodies: unknown[] = [];
    nock('https://cloudtrail.us-east-1.amazonaws.com', { reqheaders: { 'x-amz-target': 'CloudTrail_20131101.DescribeTrails' } })
      .post('/', (b) => (bodies.push(b), true))
      .reply(200, { trailList: [trail('org', 'eu-west-1'), trail('local', 'us-east-1')] }, JSON_11);
    nock('https://cloudtrail.eu-west-1.amazonaws.com', { reqheaders: { 'x-amz-target': 'CloudTrail_20131101.GetTrailStatus' } })
      .post('/', (b) => b.Name === trail('org', 'eu-west-1').TrailARN)
      .reply(200, { IsLogging: true, LatestDeliveryTime: 1_793_491_200 }, JSON_11);
    nock('https://cloudtrail.us-east-1.amazonaws.com', { reqheaders: { 'x-amz-target': 'CloudTrail_20131101.GetTrailStatus' } })
      .post('/', (b) => b.Name === trail('local', 'us-east-1').TrailARN)
      .reply(400, { __type: 'TrailNotFoundException', message: 'Unknown trail' }, JSON_11);
    const aws = withCallCache(open());
    const trails = await runNode(aws, { service: 'CloudTrail', method: 'DescribeTrails', params: { includeShadowTrails: true }, scope: 'account' });
    expect(bodies).toEqual([{ includeShadowTrails: true }]);
    const joined = await runNode(aws, { service: 'CloudTrail', method: 'GetTrailStatus', input: 'trails', perItem: { params: { Name: '{{TrailARN}}' }, region: '{{HomeRegion}}', into: 'Status', single: true } }, trails);
    expect(joined.map((t) => [t.Name, t.Status])).toEqual([
      ['org', { IsLogging: true, LatestDeliveryTime: new Date(1_793_491_200_000) }],
      ['local', null], // its read failed: the evaluate node makes this one resource ERROR
    ]);
  });

  it('pages KMS ListKeys by NextMarker while Truncated, and keeps a JSON error\'s code', async () => {
    identity(ACCOUNT, 1, 'eu-west-1');
    const markers: unknown[] = [];
    const kms = nock('https://kms.eu-west-1.amazonaws.com', { reqheaders: { 'x-amz-target': (v) => v.startsWith('TrentService.') } });
    kms.post('/', (b) => (markers.push(b.Marker), true)).reply(200, { Keys: [{ KeyId: 'k-1', KeyArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/k-1` }], Truncated: true, NextMarker: 'm-2' }, JSON_11);
    kms.post('/', (b) => (markers.push(b.Marker), true)).reply(200, { Keys: [{ KeyId: 'k-2', KeyArn: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/k-2` }], Truncated: false }, JSON_11);
    kms.post('/').reply(400, { __type: 'AccessDeniedException', message: 'not allowed to GetKeyRotationStatus' }, JSON_11);
    const aws = open({ regions: ['eu-west-1'] });
    const west = { ...GLOBAL, region: 'eu-west-1' };
    expect((await aws.list(west, { service: 'KMS', method: 'ListKeys', params: {} })).map((k) => k.KeyId)).toEqual(['k-1', 'k-2']);
    expect(markers).toEqual([undefined, 'm-2']);
    await expect(aws.list(west, { service: 'KMS', method: 'GetKeyRotationStatus', params: { KeyId: 'k-1' } })).rejects.toMatchObject({ code: 'AccessDeniedException', message: 'not allowed to GetKeyRotationStatus' });
    expect(aws.requests()).toEqual({ 'STS.GetCallerIdentity': 1, 'KMS.ListKeys': 2, 'KMS.GetKeyRotationStatus': 1 });
  });
});

describe('AWS REST-XML protocol (S3, S3 Control)', () => {
  const buckets = s3Xml(
    'ListAllMyBucketsResult',
    '<Owner><ID>o</ID></Owner><Buckets>' +
      ['logs:us-east-1', 'site:eu-west-1', 'data:eu-west-1', 'denied:ap-southeast-2'].map((b) => `<Bucket><Name>${b.split(':')[0]}</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate><BucketRegion>${b.split(':')[1]}</BucketRegion></Bucket>`).join('') +
      '</Buckets>',
  );

  it('lists buckets once in the home region and sends each bucket\'s call to its own region; "not configured" codes are data', async () => {
    identity(ACCOUNT);
    nock('https://s3.us-east-1.amazonaws.com').get('/').query({ 'x-id': 'ListBuckets' }).reply(200, buckets);
    const block = s3Xml('PublicAccessBlockConfiguration', '<BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets>');
    nock('https://logs.s3.us-east-1.amazonaws.com').get('/').query({ publicAccessBlock: '' }).reply(200, block);
    nock('https://site.s3.eu-west-1.amazonaws.com').get('/').query({ publicAccessBlock: '' }).reply(404, s3Error('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found'));
    nock('https://data.s3.eu-west-1.amazonaws.com').get('/').query({ publicAccessBlock: '' }).reply(200, block);
    nock('https://denied.s3.ap-southeast-2.amazonaws.com').get('/').query({ publicAccessBlock: '' }).reply(403, s3Error('AccessDenied', 'Access Denied'));
    nock('https://logs.s3.us-east-1.amazonaws.com').get('/').query({ policy: '' }).reply(404, s3Error('NoSuchBucketPolicy', 'The bucket policy does not exist'));
    nock('https://site.s3.eu-west-1.amazonaws.com').get('/').query({ policy: '' }).reply(200, JSON.stringify({ Version: '2012-10-17', Statement: [] }));
    nock('https://logs.s3.us-east-1.amazonaws.com').get('/').query({ encryption: '' }).reply(404, s3Error('ServerSideEncryptionConfigurationNotFoundError', 'The server side encryption configuration was not found'));

    const live = open();
    const aws = withCallCache(live);
    const listed = await runNode(aws, { service: 'S3', method: 'ListBuckets' });
    expect(listed.map((b) => [b.Name, b.BucketRegion])).toEqual([
      ['logs', 'us-east-1'],
      ['site', 'eu-west-1'],
      ['data', 'eu-west-1'],
      ['denied', 'ap-southeast-2'],
    ]);
    const blocks = await runNode(
      aws,
      { service: 'S3', method: 'GetPublicAccessBlock', input: 'buckets', perItem: { params: { Bucket: '{{Name}}' }, region: '{{BucketRegion}}', into: 'Block', single: true, absentOn: ['NoSuchPublicAccessBlockConfiguration'] } },
      listed,
    );
    const all = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
    expect(blocks.map((b) => [b.Name, b.Block])).toEqual([
      ['logs', { PublicAccessBlockConfiguration: all }],
      ['site', null],
      ['data', { PublicAccessBlockConfiguration: all }],
      ['denied', null],
    ]);
    const policies = await runNode(aws, { service: 'S3', method: 'GetBucketPolicy', input: 'b', perItem: { params: { Bucket: '{{Name}}' }, region: '{{BucketRegion}}', into: 'Policy', single: true, absentOn: ['NoSuchBucketPolicy'] } }, listed.slice(0, 2));
    expect(policies.map((b) => b.Policy)).toEqual([null, { Policy: '{"Version":"2012-10-17","Statement":[]}' }]);
    const encryption = await runNode(aws, { service: 'S3', method: 'GetBucketEncryption', input: 'b', perItem: { params: { Bucket: '{{Name}}' }, region: '{{BucketRegion}}', into: 'Encryption', absentOn: ['ServerSideEncryptionConfigurationNotFoundError'] } }, listed.slice(0, 1));
    expect(encryption.map((b) => b.Encryption)).toEqual([[]]);
    expect(live.requests()).toEqual({ 'STS.GetCallerIdentity': 1, 'S3.ListBuckets': 1, 'S3.GetPublicAccessBlock': 4, 'S3.GetBucketPolicy': 2, 'S3.GetBucketEncryption': 1 });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('refuses to send a call to a region that is not one (cloud data), without a request', async () => {
    const aws = open();
    await expect(aws.list(GLOBAL, { service: 'S3', method: 'GetBucketPolicy', params: { Bucket: 'x' }, region: 'evil.example.com/#' })).rejects.toMatchObject({ code: 'InvalidRegion' });
    expect(aws.requests()).toEqual({});
  });

  it('reads the account\'s public access block from S3 Control, with the account id templated', async () => {
    identity(ACCOUNT);
    nock(`https://${ACCOUNT}.s3-control.us-east-1.amazonaws.com`)
      .get('/v20180820/configuration/publicAccessBlock')
      .reply(404, s3Error('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found'));
    const items = await runNode(withCallCache(open()), { service: 'S3Control', method: 'GetPublicAccessBlock', params: { AccountId: '{{@account}}' }, absentOn: ['NoSuchPublicAccessBlockConfiguration'] });
    expect(items).toEqual([{}]);
  });
});

describe('AWS REST-JSON protocol (EFS, Access Analyzer)', () => {
  it('pages EFS file systems by NextMarker and reads analyzers per region', async () => {
    identity(ACCOUNT);
    const efs = nock('https://elasticfilesystem.us-east-1.amazonaws.com');
    efs.get('/2015-02-01/file-systems').reply(200, { FileSystems: [{ FileSystemId: 'fs-1', Encrypted: false }], NextMarker: 'm-2' }, REST_JSON);
    efs.get('/2015-02-01/file-systems').query({ Marker: 'm-2' }).reply(200, { FileSystems: [{ FileSystemId: 'fs-2', Encrypted: true }] }, REST_JSON);
    nock('https://access-analyzer.us-east-1.amazonaws.com').get('/analyzer').query({ type: 'ACCOUNT' }).reply(200, { analyzers: [{ arn: 'arn:a', name: 'account', type: 'ACCOUNT', status: 'ACTIVE' }] }, REST_JSON);
    const aws = open();
    expect(await aws.list(US, { service: 'EFS', method: 'DescribeFileSystems', params: {} })).toEqual([
      { FileSystemId: 'fs-1', Encrypted: false },
      { FileSystemId: 'fs-2', Encrypted: true },
    ]);
    expect(await aws.list(US, { service: 'AccessAnalyzer', method: 'ListAnalyzers', params: { type: 'ACCOUNT' } })).toEqual([{ arn: 'arn:a', name: 'account', type: 'ACCOUNT', status: 'ACTIVE' }]);
    expect(aws.requests()).toEqual({ 'STS.GetCallerIdentity': 1, 'EFS.DescribeFileSystems': 2, 'AccessAnalyzer.ListAnalyzers': 1 });
  });
});

describe('services by name', () => {
  it('makes an unknown or uninstalled service, or an unknown method, an ERROR that says what to do, never a crash', async () => {
    identity(ACCOUNT);
    const aws = open();
    await expect(aws.list(US, { service: 'SecretsManager', method: 'ListSecrets', params: {} })).rejects.toMatchObject({
      code: 'ClientNotInstalled',
      message: 'no AWS SDK client for service "SecretsManager" is installed: npm install @aws-sdk/client-secrets-manager',
    });
    await expect(aws.list(US, { service: 'Iam', method: 'ListUsers', params: {} })).rejects.toMatchObject({ code: 'UnknownService' });
    await expect(aws.list(US, { service: 'IAM', method: 'ListUser', params: {} })).rejects.toMatchObject({ code: 'UnknownMethod', message: '@aws-sdk/client-iam has no ListUserCommand: check the method name' });
    await expect(aws.act(US, { service: 'Nope', method: 'DeleteThing', params: {} })).rejects.toMatchObject({ name: 'ActionCallError', code: 'ClientNotInstalled' });
    expect(aws.requests()).toEqual({ 'STS.GetCallerIdentity': 1 });
  });

  it('says which list holds the items when a page has several, unless items: picks them', async () => {
    identity(ACCOUNT);
    const answer = { TrailARN: 'arn:t', EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }], AdvancedEventSelectors: [] };
    nock('https://cloudtrail.us-east-1.amazonaws.com').post('/').reply(200, answer, JSON_11);
    const aws = withCallCache(open());
    const call = { service: 'CloudTrail', method: 'GetEventSelectors', params: { TrailName: 'arn:t' } };
    await expect(aws.list(US, call)).rejects.toMatchObject({
      code: 'AmbiguousItems',
      message: 'CloudTrail.GetEventSelectors answered several lists (EventSelectors, AdvancedEventSelectors): say which holds the items with items: (e.g. items: "$.EventSelectors[*]"), or single: true for the whole answer',
    });
    // The same answer, no second request: items: picks inside it.
    expect(await aws.list(US, { ...call, items: '$.EventSelectors[*]' })).toEqual(answer.EventSelectors);
    expect(await aws.list(US, { ...call, items: '$' })).toEqual([answer]);
    expect(aws.requests!()).toEqual({ 'STS.GetCallerIdentity': 1, 'CloudTrail.GetEventSelectors': 1 });
  });
});
