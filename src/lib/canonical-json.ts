import { foldJson } from './json-walk.js';

/**
 * JSON with object keys sorted at every depth: equal values give equal strings (cache keys,
 * hashes). Params may carry cloud values, so the walk stops past MAX_WALK_DEPTH (JsonDepthError).
 * As JSON.stringify: an undefined member is left out of an object and is null in an array.
 */
export function canonicalJson(value: unknown): string {
  const text = foldJson<string | undefined>(value, {
    leaf: (v) => (v === undefined ? undefined : (JSON.stringify(v) ?? 'null')),
    array: (members) => `[${members.map((m) => m ?? 'null').join(',')}]`,
    object: (members) => {
      const present = members.filter((m): m is [string, string] => m[1] !== undefined);
      present.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return `{${present.map(([k, m]) => `${JSON.stringify(k)}:${m}`).join(',')}}`;
    },
  });
  return text ?? 'null';
}
