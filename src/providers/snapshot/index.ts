import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Cloud } from '../../model/control.js';
import { extractAwsItems } from '../aws/extract.js';
import { isExtraContentType, withContent } from '../gcp/asset-content.js';
import { TargetReadError, type ApiCall, type InventoryProvider, type Item, type Target } from '../types.js';
import { mappedRequest, recordedErrorFileName, recordingFileName, TARGET_ERROR_FILE } from './layout.js';
import { answerOf, parseRequestMap, type RequestMap } from './request-map.js';

/**
 * Reads a folder of recorded API responses (README "Snapshot layout"):
 *   <root>/<cloud>/<account|subscription|project>/<region|global>/<Service>.<Method>[params].json
 * A file holds one response as the API returns it, or a list of pages. Azure and GCP hold
 * every resource of the subscription/project in one recording; the request's type selects,
 * as the live query would. REST reads (ARM, Graph, GCP REST) are answered from one map per
 * target and kind (`ARM.Get.json`, see layout.ts), as their pages. A call with no recording
 * is an ERROR (NotRecorded), never empty.
 */
export function openSnapshot(root: string, label = root): InventoryProvider {
  const files = new Map<string, Promise<unknown[]>>();

  const readPages = (file: string): Promise<unknown[]> => {
    let pages = files.get(file);
    if (!pages) {
      pages = readFile(file, 'utf8').then((text) => {
        const doc: unknown = JSON.parse(text);
        return Array.isArray(doc) ? doc : [doc];
      });
      files.set(file, pages);
    }
    return pages;
  };

  const maps = new Map<string, Promise<RequestMap>>();
  const readMap = (file: string): Promise<RequestMap> => {
    let map = maps.get(file);
    if (!map) {
      map = readFile(file, 'utf8').then((text) => parseRequestMap(JSON.parse(text), file));
      maps.set(file, map);
    }
    return map;
  };

  return {
    description: `snapshot ${label}`,
    async targets(cloud: Cloud): Promise<Target[]> {
      const targets: Target[] = [];
      for (const account of await subfolders(join(root, cloud))) {
        for (const region of await subfolders(join(root, cloud, account))) {
          targets.push({ provider: cloud, account, region });
        }
      }
      return targets;
    },
    async list(target: Target, call: ApiCall): Promise<Item[]> {
      const dir = join(root, target.provider, target.account, target.region);
      await throwRecordedError(join(dir, TARGET_ERROR_FILE), call);
      const request = mappedRequest(call);
      if (request) {
        const file = join(dir, request.file);
        const map = await readMap(file).catch((error: unknown) => {
          if (error instanceof TargetReadError) throw new TargetReadError(error.code, error.message, call);
          throw unreadable(error, file, call);
        });
        return answerOf(map, request, call, file);
      }
      const file = join(dir, recordingFileName(target.provider, call));
      await throwRecordedError(join(dir, recordedErrorFileName(target.provider, call)), call);
      let pages: unknown[];
      try {
        pages = await readPages(file);
      } catch (error) {
        throw unreadable(error, file, call);
      }
      return pages.flatMap((page) => itemsOf(target.provider, call, page as Item));
    },
  };
}

function unreadable(error: unknown, file: string, call: ApiCall): TargetReadError {
  const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'NotRecorded' : 'BadRecording';
  const why = code === 'NotRecorded' ? 'no recording' : `unreadable recording (${(error as Error).message})`;
  return new TargetReadError(code, `${why}: ${file}`, call);
}

/** Azure and GCP recordings are one file per subscription/project (and table), whatever type is asked for. */
function itemsOf(cloud: Cloud, call: ApiCall, page: Item): Item[] {
  if (cloud === 'aws') return extractAwsItems(call.method, page);
  if (cloud === 'azure') {
    const type = String(call.params.type ?? '').toLowerCase();
    const data = Array.isArray(page.data) ? (page.data as Item[]) : [];
    return type ? data.filter((r) => String(r.type).toLowerCase() === type) : data;
  }
  if (call.method === 'SearchAllResources') return Array.isArray(page.results) ? (page.results as Item[]) : [];
  const types = Array.isArray(call.params.assetTypes) ? (call.params.assetTypes as string[]) : [];
  const assets = Array.isArray(page.assets) ? (page.assets as Item[]) : [];
  const contentType = isExtraContentType(call.params.contentType) ? call.params.contentType : undefined;
  return withContent(types.length > 0 ? assets.filter((a) => types.includes(String(a.assetType))) : assets, contentType);
}

async function throwRecordedError(file: string, call: ApiCall): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return;
  }
  const recorded = JSON.parse(text) as { code?: string; message?: string };
  throw new TargetReadError(recorded.code ?? 'Error', recorded.message ?? 'recorded error', call);
}

async function subfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  } catch {
    return [];
  }
}
