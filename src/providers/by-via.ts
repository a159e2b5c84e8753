import type { Cloud } from '../model/control.js';
import { recordedOrLive } from './http/replay.js';
import { ActionCallError, TargetReadError, type ApiCall, type InventoryActor, type InventoryProvider, type InventoryReader, type Target, type Via } from './types.js';

const CLOUDS = ['aws', 'azure', 'gcp'] as const;

/** The provider a call goes to: its own `via` (an http node's request), else its target's cloud. */
export function viaOf(target: Target, call: ApiCall): Via {
  return call.via ?? target.provider;
}

/**
 * One provider per `via` (aws, azure, gcp, http) behind the one interface: targets come from
 * the cloud's reader, reads go to the call's reader, writes to its actor. One reader may serve
 * several (a snapshot answers every cloud): each distinct provider is described and counted
 * once.
 */
export function byVia(readers: Partial<Record<Via, InventoryReader>>, actors: Partial<Record<Via, InventoryActor>> = {}): InventoryProvider {
  const distinct = [...new Set(Object.values(readers))];
  // Reports name the inventory by its clouds' readers (a snapshot, the live clouds), as before HTTP had a provider.
  const clouds = [...new Set(CLOUDS.flatMap((c) => readers[c] ?? []))];
  const counted = distinct.filter((r) => r.requests !== undefined);
  const missing = [...new Set(Object.values(actors))].some((a) => a.missing !== undefined);
  return {
    description: (clouds.length > 0 ? clouds : distinct).map((p) => p.description).join(' + '),
    targets: async (cloud: Cloud) => (readers[cloud] ? readers[cloud].targets(cloud) : []),
    list(target, call) {
      const via = viaOf(target, call);
      const reader = readers[via];
      if (!reader) throw new TargetReadError('NoProvider', `no ${via} provider is configured`, call);
      return reader.list(target, call);
    },
    act(target, call) {
      const via = viaOf(target, call);
      const actor = actors[via];
      if (!actor) throw new ActionCallError('NoProvider', `no live ${via} provider can make ${call.service} ${call.method}`);
      return actor.act(target, call);
    },
    ...(missing ? { missing: (call: ApiCall) => (call.via ? (actors[call.via]?.missing?.(call) ?? []) : []) } : {}),
    release: (target) => readers[target.provider]?.release?.(target),
    // Only a live reader counts requests: a snapshot scan has no request counts.
    ...(counted.length > 0 ? { requests: () => Object.assign({}, ...counted.map((p) => p.requests!())) as Record<string, number> } : {}),
  };
}

/** A live scan: each cloud's provider reads and writes its cloud, the HTTP provider serves the http nodes. */
export function liveInventory(clouds: Partial<Record<Cloud, InventoryProvider>>, http: InventoryReader & InventoryActor): InventoryProvider {
  const actors: Partial<Record<Via, InventoryActor>> = { http };
  for (const cloud of CLOUDS) {
    const provider = clouds[cloud];
    if (provider?.act) actors[cloud] = { act: (target, call) => provider.act!(target, call) };
  }
  return byVia({ ...clouds, http }, actors);
}

/**
 * A snapshot scan: the snapshot answers every cloud and the http reads it recorded; an http
 * read it did not record goes to the live endpoint (recordedOrLive), as do http writes.
 */
export function snapshotInventory(snapshot: InventoryReader, http: InventoryReader & InventoryActor): InventoryProvider {
  return byVia({ aws: snapshot, azure: snapshot, gcp: snapshot, http: recordedOrLive(snapshot, http) }, { http });
}
