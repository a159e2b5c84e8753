import { walkDeeper } from './json-limits.js';

/**
 * JSON with object keys sorted at every depth: equal values give equal strings (cache keys,
 * hashes). Params may carry cloud values, so the walk stops past MAX_WALK_DEPTH (JsonDepthError).
 */
export function canonicalJson(value: unknown, depth = 0): string {
  if (Array.isArray(value)) {
    const next = walkDeeper(depth);
    return `[${value.map((v) => canonicalJson(v, next)).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    const next = walkDeeper(depth);
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k], next)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
