import { cidrContains, parseCidr } from '../../lib/cidr.js';

/**
 * EventBridge event patterns, matched locally (the pattern language of EventBridge rules,
 * as aws/event-ruler implements it):
 *   - a field's value is a list of matchers, any of which may match: a literal (string,
 *     number, boolean, null), or `{ prefix | suffix | equals-ignore-case | wildcard |
 *     anything-but | numeric | exists | cidr }`;
 *   - a nested object matches the event's object of that name; every field must match;
 *   - `$or: [pattern, pattern, …]` matches when one of the patterns does;
 *   - an array in the event matches when any of its elements does (for objects, all the
 *     fields of the pattern must match within the SAME element).
 * The pattern is assumed checked (pattern-check.ts); a malformed part simply never matches.
 */
export type EventPattern = Record<string, unknown>;

export const MATCHER_KEYS = ['anything-but', 'cidr', 'equals-ignore-case', 'exists', 'numeric', 'prefix', 'suffix', 'wildcard'] as const;

/** True when the event matches the pattern. */
export function matchesPattern(pattern: EventPattern, event: unknown): boolean {
  return matchNode(pattern, event);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function matchNode(pattern: EventPattern, node: unknown): boolean {
  // An array of objects is "crushed": some one element must match the whole sub-pattern.
  // An empty array holds no fields at all.
  if (Array.isArray(node)) return node.length === 0 ? matchNode(pattern, undefined) : node.some((element) => matchNode(pattern, element));
  const fields = isObject(node) ? node : {};
  return Object.entries(pattern).every(([key, sub]) => {
    if (key === '$or' && Array.isArray(sub)) return sub.some((branch) => isObject(branch) && matchNode(branch, node));
    if (Array.isArray(sub)) return matchLeaf(sub, Object.hasOwn(fields, key) ? fields[key] : undefined);
    return isObject(sub) && matchNode(sub, Object.hasOwn(fields, key) ? fields[key] : undefined);
  });
}

/** The leaf values a field holds: itself, or the scalars of a (nested) array; objects are not leaves. */
function leavesOf(value: unknown): unknown[] {
  if (value === undefined || isObject(value)) return [];
  if (Array.isArray(value)) return value.flatMap(leavesOf);
  return [value];
}

function matchLeaf(matchers: unknown[], value: unknown): boolean {
  const leaves = leavesOf(value);
  return matchers.some((m) => {
    if (isObject(m) && 'exists' in m) return m.exists === true ? leaves.length > 0 : leaves.length === 0;
    return leaves.some((leaf) => matchOne(m, leaf));
  });
}

function matchOne(matcher: unknown, leaf: unknown): boolean {
  if (!isObject(matcher)) return literalEquals(matcher, leaf);
  const [key, arg] = Object.entries(matcher)[0] ?? [];
  switch (key) {
    case 'prefix':
      return typeof leaf === 'string' && affix(arg, leaf, (s, p) => s.startsWith(p));
    case 'suffix':
      return typeof leaf === 'string' && affix(arg, leaf, (s, p) => s.endsWith(p));
    case 'equals-ignore-case':
      return typeof leaf === 'string' && typeof arg === 'string' && leaf.toLowerCase() === arg.toLowerCase();
    case 'wildcard':
      return typeof leaf === 'string' && typeof arg === 'string' && wildcardRegex(arg).test(leaf);
    case 'numeric':
      return typeof leaf === 'number' && Array.isArray(arg) && numericHolds(arg, leaf);
    case 'cidr': {
      const range = typeof arg === 'string' ? parseCidr(arg) : undefined;
      const address = typeof leaf === 'string' && !leaf.includes('/') ? parseCidr(leaf) : undefined;
      return range !== undefined && address !== undefined && cidrContains(range, address);
    }
    case 'anything-but':
      return anythingBut(arg, leaf);
    default:
      return false;
  }
}

/** Literals compare by type and value: "5" is not 5, "" is not null. */
function literalEquals(literal: unknown, leaf: unknown): boolean {
  return literal === leaf;
}

/** `prefix: "us-"` or `prefix: { equals-ignore-case: "EventB" }`. */
function affix(arg: unknown, leaf: string, test: (s: string, p: string) => boolean): boolean {
  if (typeof arg === 'string') return test(leaf, arg);
  const folded = isObject(arg) ? arg['equals-ignore-case'] : undefined;
  return typeof folded === 'string' && test(leaf.toLowerCase(), folded.toLowerCase());
}

function anythingBut(arg: unknown, leaf: unknown): boolean {
  if (Array.isArray(arg)) return !arg.some((x) => literalEquals(x, leaf));
  if (!isObject(arg)) return !literalEquals(arg, leaf);
  if (typeof leaf !== 'string') return false;
  const [key, inner] = Object.entries(arg)[0] ?? [];
  const many = (Array.isArray(inner) ? inner : [inner]).filter((x): x is string => typeof x === 'string');
  switch (key) {
    case 'prefix':
      return !many.some((p) => leaf.startsWith(p));
    case 'suffix':
      return !many.some((p) => leaf.endsWith(p));
    case 'equals-ignore-case':
      return !many.some((p) => p.toLowerCase() === leaf.toLowerCase());
    case 'wildcard':
      return !many.some((p) => wildcardRegex(p).test(leaf));
    default:
      return false;
  }
}

const NUMERIC_TESTS: Record<string, (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
};

/** `[">", 0, "<=", 5]`: every (operator, bound) pair holds. */
function numericHolds(conditions: unknown[], value: number): boolean {
  for (let i = 0; i + 1 < conditions.length; i += 2) {
    const test = NUMERIC_TESTS[String(conditions[i])];
    const bound = conditions[i + 1];
    if (!test || typeof bound !== 'number' || !test(value, bound)) return false;
  }
  return conditions.length > 0;
}

const wildcards = new Map<string, RegExp>();

/** `*` is any run of characters; `\*` a literal star and `\\` a literal backslash. */
export function wildcardRegex(pattern: string): RegExp {
  let re = wildcards.get(pattern);
  if (!re) {
    let source = '';
    for (let i = 0; i < pattern.length; i += 1) {
      const c = pattern[i]!;
      if (c === '\\' && i + 1 < pattern.length) source += escapeRegex(pattern[++i]!);
      else source += c === '*' ? '.*' : escapeRegex(c);
    }
    re = new RegExp(`^${source}$`, 's');
    wildcards.set(pattern, re);
  }
  return re;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
