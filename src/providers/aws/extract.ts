import { compileJsonPath, type JsonPathReader } from '../../lib/json-path.js';
import { TargetReadError, type ApiCall, type Item } from '../types.js';
import { decodeCredentialReport } from './credential-report.js';
import { isCredentialReport } from './names.js';

/** Response keys that are paging, never data: the tokens a next page is asked with, and the truncation flags. */
export const PAGING_KEYS: ReadonlySet<string> = new Set([
  '$metadata',
  'NextToken',
  'nextToken',
  'Marker',
  'NextMarker',
  'ContinuationToken',
  'NextContinuationToken',
  'IsTruncated',
  'Truncated',
]);

/** A page that holds no list and so gives no item: `{}`, or a List…/Describe… page without any list (recorded-page.ts holds these to the SDK's shape). */
export function givesNoItem(call: ApiCall, page: Item): boolean {
  if (Object.values(page).some(Array.isArray)) return false;
  return /^(List|Describe)/.test(call.method) || Object.keys(page).every((k) => PAGING_KEYS.has(k));
}

const readers = new Map<string, JsonPathReader>();

/**
 * The items of one page of an AWS SDK v3 response, the way QFlow nodes see them. Shared by the
 * snapshot reader and the live provider so both yield the same items:
 * - `items:` given: what that JSONPath finds in the page (paging keys left out); a list found is its elements;
 * - else the page's one list (SecurityGroups, DBInstances …);
 * - a page with no list is ONE item: the response without paging keys (GetAccountPasswordPolicy);
 *   for a List or Describe call an empty remainder is no item (a service left an empty list out);
 * - several lists without `items:` cannot be told apart: an ERROR naming them.
 * DescribeInstances is unwrapped from its reservations, AWS Config rows are JSON strings, and
 * the credential report is its CSV decoded: those three are the API's shapes, not a choice.
 */
export function extractAwsItems(call: ApiCall, page: Item): Item[] {
  if (isCredentialReport(call.service, call.method)) return decodeCredentialReport(String(page.Content ?? ''));
  const data = Object.fromEntries(Object.entries(page).filter(([k]) => !PAGING_KEYS.has(k)));
  if (call.items !== undefined) return pick(call.items, data);
  if (call.method === 'DescribeInstances') {
    // Instances come grouped by reservation; a control is about instances.
    return list(data.Reservations).flatMap((r) => list(r.Instances));
  }
  if (isConfigQuery(call)) {
    return list(data.Results).map((row) => JSON.parse(String(row)) as Item);
  }
  const lists = Object.entries(data).filter(([, v]) => Array.isArray(v));
  if (lists.length === 1) return lists[0]![1] as Item[];
  if (lists.length === 0) return Object.keys(data).length === 0 && /^(List|Describe)/.test(call.method) ? [] : [data];
  const names = lists.map(([k]) => k);
  throw new TargetReadError(
    'AmbiguousItems',
    `${call.service}.${call.method} answered several lists (${names.join(', ')}): say which holds the items with items: (e.g. items: "$.${names[0]}[*]"), or single: true for the whole answer`,
    call,
  );
}

/** An AWS Config query: its answer's rows are JSON texts, each parsed into an item. */
export function isConfigQuery(call: ApiCall): boolean {
  return call.method === 'SelectResourceConfig' || call.method === 'SelectAggregateResourceConfig';
}

function pick(path: string, data: Item): Item[] {
  let read = readers.get(path);
  if (!read) {
    read = compileJsonPath(path);
    readers.set(path, read);
  }
  return read(data).flatMap((found) => (Array.isArray(found) ? (found as Item[]) : [found as Item]));
}

function list(v: unknown): Item[] {
  return Array.isArray(v) ? (v as Item[]) : [];
}
