import { basename, extname } from 'node:path';
import type { Control } from '../model/control.js';
import { frameworkSchema, type Framework } from '../model/framework.js';
import type { Problem } from '../model/problem.js';
import { closest, editDistance, validateSchema } from '../model/validate.js';
import type { CachedDoc } from './content-cache.js';
import type { ParsedYaml } from './yaml.js';
import { append } from '../model/append.js';

export interface LoadedFramework {
  /** With every requirement's `controls` present (an empty list when the file leaves it out). */
  framework: Framework;
  file: string;
}

/** A parsed file, as the catalog holds it. */
export interface FrameworkSource {
  file: string;
  absolute: string;
  parsed: ParsedYaml;
  /** The build's cache had this exact text (content-cache.ts): `framework` when its schema found no problem. */
  cached?: CachedDoc;
}

/** A control document; `valid` when it passed its schema, so its `compliance` can be trusted. */
export interface ControlSource {
  doc: FrameworkSource;
  control: Control;
  valid: boolean;
}

type Report = (doc: FrameworkSource, problems: Problem[]) => void;

/**
 * Checks each framework file, then that frameworks and controls agree both ways: each control
 * a requirement lists exists and names that requirement in its `compliance` under the
 * framework's id, and each requirement a control names exists and lists the control. An
 * automated requirement without controls is not a mistake: it is a coverage gap, which
 * `list frameworks` and the reports show.
 */
export function checkFrameworks(docs: FrameworkSource[], controls: ControlSource[], report: Report): LoadedFramework[] {
  const loaded: { doc: FrameworkSource; framework: Framework }[] = [];
  const byId = new Map<string, FrameworkSource>();
  for (const doc of docs) {
    const problems = doc.cached?.framework ? [] : validateSchema(frameworkSchema, doc.parsed.value).map(quoteHint);
    const value = doc.parsed.value as Partial<Framework>;
    if (problems.length === 0) append(problems, duplicateRequirements(value as Framework, doc));
    if (typeof value.id === 'string') {
      const first = byId.get(value.id);
      if (first) problems.push({ path: ['id'], code: 'duplicate-id', message: `framework id "${value.id}" is also used by ${first.file}` });
      else byId.set(value.id, doc);
      const stem = basename(doc.absolute, extname(doc.absolute));
      if (stem !== value.id) problems.push({ path: ['id'], code: 'id-mismatch', message: `framework id "${value.id}" must match its file name "${stem}"` });
    }
    report(doc, problems);
    if (problems.length > 0) continue;
    const framework = value as Framework;
    loaded.push({ doc, framework: { ...framework, requirements: framework.requirements.map((r) => ({ ...r, controls: r.controls ?? [] })) } });
  }

  const known = new Map<string, ControlSource>();
  for (const c of controls) if (typeof c.control.id === 'string' && !known.has(c.control.id)) known.set(c.control.id, c);
  for (const { doc, framework } of loaded) {
    report(doc, listedControls(framework, known));
    const index = new Map(framework.requirements.map((r, i) => [r.id, i]));
    for (const c of controls) if (c.valid) report(c.doc, namedRequirements(c.control, framework, index, doc));
  }
  return loaded.map(({ doc, framework }) => ({ framework, file: doc.file }));
}

/** YAML reads an unquoted 2.10 as the number 2.1: say so where an id must be a string. */
function quoteHint(p: Problem): Problem {
  if (p.code !== 'bad-type' || p.path.at(-1) !== 'id') return p;
  return { ...p, message: `${p.message}: quote it ("2.10"), as YAML reads 2.10 as the number 2.1` };
}

function duplicateRequirements(framework: Framework, doc: FrameworkSource): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  framework.requirements.forEach((r, i) => {
    const first = seen.get(r.id);
    if (first === undefined) seen.set(r.id, i);
    else {
      const line = doc.parsed.locate(['requirements', first, 'id']).line;
      problems.push({ path: ['requirements', i, 'id'], code: 'duplicate-requirement', message: `requirement "${r.id}" is already listed at line ${line}` });
    }
  });
  return problems;
}

/** Framework side: every control a requirement lists exists, is of the framework's cloud, and names the requirement back. */
function listedControls(framework: Framework, known: Map<string, ControlSource>): Problem[] {
  const problems: Problem[] = [];
  framework.requirements.forEach((r, i) =>
    (r.controls ?? []).forEach((id, j) => {
      const path = ['requirements', i, 'controls', j];
      const source = known.get(id);
      if (!source) {
        const near = closest(id, [...known.keys()]);
        const hint = near ? ` (did you mean "${near}"?)` : known.size === 0 ? ' (no controls were loaded: pass the controls folder too)' : '';
        return void problems.push({ path, code: 'unknown-control', message: `no control "${id}" was loaded${hint}` });
      }
      if (!source.valid) return;
      const { control } = source;
      if (control.provider !== framework.provider) {
        return void problems.push({ path, code: 'provider-mismatch', message: `${id} is a control for ${control.provider}, but ${framework.id} is a framework for ${framework.provider}` });
      }
      if (!(control.compliance?.[framework.id] ?? []).includes(r.id)) {
        const at = `${source.doc.file}:${source.doc.parsed.locate(['compliance'], { key: true }).line}`;
        problems.push({ path, code: 'mapping-mismatch', message: `${id} does not name requirement "${r.id}": add it to its compliance under ${framework.id} (${at}), or remove ${id} here` });
      }
    }),
  );
  return problems;
}

/** Control side: every requirement a control names under the framework's id (`index`: its requirements' positions by id) exists and lists the control. */
function namedRequirements(control: Control, framework: Framework, index: Map<string, number>, doc: FrameworkSource): Problem[] {
  const problems: Problem[] = [];
  for (const key of Object.keys(control.compliance ?? {})) {
    if (key !== framework.id && key.toLowerCase() === framework.id.toLowerCase()) {
      problems.push({ path: ['compliance', key], code: 'unknown-framework', message: `"${key}" is not "${framework.id}": a framework's compliance key is its id, exactly` });
    }
  }
  (control.compliance?.[framework.id] ?? []).forEach((id, k) => {
    const path = ['compliance', framework.id, k];
    const i = index.get(id);
    if (i === undefined) {
      const hint = nearest(id, [...index.keys()]);
      return void problems.push({ path, code: 'unknown-requirement', message: `${framework.id} has no requirement "${id}"${hint}` });
    }
    if (!(framework.requirements[i]!.controls ?? []).includes(control.id)) {
      const at = `${doc.file}:${doc.parsed.locate(['requirements', i, 'controls'], { key: true }).line}`;
      problems.push({ path, code: 'mapping-mismatch', message: `requirement "${id}" of ${framework.id} does not list ${control.id}: add it to that requirement's controls (${at}), or remove "${id}" here` });
    }
  });
  return problems;
}

/**
 * " (did you mean …?)" naming the ids closest to a typo, when few are close: ids are short
 * ("6.33" is one edit from "6.3"), so a hint naming ten of them would not help.
 */
export function nearest(typo: string, ids: string[]): string {
  const limit = typo.length <= 3 ? 1 : 2;
  let best = limit + 1;
  let near: string[] = [];
  for (const id of ids) {
    const d = editDistance(typo.toLowerCase(), id.toLowerCase());
    if (d < best) [best, near] = [d, [id]];
    else if (d === best) near.push(id);
  }
  if (near.length === 0 || near.length > 3) return '';
  return ` (did you mean ${near.map((id) => `"${id}"`).join(' or ')}?)`;
}
