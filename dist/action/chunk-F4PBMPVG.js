import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  globMatcher
} from "./chunk-EPDO45GY.js";
import {
  closest
} from "./chunk-FWPZOP6C.js";
import {
  UsageError
} from "./chunk-EMRUF3FH.js";
import {
  atOrAbove
} from "./chunk-NP7VFWU3.js";

// src/cli/selection.ts
function selectControls(catalog, only, minSeverity, clouds, frameworks = []) {
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
function chosenFrameworks(catalog, ids) {
  const known = catalog.frameworks.map((f) => f.framework);
  return [...new Set(ids)].map((id) => {
    const found = known.find((f) => f.id === id);
    if (found) return found;
    const names = known.map((f) => f.id).sort();
    const near = closest(id, names);
    const hint = near ? `did you mean ${near}? ` : "";
    throw new UsageError(`--framework ${id}: no such framework (${hint}${names.length > 0 ? `frameworks: ${names.join(", ")}` : "no framework files were loaded: they live in controls/frameworks"}; see: ctrlflow list frameworks)`);
  });
}
function reportedFrameworks(catalog, selected, ids) {
  if (ids.length > 0) return chosenFrameworks(catalog, ids);
  const clouds = new Set(selected.map((c) => c.control.provider));
  return catalog.frameworks.map((f) => f.framework).filter((f) => clouds.has(f.provider));
}
function parseVarFlags(flags) {
  const vars = {};
  for (const flag of flags) {
    const eq = flag.indexOf("=");
    if (eq <= 0) throw new UsageError(`--var ${flag}: expected NAME=VALUE`);
    vars[flag.slice(0, eq)] = flag.slice(eq + 1);
  }
  return vars;
}

export {
  selectControls,
  reportedFrameworks,
  parseVarFlags
};
