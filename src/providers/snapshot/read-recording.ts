import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { JsonDepthError, MAX_JSON_DEPTH, parseJsonWithin } from '../../lib/json-limits.js';

/**
 * The one way a snapshot file is read. Only a regular file whose real path (symlinks
 * resolved) lies inside the snapshot's real root is read; a FIFO, socket, device or directory
 * named like a recording, and a symlink leading outside the root, are a RecordingError with
 * its code, never a hang and never a read elsewhere. The file is opened non-blocking (so a
 * FIFO cannot stall the open) and checked on the open handle. JSON nested deeper than
 * MAX_JSON_DEPTH is refused before it is parsed (`BadRecording`).
 */
export type RecordingErrorCode = 'NotAFile' | 'OutsideSnapshot' | 'BadRecording';

export class RecordingError extends Error {
  override name = 'RecordingError';
  constructor(
    readonly code: RecordingErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/**
 * A target folder as listed once: its real path, the names in it, and which of them are plain
 * regular files (not symlinks). A name not in it is no recording, and a plain file's real path
 * is the folder's joined with its name, so neither costs a `realpath` per read (a scan asks
 * for two or three absent `.error.json` files per call). Anything else (a symlink, a FIFO, a
 * folder that cannot be listed) takes the careful path: `realpath` of the file itself.
 */
interface Folder {
  real: string;
  names: Set<string>;
  plainFiles: Set<string>;
}

/**
 * Reads recordings under one root: `read` gives the parsed JSON, or undefined when the file
 * does not exist; `forget` drops what was listed of a folder (a target done with), so a
 * provider kept for the next event (`listen`) lists it afresh.
 */
export function recordingReader(root: string): { read(file: string): Promise<unknown>; forget(dir: string): void } {
  let realRoot: string | undefined;
  const folders = new Map<string, Folder | 'absent' | 'unlisted'>();
  const folderOf = (dir: string): Folder | 'absent' | 'unlisted' => {
    let folder = folders.get(dir);
    if (folder === undefined) {
      try {
        const entries = readdirSync(dir, { withFileTypes: true });
        folder = { real: realpathSync.native(dir), names: new Set(entries.map((e) => e.name)), plainFiles: new Set(entries.filter((e) => e.isFile()).map((e) => e.name)) };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        folder = code === 'ENOENT' || code === 'ENOTDIR' ? 'absent' : 'unlisted';
      }
      folders.set(dir, folder);
    }
    return folder;
  };
  const read = async (file: string): Promise<unknown> => {
    const folder = folderOf(dirname(file));
    const name = basename(file);
    if (folder === 'absent' || (folder !== 'unlisted' && !folder.names.has(name))) return undefined;
    let real: string;
    if (folder !== 'unlisted' && folder.plainFiles.has(name)) real = join(folder.real, name);
    else {
      try {
        real = realpathSync.native(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        throw new RecordingError('BadRecording', `unreadable recording (${(error as Error).message}): ${file}`);
      }
    }
    realRoot ??= realpathSync.native(root);
    const inside = relative(realRoot, real);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new RecordingError('OutsideSnapshot', `${file} leads to ${real}, outside the snapshot; only files inside it are read`);
    }
    // Synchronous: a recording is small next to the work its answer feeds, and four thread-pool
    // round trips (open, stat, read, close) per read cost more than the read itself.
    const fd = openSync(real, FLAGS);
    let text: string;
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw new RecordingError('NotAFile', `${file} is ${kindOf(stat)}, not a file; a recording must be a regular file`);
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
    try {
      return parseJsonWithin(text, MAX_JSON_DEPTH);
    } catch (error) {
      const why = error instanceof JsonDepthError ? error.message : `not JSON: ${(error as Error).message}`;
      throw new RecordingError('BadRecording', `unreadable recording (${why}): ${file}`);
    }
  };
  return { read, forget: (dir) => void folders.delete(dir) };
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}
