import { checkEvent, type CloudEvent } from '../model/event.js';
import type { EventQueue, QueueMessage } from '../providers/queue.js';
import type { SeenEvents } from './queue.js';

/** What handling one event came to (src/cli/events/handle.ts gives it). */
export interface Handled {
  /** Leave the message for redelivery (a target could not be read, remediation was interrupted). */
  retry: boolean;
  summary: string;
}

export interface ListenOptions {
  queue: EventQueue;
  handle(event: CloudEvent, message: QueueMessage): Promise<Handled>;
  /** Events handled at once. */
  parallel: number;
  /** Long poll: seconds a receive waits for messages (0–20). */
  waitSeconds: number;
  /** Seconds a received message stays hidden; renewed at half of it while its event runs. */
  visibilityTimeout: number;
  /** Seconds until a failed event's message is visible again. */
  retryDelay: number;
  seen: SeenEvents;
  /** One line per event. */
  log(line: string): void;
  /** Aborted on SIGTERM/SIGINT: no new receive; events in flight finish. */
  signal: AbortSignal;
  /** Stop after this many messages (a batch job, a test). */
  maxMessages?: number;
  /** Stop when a receive comes back empty and nothing is in flight (drain the queue). */
  untilEmpty?: boolean;
  now?: () => Date;
}

export interface ListenSummary {
  handled: number;
  retried: number;
  duplicates: number;
  malformed: number;
}

/**
 * The consumer loop: long-polls the queue, handles up to `parallel` events at once, deletes a
 * message only after its event was handled (reports and audit log written), leaves failures
 * for redelivery after `retryDelay` (and the queue's dead-letter queue after its max receives),
 * handles an event id once however often it is delivered, and on `signal` receives no more,
 * finishes what is in flight and returns.
 */
export async function listen(options: ListenOptions): Promise<ListenSummary> {
  const summary: ListenSummary = { handled: 0, retried: 0, duplicates: 0, malformed: 0 };
  const inFlight = new Set<Promise<void>>();
  const active = new Set<string>();
  let received = 0;
  let backoffMs = 1000;
  const now = options.now ?? (() => new Date());
  const line = (message: QueueMessage, event: CloudEvent | undefined, text: string) => {
    const what = event ? `${event.id} ${event.source} "${event['detail-type']}"${typeof event.detail?.eventName === 'string' ? ` ${event.detail.eventName}` : ''}` : `message ${message.messageId}`;
    options.log(`${now().toISOString()} ${what}: ${text}`);
  };

  const handleMessage = async (message: QueueMessage): Promise<void> => {
    const event = parseBody(message.body);
    if (typeof event === 'string') {
      summary.malformed += 1;
      // It will never be an event: left for the queue's dead-letter queue after its max receives.
      await settle(options.queue.setVisibility(message, options.retryDelay));
      return line(message, undefined, `malformed (${event}); left for redelivery, receive ${message.receiveCount}`);
    }
    if (options.seen.has(event.id)) {
      summary.duplicates += 1;
      await settle(options.queue.delete(message));
      return line(message, event, 'already handled: deleted without running again');
    }
    if (active.has(event.id)) {
      // The same event in two messages at once: the other copy decides; this one comes back later.
      summary.duplicates += 1;
      await settle(options.queue.setVisibility(message, options.retryDelay));
      return line(message, event, 'being handled from another message: left for redelivery');
    }
    active.add(event.id);
    const lease = setInterval(() => void settle(options.queue.setVisibility(message, options.visibilityTimeout)), (options.visibilityTimeout * 1000) / 2);
    let outcome: Handled;
    try {
      outcome = await options.handle(event, message);
    } catch (error) {
      outcome = { retry: true, summary: `failed: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      clearInterval(lease);
    }
    try {
      if (outcome.retry) {
        summary.retried += 1;
        await settle(options.queue.setVisibility(message, options.retryDelay));
        line(message, event, `${outcome.summary}; left for redelivery in ${options.retryDelay}s (receive ${message.receiveCount})`);
      } else {
        summary.handled += 1;
        // Remembered before the delete: if the delete fails, the redelivery is recognised.
        await options.seen.add(event.id);
        const deleted = await settle(options.queue.delete(message));
        line(message, event, `${outcome.summary}; ${deleted === true ? 'deleted' : `not deleted (${deleted}): a redelivery will be recognised`}`);
      }
    } finally {
      active.delete(event.id);
    }
  };

  while (!options.signal.aborted && (options.maxMessages === undefined || received < options.maxMessages)) {
    const free = options.parallel - inFlight.size;
    if (free <= 0) {
      await Promise.race(inFlight);
      continue;
    }
    const wanted = Math.min(10, free, options.maxMessages === undefined ? 10 : options.maxMessages - received);
    let messages: QueueMessage[];
    try {
      messages = await options.queue.receive(wanted, options.waitSeconds, options.signal);
      backoffMs = 1000;
    } catch (error) {
      options.log(`${now().toISOString()} receive failed (${error instanceof Error ? error.message : String(error)}); trying again in ${backoffMs / 1000}s`);
      await sleep(backoffMs, options.signal);
      backoffMs = Math.min(backoffMs * 2, 30_000);
      continue;
    }
    if (options.signal.aborted) {
      // Received as the stop came: not started, so visible to other consumers at once.
      await Promise.all(messages.map((m) => settle(options.queue.setVisibility(m, 0))));
      break;
    }
    if (messages.length === 0) {
      if (inFlight.size > 0) await Promise.race([...inFlight, sleep(1000, options.signal)]);
      else if (options.untilEmpty) break;
      // A short poll (--wait-seconds 0) on an empty queue: do not ask again at once.
      else if (options.waitSeconds === 0) await sleep(1000, options.signal);
      continue;
    }
    received += messages.length;
    for (const message of messages) {
      const running: Promise<void> = handleMessage(message).finally(() => inFlight.delete(running));
      inFlight.add(running);
    }
  }
  await Promise.all(inFlight);
  return summary;
}

function parseBody(body: string): CloudEvent | string {
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (error) {
    return `not JSON: ${(error as Error).message}`;
  }
  return checkEvent(doc);
}

/** A queue call whose failure is reported, never thrown: true, or the error's message. */
async function settle(call: Promise<void>): Promise<true | string> {
  try {
    await call;
    return true;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
