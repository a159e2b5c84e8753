import { TargetReadError, type ApiCall, type Item } from '../types.js';
import type { MappedRequest, RecordedError } from './layout.js';

/** One parsed map recording (`ARM.Get.json` …): its answers by key, and by lower-cased key for ARM and Graph. */
export interface RequestMap {
  exact: Map<string, unknown>;
  folded: Map<string, unknown>;
}

export function parseRequestMap(doc: unknown, file: string): RequestMap {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new TargetReadError('BadRecording', `${file} must be an object from request to answer`);
  }
  const entries = Object.entries(doc);
  return { exact: new Map(entries), folded: new Map(entries.map(([k, v]) => [k.toLowerCase(), v])) };
}

/**
 * The pages of one recorded request: a list is the pages, an object the one page, and
 * `{ "$error": … }` the error the cloud gave. A request that is not in the map is NotRecorded,
 * never an empty answer.
 */
export function answerOf(map: RequestMap, request: MappedRequest, call: ApiCall, file: string): Item[] {
  const answer = map.exact.has(request.key) ? map.exact.get(request.key) : request.caseInsensitive ? map.folded.get(request.key.toLowerCase()) : undefined;
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
