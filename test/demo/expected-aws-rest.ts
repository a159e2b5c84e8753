import type { DemoExpectation } from './expected.js';
import { DEV, PROD } from './expected-aws.js';

/*
 * Hand-checked demo expectations of the CIS AWS controls of sections 3 to 6 (storage, logging, monitoring, networking), in the
 * shape of expected-aws.ts (resources named `<account>/<region> <resource id>`). Account-level
 * flows (S3, the account-wide CloudTrail view, CloudWatch alarms) run on each account's `global`
 * target; examples/demo-inventory/README.md says why each resource fails.
 */
const at = (account: string, region: string) => (id: string) => `${account}/${region} ${id}`;
const prodUs = at(PROD, 'us-east-1');
const prodEu = at(PROD, 'eu-west-1');
const devUs = at(DEV, 'us-east-1');
const devEu = at(DEV, 'eu-west-1');
/** One result per account, on its `global` target. */
const account = (id: string) => `${id}/global AWS::::Account:${id}`;
const ACCOUNTS = [account(PROD), account(DEV)];
const bucket = (owner: string, name: string) => `${owner}/global arn:aws:s3:::${name}`;
const trail = (owner: string, region: string, name: string) => at(owner, region)(`arn:aws:cloudtrail:${region}:${owner}:trail/${name}`);
const rds = (owner: string, region: string, name: string) => at(owner, region)(`arn:aws:rds:${region}:${owner}:db:${name}`);
/** A setting of each account and region, named by a pseudo-ARN of the service. */
const perRegion = (arn: (owner: string, region: string) => string) =>
  [[PROD, 'us-east-1'], [PROD, 'eu-west-1'], [DEV, 'us-east-1'], [DEV, 'eu-west-1']].map(([owner, region]) => at(owner!, region!)(arn(owner!, region!)));
const setting = (arn: (owner: string, region: string) => string, owner: string, region: string) => at(owner, region)(arn(owner, region));

const BUCKETS = [
  bucket(PROD, 'prod-cloudtrail-logs'),
  bucket(PROD, 'prod-access-logs'),
  bucket(PROD, 'prod-web-assets'),
  bucket(PROD, 'prod-eu-trail-logs'),
  bucket(DEV, 'dev-trail-logs'),
  bucket(DEV, 'dev-scratch'),
];
/** Each trail in its home region. */
const TRAILS = [trail(PROD, 'us-east-1', 'prod-audit'), trail(PROD, 'eu-west-1', 'eu-data-audit'), trail(DEV, 'eu-west-1', 'dev-trail')];
const DATABASES = [
  rds(PROD, 'us-east-1', 'orders-db'),
  rds(PROD, 'us-east-1', 'analytics-db'),
  rds(DEV, 'us-east-1', 'dev-pg'),
  rds(DEV, 'us-east-1', 'dev-mysql'),
  rds(DEV, 'eu-west-1', 'dev-reports'),
];
const GROUPS = [
  ...['sg-0a11', 'sg-0a12', 'sg-0a13', 'sg-0a14', 'sg-0a15'].map(prodUs),
  ...['sg-0b11', 'sg-0b12'].map(prodEu),
  ...['sg-0c11', 'sg-0c12', 'sg-0c13'].map(devUs),
  ...['sg-0d11', 'sg-0d12'].map(devEu),
];
/** Every instance that is not terminated: the stopped i-0a03 counts here. */
const INSTANCES = [prodUs('i-0a01'), prodUs('i-0a02'), prodUs('i-0a03'), prodEu('i-0b01'), devUs('i-0c01')];
const key = (owner: string, region: string, id: string) => at(owner, region)(`arn:aws:kms:${region}:${owner}:key/${id}`);
const DATA_KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
/** Enabled customer managed symmetric keys with KMS key material. */
const KEYS = [
  key(PROD, 'us-east-1', DATA_KEY),
  key(PROD, 'us-east-1', '7a1c9e52-3b4d-4e6f-8a9b-0c1d2e3f4a5b'),
  key(PROD, 'eu-west-1', '5678efab-56ef-78ab-90cd-5678901234ef'),
  key(DEV, 'us-east-1', DATA_KEY),
  key(DEV, 'eu-west-1', DATA_KEY),
];
const VPCS = [prodUs('vpc-0main'), prodUs('vpc-0shared'), prodEu('vpc-0eu'), devUs('vpc-0dev'), devEu('vpc-0deveu')];
const ACLS = [...['acl-0a01', 'acl-0a02', 'acl-0a03', 'acl-0a04'].map(prodUs), prodEu('acl-0b01'), devUs('acl-0c01'), devEu('acl-0d01')];
/** Route tables with a route to a peering connection. */
const PEERED_ROUTES = [prodUs('rtb-0a02'), prodUs('rtb-0a03'), prodUs('rtb-0a04'), devUs('rtb-0c01')];

const configRecorder = (owner: string, region: string) => `arn:aws:config:${region}:${owner}:configuration-recorder`;
const ebsDefault = (owner: string, region: string) => `arn:aws:ec2:${region}:${owner}:ebs-encryption-by-default`;
const hub = (owner: string, region: string) => `arn:aws:securityhub:${region}:${owner}:hub/default`;
const macie = (owner: string, region: string) => `arn:aws:macie2:${region}:${owner}:session`;

/** AWS-MON-001 … -015 (CIS 5.1–5.15): prod's trail has the 15 filters, alarms and a confirmed subscriber; dev's trail records write management events only. */
const ALARMS: Record<string, DemoExpectation> = Object.fromEntries(
  Array.from({ length: 15 }, (_, i) => [`AWS-MON-${String(i + 1).padStart(3, '0')}`, { universe: ACCOUNTS, fail: [account(DEV)], counts: [1, 1] }]),
);

export const AWS_REST_EXPECTED: Record<string, DemoExpectation> = {
  'AWS-CFG-001': {
    universe: perRegion(configRecorder),
    fail: [setting(configRecorder, DEV, 'us-east-1'), setting(configRecorder, DEV, 'eu-west-1')],
    counts: [2, 2],
  },
  'AWS-CT-001': { universe: ACCOUNTS, fail: [account(DEV)], counts: [1, 1] },
  'AWS-CT-002': { universe: TRAILS, fail: [trail(PROD, 'eu-west-1', 'eu-data-audit')], counts: [1, 2] },
  'AWS-CT-003': { universe: TRAILS, fail: [trail(PROD, 'eu-west-1', 'eu-data-audit'), trail(DEV, 'eu-west-1', 'dev-trail')], counts: [2, 1] },
  'AWS-CT-004': { universe: TRAILS, fail: [trail(PROD, 'eu-west-1', 'eu-data-audit'), trail(DEV, 'eu-west-1', 'dev-trail')], counts: [2, 1] },
  'AWS-CT-005': { universe: ACCOUNTS, fail: [account(DEV)], counts: [1, 1] },
  'AWS-CT-006': { universe: ACCOUNTS, fail: [account(PROD)], counts: [1, 1] },
  'AWS-EBS-003': {
    universe: perRegion(ebsDefault),
    fail: [setting(ebsDefault, PROD, 'eu-west-1'), setting(ebsDefault, DEV, 'us-east-1')],
    counts: [2, 2],
  },
  'AWS-EC2-006': { universe: GROUPS, fail: [devUs('sg-0c11'), devEu('sg-0d11')], counts: [2, 10] },
  'AWS-EC2-007': {
    universe: GROUPS,
    fail: [prodUs('sg-0a11'), prodUs('sg-0a14'), prodEu('sg-0b12'), devUs('sg-0c11'), devEu('sg-0d11')],
    counts: [5, 7],
  },
  'AWS-EC2-008': { universe: GROUPS, fail: [devUs('sg-0c12')], counts: [1, 11] },
  'AWS-EC2-009': { universe: [prodUs('sg-0a15'), devEu('sg-0d12')], fail: [prodUs('sg-0a15')], counts: [1, 1] },
  'AWS-EC2-010': { universe: INSTANCES, fail: [prodUs('i-0a01'), prodUs('i-0a03'), prodEu('i-0b01'), devUs('i-0c01')], counts: [4, 1] },
  'AWS-EFS-001': {
    universe: [prodUs(`arn:aws:elasticfilesystem:us-east-1:${PROD}:file-system/fs-0a01`), devUs(`arn:aws:elasticfilesystem:us-east-1:${DEV}:file-system/fs-0c01`)],
    fail: [devUs(`arn:aws:elasticfilesystem:us-east-1:${DEV}:file-system/fs-0c01`)],
    counts: [1, 1],
  },
  'AWS-KMS-001': { universe: KEYS, fail: [key(PROD, 'eu-west-1', '5678efab-56ef-78ab-90cd-5678901234ef'), key(DEV, 'us-east-1', DATA_KEY)], counts: [2, 3] },
  'AWS-MAC-001': {
    universe: perRegion(macie),
    fail: [setting(macie, PROD, 'eu-west-1'), setting(macie, DEV, 'us-east-1'), setting(macie, DEV, 'eu-west-1')],
    counts: [3, 1],
  },
  ...ALARMS,
  'AWS-RDS-003': { universe: DATABASES, fail: [rds(DEV, 'us-east-1', 'dev-pg'), rds(DEV, 'eu-west-1', 'dev-reports')], counts: [2, 3] },
  'AWS-RDS-004': {
    universe: DATABASES,
    fail: [rds(PROD, 'us-east-1', 'analytics-db'), rds(DEV, 'us-east-1', 'dev-pg'), rds(DEV, 'us-east-1', 'dev-mysql'), rds(DEV, 'eu-west-1', 'dev-reports')],
    counts: [4, 1],
  },
  'AWS-S3-001': {
    universe: BUCKETS,
    fail: [bucket(PROD, 'prod-web-assets'), bucket(PROD, 'prod-eu-trail-logs'), bucket(DEV, 'dev-scratch')],
    counts: [3, 3],
  },
  'AWS-S3-002': { universe: BUCKETS, fail: [bucket(DEV, 'dev-trail-logs')], counts: [1, 5] },
  'AWS-S3-003': { universe: ACCOUNTS, fail: [account(DEV)], counts: [1, 1] },
  'AWS-S3-004': { universe: BUCKETS, fail: BUCKETS.filter((b) => !b.endsWith(':::prod-cloudtrail-logs')), counts: [5, 1] },
  'AWS-SH-001': { universe: perRegion(hub), fail: [setting(hub, DEV, 'us-east-1'), setting(hub, DEV, 'eu-west-1')], counts: [2, 2] },
  'AWS-VPC-001': { universe: VPCS, fail: [prodEu('vpc-0eu'), devUs('vpc-0dev')], counts: [2, 3] },
  'AWS-VPC-002': {
    universe: ACLS,
    fail: [prodUs('acl-0a01'), prodUs('acl-0a02'), prodUs('acl-0a04'), devUs('acl-0c01'), devEu('acl-0d01')],
    counts: [5, 2],
  },
  'AWS-VPC-003': { universe: PEERED_ROUTES, fail: [prodUs('rtb-0a02'), devUs('rtb-0c01')], counts: [2, 2] },
};

/**
 * Left out by filter nodes or by type, so they have no result at all: route tables without a
 * peering route; an AWS managed key, a signing key and a key pending deletion.
 */
export const AWS_REST_ABSENT: string[] = [
  'rtb-0a01',
  'rtb-0b01',
  'rtb-0d01',
  'key/0f0e0d0c-0b0a-4998-8776-655443322110',
  'key/9abc0123-9abc-4def-8012-3456789abcde',
  'key/2468ace0-2468-4ace-8024-68ace02468ac',
];
