import { JSONPath } from 'jsonpath-plus';
import type { Problem } from '../model/problem.js';
import type { Item } from '../providers/types.js';
import { compileFilter, type FilterPredicate } from './filter-expression.js';

/** Reads every value a JSONPath finds in an item; compiled once per flow, run per item. */
export type JsonPathReader = (item: unknown) => unknown[];

const PLAIN = /^(?:[A-Za-z_$][\w$-]*|\d+)$/;

/**
 * Parse once. Paths made of property names, indices, `*` and filters in the common subset
 * (see filter-expression.ts) are walked directly: they are nearly all keys, and a direct walk
 * is many times cheaper than the generic evaluator on 100k items. Anything else (slices,
 * unions, recursion, filters with calls or @root) goes to jsonpath-plus with its safe
 * evaluator: filter expressions are interpreted, never run as JavaScript.
 */
export function compileJsonPath(expr: string): JsonPathReader {
  const segments = JSONPath.toPathArray(expr).slice(1);
  if (segments.every((s) => PLAIN.test(s))) {
    return (item) => {
      let value: unknown = item;
      for (const key of segments) {
        if (value === null || typeof value !== 'object') return [];
        value = (value as Record<string, unknown>)[key];
      }
      return value === undefined ? [] : [value];
    };
  }
  const steps = segments.map(toStep);
  if (steps.every((s) => s !== undefined)) return walker(steps as Step[]);
  // The string form: jsonpath-plus caches its parse, and given a path array it walks filters
  // differently (negative filters return descendants too).
  return (item) => JSONPath({ path: expr, json: item as object, wrap: true, eval: 'safe' }) as unknown[];
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

/** Walks the steps over lists and objects the way jsonpath-plus does (tested against it). */
function walker(steps: Step[]): JsonPathReader {
  return (item) => {
    let frontier: unknown[] = [item];
    for (const step of steps) {
      const next: unknown[] = [];
      for (const value of frontier) {
        if (value === null || typeof value !== 'object') continue;
        if (step.kind === 'key') {
          const child = (value as Record<string, unknown>)[step.key];
          if (child !== undefined) next.push(child);
          continue;
        }
        for (const child of Array.isArray(value) ? value : Object.values(value)) {
          if (child !== undefined && (step.kind === 'all' || step.keep(child))) next.push(child);
        }
      }
      frontier = next;
    }
    return frontier;
  };
}

/** An error message when `expr` is not a usable JSONPath, else null. */
export function checkJsonPath(expr: string): string | null {
  if (!expr.startsWith('$')) return `"${expr}" is not a JSONPath: it must start with $ (e.g. $.${expr})`;
  let segments: string[];
  try {
    segments = JSONPath.toPathArray(expr);
  } catch (error) {
    return `"${expr}" is not a valid JSONPath: ${(error as Error).message}`;
  }
  for (const segment of segments) {
    if (segment.includes('(') && !/^\?\(.*\)$/.test(segment) && !/^\(.*\)$/.test(segment)) {
      return `"${expr}" has an unbalanced filter near "${segment}"`;
    }
    if (segment.startsWith('?(')) {
      // Run the filter once on an empty object: a syntax error shows now, not mid-scan.
      try {
        JSONPath({ path: `$[${segment}]`, json: [{}], wrap: true, eval: 'safe', ignoreEvalErrors: false });
      } catch (error) {
        const why = (error as Error).message.replace(/^jsonPath: /, '');
        if (!/Cannot read properties|undefined/.test(why)) return `"${expr}" has a bad filter expression: ${why}`;
      }
    }
  }
  return null;
}

/** True when the path names one place (no wildcard, filter, slice, union or recursion). */
export function isDefiniteJsonPath(expr: string): boolean {
  return JSONPath.toPathArray(expr).slice(1).every((s) => PLAIN.test(s));
}

/** A bad-jsonpath problem for each expression that does not parse, at its path in the node. */
export function checkJsonPaths(entries: [(string | number)[], string][]): Problem[] {
  return entries.flatMap(([path, expr]) => {
    const error = checkJsonPath(expr);
    return error ? [{ path, code: 'bad-jsonpath', message: error }] : [];
  });
}

/**
 * `{ name: JSONPath }` to a projection of an item: a definite path gives its value (or null),
 * a path with wildcards or filters always gives a list. Shared by the formatter and report nodes.
 */
export function compileFields(fields: Record<string, string>): (item: Item) => Item {
  const readers = Object.entries(fields).map(([name, expr]) => [name, compileJsonPath(expr), isDefiniteJsonPath(expr)] as const);
  return (item) => {
    const out: Item = {};
    for (const [name, read, definite] of readers) out[name] = definite ? (read(item)[0] ?? null) : read(item);
    return out;
  };
}
