import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listenCommand, type ListenArgs } from '../../src/cli/commands/listen.js';
import { bufferIo } from '../../src/cli/io.js';
import { mockAwsEstate, REGION, sampleEstate, type MockedEstate } from '../helpers/aws-estate.js';
import { cli, readReport, REPO, tempDir } from '../helpers/cli.js';
import { FakeQueue, nockQueue, QUEUE_URL } from '../helpers/sqs-queue.js';

/**
 * `ctrlflow listen` with the real SQSClient, the queue behind nock: receive, delete after the
 * run, visibility on failure, one run per event id however often it is delivered.
 */
const event = (name: string) => readFileSync(join(REPO, 'examples/events', name), 'utf8');
const RUN = event('run-instances.json');
const SG_PRIVATE = event('authorize-sg-ingress-private.json');
const saved = { ...process.env };

function args(out: string, more: Partial<ListenArgs> = {}): ListenArgs {
  return {
    sqsQueue: QUEUE_URL,
    controls: ['controls'],
    flows: ['flows'],
    only: [],
    failOn: 'low',
    format: ['json'],
    out,
    var: [],
    cwd: REPO,
    approve: [],
    maxActions: 10,
    inventory: 'examples/demo-inventory',
    parallel: 2,
    waitSeconds: 0,
    visibilityTimeout: 300,
    retryDelay: 60,
    untilEmpty: true,
    ...more,
  };
}
/** The lines listen printed for events: time stripped. */
const eventLines = (stdout: string[]) => stdout.filter((l) => /^\d{4}-\d\d-\d\dT/.test(l)).map((l) => l.replace(/^\S+ /, ''));

let queue: FakeQueue;
beforeAll(() => nock.disableNetConnect());
beforeEach(() => {
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent' });
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
  queue = new FakeQueue();
  nockQueue(queue);
});
afterEach(() => {
  nock.cleanAll();
  process.env = { ...saved };
});
afterAll(() => nock.enableNetConnect());

describe('ctrlflow listen (SQS mocked at the HTTP layer)', () => {
  it('receives, runs each event as handle-event, writes its reports, then deletes it; one line per event', async () => {
    const [a, b] = [queue.send(RUN), queue.send(SG_PRIVATE)];
    const out = tempDir();
    const io = bufferIo();
    expect(await listenCommand(args(out), io)).toBe(0);
    expect(queue.deleted.sort()).toEqual([a, b].sort());
    expect(queue.messages).toEqual([]);
    const where = (id: string) => relative(REPO, join(out, id));
    expect(eventLines(io.stdout).sort()).toEqual([
      `5b0a1c2e-7f3d-4e8a-9c61-2d4f8e0b7a11 aws.ec2 "AWS API Call via CloudTrail" RunInstances: AWS-EVT-001: 1 FAIL, 0 PASS, 0 ERROR, exit 1; reports ${where('5b0a1c2e-7f3d-4e8a-9c61-2d4f8e0b7a11')}; deleted`,
      `e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a55 aws.ec2 "AWS API Call via CloudTrail" AuthorizeSecurityGroupIngress: AWS-EVT-003: 0 FAIL, 1 PASS, 0 ERROR, exit 0; reports ${where('e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a55')}; deleted`,
    ]);
    expect(readReport(join(out, '5b0a1c2e-7f3d-4e8a-9c61-2d4f8e0b7a11')).results.map((r) => `${r.resourceId} ${r.status}`)).toEqual(['i-0a01 FAIL']);
    // Each event's run leaves its evidence manifest beside its reports, and it verifies.
    for (const id of ['5b0a1c2e-7f3d-4e8a-9c61-2d4f8e0b7a11', 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a55']) {
      const manifest = JSON.parse(readFileSync(join(out, id, 'ctrlflow-manifest.json'), 'utf8')) as { command: string; inventory: { kind: string }; files: { path: string }[] };
      expect([manifest.command, manifest.inventory.kind, manifest.files.map((f) => f.path)]).toEqual(['handle-event', 'snapshot', ['ctrlflow.json']]);
      const verify = await cli('verify', join(out, id));
      expect([verify.code, verify.stdout]).toEqual([0, expect.stringMatching(/^ok: 1 file\(s\) intact/)]);
    }
    expect(io.stdout[0]).toBe(`Listening on ${QUEUE_URL}: 3 event flow(s) (aws-ebs-snapshot-on-change, aws-ec2-launch-public-imdsv1, aws-sg-ingress-change), 2 at a time; reports under ${relative(REPO, out)}/<event id>/`);
    expect(io.stdout.at(-1)).toBe('Stopped: 2 handled, 0 left for redelivery, 0 duplicate(s), 0 malformed.');
    // Each receive asked for what it could take at once, with the receive count, long-polling as told.
    const receives = queue.calls.filter((c) => c.action === 'ReceiveMessage');
    expect(receives[0]!.input).toEqual({ QueueUrl: QUEUE_URL, MaxNumberOfMessages: 2, WaitTimeSeconds: 0, MessageSystemAttributeNames: ['ApproximateReceiveCount'], VisibilityTimeout: 300 });
  });

  it('leaves a failed event for redelivery: its visibility set to --retry-delay, never deleted; a malformed message too', async () => {
    const elsewhere = queue.send(RUN.replaceAll('111111111111', '999999999999'));
    const junk = queue.send('{"hello": "world"}');
    const io = bufferIo();
    await listenCommand(args(tempDir(), { retryDelay: 45 }), io);
    expect(queue.deleted).toEqual([]);
    expect(queue.messages.map((m) => [m.id, m.receiveCount])).toEqual([[elsewhere, 1], [junk, 1]]);
    const visibility = queue.calls.filter((c) => c.action === 'ChangeMessageVisibility').map((c) => [c.input.ReceiptHandle, c.input.VisibilityTimeout]);
    expect(visibility.sort()).toEqual([[`${elsewhere}#1`, 45], [`${junk}#1`, 45]]);
    const lines = eventLines(io.stdout);
    expect(lines).toContain(
      '5b0a1c2e-7f3d-4e8a-9c61-2d4f8e0b7a11 aws.ec2 "AWS API Call via CloudTrail" RunInstances: account 999999999999/us-east-1 not reachable, exit 3 (error target: the event is from 999999999999/us-east-1, which the inventory does not reach (aws/111111111111/eu-west-1, aws/111111111111/global, aws/111111111111/us-east-1, aws/222222222222/eu-west-1, aws/222222222222/global, aws/222222222222/us-east-1): nothing ran); left for redelivery in 45s (receive 1)',
    );
    expect(lines).toContain(`message ${junk}: malformed (not an EventBridge event: missing required key "id"; missing required key "source"; missing required key "detail-type"; missing required key "account"; missing required key "region"); left for redelivery, receive 1`);
    expect(io.stdout.at(-1)).toBe('Stopped: 0 handled, 1 left for redelivery, 0 duplicate(s), 1 malformed.');
  });

  it('runs an event once however often it comes: a second copy, and a redelivery after a failed delete', async () => {
    const first = queue.send(SG_PRIVATE);
    const copy = queue.send(SG_PRIVATE);
    queue.failNextDeletes(3); // every attempt of the SDK's retries
    const out = tempDir();
    const io = bufferIo();
    await listenCommand(args(out, { parallel: 1 }), io);
    // The first delete failed, so the first message came back; it and the copy were deleted without running again.
    expect(queue.messages).toEqual([]);
    expect(queue.deleted.sort()).toEqual([first, copy].sort());
    const lines = eventLines(io.stdout).map((l) => l.replace(/; reports [^;]+/, ''));
    expect(lines).toEqual([
      'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a55 aws.ec2 "AWS API Call via CloudTrail" AuthorizeSecurityGroupIngress: AWS-EVT-003: 0 FAIL, 1 PASS, 0 ERROR, exit 0; not deleted (We encountered an internal error. Please try again.): a redelivery will be recognised',
      'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a55 aws.ec2 "AWS API Call via CloudTrail" AuthorizeSecurityGroupIngress: already handled: deleted without running again',
      'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a55 aws.ec2 "AWS API Call via CloudTrail" AuthorizeSecurityGroupIngress: already handled: deleted without running again',
    ]);
    expect(io.stdout.at(-1)).toBe('Stopped: 1 handled, 0 left for redelivery, 2 duplicate(s), 0 malformed.');
  });

  it('remembers handled events across restarts with --seen: the redelivered message is deleted, the cloud is not read again', async () => {
    let mock: MockedEstate = mockAwsEstate(sampleEstate());
    const seen = join(tempDir(), 'seen.txt');
    const message = queue.send(RUN.replaceAll('i-0a01', 'i-web'));
    queue.failNextDeletes(3); // every attempt of the SDK's retries
    const live = { inventory: undefined, region: [REGION], seen, maxMessages: 1 };
    await listenCommand(args(tempDir(), live), bufferIo());
    expect(mock.reads).toEqual({ GetCallerIdentity: 1, DescribeInstances: 1 });
    expect(readFileSync(seen, 'utf8')).toBe('5b0a1c2e-7f3d-4e8a-9c61-2d4f8e0b7a11\n');
    expect(queue.messages.map((m) => m.id)).toEqual([message]);

    // A new listener (a restart) gets the redelivery.
    nock.cleanAll();
    nockQueue(queue);
    mock = mockAwsEstate(sampleEstate());
    const io = bufferIo();
    await listenCommand(args(tempDir(), { ...live, maxMessages: undefined }), io);
    expect(queue.deleted).toEqual([message]);
    expect(mock.reads).toEqual({});
    expect(eventLines(io.stdout)).toEqual(['5b0a1c2e-7f3d-4e8a-9c61-2d4f8e0b7a11 aws.ec2 "AWS API Call via CloudTrail" RunInstances: already handled: deleted without running again']);
  });

  it('an event that matches no flow is deleted: there is nothing to retry', async () => {
    const id = queue.send(event('run-instances-denied.json'));
    const out = tempDir();
    const io = bufferIo();
    await listenCommand(args(out), io);
    expect(queue.deleted).toEqual([id]);
    expect(eventLines(io.stdout)).toEqual(['0e6f2a41-98c3-4b5d-a7e1-4c2b9d8f1e22 aws.ec2 "AWS API Call via CloudTrail" RunInstances: no flow matched, exit 0; deleted']);
    expect(existsSync(join(out, '0e6f2a41-98c3-4b5d-a7e1-4c2b9d8f1e22'))).toBe(false);
  });

  it('refuses bad flags before receiving anything', async () => {
    const run = await cli('listen', '--sqs-queue', QUEUE_URL, '--parallel', '0', '--inventory', 'examples/demo-inventory');
    expect([run.code, run.stderr]).toEqual([2, 'error usage: --parallel must be a whole number from 1 to 100']);
    expect((await cli('listen', '--inventory', 'examples/demo-inventory')).code).toBe(2);
    expect(queue.calls).toEqual([]);
  });
});
