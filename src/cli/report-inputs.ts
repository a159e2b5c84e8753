import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Baseline } from '../engine/baseline.js';
import { frameworksSection } from '../engine/frameworks.js';
import type { SummarySection } from '../model/stream.js';
import { loadAttestations, type LoadedAttestation } from '../load/attestations.js';
import type { Diagnostic } from '../load/diagnostics.js';
import { loadExceptions, type LoadedException } from '../load/exceptions.js';
import type { LoadedFramework } from '../load/frameworks.js';
import type { Provenance } from '../load/provenance.js';
import { readBaseline } from '../engine/baseline.js';
import type { ControlSet } from '../model/result.js';
import { append } from '../model/append.js';
import type { Framework } from '../model/framework.js';

/** What `scan` reads besides content and inventory to shape its results: --exceptions, --baseline, --attestations. */
export interface ReportInputs {
  exceptions?: LoadedException[];
  baseline?: Baseline;
  attestations?: LoadedAttestation[];
  /** The frameworks whose requirement statuses the report shows (set by scan after selecting controls). */
  frameworks?: Framework[];
  /** What the control set was (the catalog's provenance), named in the report. */
  provenance?: Provenance;
  diagnostics: Diagnostic[];
  /** Lines to tell the user (not errors): e.g. that --baseline-optional found no baseline. */
  notices: string[];
}

/** The scan id a report states for a --baseline-optional baseline that was not there. */
export const NO_BASELINE = 'none (no baseline yet)';

/** Reads the files before anything runs, so a mistake in any is exit 2 with nothing scanned. */
export async function loadReportInputs(args: { exceptions?: string; baseline?: string; baselineOptional?: boolean; attestations?: string; cwd: string }, frameworks: LoadedFramework[] = []): Promise<ReportInputs> {
  const inputs: ReportInputs = { diagnostics: [], notices: [] };
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
    inputs.baseline = await optionalBaseline(args.baseline, args.cwd, args.baselineOptional === true, inputs.notices);
  }
  if (args.baseline && !inputs.baseline) {
    const loaded = await readBaseline(resolve(args.cwd, args.baseline), args.baseline);
    append(inputs.diagnostics, loaded.diagnostics);
    if (loaded.baseline) inputs.baseline = loaded.baseline;
  }
  return inputs;
}

/**
 * The control set as the report names it (the catalog's provenance): content hash, file count,
 * git commit and whether some loaded file differs from it.
 */
export function controlSetOf(p: Provenance | undefined): ControlSet | undefined {
  if (!p) return undefined;
  return {
    contentHash: p.contentHash,
    files: p.files.length,
    ...(p.commit === undefined ? {} : { commit: p.commit, dirty: p.dirty === true }),
    ...(p.dirty && p.changed ? { changed: p.changed } : {}),
  };
}

/**
 * The summary sections these inputs add to a scan: each framework's requirement statuses
 * (computed from the controls' statuses after exceptions, so they see EXCEPTED, not FAIL).
 */
export function summarySections(inputs: ReportInputs, now: Date): SummarySection[] {
  if (!inputs.frameworks?.length) return [];
  return [frameworksSection(inputs.frameworks, inputs.attestations ?? [], now.toISOString().slice(0, 10))];
}

/**
 * --baseline-optional: a --baseline file that does not exist (the first run, before any report
 * was kept) is an empty baseline, so every FAIL is new; said in one line. Without the flag, or
 * for a file that exists but is not a report, the baseline is read as usual (a mistake is exit 2).
 */
async function optionalBaseline(file: string, cwd: string, optional: boolean, notices: string[]): Promise<Baseline | undefined> {
  if (!optional) return undefined;
  const missing = await stat(resolve(cwd, file)).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ENOENT',
  );
  if (!missing) return undefined;
  notices.push(`No baseline yet: ${file} does not exist (--baseline-optional), so every FAIL counts as new.`);
  return { file, scanId: NO_BASELINE, fails: new Map() };
}
