import { createHash, hash } from 'node:crypto';
import type { Result } from '../../src/model/result.js';

/**
 * Identifiers the finding formats (ASFF, OCSF, OSCAL) share. A finding's id is a hash of
 * everything that names it (control, cloud, account, region, resource), never a truncation
 * of it: equal for the same finding in every run, distinct for any two (SHA-256), whatever
 * the length or characters of a cloud's resource ids.
 */
export function findingDigest(r: Pick<Result, 'controlId' | 'provider' | 'account' | 'region' | 'resourceId'>): string {
  return hash('sha256', JSON.stringify([r.controlId, r.provider, r.account, r.region, r.resourceId ?? null]), 'hex');
}

/** ctrlflow's own namespace for name-based UUIDs (a random v4, fixed here once). */
export const CTRLFLOW_UUID_NAMESPACE = '6f1d4a52-5b0e-4c57-9a43-1f6c2f1e8d3b';

/** An RFC 9562 version 5 (SHA-1, name-based) UUID: the same name in the same namespace gives the same UUID. */
export function uuidV5(name: string, namespace = CTRLFLOW_UUID_NAMESPACE): string {
  const bytes = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `text` cut to at most `max` characters, marked with … when cut (the limits of ASFF fields). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never half of a surrogate pair.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}
