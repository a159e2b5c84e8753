import { createHash } from 'node:crypto';
import { canonicalJson } from '../lib/canonical-json.js';
import type { InventoryProvider, Target, ApiCall, Item } from '../providers/types.js';
import { byBytes, folderDigest } from './hash.js';

/** What the manifest says about the inventory a scan read. */
export type InventoryDigest =
  /** A snapshot folder: listingDigest of every file under it. */
  | { kind: 'snapshot'; path: string; sha256: string; files: number }
  /** A live read: a digest of every distinct read's answer (see ResponseDigest). */
  | { kind: 'live'; sha256: string; responses: number }
  /** `ctrlflow report`: the result files it read, each hashed. */
  | { kind: 'results'; inputs: { path: string; sha256: string; size: number }[] };

export async function snapshotDigest(root: string, path: string): Promise<InventoryDigest> {
  return { kind: 'snapshot', path, ...(await folderDigest(root)) };
}

/**
 * The answers of a live scan, hashed as they arrive: for each distinct read (target, service,
 * method, params: canonical JSON) the SHA-256 of the canonical JSON of the items it returned
 * (or of its error code); the digest is the SHA-256 of those `key<TAB>hash` lines in byte
 * order, so it does not depend on the order the reads finished in. A read made again (after
 * --remediate) adds its second answer.
 */
export class ResponseDigest {
  private readonly answers = new Map<string, string[]>();

  wrap(provider: InventoryProvider): InventoryProvider {
    const list = async (target: Target, call: ApiCall): Promise<Item[]> => {
      const key = canonicalJson([target.provider, target.account, target.region, call.service, call.method, call.params]);
      try {
        const items = await provider.list(target, call);
        this.add(key, createHash('sha256').update(canonicalJson(items)).digest('hex'));
        return items;
      } catch (error) {
        this.add(key, `error:${(error as { code?: string }).code ?? (error as Error).name}`);
        throw error;
      }
    };
    return { ...bound(provider), list };
  }

  digest(): InventoryDigest {
    const lines = [...this.answers].flatMap(([key, hashes]) => hashes.map((h) => `${key}\t${h}\n`)).sort(byBytes);
    return { kind: 'live', sha256: createHash('sha256').update(lines.join('')).digest('hex'), responses: lines.length };
  }

  private add(key: string, hash: string): void {
    const list = this.answers.get(key);
    if (list) list.push(hash);
    else this.answers.set(key, [hash]);
  }
}

/** The provider's own methods, bound to it (a wrapper replaces one and keeps the rest). */
function bound(provider: InventoryProvider): InventoryProvider {
  return {
    description: provider.description,
    targets: (cloud) => provider.targets(cloud),
    list: (target, call) => provider.list(target, call),
    ...(provider.requests ? { requests: () => provider.requests!() } : {}),
    ...(provider.act ? { act: (target: Target, call: ApiCall) => provider.act!(target, call) } : {}),
    ...(provider.release ? { release: (target: Target) => provider.release!(target) } : {}),
  };
}
