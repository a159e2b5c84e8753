import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

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
