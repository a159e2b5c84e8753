import { parseCidr } from '../../lib/cidr.js';
import type { Problem } from '../../model/problem.js';
import { MATCHER_KEYS } from './pattern.js';

/**
 * Every mistake in an event pattern, with its path inside the pattern, so `validate` points
 * at the line (as EventBridge's PutRule would refuse the pattern).
 */
export function checkPattern(pattern: unknown): Problem[] {
  if (!isObject(pattern)) return [bad([], 'an event pattern is a map of event fields (e.g. source: [aws.ec2])')];
  return checkObject(pattern, []);
}

type Path = (string | number)[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const bad = (path: Path, message: string): Problem => ({ path, code: 'bad-pattern', message });
const isLiteral = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

function checkObject(pattern: Record<string, unknown>, at: Path): Problem[] {
  const entries = Object.entries(pattern);
  if (entries.length === 0) return [bad(at, 'an empty pattern matches nothing: name at least one field')];
  return entries.flatMap(([key, value]): Problem[] => {
    const path = [...at, key];
    if (key === '$or') {
      if (!Array.isArray(value) || value.length < 2 || !value.every(isObject)) return [bad(path, '$or takes a list of at least two patterns')];
      return value.flatMap((branch, i) => checkObject(branch as Record<string, unknown>, [...path, i]));
    }
    if (isObject(value)) return checkObject(value, path);
    if (!Array.isArray(value)) return [bad(path, `the value of "${key}" must be a list of matchers (e.g. ["${String(value)}"]) or a nested pattern`)];
    if (value.length === 0) return [bad(path, `"${key}" has an empty list, which matches nothing`)];
    return value.flatMap((matcher, i) => checkMatcher(matcher, [...path, i]));
  });
}

function checkMatcher(matcher: unknown, at: Path): Problem[] {
  if (isLiteral(matcher)) return [];
  if (!isObject(matcher)) return [bad(at, 'a matcher is a value (string, number, true, false, null) or a map such as { prefix: "us-" }')];
  const keys = Object.keys(matcher);
  const known = keys.filter((k) => (MATCHER_KEYS as readonly string[]).includes(k));
  if (keys.length !== 1 || known.length !== 1) {
    return [bad(at, `a matcher has exactly one of: ${MATCHER_KEYS.join(', ')} (got ${keys.map((k) => `"${k}"`).join(', ') || 'none'})`)];
  }
  const key = keys[0]!;
  const arg = matcher[key];
  const path = [...at, key];
  switch (key) {
    case 'prefix':
    case 'suffix':
      return typeof arg === 'string' || (isObject(arg) && Object.keys(arg).length === 1 && typeof arg['equals-ignore-case'] === 'string')
        ? []
        : [bad(path, `${key} takes a string, or { equals-ignore-case: string }`)];
    case 'equals-ignore-case':
      return typeof arg === 'string' ? [] : [bad(path, 'equals-ignore-case takes a string')];
    case 'wildcard':
      return typeof arg === 'string' ? checkWildcard(arg, path) : [bad(path, 'wildcard takes a string')];
    case 'exists':
      return typeof arg === 'boolean' ? [] : [bad(path, 'exists takes true or false')];
    case 'cidr':
      return typeof arg === 'string' && parseCidr(arg) ? [] : [bad(path, `cidr takes an IPv4 or IPv6 range such as 10.0.0.0/24 (got ${JSON.stringify(arg)})`)];
    case 'numeric':
      return checkNumeric(arg, path);
    default:
      return checkAnythingBut(arg, path);
  }
}

/** A star at a time (no `**`); a backslash escapes only `*` or `\`. */
function checkWildcard(text: string, at: Path): Problem[] {
  if (text.includes('**')) return [bad(at, `wildcard "${text}" has consecutive *: use one`)];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] !== '\\') continue;
    if (text[i + 1] !== '*' && text[i + 1] !== '\\') return [bad(at, `wildcard "${text}": a backslash escapes only * or \\`)];
    i += 1;
  }
  return [];
}

const LOWER = ['>', '>='];
const UPPER = ['<', '<='];

/** `["=", 5]`, `[">", 0]`, or a range `[">", 0, "<=", 5]` whose lower bound comes first. */
function checkNumeric(arg: unknown, at: Path): Problem[] {
  const usage = 'numeric takes [operator, number] or a range [">" or ">=", low, "<" or "<=", high]';
  if (!Array.isArray(arg) || (arg.length !== 2 && arg.length !== 4)) return [bad(at, usage)];
  const [op1, n1, op2, n2] = arg as unknown[];
  if (typeof n1 !== 'number' || (arg.length === 4 && typeof n2 !== 'number')) return [bad(at, `${usage}: the bounds must be numbers`)];
  if (arg.length === 2) return ['=', ...LOWER, ...UPPER].includes(String(op1)) ? [] : [bad(at, `${usage}: unknown operator ${JSON.stringify(op1)}`)];
  if (!LOWER.includes(String(op1)) || !UPPER.includes(String(op2))) return [bad(at, usage)];
  return n1 < (n2 as number) ? [] : [bad(at, `numeric range is empty: ${n1} is not below ${String(n2)}`)];
}

function checkAnythingBut(arg: unknown, at: Path): Problem[] {
  const usage = 'anything-but takes a string, a number, a list of only strings or only numbers, or { prefix | suffix | equals-ignore-case | wildcard }';
  if (typeof arg === 'string' || typeof arg === 'number') return [];
  if (Array.isArray(arg)) {
    const allStrings = arg.every((x) => typeof x === 'string');
    const allNumbers = arg.every((x) => typeof x === 'number');
    return arg.length > 0 && (allStrings || allNumbers) ? [] : [bad(at, usage)];
  }
  if (!isObject(arg) || Object.keys(arg).length !== 1) return [bad(at, usage)];
  const [key, inner] = Object.entries(arg)[0]!;
  const path = [...at, key];
  if (key === 'prefix' || key === 'suffix') return typeof inner === 'string' ? [] : [bad(path, `anything-but ${key} takes a string`)];
  if (key === 'equals-ignore-case' || key === 'wildcard') {
    const list = Array.isArray(inner) ? inner : [inner];
    if (list.length === 0 || !list.every((x) => typeof x === 'string')) return [bad(path, `anything-but ${key} takes a string or a list of strings`)];
    return key === 'wildcard' ? list.flatMap((w) => checkWildcard(w as string, path)) : [];
  }
  return [bad(at, usage)];
}
