import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Cloud } from '../../model/control.js';
import { extractAwsItems, isConfigQuery } from '../aws/extract.js';
import { measuredAnswer } from '../call-cache.js';
import { isExtraContentType, withContent } from '../gcp/asset-content.js';
import { GLOBAL_REGION, TargetReadError, type ApiCall, type InventoryProvider, type Item, type Target } from '../types.js';
import { errorFileOf, mappedRequest, ownRecording, recordingFileNames, TARGET_ERROR_FILE } from './layout.js';
import { RecordingError, recordingReader } from './read-recording.js';
import { recordedShapeProblem } from './recorded-shape.js';
import { answerOf, parseRequestMap, type RequestMap } from './request-map.js';

/**
 * Reads a folder of recorded API responses (README "Snapshot layout"):
 *   <root>/<cloud>/<account|subscription|project>/<region|global>/<Service>.<Method>[params].json
 * A file holds one response as the API returns it, or a list of pages. Azure and GCP hold
 * every resource of the subscription/project in one recording; the request's type selects,
 * as the live query would. REST reads (ARM, Graph, GCP REST) and http node requests (`HTTP.json`) are answered from one map per
 * target and kind (`ARM.Get.json`, see layout.ts), as their pages. A call with no recording
 * is an ERROR (NotRecorded), never empty, and so is a recording that is not the recorded
 * shape of its call (BadRecording, recorded-shape.ts). Every file is read through read-recording.ts,
 * which refuses one nested deeper than MAX_JSON_DEPTH (BadRecording), so the items are not
 * measured again (call-cache.ts `measuredAnswer`).
 */
export function openSnapshot(root: string, label = root): InventoryProvider {
  const files = new Map<string, Promise<unknown[] | undefined>>();
  const { read, forget } = recordingReader(root);

  // A recording of one call is read for that call (the engine's call cache holds its items, and
  // lets them go when no flow needs them); one shared by calls (Azure's and GCP's per table) is
  // kept until its target is released.
  const readPages = (file: string, shared: boolean): Promise<unknown[] | undefined> => {
    let pages = files.get(file);
    if (!pages) {
      pages = read(file).then((doc) => (doc === undefined ? undefined : Array.isArray(doc) ? doc : [doc]));
      if (shared) files.set(file, pages);
    }
    return pages;
  };

  const maps = new Map<string, Promise<RequestMap | undefined>>();
  const readMap = (file: string): Promise<RequestMap | undefined> => {
    let map = maps.get(file);
    if (!map) {
      map = read(file).then((doc) => (doc === undefined ? undefined : parseRequestMap(doc, file)));
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
      const request = mappedRequest(call);
      if (request) {
        const file = join(dir, request.file);
        let map: RequestMap | undefined;
        try {
          // An HTTP endpoint answers whatever became of the cloud target.
          if (call.via !== 'http') await throwRecordedError(read, join(dir, TARGET_ERROR_FILE), call);
          map = await readMap(file);
        } catch (error) {
          throw unreadable(error, file, call);
        }
        if (!map) throw new TargetReadError('NotRecorded', `no recording: ${file}`, call);
        return measuredAnswer(answerOf(map, request, call, file));
      }
      // Today's name first; an older AWS snapshot may hold the call under its hashed name.
      const names = recordingFileNames(target.provider, call);
      let pages: unknown[] | undefined;
      try {
        await throwRecordedError(read, join(dir, TARGET_ERROR_FILE), call);
        for (const name of names) await throwRecordedError(read, join(dir, errorFileOf(name)), call);
      } catch (error) {
        throw unreadable(error, join(dir, names[0]!), call);
      }
      let file = join(dir, names[0]!);
      for (const name of names) {
        try {
          pages = await readPages(join(dir, name), !ownRecording(target.provider, call));
        } catch (error) {
          throw unreadable(error, join(dir, name), call);
        }
        if (pages) {
          file = join(dir, name);
          break;
        }
      }
      if (!pages) throw new TargetReadError('NotRecorded', `no recording: ${file}`, call);
      // Not the recorded shape of the call (`{}` for EC2.DescribeSecurityGroups, Resource Graph without data …): ERROR, never "no resources".
      const problem = await recordedShapeProblem(target.provider, call, pages);
      if (problem) throw new TargetReadError('BadRecording', `${problem}: ${file}`, call);
      const items: Item[] = [];
      for (const page of pages) for (const item of itemsOf(target.provider, call, page as Item)) items.push(item);
      // Each item is a part of its recording, measured before it was parsed (read-recording.ts),
      // or a copy of one with fewer keys (GCP content), or a credential report row of strings:
      // none is nested deeper, and the call cache need not walk them again. AWS Config's rows
      // are JSON texts inside the recording, parsed into items: the call cache measures those.
      return target.provider === 'aws' && isConfigQuery(call) ? items : measuredAnswer(items);
    },
    release(target: Target): void {
      // Done with this target: its parsed recordings and request maps are let go.
      const folder = join(root, target.provider, target.account, target.region);
      const dir = `${folder}/`;
      for (const file of files.keys()) if (file.startsWith(dir)) files.delete(file);
      for (const file of maps.keys()) if (file.startsWith(dir)) maps.delete(file);
      forget(folder);
    },
  };
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

/** A read that failed as the ERROR of this call: the recording's own code, or BadRecording. */
function unreadable(error: unknown, file: string, call: ApiCall): TargetReadError {
  if (error instanceof RecordingError) return new TargetReadError(error.code, error.message, call);
  if (error instanceof TargetReadError) return new TargetReadError(error.code, error.message, call);
  return new TargetReadError('BadRecording', `unreadable recording (${(error as Error).message}): ${file}`, call);
}

async function throwRecordedError(read: (file: string) => Promise<unknown>, file: string, call: ApiCall): Promise<void> {
  const recorded = (await read(file)) as { code?: unknown; message?: unknown } | undefined;
  if (recorded === undefined) return;
  throw new TargetReadError(String(recorded?.code ?? 'Error'), String(recorded?.message ?? 'recorded error'), call);
}

async function subfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
  } catch {
    return [];
  }
}
