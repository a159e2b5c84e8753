import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtBin } from '../helpers/built-bin.js';
import { REPO, tempDir } from '../helpers/cli.js';
import { FakeQueue, serveQueue } from '../helpers/sqs-queue.js';

/**
 * SIGTERM in a real child process: `ctrlflow listen` (the built dist/cli/bin.js) against an SQS
 * queue on a loopback server, with events whose runs wait on a local endpoint until the test
 * lets them go. The events in flight when the signal comes finish and are deleted; the rest
 * stay on the queue, never received; a second listener handles them: each event runs once.
 */
let bin: string;
let hold: { url: string; arrivals: number; releaseAll(): void; auto: boolean; close(): Promise<void> };
const children: ChildProcess[] = [];

beforeAll(async () => {
  bin = builtBin();
  hold = await holdServer();
}, 60_000);
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await hold.close();
});

function holdServer(): Promise<typeof hold> {
  const waiting: ServerResponse[] = [];
  const state = {
    url: '',
    arrivals: 0,
    auto: false,
    releaseAll: () => {
      for (const res of waiting.splice(0)) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'held', ok: true }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((_req, res) => {
    state.arrivals += 1;
    waiting.push(res);
    if (state.auto) state.releaseAll();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hold`;
      resolve(state);
    }),
  );
}

const event = (id: string) => JSON.stringify({ version: '0', id, 'detail-type': 'Hold', source: 'test.hold', account: '111111111111', time: '2026-11-25T10:00:00Z', region: 'us-east-1', resources: [], detail: {} });

function startListener(queueUrl: string, out: string, more: string[] = [], waitSeconds = '1') {
  const inventory = tempDir('ctrlflow-inv-');
  mkdirSync(join(inventory, 'aws', '111111111111', 'us-east-1'), { recursive: true });
  const child = spawn(
    process.execPath,
    [bin, 'listen', '--sqs-queue', queueUrl, '--controls', join(REPO, 'test/fixtures/listen/controls'), '--flows', join(REPO, 'test/fixtures/listen/flows'),
      '--inventory', inventory, '--var', `holdUrl=${hold.url}`, '--parallel', '2', '--wait-seconds', waitSeconds, '--retry-delay', '0', '--out', out, '--format', 'json', ...more],
    { cwd: tempDir(), env: { PATH: process.env.PATH ?? '', AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true' } },
  );
  children.push(child);
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d: Buffer) => (output.stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output.stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

async function until(what: string, ok: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const eventLines = (stdout: string) => stdout.split('\n').filter((l) => /^\d{4}-/.test(l)).map((l) => l.replace(/^\S+ /, '').replace(/; reports [^;]+/, ''));

describe('ctrlflow listen: SIGTERM in a child process', () => {
  it('finishes the events in flight, deletes them, receives nothing more; a second listener takes the rest: no loss, no event run twice', async () => {
    const queue = new FakeQueue();
    const sqs = await serveQueue(queue);
    try {
      const ids = ['ev-1', 'ev-2', 'ev-3'].map((id) => queue.send(event(id)));
      hold.arrivals = 0;
      hold.auto = false;
      const out = tempDir();
      const first = startListener(sqs.url, out);
      // Two events in flight (--parallel 2), each waiting on the hold endpoint.
      await until('two events in flight', () => hold.arrivals === 2);
      first.child.kill('SIGTERM');
      await until('the stop notice', () => first.output.stderr.includes('SIGTERM: stopping'));
      hold.releaseAll();
      expect(await first.exited).toBe(0);

      expect(queue.deleted.sort()).toEqual([ids[0], ids[1]]);
      expect(queue.messages.map((m) => [m.id, m.receiveCount])).toEqual([[ids[2], 0]]);
      expect(queue.calls.filter((c) => c.action === 'ReceiveMessage')).toHaveLength(1);
      expect(eventLines(first.output.stdout).sort()).toEqual([
        'ev-1 test.hold "Hold": HOLD-001: 0 FAIL, 1 PASS, 0 ERROR, exit 0; deleted',
        'ev-2 test.hold "Hold": HOLD-001: 0 FAIL, 1 PASS, 0 ERROR, exit 0; deleted',
      ]);
      expect(first.output.stdout.trim().split('\n').at(-1)).toBe('Stopped: 2 handled, 0 left for redelivery, 0 duplicate(s), 0 malformed.');
      expect(first.output.stderr).toContain('SIGTERM: stopping; the events in flight finish, nothing new is received\n');
      expect(first.output.stderr).not.toMatch(/error|failed/i);

      // The rest, by a listener started afterwards.
      hold.auto = true;
      const second = startListener(sqs.url, out, ['--until-empty']);
      expect(await second.exited).toBe(0);
      expect(eventLines(second.output.stdout)).toEqual(['ev-3 test.hold "Hold": HOLD-001: 0 FAIL, 1 PASS, 0 ERROR, exit 0; deleted']);
      expect(queue.deleted.sort()).toEqual(ids);
      expect(queue.messages).toEqual([]);
      // Each event ran exactly once.
      expect(hold.arrivals).toBe(3);
    } finally {
      await sqs.close();
    }
  }, 60_000);

  it('stops at once during a long poll, and a message arriving then is not lost', async () => {
    const queue = new FakeQueue();
    const sqs = await serveQueue(queue);
    try {
      const out = tempDir();
      const listener = startListener(sqs.url, out, [], '20');
      await until('the first long poll', () => sqs.polls() === 1);
      const started = Date.now();
      listener.child.kill('SIGTERM');
      expect(await listener.exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(5_000);
      const id = queue.send(event('ev-late'));
      await new Promise((r) => setTimeout(r, 100));
      // The aborted poll was not answered: the message is still there, never received.
      expect(queue.messages.map((m) => [m.id, m.receiveCount])).toEqual([[id, 0]]);
      expect(listener.output.stdout.trim().split('\n').at(-1)).toBe('Stopped: 0 handled, 0 left for redelivery, 0 duplicate(s), 0 malformed.');
    } finally {
      await sqs.close();
    }
  }, 60_000);
});
