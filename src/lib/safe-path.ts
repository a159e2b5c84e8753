import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath, type FileHandle } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { redactText } from './redact.js';

/**
 * Writing files under a root folder (`--out`, `--history`, `--into`, a snapshot) so that no
 * name, id or value, wherever it came from, can put a file anywhere else.
 *
 *   await writeFileInside(root, 'flows/my-flow/report-111111111111-us-east-1.csv', text)
 *
 * - `writeFileInside(root, path, data, { exclusive })`: writes `data` at `path`, a RELATIVE
 *   path below `root`, creating the folders between them, and returns the absolute path
 *   written. Refused with an UnsafePathError (code `unsafe-path`), before anything is
 *   created: an absolute `path`, a `..` or empty segment, a NUL byte; a folder on the way
 *   that is a symlink leading outside `root` (checked on the real path of each folder, one
 *   at a time, so no folder is ever created outside); a final name that is a symlink or not
 *   a regular file (opened with O_NOFOLLOW). `exclusive` refuses a file that exists (EEXIST).
 *   `root` itself is created when missing; it is the caller's (a flag the user gave). Text
 *   `data` goes through redactText: no known secret of the run is written (src/lib/redact.ts).
 * - `openInside(root, path, { exclusive, append })`: the same checks, the file opened for a
 *   caller that writes it as a stream or appends to it (the reports, the audit log); such a
 *   caller masks what it writes itself (redactValue per result, redactText per line).
 * - `resolveInside(root, path)`: the same checks of `path` alone, for a caller that needs
 *   the absolute path (to rename into place, to list it).
 * - `pathSegment(text)`: a value from outside (a cloud id) as one safe file or folder name:
 *   characters outside `A-Z a-z 0-9 _ . -` percent-encoded (`/` is `%2F`), a leading `.`
 *   too (so never `.` or `..`), never empty; longer than 128 characters, a `sha256-…` of it.
 * - `targetSegments(target)`: the account and region of a target as path segments: an id in
 *   its cloud's format (12-digit AWS account, AWS region, Azure subscription GUID, GCP
 *   project id, `global`) as it is, anything else through `pathSegment`.
 */
export class UnsafePathError extends Error {
  override name = 'UnsafePathError';
  readonly code = 'unsafe-path';
}

const MAX_SEGMENT = 128;

export function pathSegment(text: string): string {
  if (text === '') return '%00';
  let encoded = text.replace(/[^A-Za-z0-9_.-]/gu, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
  if (encoded.startsWith('.')) encoded = `%2E${encoded.slice(1)}`;
  return encoded.length <= MAX_SEGMENT ? encoded : `sha256-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** Ids in their cloud's own format, used as path segments as they are. */
const CLOUD_ID: Record<'aws' | 'azure' | 'gcp', { account: RegExp; region: RegExp }> = {
  aws: { account: /^\d{12}$/, region: /^(global|[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2})$/ },
  azure: { account: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, region: /^global$/ },
  gcp: { account: /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, region: /^global$/ },
};

export function targetSegments(target: { provider: 'aws' | 'azure' | 'gcp'; account: string; region: string }): { account: string; region: string } {
  const format = CLOUD_ID[target.provider];
  return {
    account: format.account.test(target.account) ? target.account : pathSegment(target.account),
    region: format.region.test(target.region) ? target.region : pathSegment(target.region),
  };
}

/** The segments of a relative path, or an UnsafePathError. */
function segmentsOf(path: string): string[] {
  if (path.includes('\0')) throw new UnsafePathError(`"${path}" holds a NUL byte`);
  if (isAbsolute(path)) throw new UnsafePathError(`"${path}" is absolute; only a path inside the output folder is written`);
  const segments = path.split(process.platform === 'win32' ? /[\\/]/ : '/');
  for (const s of segments) {
    if (s === '..' || s === '' || s === '.') throw new UnsafePathError(`"${path}" has a "${s === '' ? '//' : s}" segment; only a plain path inside the output folder is written`);
  }
  return segments;
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The absolute path of `path` under `root`, after the checks of writeFileInside on the path itself. */
export function resolveInside(root: string, path: string): string {
  const segments = segmentsOf(path);
  const full = resolve(root, ...segments);
  if (!inside(resolve(root), full) || full === resolve(root)) throw new UnsafePathError(`"${path}" leads outside ${root}`);
  return full;
}

/** The real folder for `segments` under the real root, created one folder at a time, never outside. */
async function folderInside(realRoot: string, segments: string[], shown: string): Promise<string> {
  let dir = realRoot;
  for (const segment of segments) {
    const next = join(dir, segment);
    let stat = await lstat(next).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : Promise.reject(error)));
    if (!stat) {
      await mkdir(next).catch((error: NodeJS.ErrnoException) => (error.code === 'EEXIST' ? undefined : Promise.reject(error)));
      stat = await lstat(next);
    }
    if (stat.isSymbolicLink()) {
      const real = await realpath(next);
      if (!inside(realRoot, real)) throw new UnsafePathError(`"${shown}" goes through ${next}, a link leading outside the output folder`);
      dir = real;
      continue;
    }
    if (!stat.isDirectory()) throw new UnsafePathError(`"${shown}": ${next} is not a folder`);
    dir = next;
  }
  return dir;
}

// Non-blocking, so a FIFO put in place of the file fails at once (ENXIO) instead of waiting.
const NO_FOLLOW = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const WRITE = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | NO_FOLLOW;
const APPEND = constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | NO_FOLLOW;

/**
 * The file at `path` under `root` opened for writing, after the checks of writeFileInside
 * (folders created one at a time, never through a link outside; never a link or anything but
 * a regular file in place of the file): for a file written as a stream (the reports) or
 * appended to (the audit log). `append` keeps what the file holds; otherwise it is emptied.
 */
export async function openInside(root: string, path: string, options: { exclusive?: boolean; append?: boolean } = {}): Promise<{ file: string; handle: FileHandle }> {
  const segments = segmentsOf(path);
  resolveInside(root, path);
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  const folder = await folderInside(realRoot, segments.slice(0, -1), path);
  const file = join(folder, segments[segments.length - 1]!);
  const existing = await lstat(file).catch(() => undefined);
  if (existing && !existing.isFile()) throw new UnsafePathError(`"${path}" is ${existing.isSymbolicLink() ? 'a link' : 'not a regular file'}; a file is written only in place of a file`);
  const handle = await open(file, (options.append ? APPEND : WRITE) | (options.exclusive ? constants.O_EXCL : 0), 0o644).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ELOOP') throw new UnsafePathError(`"${path}" is a link; a file is written only in place of a file`);
    throw error;
  });
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw new UnsafePathError(`"${path}" is not a regular file`);
  }
  return { file, handle };
}

export async function writeFileInside(root: string, path: string, data: string | Uint8Array, options: { exclusive?: boolean } = {}): Promise<string> {
  const { file, handle } = await openInside(root, path, options);
  try {
    await handle.writeFile(typeof data === 'string' ? redactText(data) : data);
  } finally {
    await handle.close();
  }
  return file;
}
