import { globMatcher } from '../lib/safe-regex.js';
import type { Catalog, LoadedControl } from '../load/catalog.js';
import type { Cloud } from '../model/control.js';
import type { Framework } from '../model/framework.js';
import { atOrAbove, type Severity } from '../model/severity.js';
import { closest } from '../model/validate.js';
import { UsageError } from './usage.js';

// What the CLI needs before a command runs lives in usage.ts (no regex engine, no validators loaded at start).
export { defaultContentPaths, parseShard, UsageError } from './usage.js';

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
