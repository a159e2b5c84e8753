/**
 * Inputs of at most this many bytes are handled on the command's own thread. Starting a thread
 * costs tens of ms of start-up, and every result posted to it is copied: below this size that
 * costs more than the thread saves. The demo (about 1 MB) scanned 4% faster on one thread, and
 * the bench's 10,000 resources (3 MB) 5% faster; at 100,000 (30 MB) both ways took about the
 * same time, and a 30 MB snapshot took about 0.2 s to hash.
 */
export const ONE_THREAD_BYTES = 8 * 1024 * 1024;

/**
 * Whether a command hands work (rendering reports, hashing a snapshot) to a thread of its own,
 * for an input of `inputBytes` (undefined: not known before it is read, as a live scan's):
 * `CTRLFLOW_WORKERS=0` never, `CTRLFLOW_WORKERS=1` always; otherwise for an input larger than
 * ONE_THREAD_BYTES, or of unknown size. Never when running from the TypeScript sources: a
 * worker needs the built JavaScript.
 */
export function useThread(environment: Readonly<Record<string, string | undefined>>, inputBytes: number | undefined): boolean {
  if (!import.meta.url.endsWith('.js')) return false;
  const setting = environment.CTRLFLOW_WORKERS;
  if (setting === '0') return false;
  if (setting === '1') return true;
  return inputBytes === undefined || inputBytes > ONE_THREAD_BYTES;
}
