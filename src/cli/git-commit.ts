import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/**
 * The git commit (HEAD) of the repository holding `path`, or undefined when it is not in one
 * or git is absent. Read from the repository's files (HEAD, its ref, packed-refs; worktrees
 * too), which costs a few reads; `git rev-parse` is asked only when those do not answer.
 */
export async function gitCommitOf(path: string): Promise<string | undefined> {
  const dir = await stat(path).then((s) => (s.isDirectory() ? path : dirname(path)), () => undefined);
  if (!dir) return undefined;
  return (await fromFiles(resolve(dir)).catch(() => undefined)) ?? fromGit(dir);
}

const HASH = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

async function fromFiles(start: string): Promise<string | undefined> {
  for (let dir = start; ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    const info = await stat(dotGit).catch(() => undefined);
    if (info) {
      // A worktree's .git is a file naming its git dir, whose commondir holds the shared refs.
      const gitDir = info.isDirectory() ? dotGit : resolve(dir, (await readFile(dotGit, 'utf8')).replace(/^gitdir:\s*/, '').trim());
      const common = await readFile(join(gitDir, 'commondir'), 'utf8').then(
        (text) => (isAbsolute(text.trim()) ? text.trim() : resolve(gitDir, text.trim())),
        () => gitDir,
      );
      const head = (await readFile(join(gitDir, 'HEAD'), 'utf8')).trim();
      if (HASH.test(head)) return head;
      const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
      if (!ref) return undefined;
      for (const base of [gitDir, common]) {
        const loose = (await readFile(join(base, ref), 'utf8').catch(() => '')).trim();
        if (HASH.test(loose)) return loose;
      }
      const packed = await readFile(join(common, 'packed-refs'), 'utf8').catch(() => '');
      const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
      const hash = line?.split(' ')[0];
      return hash && HASH.test(hash) ? hash : undefined;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function fromGit(dir: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['-C', dir, 'rev-parse', 'HEAD'], { timeout: 5000 }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
  });
}
