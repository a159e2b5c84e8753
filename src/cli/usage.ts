import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * What the CLI needs before any command runs (main.ts, the flag table, the config file): the
 * usage error, the default content paths and --shard. Kept apart from selection.ts, which
 * loads the regex engine and the validators, so that starting ctrlflow loads neither.
 */

/** A wrong flag value: printed as `error usage: …`, exit 2, nothing runs. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The package root, where the bundled controls/ and flows/ live (two levels up from src/cli or dist/src/cli). */
const PACKAGE_ROOT = [fileURLToPath(new URL('../..', import.meta.url)), fileURLToPath(new URL('../../..', import.meta.url))].find((d) =>
  existsSync(join(d, 'package.json')) && existsSync(join(d, 'flows')),
);

/** `./controls` and `./flows` when the working directory has them, else the bundled ones. */
export function defaultContentPaths(cwd: string): { controls: string; flows: string } {
  // Relative to the working directory (as --help shows them) when it has its own content.
  if (existsSync(join(cwd, 'controls')) || !PACKAGE_ROOT) return { controls: 'controls', flows: 'flows' };
  return { controls: join(PACKAGE_ROOT, 'controls'), flows: join(PACKAGE_ROOT, 'flows') };
}

/** `--shard k/N`: the k-th of N disjoint parts of the (control × target) work, 1 ≤ k ≤ N ≤ 256. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || count > 256 || index < 1 || index > count) {
    throw new UsageError(`--shard ${text}: expected k/N with 1 <= k <= N <= 256, e.g. --shard 2/4`);
  }
  return { index, count };
}
