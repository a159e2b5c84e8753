import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** A work tree's top folder (real path) and its HEAD commit. */
export interface GitHead {
  top: string;
  commit: string;
}

const HASH = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * The work tree holding `start` and its HEAD commit, read from the repository's files as git
 * finds them: the nearest `.git` upward (a folder, or a worktree's or submodule's file naming
 * its git dir, whose commondir holds the shared refs), HEAD, its ref, packed-refs. A few small
 * reads instead of starting git, each start of which blocked a busy machine's scan for 10-40 ms.
 * Undefined where the files do not answer plainly (GIT_DIR, GIT_WORK_TREE or GIT_CEILING_DIRECTORIES
 * set, a configured core.worktree, an unborn branch, no repository): the caller asks git then.
 */
export function gitHeadFromFiles(start: string, environment: Readonly<Record<string, string | undefined>> = process.env): GitHead | undefined {
  if (['GIT_DIR', 'GIT_WORK_TREE', 'GIT_CEILING_DIRECTORIES'].some((name) => environment[name] !== undefined)) return undefined;
  try {
    for (let dir = realpathSync.native(start); ; dir = dirname(dir)) {
      const dotGit = join(dir, '.git');
      const info = statOrUndefined(dotGit);
      if (info) return headOf(dir, info.isDirectory() ? dotGit : resolve(dir, readFileSync(dotGit, 'utf8').replace(/^gitdir:\s*/, '').trim()));
      if (dirname(dir) === dir) return undefined;
    }
  } catch {
    return undefined;
  }
}

function headOf(top: string, gitDir: string): GitHead | undefined {
  const commondir = readOr(join(gitDir, 'commondir'))?.trim();
  const common = commondir === undefined ? gitDir : isAbsolute(commondir) ? commondir : resolve(gitDir, commondir);
  // A work tree placed elsewhere by configuration: git knows where, the folder walk does not.
  if (/^\s*worktree\s*=/im.test(readOr(join(common, 'config')) ?? '')) return undefined;
  const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
  if (HASH.test(head)) return { top, commit: head };
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  if (!ref) return undefined;
  for (const base of [gitDir, common]) {
    const loose = readOr(join(base, ref))?.trim();
    if (loose !== undefined && HASH.test(loose)) return { top, commit: loose };
  }
  const line = (readOr(join(common, 'packed-refs')) ?? '').split('\n').find((l) => l.endsWith(` ${ref}`));
  const hash = line?.split(' ')[0];
  return hash && HASH.test(hash) ? { top, commit: hash } : undefined;
}

function readOr(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
