import { JSONPath } from 'jsonpath-plus';

/** Reads every value a JSONPath finds in an item; compiled once per flow, run per item. */
export type JsonPathReader = (item: unknown) => unknown[];

const PLAIN = /^(?:[A-Za-z_$][\w$-]*|\d+)$/;

/**
 * Parse once. Paths made only of property names and indices (`$.a.b[0]`) are walked
 * directly: they are most keys, and a direct walk is far cheaper than the generic evaluator
 * on 100k items. Anything else (wildcards, filters, recursion) goes to jsonpath-plus with its
 * safe evaluator: filter expressions are interpreted, never run as JavaScript.
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
  const path = ['$', ...segments];
  return (item) => JSONPath({ path, json: item as object, wrap: true, eval: 'safe' }) as unknown[];
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
        JSONPath({ path: ['$', segment], json: [{}], wrap: true, eval: 'safe', ignoreEvalErrors: false });
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
