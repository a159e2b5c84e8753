import type { DemoExpectation } from './expected.js';

/*
 * What the demo inventory's AWS accounts were built to contain, worked out by hand from their
 * JSON files (examples/demo-inventory/README.md lists each breach and why). Resources are
 * named `<account>/<region> <resource id>`, the way a result places them.
 */
export const PROD = '111111111111';
export const DEV = '222222222222';
const at = (account: string, region: string) => (id: string) => `${account}/${region} ${id}`;
const prodUs = at(PROD, 'us-east-1');
const prodEu = at(PROD, 'eu-west-1');
const devUs = at(DEV, 'us-east-1');
const devEu = at(DEV, 'eu-west-1');
const rds = (account: string, region: string, name: string) => at(account, region)(`arn:aws:rds:${region}:${account}:db:${name}`);

/** Every resource each kind of control evaluates: the universe its PASS and FAIL results split. */
const GROUPS = [
  ...['sg-0a11', 'sg-0a12', 'sg-0a13', 'sg-0a14', 'sg-0a15'].map(prodUs),
  ...['sg-0b11', 'sg-0b12'].map(prodEu),
  ...['sg-0c11', 'sg-0c12', 'sg-0c13'].map(devUs),
  ...['sg-0d11', 'sg-0d12'].map(devEu),
];
const SNAPSHOTS = [prodUs('snap-0a01'), prodUs('snap-0a02'), prodEu('snap-0b01'), devUs('snap-0c01'), devUs('snap-0c02')];
/** Running instances only: the stopped i-0a03 is left out by the flow's filter node. */
const INSTANCES = [prodUs('i-0a01'), prodUs('i-0a02'), prodEu('i-0b01'), devUs('i-0c01')];
const DATABASES = [
  rds(PROD, 'us-east-1', 'orders-db'),
  rds(PROD, 'us-east-1', 'analytics-db'),
  rds(DEV, 'us-east-1', 'dev-pg'),
  rds(DEV, 'us-east-1', 'dev-mysql'),
  rds(DEV, 'eu-west-1', 'dev-reports'),
];

export const AWS_EXPECTED: Record<string, DemoExpectation> = {
  'AWS-EBS-001': { universe: SNAPSHOTS, fail: [prodUs('snap-0a02'), devUs('snap-0c01')], counts: [2, 3] },
  'AWS-EBS-002': { universe: SNAPSHOTS, fail: [prodUs('snap-0a02')], counts: [1, 4] },
  'AWS-EC2-001': {
    universe: GROUPS,
    fail: [prodUs('sg-0a11'), prodUs('sg-0a14'), devUs('sg-0c11'), devUs('sg-0c12'), devEu('sg-0d11')],
    counts: [5, 7],
  },
  'AWS-EC2-002': { universe: GROUPS, fail: [prodEu('sg-0b12'), devUs('sg-0c11'), devEu('sg-0d11')], counts: [3, 9] },
  'AWS-EC2-003': { universe: GROUPS, fail: [devUs('sg-0c11'), devEu('sg-0d11')], counts: [2, 10] },
  'AWS-EC2-004': { universe: INSTANCES, fail: [prodUs('i-0a01'), devUs('i-0c01')], counts: [2, 2] },
  'AWS-EC2-005': {
    universe: GROUPS,
    fail: [
      ...['sg-0a11', 'sg-0a12', 'sg-0a14'].map(prodUs),
      ...['sg-0b11', 'sg-0b12'].map(prodEu),
      ...['sg-0c11', 'sg-0c12'].map(devUs),
      devEu('sg-0d11'),
    ],
    counts: [8, 4],
  },
  'AWS-RDS-001': { universe: DATABASES, fail: [rds(PROD, 'us-east-1', 'analytics-db'), rds(DEV, 'us-east-1', 'dev-pg')], counts: [2, 3] },
  'AWS-RDS-002': { universe: DATABASES, fail: [rds(DEV, 'us-east-1', 'dev-pg')], counts: [1, 4] },
};

/**
 * Left out by filter nodes or by type, so they have no result at all. The stopped i-0a03 is left
 * out of AWS-EC2-004 by its running-instances filter (INSTANCES above), but AWS-EC2-010 judges
 * stopped instances too (expected-aws-rest.ts), so it is no longer absent from the whole scan.
 */
export const AWS_ABSENT: string[] = [];
