import type { JSONPath as JSONPathFunction } from 'jsonpath-plus';
import { once, requireHere } from './lazy-module.js';
import { JsonDepthError, MAX_WALK_DEPTH, valueDepth } from './json-limits.js';
import type { Problem } from '../model/problem.js';
import { compileFilter, type FilterPredicate } from './filter-expression.js';

/** jsonpath-plus, loaded at the first JSONPath it must parse or run (lazy-module.ts). */
const jsonPathPlus = once((): typeof JSONPathFunction => {
  const module: typeof import('jsonpath-plus') = typeof require === 'function' ? require('jsonpath-plus') : requireHere('jsonpath-plus');
  return module.JSONPath;
});

const DOTTED = /^\$(?:\.[A-Za-z_]\w*|\.\d+)*$/;

/**
 * jsonpath-plus's toPathArray (`$.a.b` -> `['$', 'a', 'b']`); a path of dotted names and indices,
 * which nearly every flow reads, is split here without loading jsonpath-plus (the same answer).
 */
export function pathArray(expr: string): string[] {
  return DOTTED.test(expr) ? expr.split('.') : jsonPathPlus().toPathArray(expr);
}

/** Reads every value a JSONPath finds in an item; compiled once per flow, run per item. */
export type JsonPathReader = (item: unknown) => unknown[];

// A property name or an index; never a bare `$`, which jsonpath-plus reads as "stay here".
const PLAIN = /^(?:[A-Za-z_][\w$-]*|\$[\w$-]+|\d+)$/;

/**
 * Parse once. Paths made of property names, indices, `*` and filters in the common subset
 * (see filter-expression.ts) are walked directly: they are nearly all keys, and a direct walk
 * is many times cheaper than the generic evaluator on 100k items. Anything else (slices,
 * unions, recursion, filters with calls or @root) goes to jsonpath-plus with its safe
 * evaluator: filter expressions are interpreted, never run as JavaScript.
 */
export function compileJsonPath(expr: string): JsonPathReader {
  let reader = readers.get(expr);
  if (!reader) readers.set(expr, (reader = readerOf(expr)));
  return reader;
}

/** Each path parsed once per process: flows repeat paths (`$.Tags` …), and a reader keeps no state. */
const readers = new Map<string, JsonPathReader>();

function readerOf(expr: string): JsonPathReader {
  const segments = pathArray(expr).slice(1);
  const plain = plainReader(segments);
  if (plain) {
    return (item) => {
      const value = plain(item);
      return value === undefined ? [] : [value];
    };
  }
  const steps = segments.map(toStep);
  if (steps.every((s) => s !== undefined)) return walker(steps as Step[]);
  // The string form, not the parsed array: jsonpath-plus 10 turns an array back into a string
  // and re-parses it (from its cache) anyway. A filter that throws on one element (`@.a.b`
  // where `a` is missing) drops that element, as the compiled filters do, instead of failing
  // the whole node.
  // Recursive descent (`..`) walks the whole item by recursion: never deeper than MAX_WALK_DEPTH.
  const recursive = segments.includes('..');
  return (item) => {
    if (recursive && valueDepth(item, MAX_WALK_DEPTH) > MAX_WALK_DEPTH) throw new JsonDepthError(MAX_WALK_DEPTH);
    return (jsonPathPlus()({ path: expr, json: item as object, wrap: true, eval: 'safe', ignoreEvalErrors: true }) ?? []) as unknown[];
  };
}

/**
 * For a path of property names and indices only (`$.GroupId`, `$.a.b.0`), which finds at most
 * one value: a reader of that value (undefined when the path finds none), so a per-item read
 * such as an evaluate node's resourceId makes no array. Undefined for any other path.
 */
export function plainJsonPath(expr: string): ((item: unknown) => unknown) | undefined {
  return plainReader(pathArray(expr).slice(1));
}

function plainReader(segments: string[]): ((item: unknown) => unknown) | undefined {
  if (!segments.every((s) => PLAIN.test(s))) return undefined;
  return (item) => {
    let value: unknown = item;
    for (const key of segments) {
      value = own(value, key);
      if (value === undefined) return undefined;
    }
    return value;
  };
}

/**
 * A child the way jsonpath-plus follows one: own properties only (never `constructor` or
 * `__proto__` from a prototype), and strings have their indices and `length`.
 */
function own(value: unknown, key: string): unknown {
  if (!value || (typeof value !== 'object' && typeof value !== 'string')) return undefined;
  return Object.hasOwn(value as object, key) ? (value as Record<string, unknown>)[key] : undefined; // hasOwn boxes a string
}

/** A property or index, every child (`*`), or the children a filter keeps. */
type Step = { kind: 'key'; key: string } | { kind: 'all' } | { kind: 'filter'; keep: FilterPredicate };

function toStep(segment: string): Step | undefined {
  if (segment === '*') return { kind: 'all' };
  if (PLAIN.test(segment)) return { kind: 'key', key: segment };
  if (/^\?\(.*\)$/s.test(segment)) {
    const keep = compileFilter(segment);
    return keep ? { kind: 'filter', keep } : undefined;
  }
  return undefined;
}

/**
 * Walks the steps over lists and objects the way jsonpath-plus does (tested against it). Depth
 * first into one list, which finds the values in the order a step-by-step walk does (each
 * value's children in order, before the next value's) without a list per step: this reads
 * every item of a scan.
 */
function walker(steps: Step[]): JsonPathReader {
  const visit = (value: unknown, at: number, found: unknown[]): void => {
    if (at === steps.length) {
      found.push(value);
      return;
    }
    const step = steps[at]!;
    if (step.kind === 'key') {
      const child = own(value, step.key);
      if (child !== undefined) visit(child, at + 1, found);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const child of value) if (child !== undefined && (step.kind === 'all' || step.keep(child))) visit(child, at + 1, found);
      return;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined && (step.kind === 'all' || step.keep(child))) visit(child, at + 1, found);
    }
  };
  return (item) => {
    const found: unknown[] = [];
    visit(item, 0, found);
    return found;
  };
}

/** An error message when `expr` is not a usable JSONPath, else null. */
export function checkJsonPath(expr: string): string | null {
  if (!expr.startsWith('$')) return `"${expr}" is not a JSONPath: it must start with $ (e.g. $.${expr})`;
  // jsonpath-plus parses leniently: `$.a[` reads $.a and `$.a]` reads nothing, silently.
  const shape = checkBrackets(expr);
  if (shape) return `"${expr}" ${shape}`;
  let segments: string[];
  try {
    segments = pathArray(expr);
  } catch (error) {
    return `"${expr}" is not a valid JSONPath: ${(error as Error).message}`;
  }
  for (const segment of segments) {
    if (segment.includes('(') && !/^\?\(.*\)$/.test(segment) && !/^\(.*\)$/.test(segment)) {
      return `"${expr}" has an unbalanced filter near "${segment}"`;
    }
    if (segment.startsWith('?(')) {
      const regex = regexInFilter(segment);
      if (regex) return `"${expr}" ${regex}`;
      // Run the filter once on an empty object: a syntax error shows now, not mid-scan.
      try {
        jsonPathPlus()({ path: `$[${segment}]`, json: [{}], wrap: true, eval: 'safe', ignoreEvalErrors: false });
      } catch (error) {
        // jsep counts characters in its rewrite of the filter (`@` -> `_$_v`): drop them.
        const why = (error as Error).message.replace(/^jsonPath: /, '').replace(/ at character \d+/, '');
        if (!/Cannot read properties|undefined/.test(why)) return `"${expr}" has a bad filter expression: ${why}`;
      }
    }
  }
  return null;
}

/**
 * A filter may not run a regular expression: jsonpath-plus would run it on JavaScript's
 * backtracking engine (a `/…/` literal, or `.match()`, `.matchAll()`, `.search()`, which
 * turn even a string into one), where a pattern can take minutes on one cloud name. The
 * `matches` operator of a param condition runs patterns in linear time (safe-regex.ts).
 */
function regexInFilter(segment: string): string | null {
  // Blank out quoted strings, then look for a call or a `/` where an operand would start.
  const code = segment.replace(/'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, (q) => `'${' '.repeat(q.length - 2)}'`);
  const call = /\.\s*(match|matchAll|search)\s*\(/.exec(code);
  const literal = /(^|[^\w$)\].\s])\s*\//.exec(code.slice(2));
  if (!call && !literal) return null;
  const what = call ? `calls .${call[1]}()` : 'has a /regular expression/';
  return `${what} in a filter, which ctrlflow does not run (JavaScript's engine can take exponential time on it): select the values with the path and test them with a param condition's "matches" operator, which runs in linear time`;
}

/** What is wrong with the brackets, parentheses and quotes of a path, or null. */
function checkBrackets(expr: string): string | null {
  const open: { c: string; at: number }[] = [];
  let quote: string | null = null;
  for (let i = 0; i < expr.length; i += 1) {
    const c = expr[i]!;
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '(') open.push({ c, at: i });
    else if (c === ']' || c === ')') {
      const last = open.pop();
      if (last?.c !== (c === ']' ? '[' : '(')) return `has an unexpected "${c}" at column ${i + 1}`;
      // Outside a filter, `[]` selects nothing (inside one it may be an array literal).
      if (c === ']' && !open.some((o) => o.c === '(') && expr.slice(last.at + 1, i).trim() === '') return `has empty brackets at column ${last.at + 1}`;
    }
  }
  if (quote) return `has an unclosed ${quote}`;
  const last = open.pop();
  if (last) return `has an unclosed "${last.c}" at column ${last.at + 1}`;
  if (expr.endsWith('.') && !expr.endsWith('..')) return 'ends with "."';
  return null;
}

/** True when the path names one place (no wildcard, filter, slice, union or recursion). */
export function isDefiniteJsonPath(expr: string): boolean {
  return pathArray(expr).slice(1).every((s) => PLAIN.test(s));
}

/** A bad-jsonpath problem for each expression that does not parse, at its path in the node. */
export function checkJsonPaths(entries: [(string | number)[], string][]): Problem[] {
  return entries.flatMap(([path, expr]) => {
    const error = checkJsonPath(expr);
    return error ? [{ path, code: 'bad-jsonpath', message: error }] : [];
  });
}

/** A JSON object: an item as providers return it (providers/types.ts's Item). */
type JsonObject = Record<string, unknown>;

/**
 * `{ name: JSONPath }` to a projection of an item: a definite path gives its value (or null),
 * a path with wildcards or filters always gives a list. Shared by the formatter and report nodes.
 */
export function compileFields(fields: Record<string, string>): (item: JsonObject) => JsonObject {
  const readers = Object.entries(fields).map(([name, expr]) => [name, compileJsonPath(expr), isDefiniteJsonPath(expr)] as const);
  return (item) => {
    const out: JsonObject = {};
    for (const [name, read, definite] of readers) out[name] = definite ? (read(item)[0] ?? null) : read(item);
    return out;
  };
}
