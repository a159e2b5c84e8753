import type { DemoExpectation } from './expected.js';

/*
 * Hand-checked demo expectations of the CIS AWS controls of section 2 (IAM, account, organization), in the
 * shape of expected-aws.ts (resources named `<account>/<region> <resource id>`). The account-level
 * controls run once per account on its `global` target; AWS-AA-001 and AWS-IAM-013 run per region.
 *
 * Dates in the demo's IAM recordings never make a result change as time passes: every failing
 * credential date lies in 2020-2025 (older than any threshold and only getting older), a failing
 * root usage is an access key that was used at all (not a recent date), and the passing
 * certificates (internal-api, dev-internal) expire in 2099. Users pass the age controls only by
 * having no usable credential (no password, deactivated keys), never by a recent date.
 */
const PROD = '111111111111';
const DEV = '222222222222';
const at = (account: string, region: string) => (id: string) => `${account}/${region} ${id}`;
const prodGlobal = at(PROD, 'global');
const devGlobal = at(DEV, 'global');
const root = (account: string) => at(account, 'global')(`arn:aws:iam::${account}:root`);
const user = (account: string, name: string) => at(account, 'global')(`arn:aws:iam::${account}:user/${name}`);

/** One result per account: root-user rows, password policy, account settings. */
const ACCOUNTS = [root(PROD), root(DEV)];
/** Only the dev account breaks each of these. */
const devFails = (): DemoExpectation => ({ universe: ACCOUNTS, fail: [root(DEV)], counts: [1, 1] });

/** Every IAM user of the credential report and of GetAccountAuthorizationDetails (the root user aside). */
const USERS = [
  user(PROD, 'alice'), user(PROD, 'ci-deploy'), user(PROD, 'backup-agent'),
  user(DEV, 'bob'), user(DEV, 'carol'), user(DEV, 'dev-bot'),
];
const POLICIES = [
  prodGlobal('arn:aws:iam::111111111111:policy/platform-admin'),
  prodGlobal('arn:aws:iam::111111111111:policy/ci-deploy-ecr'),
  prodGlobal('arn:aws:iam::111111111111:policy/backup-s3-write'),
  prodGlobal('arn:aws:iam::aws:policy/AWSSupportAccess'),
  devGlobal('arn:aws:iam::aws:policy/AdministratorAccess'),
  devGlobal('arn:aws:iam::222222222222:policy/dev-sandbox'),
  devGlobal('arn:aws:iam::aws:policy/AWSCloudShellFullAccess'),
];
const ROLES = [
  prodGlobal('arn:aws:iam::111111111111:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_AdministratorAccess_0123456789abcdef'),
  prodGlobal('arn:aws:iam::111111111111:role/support-incidents'),
  prodGlobal('arn:aws:iam::111111111111:role/web-app'),
  prodGlobal('arn:aws:iam::111111111111:role/org-readonly'),
  devGlobal('arn:aws:iam::222222222222:role/dev-admin'),
  devGlobal('arn:aws:iam::222222222222:role/partner-readonly'),
];
const analyzerRegion = (account: string, region: string) => at(account, region)(`arn:aws:access-analyzer:${region}:${account}:analyzer`);
const ANALYZER_REGIONS = [
  analyzerRegion(PROD, 'us-east-1'), analyzerRegion(PROD, 'eu-west-1'),
  analyzerRegion(DEV, 'us-east-1'), analyzerRegion(DEV, 'eu-west-1'),
];
/** Running instances only: the stopped i-0a03 is left out by the flow's filter node. */
const INSTANCES = [at(PROD, 'us-east-1')('i-0a01'), at(PROD, 'us-east-1')('i-0a02'), at(PROD, 'eu-west-1')('i-0b01'), at(DEV, 'us-east-1')('i-0c01')];
const CERTIFICATES = [
  prodGlobal('arn:aws:iam::111111111111:server-certificate/www-example-2019'),
  prodGlobal('arn:aws:iam::111111111111:server-certificate/internal/internal-api'),
  devGlobal('arn:aws:iam::222222222222:server-certificate/dev/dev-internal'),
];

/**
 * The organization controls judge an organization from its management account: 111111111111
 * manages the company's organization, 222222222222 a sandbox organization of its own.
 */
const ORGS = [prodGlobal('arn:aws:organizations::111111111111:organization/o-a1b2c3d4e5'), devGlobal('arn:aws:organizations::222222222222:organization/o-z9y8x7w6v5')];
const sandboxOrgFails = (): DemoExpectation => ({ universe: ORGS, fail: [ORGS[1]!], counts: [1, 1] });

export const AWS_IAM_EXPECTED: Record<string, DemoExpectation> = {
  'AWS-AA-001': { universe: ANALYZER_REGIONS, fail: [analyzerRegion(DEV, 'us-east-1'), analyzerRegion(DEV, 'eu-west-1')], counts: [2, 2] },
  'AWS-ACCT-001': devFails(),
  'AWS-ACCT-002': devFails(),
  'AWS-IAM-001': devFails(),
  'AWS-IAM-002': devFails(),
  'AWS-IAM-003': devFails(),
  'AWS-IAM-004': devFails(),
  'AWS-IAM-005': devFails(),
  'AWS-IAM-006': devFails(),
  'AWS-IAM-007': { universe: USERS, fail: [user(DEV, 'bob')], counts: [1, 5] },
  'AWS-IAM-008': {
    universe: USERS,
    fail: [user(PROD, 'alice'), user(PROD, 'ci-deploy'), user(DEV, 'bob'), user(DEV, 'dev-bot')],
    counts: [4, 2],
  },
  'AWS-IAM-009': { universe: USERS, fail: [user(PROD, 'ci-deploy'), user(DEV, 'dev-bot')], counts: [2, 4] },
  'AWS-IAM-010': { universe: USERS, fail: [user(PROD, 'ci-deploy'), user(DEV, 'bob')], counts: [2, 4] },
  'AWS-IAM-011': {
    universe: POLICIES,
    fail: [prodGlobal('arn:aws:iam::111111111111:policy/platform-admin'), devGlobal('arn:aws:iam::aws:policy/AdministratorAccess')],
    counts: [2, 5],
  },
  'AWS-IAM-012': devFails(),
  'AWS-IAM-013': { universe: INSTANCES, fail: [at(PROD, 'us-east-1')('i-0a01'), at(DEV, 'us-east-1')('i-0c01')], counts: [2, 2] },
  'AWS-IAM-014': { universe: CERTIFICATES, fail: [prodGlobal('arn:aws:iam::111111111111:server-certificate/www-example-2019')], counts: [1, 2] },
  'AWS-IAM-015': devFails(),
  'AWS-IAM-016': devFails(),
  'AWS-IAM-017': { universe: ROLES, fail: [devGlobal('arn:aws:iam::222222222222:role/partner-readonly')], counts: [1, 5] },
  'AWS-ORG-001': sandboxOrgFails(),
  'AWS-ORG-002': sandboxOrgFails(),
  'AWS-ORG-003': sandboxOrgFails(),
  'AWS-ORG-004': sandboxOrgFails(),
};

/** Left out by filter nodes or by type, so they have no result at all. */
export const AWS_IAM_ABSENT: string[] = [];
