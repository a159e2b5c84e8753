import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Cloud } from '../../model/control.js';
import { extractAwsItems } from '../aws/extract.js';
import { isExtraContentType, withContent } from '../gcp/asset-content.js';
import { GLOBAL_REGION, TargetReadError, type ApiCall, type InventoryProvider, type Item, type Target } from '../types.js';
import { errorFileOf, mappedRequest, recordingFileNames, TARGET_ERROR_FILE } from './layout.js';
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
        const regions = new Set(await subfolders(join(root, cloud, account)));
        // Every AWS account has its account-level target: a global flow on a snapshot without
        // that folder is ERROR NotRecorded, never silently absent.
        if (cloud === 'aws') regions.add(GLOBAL_REGION);
        for (const region of [...regions].sort()) targets.push({ provider: cloud, account, region });
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
      // Today's name first; an older AWS snapshot may hold the call under its hashed name.
      const names = recordingFileNames(target.provider, call);
      for (const name of names) await throwRecordedError(join(dir, errorFileOf(name)), call);
      let pages: unknown[] | undefined;
      for (const name of names) {
        try {
          pages = await readPages(join(dir, name));
          break;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unreadable(error, join(dir, name), call);
        }
      }
      if (!pages) throw new TargetReadError('NotRecorded', `no recording: ${join(dir, names[0]!)}`, call);
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
  if (cloud === 'aws') return extractAwsItems(call, page);
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
