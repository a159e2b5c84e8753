import { resolve } from 'node:path';
import { compareToBaseline } from '../engine/baseline.js';
import { applyExceptions } from '../engine/exceptions.js';
import type { Diagnostic } from '../load/diagnostics.js';
import { loadExceptions, type LoadedException } from '../load/exceptions.js';
import { readScanReport } from '../load/report-file.js';
import type { ScanReport } from '../model/result.js';
import { gitCommitOf } from './git-commit.js';
import { append } from '../model/append.js';

/** What `scan` reads besides content and inventory to shape its report: --exceptions, --baseline. */
export interface ReportInputs {
  exceptions?: LoadedException[];
  baseline?: { file: string; report: ScanReport };
  diagnostics: Diagnostic[];
}

/** Reads both files before anything runs, so a mistake in either is exit 2 with nothing scanned. */
export async function loadReportInputs(args: { exceptions?: string; baseline?: string; cwd: string }): Promise<ReportInputs> {
  const inputs: ReportInputs = { diagnostics: [] };
  if (args.exceptions) {
    const loaded = await loadExceptions(resolve(args.cwd, args.exceptions), args.exceptions);
    append(inputs.diagnostics, loaded.diagnostics);
    inputs.exceptions = loaded.exceptions;
  }
  if (args.baseline) {
    const loaded = await readScanReport(resolve(args.cwd, args.baseline), args.baseline);
    append(inputs.diagnostics, loaded.diagnostics);
    if (loaded.report) inputs.baseline = { file: args.baseline, report: loaded.report };
  }
  return inputs;
}

/** The scan's report with the control set's commit, then exceptions applied, then compared to the baseline. */
export async function shapeReport(report: ScanReport, inputs: ReportInputs, controlsPath: string, now: Date): Promise<ScanReport> {
  const controlsCommit = await gitCommitOf(controlsPath);
  let shaped: ScanReport = { ...report, ...(controlsCommit ? { controlsCommit } : {}) };
  if (inputs.exceptions) shaped = applyExceptions(shaped, inputs.exceptions, now);
  if (inputs.baseline) shaped = compareToBaseline(shaped, inputs.baseline.report, inputs.baseline.file);
  return shaped;
}
