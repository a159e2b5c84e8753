import type { Item } from '../types.js';

/** Response keys that are pagination, never items. */
const PAGING_KEYS = new Set(['NextToken', 'Marker', 'nextToken', 'NextMarker', '$metadata']);

/**
 * The items of one page of an AWS SDK v3 response, the way QFlow nodes see them: the page's
 * one list (SecurityGroups, DBInstances …), with the few nested or encoded shapes unwrapped.
 * Shared by the snapshot reader and the live provider so both yield the same items.
 */
export function extractAwsItems(method: string, page: Item): Item[] {
  if (method === 'DescribeInstances') {
    // Instances come grouped by reservation; a control is about instances.
    return list(page.Reservations).flatMap((r) => list(r.Instances));
  }
  if (method === 'SelectResourceConfig' || method === 'SelectAggregateResourceConfig') {
    // AWS Config returns each row as a JSON string.
    return (Array.isArray(page.Results) ? page.Results : []).map((row) => JSON.parse(String(row)) as Item);
  }
  const lists = Object.entries(page).filter(([k, v]) => !PAGING_KEYS.has(k) && Array.isArray(v));
  if (lists.length === 1) return lists[0]![1] as Item[];
  if (lists.length === 0) return [];
  throw new Error(`${method} response has several lists (${lists.map(([k]) => k).join(', ')}); cannot tell which holds the items`);
}

function list(v: unknown): Item[] {
  return Array.isArray(v) ? (v as Item[]) : [];
}
