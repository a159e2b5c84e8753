import { walkDeeper } from './json-limits.js';

/**
 * JSON with object keys sorted at every depth: equal values give equal strings (cache keys,
 * hashes). Params may carry cloud values, so the walk stops past MAX_WALK_DEPTH (JsonDepthError).
 * As JSON.stringify: an undefined member is left out of an object and is null in an array.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  const parts: string[] = [];
  write(value, 0, parts);
  // One join, so the text is one flat string: a key built by `+=` was a rope of ~25 pieces, and
  // a scan holds a key per read (150,000 per-item reads: ~1 KB each as ropes, ~0.2 KB flat).
  return parts.join('');
}

/**
 * Its own loop rather than a foldJson (json-walk.ts): every read of a scan is keyed by it (2,252
 * calls in the demo), and building no path or member lists makes it about twice as fast.
 */
function write(value: unknown, depth: number, out: string[]): void {
  if (Array.isArray(value)) {
    walkDeeper(depth);
    out.push('[');
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out.push(',');
      if (value[i] === undefined) out.push('null');
      else write(value[i], depth + 1, out);
    }
    out.push(']');
  } else if (value !== null && typeof value === 'object') {
    walkDeeper(depth);
    out.push('{');
    let first = true;
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined) continue;
      out.push(first ? '' : ',', JSON.stringify(key), ':');
      first = false;
      write(member, depth + 1, out);
    }
    out.push('}');
  } else {
    out.push(JSON.stringify(value) ?? 'null');
  }
}
