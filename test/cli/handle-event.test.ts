import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { handleEventCommand } from '../../src/cli/commands/handle-event.js';
import type { AuditEntry } from '../../src/engine/remediate.js';
import { ACCOUNT, mockAwsEstate, REGION, sampleEstate, type Estate, type MockedEstate } from '../helpers/aws-estate.js';
import { cli, readReport, REPO, tempDir } from '../helpers/cli.js';

/**
 * `ctrlflow handle-event` against a live AWS account mocked at the HTTP layer (real SDK
 * clients): a recorded CloudTrail RunInstances event reads only the launched instance, plans
 * its quarantine, and applies it with --remediate --yes --approve.
 */
const RUN_INSTANCES = 'examples/events/run-instances.json';
const LIVE = ['--region', REGION, '--format', 'json'];
const TICKETS = 'https://tickets.example.com';

let estate: Estate;
let mock: MockedEstate;
let tickets: { body: unknown; auth: string | undefined }[];
const saved = { ...process.env };

beforeAll(() => nock.disableNetConnect());
beforeEach(() => {
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent', CTRLFLOW_TICKET_TOKEN: 'tk-9' });
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
  estate = sampleEstate();
  // The instance the recorded event launched, public and still accepting IMDSv1.
  estate.instances.push({ id: 'i-0a01', vpc: 'vpc-1', publicIp: '198.51.100.10', tokens: 'optional', groups: ['sg-open'], tags: { Name: 'bastion' } });
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

describe('ctrlflow handle-event (AWS, HTTP mocked)', () => {
  it('reads only the launched instance and plans its quarantine', async () => {
    const out = tempDir();
    const run = await cli('handle-event', RUN_INSTANCES, ...LIVE, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    // One identity call, one DescribeInstances narrowed to the event's instance: no other read.
    expect(mock.reads).toEqual({ GetCallerIdentity: 1, DescribeInstances: 1 });
    expect(mock.readForms.filter((f) => f.Action === 'DescribeInstances')).toEqual([{ Action: 'DescribeInstances', 'InstanceId.1': 'i-0a01' }]);
    expect(mock.writes).toEqual([]);
    expect(run.stdout).toContain(
      'Event 5b0a1c2e-7f3d-4e8a-9c61-2d4f8e0b7a11 (aws.ec2 "AWS API Call via CloudTrail" RunInstances in 111111111111/us-east-1): 1 flow(s) (aws-ec2-launch-public-imdsv1), control(s) AWS-EVT-001; reads aws-ec2-launch-public-imdsv1.instances: i-0a01',
    );

    const report = readReport(out);
    expect(report.apiCalls).toEqual({ 'EC2.DescribeInstances': 1, 'STS.GetCallerIdentity': 1 });
    expect(report.targets).toEqual([{ provider: 'aws', account: ACCOUNT, region: REGION }]);
    expect(report.controls.map((c) => c.id)).toEqual(['AWS-EVT-001']);
    expect(report.results.map((r) => [r.controlId, r.resourceId, r.status, r.actions?.map((a) => `${a.node}:${a.status}`)])).toEqual([
      ['AWS-EVT-001', 'i-0a01', 'FAIL', ['quarantine:awaiting-approval', 'markTicketed:planned', 'ticket:planned']],
    ]);
    const quarantine = report.results[0]!.actions![0]!;
    expect(quarantine.calls.map((c) => `${c.step} ${c.service} ${c.method}`)).toEqual([
      'group EC2 CreateSecurityGroup',
      'denyEgress EC2 RevokeSecurityGroupEgress',
      'isolate EC2 ModifyInstanceAttribute',
      'tag EC2 CreateTags',
    ]);
    expect(quarantine.calls[2]!.params).toEqual({ InstanceId: 'i-0a01', Groups: ['<GroupId of step group>'] });
    expect(run.stdout).toContain('would call EC2 CreateSecurityGroup → EC2 RevokeSecurityGroupEgress → EC2 ModifyInstanceAttribute → EC2 CreateTags once approved (--approve) (node quarantine)');
  });

  it('applies the quarantine with --remediate --yes --approve, records it in the audit log, and re-reads only that instance', async () => {
    const out = tempDir();
    const run = await cli('handle-event', RUN_INSTANCES, ...LIVE, '--out', out, '--remediate', '--yes', '--approve', 'AWS-EVT-001');
    expect(run.stderr).toBe('');
    const time = mock.writes.find((w) => w.Action === 'CreateTags')?.['Tag.1.Value'] ?? '';
    expect(time).toMatch(/^AWS-EVT-001 \d{4}-\d\d-\d\dT/);
    const reason = '$.PublicIpAddress exists (seen: 198.51.100.10); $.MetadataOptions.HttpTokens != required (seen: optional); NOT $.MetadataOptions.HttpEndpoint == disabled';
    expect(mock.writes).toEqual([
      { Action: 'CreateSecurityGroup', GroupName: 'ctrlflow-quarantine', GroupDescription: 'ctrlflow quarantine: no inbound, no outbound', VpcId: 'vpc-1' },
      { Action: 'RevokeSecurityGroupEgress', GroupId: 'sg-quarantine1', 'IpPermissions.1.IpProtocol': '-1', 'IpPermissions.1.IpRanges.1.CidrIp': '0.0.0.0/0' },
      { Action: 'ModifyInstanceAttribute', InstanceId: 'i-0a01', 'GroupId.1': 'sg-quarantine1' },
      { Action: 'CreateTags', 'ResourceId.1': 'i-0a01', 'Tag.1.Key': 'ctrlflow:quarantined', 'Tag.1.Value': time, 'Tag.2.Key': 'ctrlflow:reason', 'Tag.2.Value': reason },
      { Action: 'CreateTags', 'ResourceId.1': 'i-0a01', 'Tag.1.Key': 'ctrlflow:ticketed', 'Tag.1.Value': time },
    ]);
    expect(tickets).toEqual([
      {
        auth: 'Bearer tk-9',
        body: {
          title: 'AWS-EVT-001: new instance i-0a01 is public and accepts IMDSv1',
          severity: 'high',
          resource: 'i-0a01',
          account: ACCOUNT,
          region: REGION,
          details: `${reason}. It is quarantined once the quarantine is approved (--approve AWS-EVT-001).`,
        },
      },
    ]);
    expect(estate.instances.find((i) => i.id === 'i-0a01')!.groups).toEqual(['sg-quarantine1']);
    // Only the event's instance was read, before and after (the re-evaluation); the group lookup is the quarantine's find-or-create.
    expect(mock.readForms.map((f) => [f.Action, f['InstanceId.1'] ?? ''])).toEqual([
      ['GetCallerIdentity', ''],
      ['DescribeInstances', 'i-0a01'],
      ['DescribeSecurityGroups', ''],
      ['DescribeInstances', 'i-0a01'],
    ]);

    // The run's evidence manifest: what it wrote (the report, the audit log), the live answers it read, intact.
    const manifest = JSON.parse(readFileSync(join(out, 'ctrlflow-manifest.json'), 'utf8')) as { command: string; inventory: { kind: string; responses: number }; files: { path: string }[] };
    expect([manifest.command, manifest.inventory.kind, manifest.files.map((f) => f.path)]).toEqual(['handle-event', 'live', ['ctrlflow-audit.jsonl', 'ctrlflow.json']]);
    expect(manifest.inventory.responses).toBeGreaterThan(0);
    expect(await cli('verify', out)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok: 2 file\(s\) intact/) });

    const log = audit(out);
    expect(log.map((e) => [e.event, e.node, e.step, e.call.method, e.outcome ?? ''])).toEqual([
      ['started', 'quarantine', 'group', 'CreateSecurityGroup', ''],
      ['finished', 'quarantine', 'group', 'CreateSecurityGroup', 'succeeded'],
      ['started', 'quarantine', 'denyEgress', 'RevokeSecurityGroupEgress', ''],
      ['finished', 'quarantine', 'denyEgress', 'RevokeSecurityGroupEgress', 'succeeded'],
      ['started', 'quarantine', 'isolate', 'ModifyInstanceAttribute', ''],
      ['finished', 'quarantine', 'isolate', 'ModifyInstanceAttribute', 'succeeded'],
      ['started', 'quarantine', 'tag', 'CreateTags', ''],
      ['finished', 'quarantine', 'tag', 'CreateTags', 'succeeded'],
      ['started', 'markTicketed', 'main', 'CreateTags', ''],
      ['finished', 'markTicketed', 'main', 'CreateTags', 'succeeded'],
      ['started', 'ticket', 'main', 'POST', ''],
      ['finished', 'ticket', 'main', 'POST', 'succeeded'],
    ]);
    expect(log.every((e) => e.controls.join() === 'AWS-EVT-001' && e.resource === 'i-0a01' && e.account === ACCOUNT && e.region === REGION)).toBe(true);
    expect(readFileSync(join(out, 'ctrlflow-audit.jsonl'), 'utf8')).not.toContain('tk-9');

    const report = readReport(out);
    expect(report.remediation).toMatchObject({ applied: 3, failed: 0, interrupted: 0, stillFailing: 3 });
    expect(run.stdout).toContain('Remediation: 3 applied, 0 no-op, 0 failed, 0 interrupted; re-evaluated: 0 fixed, 3 still failing');

    // The second event of the same launch (the instance reaching running) changes nothing more.
    const written = mock.writes.length;
    const running = join(tempDir(), 'running.json');
    writeFileSync(running, readFileSync(join(REPO, 'examples/events/ec2-instance-running.json'), 'utf8').replaceAll('i-0a02', 'i-0a01'));
    const second = await cli('handle-event', running, ...LIVE, '--out', out, '--remediate', '--yes', '--approve', 'AWS-EVT-001');
    expect(second.stdout).toContain('Remediation: nothing to apply');
    expect(mock.writes).toHaveLength(written);
    expect(tickets).toHaveLength(1);
  });

  it('says so and exits 0 when the event matches no flow, reading nothing', async () => {
    const out = tempDir();
    const run = await cli('handle-event', 'examples/events/run-instances-denied.json', ...LIVE, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Event 0e6f2a41-98c3-4b5d-a7e1-4c2b9d8f1e22 (aws.ec2 "AWS API Call via CloudTrail" RunInstances in 111111111111/us-east-1) matches no event flow: nothing ran.');
    expect(mock.reads).toEqual({});
    expect(existsSync(join(out, 'ctrlflow.json'))).toBe(false);
  });

  it.each([
    ['not JSON', '{"id": "1",', /^error bad-event: .*bad\.json: not JSON: /],
    ['not an event', '{"id": "1", "source": "aws.ec2"}', /^error bad-event: .*bad\.json: not an EventBridge event: missing required key "detail-type"; missing required key "account"; missing required key "region"$/],
    ['a batch with one bad event', `[${readFileSync(join(REPO, RUN_INSTANCES), 'utf8')}, {"id": 2}]`, /^error bad-event: .*bad\.json: event 2: not an EventBridge event: missing required key "source"; .*; id: id must be string$/],
    ['empty', '  \n', /^error bad-event: .*bad\.json: the input is empty$/],
  ])('exits 2 on a malformed event (%s), with nothing read', async (_name, text, message) => {
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, text);
    const run = await cli('handle-event', file, ...LIVE, '--out', tempDir());
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(message);
    expect(run.stderr).toContain('The input is not a valid event: nothing ran.');
    expect(mock.reads).toEqual({});
  });

  it('refuses --remediate on a snapshot, and --remediate without --yes outside a terminal', async () => {
    const onSnapshot = await cli('handle-event', RUN_INSTANCES, '--inventory', 'examples/demo-inventory', '--remediate', '--yes', '--out', tempDir());
    expect([onSnapshot.code, onSnapshot.stderr]).toEqual([2, expect.stringMatching(/^error usage: --remediate changes the live cloud: it cannot run on a snapshot/)]);
    const noYes = await cli('handle-event', RUN_INSTANCES, ...LIVE, '--remediate', '--out', tempDir());
    expect(noYes.code).toBe(2);
    expect(mock.reads).toEqual({});
  });
});

describe('ctrlflow handle-event on a snapshot', () => {
  it('handles a batch from stdin: one report folder per event, the worst exit code', async () => {
    const out = tempDir();
    const io = bufferIo();
    const batch = ['run-instances.json', 'authorize-sg-ingress-private.json', 'run-instances-denied.json']
      .map((f) => JSON.stringify(JSON.parse(readFileSync(join(REPO, 'examples/events', f), 'utf8'))))
      .join('\n');
    const code = await handleEventCommand(
      { input: '-', controls: ['controls'], flows: ['flows'], only: [], failOn: 'low', format: ['json'], out, var: [], inventory: 'examples/demo-inventory', cwd: REPO, approve: [], maxActions: 10 },
      io,
      async () => batch,
    );
    expect(code).toBe(1);
    const first = readReport(join(out, '5b0a1c2e-7f3d-4e8a-9c61-2d4f8e0b7a11'));
    expect(first.results.map((r) => `${r.controlId} ${r.resourceId} ${r.status}`)).toEqual(['AWS-EVT-001 i-0a01 FAIL']);
    expect(first.inventory).toBe('snapshot examples/demo-inventory');
    const second = readReport(join(out, 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a55'));
    expect(second.results.map((r) => `${r.controlId} ${r.resourceId} ${r.status}`)).toEqual(['AWS-EVT-003 sg-0a13 PASS']);
    expect(existsSync(join(out, '0e6f2a41-98c3-4b5d-a7e1-4c2b9d8f1e22'))).toBe(false);
    expect(io.stdout.filter((l) => l.startsWith('Event '))).toHaveLength(3);
  });

  it('exits 3 when the event comes from an account the inventory does not reach', async () => {
    const file = join(tempDir(), 'elsewhere.json');
    writeFileSync(file, readFileSync(join(REPO, RUN_INSTANCES), 'utf8').replaceAll('111111111111', '999999999999'));
    const run = await cli('handle-event', file, '--inventory', 'examples/demo-inventory', '--out', tempDir());
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^error target: the event is from 999999999999\/us-east-1, which the inventory does not reach \(aws\/111111111111\/eu-west-1, /);
  });
});
