import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { Problem } from './problem.js';
import { schemaKey } from './schema-key.js';

const requireHere = createRequire(import.meta.url);
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * The validator compiled at build time for this schema (scripts/build-validators.mjs, one
 * module per schema digest), undefined when there is none (running from source, a bundle, a
 * schema made at run time).
 */
function precompiled(key: string): ValidateFunction | undefined {
  try {
    return requireHere(`./validators/${key}.cjs`) as ValidateFunction;
  } catch {
    return undefined;
  }
}
let ajv: Ajv | undefined;

function compile(schema: object): ValidateFunction {
  const ready = precompiled(schemaKey(schema));
  if (ready) return ready;
  ajv ??= loadAjv();
  return ajv.compile(schema);
}

/**
 * ajv, loaded when first needed. A bundle (the Action, the Lambda, a one-file CLI) has no
 * node_modules beside it: there `require` is defined (the bundle's banner) and esbuild bundles
 * these two literal `require` calls; an ES module run from tsc's output has no `require` and
 * finds ajv in node_modules through createRequire.
 */
function loadAjv(): Ajv {
  const bundled = typeof require === 'function';
  const { Ajv: AjvClass } = (bundled ? require('ajv') : requireHere('ajv')) as typeof import('ajv');
  // ajv-formats is CommonJS, its function the module itself.
  const addFormats = (bundled ? require('ajv-formats') : requireHere('ajv-formats')) as (ajv: Ajv) => Ajv;
  return addFormats(new AjvClass({ allErrors: true, strict: false, verbose: true }));
}

/** Validate `value` against a JSON schema; every error becomes a Problem with a stable code. */
export function validateSchema(schema: object, value: unknown): Problem[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return [];
  return toProblems(validate.errors ?? []);
}

function toProblems(errors: ErrorObject[]): Problem[] {
  // anyOf/oneOf report every failed branch and then themselves; the branch errors are noise
  // when a simpler error exists at the same place, so keep only the deepest, most specific ones.
  const specific = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if');
  // In anyOf [string, object], an object that failed deeper also "must be string": drop that
  // type error when another error sits at or under the same place.
  const deeper = (e: ErrorObject) =>
    e.keyword === 'type' && specific.some((o) => o !== e && o.keyword !== 'type' && (o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`)));
  const focused = specific.filter((e) => !deeper(e));
  const chosen = focused.length > 0 ? focused : errors;
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const e of chosen) {
    const p = toProblem(e);
    const key = `${p.path.join('/')}|${p.code}|${p.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(p);
    }
  }
  return problems;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function toProblem(e: ErrorObject): Problem {
  const path = pointerToPath(e.instancePath);
  // A list element is named by its list: `format[1]`, not `1`.
  const tail = path[path.length - 1];
  const last = typeof tail === 'number' && path.length > 1 ? `${String(path[path.length - 2])}[${tail}]` : tail;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const near = closest(key, allowed);
      const hint = near ? ` (did you mean "${near}"?)` : allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : '';
      return { path: [...path, key], code: 'unknown-key', message: `unknown key "${key}"${hint}` };
    }
    case 'required':
      return {
        path,
        code: 'missing-key',
        message: `missing required key "${String(e.params.missingProperty)}"`,
      };
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      const code = last === 'operator' ? 'bad-operator' : 'bad-value';
      return { path, code, message: `${String(last ?? 'value')} must be one of ${allowed}` };
    }
    case 'const':
      return { path, code: 'bad-value', message: `${String(last ?? 'value')} must be ${JSON.stringify(e.params.allowedValue)}` };
    case 'type':
      return { path, code: 'bad-type', message: `${String(last ?? 'value')} must be ${String(e.params.type)}` };
    case 'propertyNames':
      return { path, code: 'bad-key', message: `key "${String(e.params.propertyName)}" is not a valid name` };
    default:
      return { path, code: 'bad-value', message: `${String(last ?? 'value')} ${e.message ?? 'is invalid'}` };
  }
}

/** The allowed key within two edits of a typo, if there is one. */
export function closest(typo: string, candidates: string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const key of candidates) {
    const distance = editDistance(typo.toLowerCase(), key.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
