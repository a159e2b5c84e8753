import { resolve } from 'node:path';
import type { Baseline } from '../engine/baseline.js';
import type { Diagnostic } from '../load/diagnostics.js';
import { loadExceptions, type LoadedException } from '../load/exceptions.js';
import { readBaseline } from '../load/report-file.js';

/** What `scan` reads besides content and inventory to shape its results: --exceptions, --baseline. */
export interface ReportInputs {
  exceptions?: LoadedException[];
  baseline?: Baseline;
  diagnostics: Diagnostic[];
}

/** Reads both files before anything runs, so a mistake in either is exit 2 with nothing scanned. */
export async function loadReportInputs(args: { exceptions?: string; baseline?: string; cwd: string }): Promise<ReportInputs> {
  const inputs: ReportInputs = { diagnostics: [] };
  if (args.exceptions) {
    const loaded = await loadExceptions(resolve(args.cwd, args.exceptions), args.exceptions);
    inputs.diagnostics.push(...loaded.diagnostics);
    inputs.exceptions = loaded.exceptions;
  }
  if (args.baseline) {
    const loaded = await readBaseline(resolve(args.cwd, args.baseline), args.baseline);
    inputs.diagnostics.push(...loaded.diagnostics);
    if (loaded.baseline) inputs.baseline = loaded.baseline;
  }
  return inputs;
}
