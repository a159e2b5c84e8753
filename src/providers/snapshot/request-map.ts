import { TargetReadError, type ApiCall, type Item } from '../types.js';
import type { MappedRequest, RecordedError } from './layout.js';

/**
 * One parsed map recording (`ARM.Get.json` …): its answers by key as parsed (JSON.parse makes
 * every key an own property), and by lower-cased key for ARM and Graph, made on the first
 * request the recorded keys do not hold as written. A recording of 150,000 storage accounts'
 * per-item reads (450,000 keys, 187 MB) parses to ~240 MB; two Maps beside it added ~150 MB.
 */
export interface RequestMap {
  exact: Record<string, unknown>;
  folded?: Map<string, unknown>;
}

export function parseRequestMap(doc: unknown, file: string): RequestMap {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new TargetReadError('BadRecording', `${file} must be an object from request to answer`);
  }
  return { exact: doc as Record<string, unknown> };
}

function recordedAs(map: RequestMap, request: MappedRequest): unknown {
  if (Object.hasOwn(map.exact, request.key)) return map.exact[request.key];
  if (!request.caseInsensitive) return undefined;
  map.folded ??= new Map(Object.entries(map.exact).map(([k, v]) => [k.toLowerCase(), v]));
  return map.folded.get(request.key.toLowerCase());
}

/**
 * The pages of one recorded request: a list is the pages, an object the one page, and
 * `{ "$error": … }` the error the cloud gave. A request that is not in the map is NotRecorded,
 * never an empty answer.
 */
export function answerOf(map: RequestMap, request: MappedRequest, call: ApiCall, file: string): Item[] {
  const answer = recordedAs(map, request);
  if (answer === undefined) throw new TargetReadError('NotRecorded', `no recording of ${request.key} in ${file}`, call);
  if (isRecordedError(answer)) throw new TargetReadError(String(answer.$error.code), String(answer.$error.message ?? 'recorded error'), call);
  const pages = Array.isArray(answer) ? answer : [answer];
  if (!pages.every((p) => p !== null && typeof p === 'object' && !Array.isArray(p))) {
    throw new TargetReadError('BadRecording', `the answer of ${request.key} in ${file} must be an object, a list of objects (pages) or { "$error": … }`, call);
  }
  return pages as Item[];
}

function isRecordedError(answer: unknown): answer is RecordedError {
  return answer !== null && typeof answer === 'object' && !Array.isArray(answer) && typeof (answer as Partial<RecordedError>).$error?.code === 'string';
}

/** What the recorder writes for one request: one page as itself, several as their list, a failure as `$error`. */
export function recordedAnswer(outcome: { pages: Item[] } | { error: { code: string; message: string } }): unknown {
  if ('error' in outcome) return { $error: { code: outcome.error.code, message: outcome.error.message } } satisfies RecordedError;
  return outcome.pages.length === 1 ? outcome.pages[0] : outcome.pages;
}
