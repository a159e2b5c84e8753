import type { ResolvedFinding, Result } from '../model/result.js';
import { findingKey } from './results.js';

export { findingKey };

/** The previous run's FAILs, by finding key: what `--baseline FILE` compares against. */
export interface Baseline {
  file: string;
  scanId: string;
  fails: Map<string, Omit<ResolvedFinding, 'now'>>;
}

/**
 * Marks a FAIL `new` or `unchanged` (the same control, place and resource failed before). A
 * FAIL that was EXCEPTED in the previous run counts as new, as it gates again. The resolved
 * list (earlier FAILs that no longer fail) is the tally's, once every result was seen.
 */
export function markAgainst(baseline: Baseline, r: Result): Result {
  if (r.status === 'FAIL') r.baseline = baseline.fails.has(findingKey(r)) ? 'unchanged' : 'new';
  return r;
}
