import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { bufferIo } from '../../src/cli/io.js';
import type { AuditEntry } from '../../src/engine/remediate.js';
import type { Result } from '../../src/model/result.js';
import { ACCOUNT, ESTATE_CONTROLS, mockAwsEstate, REGION, sampleEstate, type Estate, type MockedEstate } from '../helpers/aws-estate.js';
import { cli, readReport, REPO, tempDir } from '../helpers/cli.js';

/**
 * --remediate against a live AWS account mocked at the HTTP layer (real SDK clients): the
 * exact write calls of each bundled AWS remediation, and none where none may be made.
 */
const LIVE_ANY = ['--cloud', 'aws', '--region', REGION, '--format', 'json', '--fail-on', 'none'];
/** The controls the mocked estate answers the reads of; a test naming its own --only uses LIVE_ANY. */
const LIVE = [...LIVE_ANY, '--only', ...ESTATE_CONTROLS];
const TICKETS = 'https://tickets.example.com';

let estate: Estate;
let mock: MockedEstate;
let tickets: { body: unknown; auth: string | undefined }[];
const saved = { ...process.env };

beforeAll(() => nock.disableNetConnect());
beforeEach(() => {
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent', CTRLFLOW_TICKET_TOKEN: 'tk-123' });
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
  estate = sampleEstate();
  mock = mockAwsEstate(estate);
  tickets = [];
  nock(TICKETS)
    .persist()
    .post('/api/v1/issues')
    .reply(async (request: unknown) => {
      const req = request as Request;
      tickets.push({ body: await req.json(), auth: req.headers.get('authorization') ?? undefined });
      return [201, { key: `SEC-${tickets.length}` }];
    });
});
afterEach(() => {
  nock.cleanAll();
  process.env = { ...saved };
});
afterAll(() => nock.enableNetConnect());

const audit = (out: string): AuditEntry[] =>
  readFileSync(join(out, 'ctrlflow-audit.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as AuditEntry);
const resultOf = (results: Result[], control: string, resource: string) => results.find((r) => r.controlId === control && r.resourceId?.endsWith(resource))!;

/** The writes the bundled AWS remediations make on the sample estate, in the order of the controls. */
const SSH_REVOKE = { Action: 'RevokeSecurityGroupIngress', GroupId: 'sg-open', 'IpPermissions.1.IpProtocol': 'tcp', 'IpPermissions.1.FromPort': '22', 'IpPermissions.1.ToPort': '22', 'IpPermissions.1.IpRanges.1.CidrIp': '0.0.0.0/0' };
const SNAPSHOT_PRIVATE = { Action: 'ModifySnapshotAttribute', SnapshotId: 'snap-public', Attribute: 'createVolumePermission', OperationType: 'remove', 'UserGroup.1': 'all' };
const DB_PRIVATE = { Action: 'ModifyDBInstance', DBInstanceIdentifier: 'db-public', PubliclyAccessible: 'false', ApplyImmediately: 'true' };
const dbTag = (time: string) => ({
  Action: 'AddTagsToResource',
  ResourceName: `arn:aws:rds:${REGION}:${ACCOUNT}:db:db-plain`,
  'Tags.Tag.1.Key': 'ctrlflow:control',
  'Tags.Tag.1.Value': 'AWS-RDS-002',
  'Tags.Tag.2.Key': 'ctrlflow:flagged-at',
  'Tags.Tag.2.Value': time,
});

describe('ctrlflow scan --remediate (AWS, HTTP mocked)', () => {
  it('plans without --remediate: every action in the report, no write call', async () => {
    const out = tempDir();
    const run = await cli('scan', ...LIVE, '--out', out);
    expect(run.stderr).not.toMatch(/error/i);
    expect(mock.writes).toEqual([]);
    expect(tickets).toEqual([]);
    const { results } = readReport(out);
    const planned = results.filter((r) => r.actions).map((r) => [r.controlId, r.resourceId, r.actions!.map((a) => `${a.node}:${a.status}`)]);
    expect(planned).toEqual([
      ['AWS-EBS-002', 'snap-public', ['makePrivate:planned']],
      ['AWS-EC2-001', 'sg-open', ['revoke:planned']],
      ['AWS-EC2-004', 'i-web', ['quarantine:awaiting-approval']],
      ['AWS-RDS-001', `arn:aws:rds:${REGION}:${ACCOUNT}:db:db-public`, ['makePrivate:planned']],
      ['AWS-RDS-002', `arn:aws:rds:${REGION}:${ACCOUNT}:db:db-plain`, ['tag:planned', 'ticket:planned']],
    ]);
    expect(resultOf(results, 'AWS-EC2-001', 'sg-open').actions![0]!.calls).toEqual([
      { step: 'main', via: 'aws', service: 'EC2', method: 'RevokeSecurityGroupIngress', params: { GroupId: 'sg-open', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] } },
    ]);
    // The ticket's token is read only when it is sent, and never shown.
    expect(JSON.stringify(results)).not.toContain('tk-123');
  });

  it('applies each bundled AWS remediation with its exact call, then re-evaluates: fixed, and a second run changes nothing', async () => {
    const out = tempDir();
    const run = await cli('scan', ...LIVE, '--out', out, '--remediate', '--yes');
    expect(run.stderr).not.toMatch(/error/i);
    const time = mock.writes.find((w) => w.Action === 'AddTagsToResource')?.['Tags.Tag.2.Value'] ?? '';
    expect(time).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(mock.writes).toEqual([SNAPSHOT_PRIVATE, SSH_REVOKE, DB_PRIVATE, dbTag(time)]);
    expect(tickets).toEqual([
      {
        auth: 'Bearer tk-123',
        body: {
          title: 'AWS-RDS-002: db-plain stores data unencrypted',
          severity: 'medium',
          resource: `arn:aws:rds:${REGION}:${ACCOUNT}:db:db-plain`,
          account: ACCOUNT,
          region: REGION,
          details: 'RDS DB instances encrypt their storage. Restore it from an encrypted snapshot copy (see the control\'s remediation).',
        },
      },
    ]);
    // Only the 443-from-10/8 rule is left on the group: only the matched rule went.
    expect(estate.groups[0]!.inbound).toEqual([{ protocol: 'tcp', from: 443, to: 443, cidr: '10.0.0.0/8' }]);

    const report = readReport(out);
    expect(report.remediation).toEqual({ auditLog: expect.stringMatching(/ctrlflow-audit\.jsonl$/), applied: 5, noOp: 0, failed: 0, interrupted: 0, fixed: 3, stillFailing: 2 });
    for (const [control, resource] of [['AWS-EBS-002', 'snap-public'], ['AWS-EC2-001', 'sg-open'], ['AWS-RDS-001', 'db-public']] as const) {
      const r = resultOf(report.results, control, resource);
      expect([r.status, r.actions?.map((a) => [a.status, a.outcome])]).toEqual(['PASS', [['applied', 'fixed']]]);
    }
    // Encryption cannot be fixed in place: tagged and ticketed, still failing.
    const plain = resultOf(report.results, 'AWS-RDS-002', 'db-plain');
    expect([plain.status, plain.actions?.map((a) => [a.node, a.status, a.outcome])]).toEqual(['FAIL', [['tag', 'applied', 'still-failing'], ['ticket', 'applied', 'still-failing']]]);
    // Approval required and not given: still only planned.
    expect(resultOf(report.results, 'AWS-EC2-004', 'i-web').actions?.map((a) => a.status)).toEqual(['awaiting-approval']);
    expect(run.stdout).toContain('Remediation: 5 applied');

    const log = audit(out);
    expect(log.map((e) => [e.event, e.call.method, e.outcome ?? ''])).toEqual([
      ['started', 'ModifySnapshotAttribute', ''],
      ['finished', 'ModifySnapshotAttribute', 'succeeded'],
      ['started', 'RevokeSecurityGroupIngress', ''],
      ['finished', 'RevokeSecurityGroupIngress', 'succeeded'],
      ['started', 'ModifyDBInstance', ''],
      ['finished', 'ModifyDBInstance', 'succeeded'],
      ['started', 'AddTagsToResource', ''],
      ['finished', 'AddTagsToResource', 'succeeded'],
      ['started', 'POST', ''],
      ['finished', 'POST', 'succeeded'],
    ]);
    expect(log[0]).toMatchObject({ controls: ['AWS-EBS-002'], provider: 'aws', account: ACCOUNT, region: REGION, resource: 'snap-public', node: 'makePrivate', step: 'main', params: { SnapshotId: 'snap-public' } });
    expect(readFileSync(join(out, 'ctrlflow-audit.jsonl'), 'utf8')).not.toContain('tk-123');

    // Idempotence: the estate changed, so a second run finds nothing to do and writes nothing.
    const written = mock.writes.length;
    const second = await cli('scan', ...LIVE, '--out', out, '--remediate', '--yes');
    expect(second.stdout).toContain('Remediation: nothing to apply');
    expect(mock.writes.length).toBe(written);
    expect(tickets).toHaveLength(1);
    // The audit log is appended to, never rewritten.
    expect(audit(out)).toHaveLength(10);
  });

  it('quarantines only with approval: creates the deny-all group once, then reuses it', async () => {
    estate.instances.push({ id: 'i-api', vpc: 'vpc-1', publicIp: '203.0.113.11', tokens: 'optional', groups: ['sg-closed'], tags: {} });
    const out = tempDir();
    const run = await cli('scan', ...LIVE_ANY, '--out', out, '--only', 'AWS-EC2-004', '--remediate', '--yes', '--approve', 'AWS-EC2-004');
    expect(run.stderr).not.toMatch(/error/i);
    const tagTime = mock.writes.find((w) => w.Action === 'CreateTags')?.['Tag.1.Value'] ?? '';
    expect(tagTime).toMatch(/^AWS-EC2-004 \d{4}-/);
    const reason = '$.PublicIpAddress exists (seen: 203.0.113.10); $.MetadataOptions.HttpTokens != required (seen: optional); NOT $.MetadataOptions.HttpEndpoint == disabled';
    expect(mock.writes).toEqual([
      { Action: 'CreateSecurityGroup', GroupName: 'ctrlflow-quarantine', GroupDescription: 'ctrlflow quarantine: no inbound, no outbound', VpcId: 'vpc-1' },
      { Action: 'RevokeSecurityGroupEgress', GroupId: 'sg-quarantine1', 'IpPermissions.1.IpProtocol': '-1', 'IpPermissions.1.IpRanges.1.CidrIp': '0.0.0.0/0' },
      { Action: 'ModifyInstanceAttribute', InstanceId: 'i-web', 'GroupId.1': 'sg-quarantine1' },
      { Action: 'CreateTags', 'ResourceId.1': 'i-web', 'Tag.1.Key': 'ctrlflow:quarantined', 'Tag.1.Value': tagTime, 'Tag.2.Key': 'ctrlflow:reason', 'Tag.2.Value': reason },
      // The second instance finds the group made for the first: no second group, no second egress revoke.
      { Action: 'ModifyInstanceAttribute', InstanceId: 'i-api', 'GroupId.1': 'sg-quarantine1' },
      { Action: 'CreateTags', 'ResourceId.1': 'i-api', 'Tag.1.Key': 'ctrlflow:quarantined', 'Tag.1.Value': tagTime, 'Tag.2.Key': 'ctrlflow:reason', 'Tag.2.Value': reason.replace('203.0.113.10', '203.0.113.11') },
    ]);
    expect(estate.groups.find((g) => g.id === 'sg-quarantine1')).toMatchObject({ inbound: [], outbound: [] });
    expect(audit(out).filter((e) => e.event === 'reused' || e.event === 'skipped').map((e) => [e.resource, e.event, e.step])).toEqual([
      ['i-api', 'reused', 'group'],
      ['i-api', 'skipped', 'denyEgress'],
    ]);
    // Still failing (the instance still allows IMDSv1) but quarantined: the next run leaves it alone.
    const report = readReport(out);
    expect(resultOf(report.results, 'AWS-EC2-004', 'i-web').actions?.map((a) => [a.status, a.outcome])).toEqual([['applied', 'still-failing']]);
    const written = mock.writes.length;
    await cli('scan', ...LIVE_ANY, '--out', out, '--only', 'AWS-EC2-004', '--remediate', '--yes', '--approve', 'AWS-EC2-004');
    expect(mock.writes.length).toBe(written);
  });

  it('makes a call once when several controls plan it: a group open on every port fails SSH, RDP and all-ports', async () => {
    estate.groups[0]!.inbound = [{ protocol: 'tcp', from: 0, to: 65535, cidr: '0.0.0.0/0' }];
    const out = tempDir();
    await cli('scan', ...LIVE_ANY, '--out', out, '--only', 'AWS-EC2-00*', '--remediate', 'AWS-EC2-001', 'AWS-EC2-002', 'AWS-EC2-003', '--yes');
    expect(mock.writes).toEqual([
      { Action: 'RevokeSecurityGroupIngress', GroupId: 'sg-open', 'IpPermissions.1.IpProtocol': 'tcp', 'IpPermissions.1.FromPort': '0', 'IpPermissions.1.ToPort': '65535', 'IpPermissions.1.IpRanges.1.CidrIp': '0.0.0.0/0' },
    ]);
    expect(audit(out).map((e) => [e.event, e.controls])).toEqual([
      ['started', ['AWS-EC2-001', 'AWS-EC2-002', 'AWS-EC2-003']],
      ['finished', ['AWS-EC2-001', 'AWS-EC2-002', 'AWS-EC2-003']],
    ]);
    const { results } = readReport(out);
    for (const control of ['AWS-EC2-001', 'AWS-EC2-002', 'AWS-EC2-003']) {
      expect([control, resultOf(results, control, 'sg-open').status, resultOf(results, control, 'sg-open').actions?.map((a) => [a.status, a.outcome])]).toEqual([control, 'PASS', [['applied', 'fixed']]]);
    }
  });

  it('re-evaluates every control on a target a write touched: the report is what the next plain scan sees', async () => {
    // A database behind the open group: AWS-RDS-001 fails it for the group only (not flagged, so its own action plans nothing).
    estate.dbs.push({ id: 'db-behind', isPublic: false, encrypted: true, tags: {}, groups: ['sg-open'] });
    const before = readReport(await (async () => {
      const dir = tempDir();
      await cli('scan', ...LIVE, '--out', dir);
      return dir;
    })());
    expect(['AWS-EC2-001', 'AWS-EC2-005'].map((c) => resultOf(before.results, c, 'sg-open').status)).toEqual(['FAIL', 'FAIL']);
    expect(resultOf(before.results, 'AWS-RDS-001', 'db-behind').status).toBe('FAIL');

    const out = tempDir();
    const run = await cli('scan', ...LIVE, '--out', out, '--remediate', 'AWS-EC2-001', '--yes');
    expect(run.stderr).not.toMatch(/error/i);
    // Only AWS-EC2-001's revoke ran; AWS-EC2-005 and AWS-RDS-001 planned nothing for these resources.
    expect(mock.writes).toEqual([SSH_REVOKE]);
    const { results } = readReport(out);
    expect(resultOf(results, 'AWS-EC2-001', 'sg-open').actions?.map((a) => [a.status, a.outcome])).toEqual([['applied', 'fixed']]);
    expect(resultOf(results, 'AWS-EC2-005', 'sg-open')).toMatchObject({ status: 'PASS' });
    expect(resultOf(results, 'AWS-RDS-001', 'db-behind')).toMatchObject({ status: 'PASS' });

    const next = tempDir();
    await cli('scan', ...LIVE, '--out', next);
    const statuses = (list: Result[]) => list.map((r) => `${r.controlId} ${r.region} ${r.resourceId ?? ''} ${r.status}`).sort();
    expect(statuses(results)).toEqual(statuses(readReport(next).results));
  });

  it('counts the plan as --max-actions does: one call planned by three controls is one action, in every report', async () => {
    estate.groups[0]!.inbound = [{ protocol: 'tcp', from: 0, to: 65535, cidr: '0.0.0.0/0' }];
    const out = tempDir();
    const run = await cli('scan', ...LIVE, '--out', out, '--format', 'json', 'html', 'markdown', 'sarif');
    const report = readReport(out);
    // The FAIL results with pending actions, and their records: three controls plan the same revoke.
    const withActions = report.results.filter((r) => r.actions?.some((a) => a.status === 'planned' || a.status === 'awaiting-approval'));
    expect(withActions.map((r) => `${r.controlId} ${r.actions!.length}`)).toEqual(['AWS-EBS-002 1', 'AWS-EC2-001 1', 'AWS-EC2-002 1', 'AWS-EC2-003 1', 'AWS-EC2-004 1', 'AWS-RDS-001 1', 'AWS-RDS-002 2']);
    // 8 records; distinct calls: snapshot, revoke (once), quarantine, makePrivate, tag, ticket = 6.
    expect(report.plan).toEqual({ actions: 6, results: 7, awaitingApproval: 1 });
    expect(run.stdout).toContain('Remediation plan: 6 action(s) on 7 FAIL result(s), 1 awaiting approval (--approve): run with --remediate to apply');
    expect(readFileSync(join(out, 'ctrlflow.html'), 'utf8')).toContain('<p><b>6</b> planned action(s) on 7 FAIL result(s), 1 awaiting approval:');
    expect(readFileSync(join(out, 'ctrlflow.md'), 'utf8')).toContain('6 planned action(s) on 7 FAIL result(s), 1 awaiting approval:');
    expect((JSON.parse(readFileSync(join(out, 'ctrlflow.sarif'), 'utf8')) as { runs: { properties: { plan: unknown } }[] }).runs[0]!.properties.plan).toEqual({ actions: 6, results: 7, awaitingApproval: 1 });
    // Re-rendered, the count is the same.
    const again = tempDir();
    await cli('report', join(out, 'ctrlflow.json'), '--out', again, '--format', 'json', '--fail-on', 'none');
    expect(readReport(again).plan).toEqual({ actions: 6, results: 7, awaitingApproval: 1 });

    // --max-actions counts the same 6 (the quarantine approved): 5 refuses, 6 runs.
    const refused = await cli('scan', ...LIVE, '--out', tempDir(), '--remediate', '--yes', '--approve', 'AWS-EC2-004', '--max-actions', '5');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('6 actions would run, more than --max-actions 5: nothing was changed');
    expect(mock.writes).toEqual([]);
    const applied = await cli('scan', ...LIVE, '--out', tempDir(), '--remediate', '--yes', '--approve', 'AWS-EC2-004', '--max-actions', '6');
    expect(applied.stderr).not.toMatch(/error/i);
    expect(applied.stdout).toContain('Remediation: 6 applied');
  });

  it('takes approval from an approvals file, resource by resource', async () => {
    const out = tempDir();
    const approvals = join(out, 'approvals.yaml');
    writeFileSync(approvals, 'approvals:\n  - { control: AWS-EC2-004, resource: i-other, approvedBy: alice@example.com }\n');
    await cli('scan', ...LIVE_ANY, '--out', out, '--only', 'AWS-EC2-004', '--remediate', '--yes', '--approvals', approvals);
    expect(mock.writes).toEqual([]);
    writeFileSync(approvals, 'approvals:\n  - { control: AWS-EC2-004, resource: i-web, approvedBy: alice@example.com, reason: CHG-1234 }\n');
    await cli('scan', ...LIVE_ANY, '--out', out, '--only', 'AWS-EC2-004', '--remediate', '--yes', '--approvals', approvals);
    expect(mock.writes.map((w) => w.Action)).toEqual(['CreateSecurityGroup', 'RevokeSecurityGroupEgress', 'ModifyInstanceAttribute', 'CreateTags']);
  });

  it('points at the line of a mistake in the approvals file, and reads nothing', async () => {
    const out = tempDir();
    const approvals = join(out, 'approvals.yaml');
    writeFileSync(approvals, 'approvals:\n  - control: AWS-EC2-004\n    resource: i-web\n    approvedby: alice\n');
    const run = await cli('scan', ...LIVE, '--out', out, '--remediate', '--yes', '--approvals', approvals);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/approvals\.yaml:2:5 error missing-key: .*approvedBy/);
    expect(run.stderr).toMatch(/approvals\.yaml:4:5 error unknown-key: unknown key "approvedby" \(did you mean "approvedBy"\?\)/);
    expect(mock.reads).toEqual({});
  });

  it('makes no write call for EXCEPTED, ERROR or PASS results, nor for controls not named', async () => {
    const out = tempDir();
    const exceptions = join(out, 'exceptions.yaml');
    writeFileSync(exceptions, `exceptions:\n  - { control: AWS-RDS-001, resource: "*db-public", reason: migration window, owner: dba, expires: 2099-01-01 }\n`);
    // Snapshots cannot be read: AWS-EBS-002 is ERROR there, never remediated.
    nock.cleanAll();
    nock(`https://ec2.${REGION}.amazonaws.com`)
      .post('/', (b) => new URLSearchParams(b as string).get('Action') === 'DescribeSnapshots')
      .times(4)
      .reply(403, '<Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>no</Message></Error></Errors><RequestID>r</RequestID></Response>');
    mock = mockAwsEstate(estate);
    const run = await cli('scan', ...LIVE, '--out', out, '--exceptions', exceptions, '--remediate', 'AWS-RDS-001', 'AWS-EBS-002', 'AWS-EC2-003', '--yes');
    expect(run.code).toBe(3);
    expect(mock.writes).toEqual([]);
    const { results } = readReport(out);
    expect(resultOf(results, 'AWS-RDS-001', 'db-public').status).toBe('EXCEPTED');
    expect(resultOf(results, 'AWS-RDS-001', 'db-public').actions).toBeUndefined();
    expect(results.find((r) => r.controlId === 'AWS-EBS-002')?.status).toBe('ERROR');
    // Not named in --remediate: planned, shown as not selected.
    expect(resultOf(results, 'AWS-EC2-001', 'sg-open').actions?.map((a) => a.status)).toEqual(['not-selected']);
  });

  it('refuses to start over --max-actions, printing the plan; exit 2, nothing written', async () => {
    const out = tempDir();
    const run = await cli('scan', ...LIVE, '--out', out, '--remediate', '--yes', '--max-actions', '2');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('5 actions would run, more than --max-actions 2: nothing was changed');
    expect(run.stdout).toContain('Remediation plan (5 action(s)):');
    expect(run.stdout).toContain(`EC2 RevokeSecurityGroupIngress on sg-open in aws ${ACCOUNT}/${REGION} (AWS-EC2-001, node revoke)`);
    expect(mock.writes).toEqual([]);
    expect(tickets).toEqual([]);
    expect(readReport(out).results.flatMap((r) => r.actions ?? []).map((a) => a.status)).toEqual(['over-limit', 'over-limit', 'awaiting-approval', 'over-limit', 'over-limit', 'over-limit']);
  });

  it('needs --yes in CI and without a terminal; asks on a terminal and changes nothing on no', async () => {
    process.env.CI = 'true';
    const ci = await cli('scan', ...LIVE, '--out', tempDir(), '--remediate');
    expect([ci.code, ci.stderr]).toEqual([2, 'error usage: --remediate in CI needs --yes: review the plan of a run without --remediate, then apply it with --yes']);
    delete process.env.CI;
    delete process.env.GITHUB_ACTIONS;
    const noTty = await cli('scan', ...LIVE, '--out', tempDir(), '--remediate');
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toContain('needs --yes');
    expect(mock.reads).toEqual({});

    const questions: string[] = [];
    const io = { ...bufferIo(), confirm: async (q: string) => (questions.push(q), false) };
    // LIVE names only the controls whose reads the mocked account answers.
    const code = await main(['scan', ...LIVE, '--out', tempDir(), '--remediate', 'AWS-RDS-001'], io, REPO);
    expect(code).toBe(0);
    expect(questions).toEqual(['Apply these 1 action(s) to the live cloud? [y/N] ']);
    expect(io.stdout).toContain('Nothing was changed.');
    expect(mock.writes).toEqual([]);
  });

  it('refuses a snapshot inventory', async () => {
    const run = await cli('scan', '--inventory', 'examples/demo-inventory', '--out', tempDir(), '--remediate', '--yes');
    expect([run.code, run.stderr]).toEqual([2, 'error usage: --remediate changes the live cloud: it cannot run on a snapshot (--inventory); scan live, or leave --remediate out to see the plan']);
  });

  it('goes on after a failed action; the result stays FAIL with the error, exit 1', async () => {
    mock.failNext('ModifyDBInstance', 'InvalidDBInstanceState');
    const out = tempDir();
    const run = await cli('scan', ...LIVE_ANY.filter((a) => a !== 'none' && a !== '--fail-on'), '--out', out, '--only', 'AWS-RDS-001', 'AWS-EBS-002', '--remediate', '--yes');
    expect(run.code).toBe(1);
    expect(mock.writes.map((w) => w.Action)).toEqual(['ModifySnapshotAttribute', 'ModifyDBInstance']);
    const { results, remediation } = readReport(out);
    const db = resultOf(results, 'AWS-RDS-001', 'db-public');
    expect([db.status, db.actions?.[0]?.status, db.actions?.[0]?.error]).toEqual(['FAIL', 'failed', { code: 'InvalidDBInstanceState', message: 'refused by the mock' }]);
    expect(resultOf(results, 'AWS-EBS-002', 'snap-public').status).toBe('PASS');
    expect(remediation).toMatchObject({ applied: 1, failed: 1 });
    expect(audit(out).filter((e) => e.event === 'finished').map((e) => [e.call.method, e.outcome, e.error?.code])).toEqual([
      ['ModifySnapshotAttribute', 'succeeded', undefined],
      ['ModifyDBInstance', 'failed', 'InvalidDBInstanceState'],
    ]);
  });

  it('an interrupted run leaves a true audit log: one done, one started and unfinished, none claimed', async () => {
    // Three actions; the second call is held in flight, where a killed process would leave it.
    const held = mock.hold('RevokeSecurityGroupIngress', () => true);
    const out = tempDir();
    const running = cli('scan', ...LIVE_ANY, '--out', out, '--only', 'AWS-EBS-002', 'AWS-EC2-001', 'AWS-RDS-001', '--remediate', '--yes');
    await held.reached;
    const atKill = audit(out);
    expect(atKill.map((e) => [e.event, e.call.method, e.outcome ?? ''])).toEqual([
      ['started', 'ModifySnapshotAttribute', ''],
      ['finished', 'ModifySnapshotAttribute', 'succeeded'],
      ['started', 'RevokeSecurityGroupIngress', ''],
    ]);
    expect(mock.writes.map((w) => w.Action)).toEqual(['ModifySnapshotAttribute', 'RevokeSecurityGroupIngress']);
    // A stop asked for now (Ctrl-C) lets the call in flight finish and starts no other.
    process.emit('SIGINT');
    held.released();
    const run = await running;
    expect(mock.writes.map((w) => w.Action)).toEqual(['ModifySnapshotAttribute', 'RevokeSecurityGroupIngress']);
    expect(audit(out).map((e) => [e.event, e.call.method, e.outcome ?? ''])).toEqual([...atKill.map((e) => [e.event, e.call.method, e.outcome ?? '']), ['finished', 'RevokeSecurityGroupIngress', 'succeeded']]);
    const report = readReport(out);
    expect(resultOf(report.results, 'AWS-RDS-001', 'db-public').actions?.map((a) => a.status)).toEqual(['interrupted']);
    expect(report.remediation).toMatchObject({ applied: 2, interrupted: 1 });
    expect(run.stderr).toContain('Stopping after the current action');
  });
});
