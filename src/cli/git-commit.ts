import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { gitHeadFromFiles } from '../load/git-head.js';

/**
 * The git commit (HEAD) of the repository holding `path`, or undefined when it is not in one
 * or git is absent. Read from the repository's files (src/load/git-head.ts), which costs a few
 * reads; `git rev-parse` is asked only when those do not answer.
 */
export async function gitCommitOf(path: string): Promise<string | undefined> {
  const dir = await stat(path).then((s) => (s.isDirectory() ? path : dirname(path)), () => undefined);
  if (!dir) return undefined;
  return gitHeadFromFiles(dir)?.commit ?? fromGit(dir);
}

function fromGit(dir: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['-C', dir, 'rev-parse', 'HEAD'], { timeout: 5000 }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
  });
}
