import { canonicalJson } from './canonical-json.js';
import type { ApiCall, InventoryProvider, Item, Target } from './types.js';

export interface CallStats {
  /** `Service.Method` -> distinct calls made (once per target and params). */
  calls: Record<string, number>;
}

/**
 * Each distinct (target, service, method, params, items, region) is fetched once per scan and shared by
 * every flow and control that needs it; a failure is shared too, so an unreadable target is
 * asked once, not once per control.
 */
export function withCallCache(provider: InventoryProvider): InventoryProvider & { stats(): CallStats } {
  const cache = new Map<string, Promise<Item[]>>();
  const calls: Record<string, number> = {};
  return {
    description: provider.description,
    targets: (cloud) => provider.targets(cloud),
    list(target: Target, call: ApiCall): Promise<Item[]> {
      // items: and a routed region are part of the call: the same request picked or sent otherwise is another call.
      const key = canonicalJson([target.provider, target.account, target.region, call.service, call.method, call.params, call.items ?? null, call.region ?? null]);
      let pending = cache.get(key);
      if (!pending) {
        const name = `${call.service}.${call.method}`;
        calls[name] = (calls[name] ?? 0) + 1;
        pending = provider.list(target, call);
        cache.set(key, pending);
      }
      return pending;
    },
    stats: () => ({ calls: { ...calls } }),
    ...(provider.requests ? { requests: () => provider.requests!() } : {}),
    // Writes are never cached.
    ...(provider.act ? { act: (target: Target, call: ApiCall) => provider.act!(target, call) } : {}),
  };
}
