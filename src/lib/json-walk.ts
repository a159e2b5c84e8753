import { walkDeeper } from './json-limits.js';

/** Where a value sits inside the value walked: object keys and array indexes, outermost first. */
export type JsonPath = (string | number)[];

/**
 * What a walk makes of each part of a JSON-like value, bottom up: `leaf` for anything that is
 * not an array or a non-null object (strings, numbers, booleans, null, undefined); `array` and
 * `object` for a container, given what the walk already made of its members (in order; object
 * members as [key, result] pairs in Object.entries order).
 */
export interface JsonFold<R> {
  leaf(value: unknown, path: JsonPath): R;
  array(members: R[], path: JsonPath): R;
  object(members: [string, R][], path: JsonPath): R;
}

/**
 * The one recursive walker of data: variable substitution, templates, canonical JSON and their
 * checks are each a JsonFold. Stops past MAX_WALK_DEPTH with a JsonDepthError (json-limits.ts),
 * so a deep value fails its node instead of overflowing the stack.
 */
export function foldJson<R>(value: unknown, fold: JsonFold<R>, path: JsonPath = []): R {
  if (Array.isArray(value)) {
    walkDeeper(path.length);
    return fold.array(
      value.map((member: unknown, i) => foldJson(member, fold, [...path, i])),
      path,
    );
  }
  if (value !== null && typeof value === 'object') {
    walkDeeper(path.length);
    return fold.object(
      Object.entries(value).map(([key, member]): [string, R] => [key, foldJson(member, fold, [...path, key])]),
      path,
    );
  }
  return fold.leaf(value, path);
}

/** A fold that collects: each leaf gives a list, containers join their members' lists. */
export function collectJson<T>(value: unknown, leaf: (value: unknown, path: JsonPath) => T[], path: JsonPath = []): T[] {
  return foldJson<T[]>(
    value,
    {
      leaf,
      array: (members) => members.flat(),
      object: (members) => members.flatMap(([, found]) => found),
    },
    path,
  );
}

/** A copy of a value with every leaf replaced by `leaf`'s answer; arrays and objects keep their shape. */
export function mapJsonLeaves(value: unknown, leaf: (value: unknown, path: JsonPath) => unknown): unknown {
  return foldJson<unknown>(value, { leaf, array: (members) => members, object: (members) => Object.fromEntries(members) });
}
