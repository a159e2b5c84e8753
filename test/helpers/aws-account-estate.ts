import nock from 'nock';
import { form, queryError, queryReply, REPORT_HEADER, rootRow, s3Error, s3Xml, userRow } from './aws-wire.js';

/**
 * Two AWS accounts (assumed roles, told apart by the credentials each request is signed with)
 * answering the account-level reads of test/fixtures/aws-reach over nock: IAM password policy
 * and credential report, S3 buckets with their public access blocks (a bucket-level call sent
 * to another region than the bucket's gets S3's PermanentRedirect), CloudTrail trails with
 * their status (only in the trail's home region), and EBS default encryption per region.
 */
export const ONE = '111111111111';
export const TWO = '222222222222';
const KEYS: Record<string, string> = { ASIAONE: ONE, ASIATWO: TWO };

interface Bucket {
  name: string;
  region: string;
  block?: 'all' | 'none' | 'denied';
}
interface Trail {
  name: string;
  home: string;
  multi: boolean;
  logging: boolean;
}
interface AccountData {
  minLength?: number;
  rootKey: boolean;
  buckets: Bucket[];
  trails: Trail[];
  ebsOff: string[];
}

export const DATA: Record<string, AccountData> = {
  [ONE]: {
    rootKey: true,
    buckets: [
      { name: 'one-logs', region: 'us-east-1', block: 'all' },
      { name: 'one-site', region: 'eu-west-1', block: 'none' },
      { name: 'one-locked', region: 'eu-west-1', block: 'denied' },
    ],
    trails: [{ name: 'org', home: 'eu-west-1', multi: true, logging: true }],
    ebsOff: ['eu-west-1'],
  },
  [TWO]: {
    minLength: 14,
    rootKey: false,
    buckets: [{ name: 'two-data', region: 'us-east-1', block: 'all' }],
    trails: [{ name: 'local', home: 'us-east-1', multi: false, logging: true }],
    ebsOff: [],
  },
};

const accountOf = (request: Request): string => KEYS[/Credential=(\w+)\//.exec(request.headers.get('authorization') ?? '')?.[1] ?? ''] ?? 'unknown';
const regionOf = (host: string): string => /\.([a-z]{2}-[a-z]+-\d)\.amazonaws\.com$/.exec(host)?.[1] ?? 'us-east-1';
const trailArn = (account: string, t: Trail) => `arn:aws:cloudtrail:${t.home}:${account}:trail/${t.name}`;

type Reply = [number, string | object, Record<string, string>?];

function iam(account: string, action: string): Reply {
  const data = DATA[account]!;
  switch (action) {
    case 'GetAccountPasswordPolicy':
      return data.minLength === undefined
        ? [404, queryError('NoSuchEntity', `The Password Policy with domain name ${account} cannot be found.`)]
        : [200, queryReply('iam', action, `<PasswordPolicy><MinimumPasswordLength>${data.minLength}</MinimumPasswordLength></PasswordPolicy>`)];
    case 'GenerateCredentialReport':
      return [200, queryReply('iam', action, '<State>COMPLETE</State>')];
    case 'GetCredentialReport': {
      const csv = [REPORT_HEADER, rootRow(account, data.rootKey), userRow(account, 'ci')].join('\n');
      return [200, queryReply('iam', action, `<Content>${Buffer.from(csv).toString('base64')}</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2026-11-01T00:00:00Z</GeneratedTime>`)];
    }
    default:
      return [400, queryError('InvalidAction', `the mock does not know ${action}`)];
  }
}

function s3(account: string, url: URL): Reply {
  const data = DATA[account]!;
  if (url.hostname === 's3.us-east-1.amazonaws.com' && url.searchParams.get('x-id') === 'ListBuckets') {
    const list = data.buckets.map((b) => `<Bucket><Name>${b.name}</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate><BucketRegion>${b.region}</BucketRegion></Bucket>`).join('');
    return [200, s3Xml('ListAllMyBucketsResult', `<Owner><ID>${account}</ID></Owner><Buckets>${list}</Buckets>`)];
  }
  const bucket = data.buckets.find((b) => url.hostname.startsWith(`${b.name}.`));
  if (!bucket) return [404, s3Error('NoSuchBucket', 'The specified bucket does not exist')];
  if (regionOf(url.hostname) !== bucket.region) return [301, s3Error('PermanentRedirect', 'The bucket you are attempting to access must be addressed using the specified endpoint.')];
  if (!url.searchParams.has('publicAccessBlock')) return [400, s3Error('NotImplemented', 'the mock answers publicAccessBlock only')];
  if (bucket.block === 'denied') return [403, s3Error('AccessDenied', 'Access Denied')];
  if (bucket.block === 'none') return [404, s3Error('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found')];
  return [200, s3Xml('PublicAccessBlockConfiguration', '<BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets>')];
}

function cloudTrail(account: string, region: string, target: string, body: { Name?: string }): Reply {
  const json = { 'content-type': 'application/x-amz-json-1.1' };
  const trails = DATA[account]!.trails;
  if (target.endsWith('.DescribeTrails')) {
    // Shadow trails: a multi-region trail shows in every region, a single-region one only at home.
    const seen = trails.filter((t) => t.multi || t.home === region);
    return [200, { trailList: seen.map((t) => ({ Name: t.name, TrailARN: trailArn(account, t), HomeRegion: t.home, IsMultiRegionTrail: t.multi })) }, json];
  }
  const trail = trails.find((t) => trailArn(account, t) === body.Name && t.home === region);
  if (!trail) return [400, { __type: 'TrailNotFoundException', message: `Unknown trail: ${body.Name} for the user: ${account}` }, json];
  return [200, { IsLogging: trail.logging }, json];
}

function ec2(account: string, region: string, action: string): Reply {
  if (action !== 'GetEbsEncryptionByDefault') return [400, `<Response><Errors><Error><Code>InvalidAction</Code><Message>${action}</Message></Error></Errors></Response>`];
  const on = !DATA[account]!.ebsOff.includes(region);
  return [200, `<GetEbsEncryptionByDefaultResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><ebsEncryptionByDefault>${on}</ebsEncryptionByDefault><sseType>sse-ebs</sseType></GetEbsEncryptionByDefaultResponse>`];
}

/** Mocks both accounts (persistently, until nock.cleanAll) and counts requests by `Service.Action` as the server saw them. */
export function mockAccounts(): Record<string, number> {
  const seen: Record<string, number> = {};
  const count = (name: string) => (seen[name] = (seen[name] ?? 0) + 1);
  const handle = (service: string) => async (request: unknown): Promise<Reply> => {
    const r = request as Request;
    const url = new URL(r.url);
    const account = accountOf(r);
    const text = await r.text();
    if (service === 'sts') {
      const f = form(text);
      if (f.Action === 'AssumeRole') {
        count('STS.AssumeRole');
        const key = Object.keys(KEYS).find((k) => f.RoleArn === `arn:aws:iam::${KEYS[k]}:role/Audit`)!;
        const creds = `<Credentials><AccessKeyId>${key}</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials>`;
        return [200, queryReply('sts', 'AssumeRole', `<AssumedRoleUser><Arn>arn:aws:sts::${KEYS[key]}:assumed-role/Audit/c</Arn><AssumedRoleId>ARO:${key}</AssumedRoleId></AssumedRoleUser>${creds}`)];
      }
      count('STS.GetCallerIdentity');
      return [200, queryReply('sts', 'GetCallerIdentity', `<Arn>arn:aws:sts::${account}:assumed-role/Audit/c</Arn><UserId>ARO</UserId><Account>${account}</Account>`)];
    }
    if (service === 'iam') return count(`IAM.${form(text).Action}`), iam(account, form(text).Action!);
    if (service === 'ec2') return count(`EC2.${form(text).Action}`), ec2(account, regionOf(url.hostname), form(text).Action!);
    if (service === 's3') return count(url.searchParams.get('x-id') === 'ListBuckets' ? 'S3.ListBuckets' : 'S3.GetPublicAccessBlock'), s3(account, url);
    const target = r.headers.get('x-amz-target') ?? '';
    count(`CloudTrail.${target.split('.')[1]}`);
    return cloudTrail(account, regionOf(url.hostname), target, JSON.parse(text || '{}') as { Name?: string });
  };
  nock(/sts\.us-east-1\.amazonaws\.com/).persist().post('/').reply(handle('sts'));
  nock(/iam\.amazonaws\.com/).persist().post('/').reply(handle('iam'));
  nock(/ec2\.[a-z0-9-]+\.amazonaws\.com/).persist().post('/').reply(handle('ec2'));
  nock(/cloudtrail\.[a-z0-9-]+\.amazonaws\.com/).persist().post('/').reply(handle('cloudtrail'));
  nock(/s3\.[a-z0-9-]+\.amazonaws\.com/).persist().get(/.*/).reply(handle('s3'));
  return seen;
}
