import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './cli.js';

/** dist/cli/bin.js (the package's bin), built first (`npm run build`) when it is older than the source (CI builds it in npm ci). */
export function builtBin(): string {
  const bin = join(REPO, 'dist/cli/bin.js');
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(join(REPO, dir), { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => statSync(join(e.parentPath, e.name)).mtimeMs));
  let built = 0;
  try {
    built = statSync(bin).mtimeMs;
  } catch {
    built = 0;
  }
  if (built < Math.max(newest('src'), newest('reporters'))) execFileSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'ignore' });
  return bin;
}
