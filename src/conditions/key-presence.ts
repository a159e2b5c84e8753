import { closest } from '../model/validate.js';
import { compileJsonPath, pathArray, plainJsonPath } from '../lib/json-path.js';

/**
 * Whether a condition's key is there at all on one item, for the scan's check of keys no item
 * had (where no schema let `validate` check them: Azure Resource Graph, Cloud Asset, HTTP).
 * `found`: the path reached a value (null included: the key is there). `absent`: it stopped
 * only where an object lacked the named member (`member`, with the object `within`, whose own keys
 * give a "did you mean"). `inconclusive`: it stopped at an empty list, a null or scalar on the way, or
 * a segment this walk does not follow (a filter, a slice, recursion): nothing says the key is
 * wrong.
 */
export type Presence = { state: 'found' } | { state: 'absent'; member: string; within: object } | { state: 'inconclusive' };

const NAME = /^(?:[A-Za-z_][\w$-]*|\$[\w$-]+)$/;
const INDEX = /^\d+$/;
const FOUND: Presence = { state: 'found' };
const INCONCLUSIVE: Presence = { state: 'inconclusive' };

export function compileKeyPresence(expr: string): (item: unknown) => Presence {
  let segments: string[];
  try {
    segments = pathArray(expr).slice(1);
  } catch {
    return () => INCONCLUSIVE;
  }
  // What the condition itself reads: any value found is the key found (filters included). A
  // plain path (most keys) is read without a list per item.
  const plain = plainJsonPath(expr);
  const read = compileJsonPath(expr);
  const found = plain ? (item: unknown) => plain(item) !== undefined : (item: unknown) => read(item).length > 0;
  return (item) => {
    try {
      if (found(item)) return FOUND;
    } catch {
      return INCONCLUSIVE;
    }
    let frontier: unknown[] = [item];
    let absent: Presence | undefined;
    for (const segment of segments) {
      const next: unknown[] = [];
      if (segment === '*') {
        for (const value of frontier) if (value !== null && typeof value === 'object') for (const child of Object.values(value)) next.push(child);
      } else if (INDEX.test(segment)) {
        for (const value of frontier) if (Array.isArray(value) && Number(segment) < value.length) next.push(value[Number(segment)]);
      } else if (NAME.test(segment)) {
        for (const value of frontier) {
          if (value === null || typeof value !== 'object') {
            if (segment === 'length' && typeof value === 'string') next.push(value.length);
            continue;
          }
          if (Array.isArray(value)) {
            if (segment === 'length') next.push(value.length);
            continue;
          }
          if (Object.hasOwn(value, segment)) next.push((value as Record<string, unknown>)[segment]);
          else absent ??= { state: 'absent', member: segment, within: value };
        }
      } else {
        return frontier.length > 0 ? INCONCLUSIVE : (absent ?? INCONCLUSIVE);
      }
      frontier = next;
      if (frontier.length === 0) return absent ?? INCONCLUSIVE;
    }
    return FOUND;
  };
}

/** How often a condition's key was found on the items an evaluate node judged, on one target. */
export interface KeyTally {
  condition: string;
  key: string;
  found: number;
  absent: number;
  /** The first item it was absent from: the member missing and the closest key that item had. */
  missing?: { member: string; nearest?: string };
}

/** Counts one item into the tally. */
export function tallyPresence(tally: KeyTally, presence: Presence): void {
  if (presence.state === 'found') tally.found += 1;
  else if (presence.state === 'absent') {
    tally.absent += 1;
    if (!tally.missing) {
      const nearest = closest(presence.member, Object.keys(presence.within));
      tally.missing = { member: presence.member, ...(nearest === undefined ? {} : { nearest }) };
    }
  }
}
