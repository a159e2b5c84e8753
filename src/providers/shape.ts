import { pathArray } from '../lib/json-path.js';
import type { Problem } from '../model/problem.js';
import { closest } from '../model/validate.js';

/**
 * What the items of a node look like, as far as it is known before anything is read: the
 * output shape of the cloud call that produced them (an AWS SDK operation's structure,
 * providers/aws/shapes.ts), then changed by each node on the way (addons, perItem joins,
 * formatter fields …). `unknown` is "anything": nothing is checked below it. Members are
 * lazy, as cloud schemas are recursive.
 */
export type Shape =
  | { kind: 'struct'; name: string; members: () => ReadonlyMap<string, Shape>; origin?: string; gone?: Readonly<Record<string, string>> }
  | { kind: 'list'; member: () => Shape }
  | { kind: 'map'; value: () => Shape }
  | { kind: 'scalar'; type: 'string' | 'number' | 'boolean' | 'timestamp' | 'blob' }
  | { kind: 'unknown' };

export type StructShape = Extract<Shape, { kind: 'struct' }>;

export const UNKNOWN: Shape = { kind: 'unknown' };
export const STRING: Shape = { kind: 'scalar', type: 'string' };
export const BOOLEAN: Shape = { kind: 'scalar', type: 'boolean' };

type Lazy = Shape | (() => Shape);
const force = (s: Lazy): Shape => (typeof s === 'function' ? s() : s);

/** A structure; `members` may be computed when first asked (recursive schemas). */
export function struct(name: string, members: Record<string, Lazy> | (() => Record<string, Lazy>), origin?: string): StructShape {
  let cached: ReadonlyMap<string, Shape> | undefined;
  const all = () => {
    cached ??= new Map(Object.entries(typeof members === 'function' ? members() : members).map(([k, v]) => [k, force(v)]));
    return cached;
  };
  return { kind: 'struct', name, members: all, ...(origin === undefined ? {} : { origin }) };
}

export function listOf(member: Lazy): Shape {
  return { kind: 'list', member: () => force(member) };
}

export function mapOf(value: Lazy): Shape {
  return { kind: 'map', value: () => force(value) };
}

/** The struct with members added (or replaced); anything else is unknown, as its members cannot be known. */
export function withMembers(base: Shape, extra: Record<string, Lazy>): Shape {
  if (base.kind !== 'struct') return UNKNOWN;
  return { ...struct(base.name, () => ({ ...Object.fromEntries(base.members()), ...extra }), base.origin), ...(base.gone ? { gone: base.gone } : {}) };
}

/**
 * The struct without some members (paging keys, `omit`), renamed ones under their new name.
 * With `by` (the node that did it), a read of a removed or renamed key says where it went.
 */
export function reshapeMembers(base: StructShape, rename: Record<string, string>, omit: ReadonlySet<string>, by?: string): StructShape {
  const shape = struct(base.name, () => Object.fromEntries([...base.members()].flatMap(([k, v]) => (omit.has(k) ? [] : [[rename[k] ?? k, v]]))), base.origin);
  if (by === undefined) return shape;
  const gone: Record<string, string> = { ...base.gone };
  for (const [from, to] of Object.entries(rename)) gone[from] = `renamed "${to}" by ${by}`;
  for (const key of omit) gone[key] = `omitted by ${by}`;
  return { ...shape, gone };
}

/** The shape a value found by `read` has as a new item: a list's elements, else itself. */
export function elementsOf(shape: Shape): Shape {
  return shape.kind === 'list' ? shape.member() : shape;
}

export function describeShape(shape: Shape): string {
  switch (shape.kind) {
    case 'struct': return shape.name;
    case 'list': return 'a list';
    case 'map': return 'a map';
    case 'scalar': return `a ${shape.type}`;
    case 'unknown': return 'anything';
  }
}

/** A key read against a shape: what it finds, or why it finds nothing. */
export type Resolved = { shape: Shape } | { error: string };

const PLAIN = /^(?:[A-Za-z_][\w$-]*|\$[\w$-]+)$/;
const INDEX = /^-?\d+$/;

/**
 * What a JSONPath (already checked to parse) reads from an item of this shape, following it
 * segment by segment as the scan's reader would (lib/json-path.ts): a member of a
 * structure, any key of a map, an element of a list (`[*]`, `[0]`, a filter), a string's or
 * list's `length`. A name the structure lacks is an error with the closest member; a name on a
 * list (`$.Tags.Key` for `$.Tags[*].Key`) or inside a number is an error too. A wildcard over a
 * structure, recursion (`..`) or anything unknown stops the check (the shape is then unknown).
 */
export function resolveJsonPath(root: Shape, expr: string): Resolved {
  let segments: string[];
  try {
    segments = pathArray(expr).slice(1);
  } catch {
    return { shape: UNKNOWN };
  }
  let shape = root;
  let at = '$';
  const origin = root.kind === 'struct' && root.origin !== undefined ? ` (${root.origin})` : '';
  for (const segment of segments) {
    if (shape.kind === 'unknown' || segment === '..') return { shape: UNKNOWN };
    const where = at === '$' ? `${describeShape(shape)}${origin}` : `${describeShape(shape)} at ${at}`;
    const next = step(shape, segment);
    if ('error' in next) return { error: `"${expr}": ${where} ${next.error}` };
    shape = next.shape;
    at = PLAIN.test(segment) ? `${at}.${segment}` : `${at}[${segment}]`;
  }
  return { shape };
}

function step(shape: Exclude<Shape, { kind: 'unknown' }>, segment: string): Resolved {
  const many = segment === '*' || /^\?\(.*\)$/s.test(segment) || segment.includes(':') || segment.includes(',');
  switch (shape.kind) {
    case 'list':
      if (many || INDEX.test(segment)) return { shape: shape.member() };
      if (segment === 'length') return { shape: { kind: 'scalar', type: 'number' } };
      return { error: `has no member "${segment}": a list's elements are read with [*] (…[*].${segment}) or [0]` };
    case 'map':
      return { shape: shape.value() };
    case 'scalar':
      if (segment === 'length' && shape.type === 'string') return { shape: { kind: 'scalar', type: 'number' } };
      if (INDEX.test(segment) && shape.type === 'string') return { shape };
      return { error: `has no members (${segment === '*' ? '[*]' : `"${segment}"`} finds nothing in it)` };
    case 'struct': {
      if (many) return { shape: UNKNOWN };
      const members = shape.members();
      const found = members.get(segment);
      if (found) return { shape: found };
      const gone = shape.gone?.[segment];
      if (gone !== undefined) return { error: `has no member "${segment}" (${gone})` };
      const names = [...members.keys()].sort();
      const near = closest(segment, names);
      const hint = near ? `did you mean "${near}"?` : names.length === 0 ? 'it has none' : `members: ${names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ')}`;
      return { error: `has no member "${segment}" (${hint})` };
    }
  }
}

/**
 * What a node reads from its input items, for `validate` to check against their shape: one
 * JSONPath, or (a condition that looks in several places, such as tags) any one of several.
 * `at` is where in the node the key is written.
 */
export type KeyRead =
  | { at: (string | number)[]; path: string }
  | { at: (string | number)[]; anyOf: string[]; what: string };

/** Each read the shape cannot satisfy, as a problem at its place (code `unknown-member`). */
export function checkKeyReads(shape: Shape, reads: KeyRead[]): Problem[] {
  if (shape.kind === 'unknown') return [];
  return reads.flatMap((read): Problem[] => {
    if ('path' in read) {
      const found = resolveJsonPath(shape, read.path);
      return 'error' in found ? [{ path: read.at, code: 'unknown-member', message: found.error }] : [];
    }
    if (read.anyOf.some((path) => !('error' in resolveJsonPath(shape, path)))) return [];
    const origin = shape.kind === 'struct' && shape.origin !== undefined ? ` (${shape.origin})` : '';
    return [{ path: read.at, code: 'unknown-member', message: `${read.what}: ${describeShape(shape)}${origin} has none of ${read.anyOf.join(', ')}` }];
  });
}
