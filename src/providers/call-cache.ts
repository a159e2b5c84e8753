import { MAX_JSON_DEPTH, valueDepth } from '../lib/json-limits.js';
import { canonicalJson } from '../lib/canonical-json.js';
import { TargetReadError, type ApiCall, type InventoryProvider, type Item, type Target } from './types.js';

export interface CallStats {
  /** `Service.Method` -> distinct calls made (once per target and params). */
  calls: Record<string, number>;
}

/**
 * Each distinct (target, service, method, params, items, region) is fetched once per scan and shared by
 * every flow and control that needs it; a failure is shared too, so an unreadable target is
 * asked once, not once per control. An answer holding an item nested deeper than
 * MAX_JSON_DEPTH is refused here, for every provider at once (AnswerTooDeep, an ERROR for
 * that call), so no flow, history or report walks data deeper than that; an answer its
 * provider measured already (`measuredAnswer`: a snapshot's) is not walked twice.
 */
export function withCallCache(provider: InventoryProvider): InventoryProvider & { stats(): CallStats; forget(target: Target, call: ApiCall): void; forgetPerItemReads(): void } {
  const cache = new Map<string, Promise<Item[]>>();
  const calls: Record<string, number> = {};
  // The keys of the per-item reads cached since they were last let go (markPerItemRead).
  let perItemKeys: string[] = [];
  return {
    description: provider.description,
    targets: (cloud) => provider.targets(cloud),
    list(target: Target, call: ApiCall): Promise<Item[]> {
      const key = keyOf(target, call);
      let pending = cache.get(key);
      if (!pending) {
        const name = `${call.service}.${call.method}`;
        calls[name] = (calls[name] ?? 0) + 1;
        pending = provider.list(target, call).then((items) => withinDepth(items, call));
        cache.set(key, pending);
        if (isPerItemRead(call)) perItemKeys.push(key);
      }
      return pending;
    },
    stats: () => ({ calls: { ...calls } }),
    // A read no flow will ask for again is let go (the pipeline, on a snapshot); asked again, it is read again and counted again.
    forget: (target, call) => void cache.delete(keyOf(target, call)),
    forgetPerItemReads: () => {
      for (const key of perItemKeys) cache.delete(key);
      perItemKeys = [];
    },
    ...(provider.requests ? { requests: () => provider.requests!() } : {}),
    ...(provider.release ? { release: (target: Target) => provider.release!(target) } : {}),
    // Writes are never cached.
    ...(provider.act ? { act: (target: Target, call: ApiCall) => provider.act!(target, call) } : {}),
  };
}

/** items: and a routed region are part of the call: the same request picked or sent otherwise is another call. */
function keyOf(target: Target, call: ApiCall): string {
  return canonicalJson([target.provider, target.account, target.region, call.service, call.method, call.params, call.items ?? null, call.region ?? null]);
}

/**
 * Answers whose depth their provider has measured already, which the call cache does not walk
 * again: a snapshot's items are parts of recordings measured as text before they were parsed
 * (read-recording.ts), so no item is nested deeper than its recording.
 */
const measured = new WeakSet<Item[]>();

/** Marks `items` as measured (every item nested at most MAX_JSON_DEPTH); for a provider that has made sure of it. */
export function measuredAnswer(items: Item[]): Item[] {
  measured.add(items);
  return items;
}

function withinDepth(items: Item[], call: ApiCall): Item[] {
  if (measured.has(items)) return items;
  for (const item of items) {
    if (valueDepth(item, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      throw new TargetReadError('AnswerTooDeep', `${call.service}.${call.method} answered an item nested deeper than ${MAX_JSON_DEPTH} levels (the most ctrlflow reads)`, call);
    }
  }
  return items;
}

/**
 * Reads made for one item each (a perItem join: a bucket's policy, a storage account's file
 * service), marked by the node that makes them. They are as many as the items, so a snapshot
 * scan lets them go when the flow that made them is done (`forgetPerItemReads`) and does not
 * learn them as its flow's reads (pipeline.ts ReadsHeld): a later flow asking the same reads it
 * again from the snapshot. A live scan keeps them for the target, as every read.
 */
const perItemReads = new WeakSet<ApiCall>();

export function markPerItemRead(call: ApiCall): ApiCall {
  perItemReads.add(call);
  return call;
}

export function isPerItemRead(call: ApiCall): boolean {
  return perItemReads.has(call);
}
