import { isDeepStrictEqual } from 'node:util';
import { checkRegex, compileRegex } from '../lib/safe-regex.js';
import type { Problem } from '../model/problem.js';
import { redactText } from '../lib/redact.js';

/**
 * Equality as compliance checks need it: deep for objects, and `true`/`false` equal to the
 * strings "true"/"false" (APIs are not consistent about it), numbers equal to numeric strings.
 */
export function looselyEqual(a: unknown, b: unknown): boolean {
  if (isDeepStrictEqual(a, b)) return true;
  if (typeof a === 'boolean' && typeof b === 'string') return b.toLowerCase() === String(a);
  if (typeof b === 'boolean' && typeof a === 'string') return a.toLowerCase() === String(b);
  if (typeof a === 'number' && typeof b === 'string') return b.trim() !== '' && Number(b) === a;
  if (typeof b === 'number' && typeof a === 'string') return a.trim() !== '' && Number(a) === b;
  return false;
}

/** -1/0/1, or null when the two cannot be ordered (numbers, numeric strings, or two strings). */
export function compare(a: unknown, b: unknown): number | null {
  const na = toNumber(a);
  const nb = toNumber(b);
  if (na !== null && nb !== null) return Math.sign(na - nb);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return null;
}

function toNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

export function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

/** One value as itself, several as a list, none as null: how a Match reports what it saw. */
export function seenValue(values: unknown[]): unknown {
  if (values.length === 0) return null;
  return values.length === 1 ? values[0] : values;
}

/** Short text of a value for a reason line. */
export function show(v: unknown): string {
  // Masked before it is cut: no prefix of a secret may be shown.
  const text = redactText(typeof v === 'string' ? v : JSON.stringify(v) ?? 'undefined');
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/**
 * The value an operator compares with, checked alike for param and tags: present when the
 * operator needs one (missing-key), and for `matches` a pattern RE2 accepts (lib/safe-regex.ts).
 */
export function checkOperatorValue(config: { operator: string; value?: unknown }, needsValue: boolean): Problem[] {
  if (config.value === undefined) {
    return needsValue ? [{ path: ['operator'], code: 'missing-key', message: `operator "${config.operator}" needs a "value"` }] : [];
  }
  const problem = config.operator === 'matches' ? checkRegex(String(config.value)) : undefined;
  return problem ? [{ path: ['value'], ...problem }] : [];
}

/** The `matches` operator's test, compiled once: a seen string that the pattern finds (RE2, linear time). */
export function compileMatches(pattern: unknown): (seen: unknown) => boolean {
  const test = compileRegex(String(pattern));
  return (seen) => typeof seen === 'string' && test(seen);
}
