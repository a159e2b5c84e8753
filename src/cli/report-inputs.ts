import { resolve } from 'node:path';
import { compareToBaseline } from '../engine/baseline.js';
import { applyExceptions } from '../engine/exceptions.js';
import { frameworkReports } from '../engine/frameworks.js';
import { loadAttestations, type LoadedAttestation } from '../load/attestations.js';
import type { Diagnostic } from '../load/diagnostics.js';
import { loadExceptions, type LoadedException } from '../load/exceptions.js';
import type { LoadedFramework } from '../load/frameworks.js';
import type { Provenance } from '../load/provenance.js';
import { readScanReport } from '../load/report-file.js';
import type { Framework } from '../model/framework.js';
import type { ScanReport } from '../model/result.js';
import { gitCommitOf } from './git-commit.js';
import { append } from '../model/append.js';

/** What `scan` reads besides content and inventory to shape its report: --exceptions, --baseline, --attestations. */
export interface ReportInputs {
  exceptions?: LoadedException[];
  baseline?: { file: string; report: ScanReport };
  attestations?: LoadedAttestation[];
  /** The frameworks whose requirement statuses the report shows (set by scan after selecting controls). */
  frameworks?: Framework[];
  /** What the control set was (the catalog's provenance), named in the report. */
  provenance?: Provenance;
  diagnostics: Diagnostic[];
}

/** Reads the files before anything runs, so a mistake in any is exit 2 with nothing scanned. */
export async function loadReportInputs(args: { exceptions?: string; baseline?: string; attestations?: string; cwd: string }, frameworks: LoadedFramework[] = []): Promise<ReportInputs> {
  const inputs: ReportInputs = { diagnostics: [] };
  if (args.attestations) {
    const loaded = await loadAttestations(resolve(args.cwd, args.attestations), args.attestations, frameworks);
    append(inputs.diagnostics, loaded.diagnostics);
    inputs.attestations = loaded.attestations;
  }
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

/**
 * The scan's report with the control set's commit and content hash, then exceptions applied, then compared to
 * the baseline, then each framework's requirement statuses (which see EXCEPTED, not FAIL).
 */
export async function shapeReport(report: ScanReport, inputs: ReportInputs, controlsPath: string, now: Date): Promise<ScanReport> {
  const p = inputs.provenance;
  const controlsCommit = p ? p.commit : await gitCommitOf(controlsPath);
  const controlSet: ScanReport['controlSet'] = p && {
    contentHash: p.contentHash,
    files: p.files.length,
    ...(p.commit === undefined ? {} : { commit: p.commit, dirty: p.dirty === true }),
    ...(p.dirty && p.changed ? { changed: p.changed } : {}),
  };
  let shaped: ScanReport = { ...report, ...(controlsCommit ? { controlsCommit } : {}), ...(controlSet ? { controlSet } : {}) };
  if (inputs.exceptions) shaped = applyExceptions(shaped, inputs.exceptions, now);
  if (inputs.baseline) shaped = compareToBaseline(shaped, inputs.baseline.report, inputs.baseline.file);
  if (inputs.frameworks?.length) shaped = { ...shaped, frameworks: frameworkReports(inputs.frameworks, shaped.controls, inputs.attestations ?? [], now.toISOString().slice(0, 10)) };
  return shaped;
}
