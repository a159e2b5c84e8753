import { resolve } from 'node:path';
import type { Baseline } from '../engine/baseline.js';
import { frameworksSection } from '../engine/frameworks.js';
import type { SummarySection } from '../engine/stream.js';
import { loadAttestations, type LoadedAttestation } from '../load/attestations.js';
import type { Diagnostic } from '../load/diagnostics.js';
import { loadExceptions, type LoadedException } from '../load/exceptions.js';
import type { LoadedFramework } from '../load/frameworks.js';
import type { Provenance } from '../load/provenance.js';
import { readBaseline } from '../load/report-file.js';
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
