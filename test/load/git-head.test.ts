import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitHeadFromFiles } from '../../src/load/git-head.js';
import { tempDir } from '../helpers/cli.js';

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' }).trim();

/** A repository with one commit and a sub folder; its real top. */
function repo(): string {
  const dir = realpathSync(tempDir());
  git(dir, 'init', '-q');
  mkdirSync(join(dir, 'controls', 'aws'), { recursive: true });
  writeFileSync(join(dir, 'controls', 'aws', 'c.yaml'), 'id: c\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'one');
  return dir;
}

describe('gitHeadFromFiles: what git rev-parse --show-toplevel HEAD says, from the files', () => {
  it('finds the top above a sub folder and the commit of a branch, loose or packed', () => {
    const dir = repo();
    const expected = { top: dir, commit: git(dir, 'rev-parse', 'HEAD') };
    expect(gitHeadFromFiles(join(dir, 'controls', 'aws'), {})).toEqual(expected);
    git(dir, 'pack-refs', '--all');
    expect(gitHeadFromFiles(join(dir, 'controls'), {})).toEqual(expected);
  });

  it('reads a detached HEAD, and a linked worktree through its .git file and commondir', () => {
    const dir = repo();
    const commit = git(dir, 'rev-parse', 'HEAD');
    const other = join(realpathSync(tempDir()), 'wt');
    git(dir, 'worktree', 'add', '-q', '--detach', other);
    expect(gitHeadFromFiles(other, {})).toEqual({ top: other, commit });
    git(other, 'checkout', '-q', '-b', 'side');
    expect(gitHeadFromFiles(join(other, 'controls'), {})).toEqual({ top: other, commit });
  });

  it('leaves to git what the files cannot say plainly: no repository, no commit, GIT_DIR or core.worktree', () => {
    expect(gitHeadFromFiles(realpathSync(tempDir()), {})).toBeUndefined();
    const unborn = realpathSync(tempDir());
    git(unborn, 'init', '-q');
    expect(gitHeadFromFiles(unborn, {})).toBeUndefined();
    const dir = repo();
    expect(gitHeadFromFiles(dir, { GIT_DIR: join(dir, '.git') })).toBeUndefined();
    git(dir, 'config', 'core.worktree', dir);
    expect(gitHeadFromFiles(dir, {})).toBeUndefined();
  });
});
