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
 * Marks a FAIL `new` or `unchanged` (the same control, place and resource failed before), and
 * each EXCEPTED result `excepted` (an accepted risk, neither fixed nor new). A FAIL that was
 * EXCEPTED in the previous run counts as new, as it gates again. The resolved list is the
 * tally's, once every result was seen: a previous FAIL is resolved only when it now PASSes or
 * is gone (one now EXCEPTED is `excepted`, one now ERROR is not known to be fixed).
 */
export function markAgainst(baseline: Baseline, r: Result): Result {
  if (r.status === 'FAIL') r.baseline = baseline.fails.has(findingKey(r)) ? 'unchanged' : 'new';
  else if (r.status === 'EXCEPTED') r.baseline = 'excepted';
  return r;
}
