import type { Diagnostic } from '../load/diagnostics.js';
import { openReport, ReportFileError } from '../load/report-file.js';
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

/**
 * The FAILs of a previous run (--baseline): read as a stream, only the FAILs kept, so the
 * baseline of a million-resource scan costs its failures, not its size.
 */
export async function readBaseline(file: string, display: string): Promise<{ baseline?: Baseline; diagnostics: Diagnostic[] }> {
  const { report, diagnostics } = await openReport(file, display);
  if (!report) return { diagnostics };
  const fails: Baseline['fails'] = new Map();
  const provider = new Map(report.head.controls.map((c) => [c.id, c.provider]));
  try {
    for await (const batch of report.results()) {
      for (const r of batch) {
        if (r.status !== 'FAIL') continue;
        const { controlId, account, region, resourceId } = r;
        fails.set(findingKey(r), { controlId, provider: r.provider ?? provider.get(controlId), account, region, ...(resourceId === undefined ? {} : { resourceId }) });
      }
    }
  } catch (error) {
    if (error instanceof ReportFileError) return { diagnostics: [error.diagnostic] };
    throw error;
  }
  return { baseline: { file: display, scanId: report.head.scanId, fails }, diagnostics: [] };
}
