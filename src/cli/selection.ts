import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Catalog, LoadedControl } from '../load/catalog.js';
import type { Cloud } from '../model/control.js';
import type { Framework } from '../model/framework.js';
import { atOrAbove, type Severity } from '../model/severity.js';
import { closest } from '../model/validate.js';

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

/**
 * `--only` takes ids or patterns with `*` (AWS-EC2-*); every pattern must select something.
 * `--framework` keeps exactly the controls its requirements list (of any of them, when repeated).
 */
export function selectControls(catalog: Catalog, only: string[], minSeverity: Severity | undefined, clouds?: Cloud[], frameworks: string[] = []): LoadedControl[] {
  let selected = catalog.controls;
  if (frameworks.length > 0) {
    const mapped = new Set(chosenFrameworks(catalog, frameworks).flatMap((f) => f.requirements.flatMap((r) => r.controls ?? [])));
    selected = selected.filter((c) => mapped.has(c.control.id));
  }
  if (clouds?.length) selected = selected.filter((c) => clouds.includes(c.control.provider));
  if (only.length > 0) {
    const patterns = only.map((p) => ({ text: p, re: new RegExp(`^${p.split('*').map(escapeRegex).join('.*')}$`) }));
    for (const p of patterns) {
      if (!selected.some((c) => p.re.test(c.control.id))) {
        throw new UsageError(`--only ${p.text} matches no control (see: ctrlflow list controls)`);
      }
    }
    selected = selected.filter((c) => patterns.some((p) => p.re.test(c.control.id)));
  }
  if (minSeverity) selected = selected.filter((c) => atOrAbove(c.control.severity, minSeverity));
  return selected;
}

/** The frameworks `--framework` names; an unknown id is a usage error naming the known ones. */
export function chosenFrameworks(catalog: Catalog, ids: string[]): Framework[] {
  const known = catalog.frameworks.map((f) => f.framework);
  return [...new Set(ids)].map((id) => {
    const found = known.find((f) => f.id === id);
    if (found) return found;
    const names = known.map((f) => f.id).sort();
    const near = closest(id, names);
    const hint = near ? `did you mean ${near}? ` : '';
    throw new UsageError(`--framework ${id}: no such framework (${hint}${names.length > 0 ? `frameworks: ${names.join(', ')}` : 'no framework files were loaded: they live in controls/frameworks'}; see: ctrlflow list frameworks)`);
  });
}

/** The frameworks a scan reports on: those of --framework, else those of the selected controls' clouds. */
export function reportedFrameworks(catalog: Catalog, selected: LoadedControl[], ids: string[]): Framework[] {
  if (ids.length > 0) return chosenFrameworks(catalog, ids);
  const clouds = new Set(selected.map((c) => c.control.provider));
  return catalog.frameworks.map((f) => f.framework).filter((f) => clouds.has(f.provider));
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

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
