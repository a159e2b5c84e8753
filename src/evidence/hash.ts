import { createHash } from 'node:crypto';
import { closeSync, constants, createReadStream, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files up to this size are hashed from one read; larger ones as a stream. */
const AT_ONCE = 8 * 1024 * 1024;

/**
 * A file's SHA-256 (hex) and size in bytes. A regular file of at most AT_ONCE bytes is read at
 * once (a stream's thread-pool round trips and chunks cost more than hashing a small recording);
 * anything else is read as a stream (a report may be larger than memory allows).
 */
export async function fileDigest(file: string): Promise<{ sha256: string; size: number }> {
  // Non-blocking, so a FIFO cannot stall the open; it goes to the stream below like any non-file.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size <= AT_ONCE) {
      const bytes = readFileSync(fd);
      return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
    }
  } finally {
    closeSync(fd);
  }
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * One SHA-256 over a list of files: the hash of `sha256sum`'s output for them, one line
 * `<sha256>  <path>\n` per file in byte order of the path. So anyone can recompute it:
 * `sha256sum FILES… | LC_ALL=C sort -k2 | sha256sum` (paths written as listed here).
 */
export function listingDigest(entries: readonly { path: string; sha256: string }[]): string {
  const lines = entries.map((e) => `${e.sha256}  ${e.path}\n`).sort((a, b) => byBytes(a.slice(66), b.slice(66)));
  return createHash('sha256').update(lines.join('')).digest('hex');
}

/** Every file under `root` (recursively), as forward-slash paths relative to it, in byte order. */
export function filesUnder(root: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() || entry.isSymbolicLink()) found.push(relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }
  return found.sort(byBytes);
}

/** The listing digest of a folder's files (`paths`, as filesUnder lists them) and their count. */
export async function folderDigest(root: string, paths: readonly string[]): Promise<{ sha256: string; files: number }> {
  const entries: { path: string; sha256: string }[] = [];
  for (const path of paths) entries.push({ path, sha256: (await fileDigest(join(root, path))).sha256 });
  return { sha256: listingDigest(entries), files: entries.length };
}

export function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
