import type { Result } from '../../src/model/result.js';
import { canonicalJson } from '../../src/lib/canonical-json.js';

/**
 * A result as a live scan and a scan of its recordings must agree on it: the same JSON, key
 * order aside (a parsed answer follows the service's model order, a hand-written recording its
 * own), so the texts that quote what was seen as JSON drop that quote (each match's `seen` is
 * compared as a value), and an instant is written with its milliseconds (an SDK gives a Date or
 * a protobuf Timestamp, written 2020-05-01T23:59:59.000Z; a recording may say 23:59:59Z).
 */
const SEEN = / \(seen: (?:(?!\); ).)*\)(?=; |$)/g;

export function comparableResult(r: Result): string {
  return canonicalJson({ ...r, executionId: '', time: '', reason: r.reason?.replace(SEEN, ''), matches: r.matches?.map((m) => ({ ...m, text: m.text.replace(SEEN, '') })) }).replace(/(T\d\d:\d\d:\d\d)Z/g, '$1.000Z');
}
