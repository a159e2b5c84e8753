import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { globMatcher } from '../conditions/safe-regex.js';
import type { Catalog, LoadedControl } from '../load/catalog.js';
import type { Cloud } from '../model/control.js';
import { atOrAbove, type Severity } from '../model/severity.js';

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

/** `--only` takes ids or patterns with `*` (AWS-EC2-*); every pattern must select something. */
export function selectControls(catalog: Catalog, only: string[], minSeverity: Severity | undefined, clouds?: Cloud[]): LoadedControl[] {
  let selected = catalog.controls;
  if (clouds?.length) selected = selected.filter((c) => clouds.includes(c.control.provider));
  if (only.length > 0) {
    const patterns = only.map((p) => ({ text: p, matches: globMatcher(p) }));
    for (const p of patterns) {
      if (!selected.some((c) => p.matches(c.control.id))) {
        throw new UsageError(`--only ${p.text} matches no control (see: ctrlflow list controls)`);
      }
    }
    selected = selected.filter((c) => patterns.some((p) => p.matches(c.control.id)));
  }
  if (minSeverity) selected = selected.filter((c) => atOrAbove(c.control.severity, minSeverity));
  return selected;
}

/** `--var NAME=VALUE` (repeatable) into a map; the value may itself contain `=`. */
export function parseVarFlags(flags: string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    if (eq <= 0) throw new UsageError(`--var ${flag}: expected NAME=VALUE`);
    vars[flag.slice(0, eq)] = flag.slice(eq + 1);
  }
  return vars;
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
