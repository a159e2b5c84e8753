import { walkDeeper } from './json-limits.js';

/**
 * JSON with object keys sorted at every depth: equal values give equal strings (cache keys,
 * hashes). Params may carry cloud values, so the walk stops past MAX_WALK_DEPTH (JsonDepthError).
 * As JSON.stringify: an undefined member is left out of an object and is null in an array.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, 0) ?? 'null';
}

/**
 * Its own loop rather than a foldJson (json-walk.ts): every read of a scan is keyed by it (2,252
 * calls in the demo), and building no path or member lists makes it about twice as fast.
 */
function canonical(value: unknown, depth: number): string | undefined {
  if (Array.isArray(value)) {
    walkDeeper(depth);
    let text = '';
    for (let i = 0; i < value.length; i += 1) text += `${i > 0 ? ',' : ''}${canonical(value[i], depth + 1) ?? 'null'}`;
    return `[${text}]`;
  }
  if (value !== null && typeof value === 'object') {
    walkDeeper(depth);
    let text = '';
    for (const key of Object.keys(value).sort()) {
      const member = canonical((value as Record<string, unknown>)[key], depth + 1);
      if (member !== undefined) text += `${text === '' ? '' : ','}${JSON.stringify(key)}:${member}`;
    }
    return `{${text}}`;
  }
  return value === undefined ? undefined : (JSON.stringify(value) ?? 'null');
}
