import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CloudEvent } from '../../src/model/event.js';
import { listen, type Handled } from '../../src/events/listen.js';
import { seenEvents } from '../../src/events/queue.js';
import type { EventQueue, QueueMessage } from '../../src/providers/queue.js';
import { REPO, tempDir } from '../helpers/cli.js';

/** The consumer loop on a queue in memory: leases, parallelism, stopping. */
const RUN = JSON.parse(readFileSync(join(REPO, 'examples/events/run-instances.json'), 'utf8')) as CloudEvent;
const withId = (id: string) => JSON.stringify({ ...RUN, id });

function memoryQueue(bodies: string[]) {
  const waiting: QueueMessage[] = bodies.map((body, i) => ({ messageId: `m${i + 1}`, receipt: `r${i + 1}`, body, receiveCount: 1 }));
  const calls: string[] = [];
  let onReceive: (() => void) | undefined;
  const queue: EventQueue = {
    url: 'memory',
    async receive(max) {
      calls.push(`receive ${max}`);
      onReceive?.();
      return waiting.splice(0, max);
    },
    async delete(m) {
      calls.push(`delete ${m.messageId}`);
    },
    async setVisibility(m, seconds) {
      calls.push(`visibility ${m.messageId} ${seconds}`);
    },
  };
  return { queue, calls, waiting, set onReceive(f: () => void) { onReceive = f; } };
}

const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
};

describe('listen', () => {
  it('renews the lease of a message while its event runs, and stops renewing once it is done', async () => {
    const q = memoryQueue([withId('e1')]);
    const controller = new AbortController();
    const lines: string[] = [];
    await listen({
      queue: q.queue,
      parallel: 1,
      waitSeconds: 0,
      visibilityTimeout: 0.1,
      retryDelay: 5,
      seen: await seenEvents(),
      log: (l) => lines.push(l),
      signal: controller.signal,
      untilEmpty: true,
      // Runs until the lease was renewed twice (every 50 ms at a 0.1 s timeout).
      handle: async (): Promise<Handled> => {
        while (q.calls.filter((c) => c === 'visibility m1 0.1').length < 2) await new Promise((r) => setTimeout(r, 10));
        return { retry: false, summary: 'done' };
      },
    });
    const renewals = q.calls.filter((c) => c === 'visibility m1 0.1').length;
    expect(renewals).toBeGreaterThanOrEqual(2);
    expect(q.calls.at(-2)).toBe('delete m1');
    await new Promise((r) => setTimeout(r, 150));
    expect(q.calls.filter((c) => c === 'visibility m1 0.1')).toHaveLength(renewals);
  });

  it('runs at most `parallel` events at once and asks only for what it can take', async () => {
    const q = memoryQueue(['a', 'b', 'c', 'd', 'e'].map(withId));
    let running = 0;
    let most = 0;
    await listen({
      queue: q.queue,
      parallel: 2,
      waitSeconds: 0,
      visibilityTimeout: 30,
      retryDelay: 5,
      seen: await seenEvents(),
      log: () => undefined,
      signal: new AbortController().signal,
      untilEmpty: true,
      handle: async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((r) => setTimeout(r, 20));
        running -= 1;
        return { retry: false, summary: 'done' };
      },
    });
    expect(most).toBe(2);
    expect(q.calls.filter((c) => c.startsWith('receive')).every((c) => c === 'receive 1' || c === 'receive 2')).toBe(true);
    expect(q.calls.filter((c) => c.startsWith('delete')).sort()).toEqual(['delete m1', 'delete m2', 'delete m3', 'delete m4', 'delete m5']);
  });

  it('on stop: receives nothing more, finishes the events in flight, deletes them; what came with the stop is released at once', async () => {
    const q = memoryQueue(['a', 'b', 'c'].map(withId));
    const controller = new AbortController();
    const release = gate();
    const started: string[] = [];
    const lines: string[] = [];
    const done = listen({
      queue: q.queue,
      parallel: 2,
      waitSeconds: 0,
      visibilityTimeout: 30,
      retryDelay: 5,
      seen: await seenEvents(),
      log: (l) => lines.push(l),
      signal: controller.signal,
      handle: async (event) => {
        started.push(event.id);
        if (started.length === 2) controller.abort(); // the stop comes while both run
        await release.opened;
        return { retry: false, summary: 'done' };
      },
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(started).toEqual(['a', 'b']);
    release.open();
    expect(await done).toEqual({ handled: 2, retried: 0, duplicates: 0, malformed: 0 });
    expect(q.calls.filter((c) => !c.startsWith('visibility'))).toEqual(['receive 2', 'delete m1', 'delete m2']);
    expect(q.waiting.map((m) => m.messageId)).toEqual(['m3']);

    // Messages a receive returned as the stop came are not started, and made visible again.
    const late = memoryQueue(['x', 'y'].map(withId));
    const stop = new AbortController();
    late.onReceive = () => stop.abort();
    const summary = await listen({ queue: late.queue, parallel: 2, waitSeconds: 0, visibilityTimeout: 30, retryDelay: 5, seen: await seenEvents(), log: () => undefined, signal: stop.signal, handle: async () => ({ retry: false, summary: '' }) });
    expect(summary.handled).toBe(0);
    expect(late.calls).toEqual(['receive 2', 'visibility m1 0', 'visibility m2 0']);
  });

  it('a handler that throws leaves the message for redelivery', async () => {
    const q = memoryQueue([withId('boom')]);
    const lines: string[] = [];
    await listen({
      queue: q.queue, parallel: 1, waitSeconds: 0, visibilityTimeout: 30, retryDelay: 7, seen: await seenEvents(), log: (l) => lines.push(l), signal: new AbortController().signal, untilEmpty: true,
      handle: async () => {
        throw new Error('the inventory is gone');
      },
    });
    expect(q.calls).toEqual(['receive 1', 'visibility m1 7', 'receive 1']);
    expect(lines[0]).toMatch(/ boom aws\.ec2 "AWS API Call via CloudTrail" RunInstances: failed: the inventory is gone; left for redelivery in 7s \(receive 1\)$/);
  });

  it('keeps handled ids in a file, and reads them back', async () => {
    const file = join(tempDir(), 'state', 'seen.txt');
    const seen = await seenEvents(file);
    await seen.add('e1');
    await seen.add('e2');
    expect(readFileSync(file, 'utf8')).toBe('e1\ne2\n');
    const again = await seenEvents(file);
    expect([again.has('e1'), again.has('e2'), again.has('e3')]).toEqual([true, true, false]);
  });
});
