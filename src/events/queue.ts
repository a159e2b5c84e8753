import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** One message of the queue an EventBridge rule targets. */
export interface QueueMessage {
  messageId: string;
  /** Needed to delete it or change its visibility; valid for this receive only. */
  receipt: string;
  body: string;
  /** How many times it was received, this time included (SQS ApproximateReceiveCount). */
  receiveCount: number;
}

/**
 * The queue as `listen` sees it: the SQS consumer behind it lives in src/providers/aws/sqs.ts
 * (the only place that imports the SDK), tests may give another.
 */
export interface EventQueue {
  readonly url: string;
  /** Long-polls for up to `max` messages (1–10) for up to `waitSeconds`; [] when none came or `signal` aborted. */
  receive(max: number, waitSeconds: number, signal: AbortSignal): Promise<QueueMessage[]>;
  /** Gone for good: only after its event was handled (reports and audit log written). */
  delete(message: QueueMessage): Promise<void>;
  /** Visible again after `seconds` (0: at once): a failure retried later, or a lease extended while it runs. */
  setVisibility(message: QueueMessage, seconds: number): Promise<void>;
}

/**
 * Event ids already handled, so a redelivered message (a delete that failed, EventBridge's
 * at-least-once delivery) is deleted without running again. Kept in memory, and when a file is
 * given, appended to it (one id a line) so a restart remembers.
 */
export interface SeenEvents {
  has(id: string): boolean;
  add(id: string): Promise<void>;
}

const KEEP = 100_000;

export async function seenEvents(file?: string): Promise<SeenEvents> {
  const ids = new Set<string>();
  const remember = (id: string) => {
    ids.add(id);
    // The oldest go first: a redelivery comes within the queue's retention, not months later.
    if (ids.size > KEEP) ids.delete(ids.values().next().value!);
  };
  if (file) {
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    for (const line of text.split('\n')) if (line.trim()) remember(line.trim());
    await mkdir(dirname(file), { recursive: true });
  }
  return {
    has: (id) => ids.has(id),
    async add(id) {
      remember(id);
      if (file) await appendFile(file, `${id}\n`);
    },
  };
}
