import { writeFileInside, targetSegments } from '../../lib/safe-path.js';
import { canonicalJson } from '../../lib/canonical-json.js';
import { TargetReadError, type ApiCall, type InventoryProvider, type Item, type Target } from '../types.js';
import { callFileName, mappedRequest, ownRecording, recordedErrorFileName, recordingFileName } from './layout.js';
import { recordedAnswer } from './request-map.js';

/**
 * Records what a live scan read, to write it as a snapshot that `scan --inventory` reads back
 * (README "Snapshot layout"): AWS calls as their response pages, Azure rows and GCP assets
 * gathered into the one recording per subscription/project (and Resource Graph table), REST
 * reads (ARM, Graph, GCP REST) and http node requests (as written, `${env:NAME}` unresolved) as
 * the pages of each request in one map per target, and each
 * unreadable call as its `.error.json` (in a map: its `$error`). Only the calls the scan
 * made; every file is masked as it is written (writeFileInside), so no secret of the run is in it.
 */
export class SnapshotRecorder {
  private readonly pages = new Map<string, { target: Target; call: ApiCall; pages: Item[] }>();
  private readonly items = new Map<string, { target: Target; call: ApiCall; items: Item[] }>();
  private readonly errors = new Map<string, { target: Target; call: ApiCall; error: TargetReadError }>();

  /** For the AWS provider's onPage: pages as the API returned them ($metadata left out). */
  readonly page = (target: Target, call: ApiCall, page: Item): void => {
    const key = keyOf(target, call);
    const entry = this.pages.get(key) ?? { target, call, pages: [] };
    const { $metadata: _metadata, ...response } = page;
    entry.pages.push(response);
    this.pages.set(key, entry);
  };

  /** Wraps a provider so every list() is recorded, items or error. */
  wrap(provider: InventoryProvider): InventoryProvider {
    return {
      ...provider,
      targets: (cloud) => provider.targets(cloud),
      list: async (target, call) => {
        try {
          const items = await provider.list(target, call);
          this.items.set(keyOf(target, call), { target, call, items });
          return items;
        } catch (error) {
          if (error instanceof TargetReadError) this.errors.set(keyOf(target, call), { target, call, error });
          throw error;
        }
      },
    };
  }

  /** Calls recorded so far (answered or refused): 0 means there is nothing to write. */
  get calls(): number {
    return this.items.size + this.errors.size;
  }

  /** Writes the files; returns how many calls and targets they hold. */
  async write(root: string): Promise<{ calls: number; targets: number; errors: number }> {
    const files = new Map<string, unknown>();
    // Account and region come from the cloud: in their cloud's format as they are, else
    // percent-encoded, and every file is written through writeFileInside, never outside root.
    const dirOf = (t: Target) => {
      const { account, region } = targetSegments(t);
      return `${t.provider}/${account}/${region}`;
    };
    const join = (dir: string, name: string) => `${dir}/${name}`;
    for (const { target, call, pages } of this.pages.values()) files.set(join(dirOf(target), callFileName(call)), pages.length === 1 ? pages[0] : pages);
    const maps = new Map<string, Record<string, unknown>>();
    const mapOf = (file: string) => maps.get(file) ?? (maps.set(file, {}), maps.get(file)!);
    for (const { target, call, items } of this.items.values()) {
      const request = mappedRequest(call);
      // A REST read's items are its response pages.
      if (request) mapOf(join(dirOf(target), request.file))[request.key] = recordedAnswer({ pages: items });
      if (target.provider === 'aws' || request) continue; // AWS: written from its pages
      const own = ownRecording(target.provider, call);
      const file = join(dirOf(target), recordingFileName(target.provider, call));
      if (target.provider === 'gcp' && call.method === 'SearchAllResources') {
        files.set(file, { results: items });
      } else if (target.provider === 'azure') {
        const previous = (files.get(file) as { data: Item[] } | undefined)?.data ?? [];
        const data = own ? items : uniqueBy([...previous, ...items], (r) => String(r.id ?? canonicalJson(r)));
        files.set(file, { totalRecords: data.length, count: data.length, resultTruncated: 'false', data });
      } else {
        // Listings of other content (ORG_POLICY …) add their fields to the same asset.
        const previous = (files.get(file) as { assets: Item[] } | undefined)?.assets ?? [];
        const byName = new Map(previous.map((a) => [String(a.name), a]));
        for (const asset of items) byName.set(String(asset.name), { ...byName.get(String(asset.name)), ...asset });
        files.set(file, { assets: [...byName.values()] });
      }
    }
    for (const [key, { target, call, error }] of this.errors) {
      // The API answered and the pages are written: the error was the items not fitting the flow
      // (AmbiguousItems), which a replay meets again from the pages.
      if (this.pages.has(key)) continue;
      const request = mappedRequest(call);
      if (request) mapOf(join(dirOf(target), request.file))[request.key] = recordedAnswer({ error });
      else files.set(join(dirOf(target), recordedErrorFileName(target.provider, call)), { code: error.code, message: error.message });
    }
    for (const [file, map] of maps) files.set(file, Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
    for (const [file, content] of files) await writeFileInside(root, file, `${JSON.stringify(content, null, 2)}\n`);
    const targets = new Set([...this.items.values(), ...this.errors.values()].map(({ target }) => keyOf(target, { service: '', method: '', params: {} })));
    return { calls: this.items.size + this.errors.size, targets: targets.size, errors: this.errors.size };
  }
}

/** One recording file: the target and the call as its name says it (neither items: nor a routed region). */
function keyOf(target: Target, call: ApiCall): string {
  return canonicalJson([target.provider, target.account, target.region, call.service, call.method, call.params]);
}

function uniqueBy<T>(list: T[], key: (item: T) => string): T[] {
  return [...new Map(list.map((item) => [key(item), item])).values()];
}
