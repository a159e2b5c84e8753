import { constants, type Stats } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
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

/** Reads recordings under one root; `read` gives the parsed JSON, or undefined when the file does not exist. */
export function recordingReader(root: string): (file: string) => Promise<unknown> {
  let realRoot: Promise<string> | undefined;
  return async (file) => {
    let real: string;
    try {
      real = await realpath(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw new RecordingError('BadRecording', `unreadable recording (${(error as Error).message}): ${file}`);
    }
    realRoot ??= realpath(root);
    const inside = relative(await realRoot, real);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new RecordingError('OutsideSnapshot', `${file} leads to ${real}, outside the snapshot; only files inside it are read`);
    }
    const handle = await open(real, FLAGS);
    let text: string;
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) throw new RecordingError('NotAFile', `${file} is ${kindOf(stat)}, not a file; a recording must be a regular file`);
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
    try {
      return parseJsonWithin(text, MAX_JSON_DEPTH);
    } catch (error) {
      const why = error instanceof JsonDepthError ? error.message : `not JSON: ${(error as Error).message}`;
      throw new RecordingError('BadRecording', `unreadable recording (${why}): ${file}`);
    }
  };
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}
