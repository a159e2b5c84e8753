import { join, relative } from 'node:path';
import { runRemediation, type RemediationArgs } from '../cli/remediation.js';
import { shapeReport, type ReportInputs } from '../cli/report-inputs.js';
import { writeReportFiles } from '../cli/report-files.js';
import { printSummary } from '../cli/summary.js';
import { EXIT, type ExitCode } from '../cli/exit-codes.js';
import type { Io } from '../cli/io.js';
import { attachActions, planActions, type RemediationChoice } from '../engine/remediate.js';
import { runScan } from '../engine/scan.js';
import type { LoadedControl, LoadedFlow } from '../load/catalog.js';
import type { ScanReport } from '../model/result.js';
import { atOrAbove, type Severity } from '../model/severity.js';
import { withCallCache } from '../providers/call-cache.js';
import type { InventoryProvider } from '../providers/types.js';
import type { EventScope } from './scope.js';
import { redactValue } from '../output/redact.js';
import { writeFileInside } from '../output/safe-path.js';

/**
 * THE adapter between events and the engine: "run these controls on these targets with this
 * event scope, write the reports, remediate when asked, and give the exit code". handle-event,
 * listen and the Lambda handler run every event through it; it uses today's engine entry points
 * (runScan, planActions, runRemediation, the report writers) the way `scan` does, so the
 * engine can change underneath by changing this one module.
 */
export interface ControlRun {
  controls: LoadedControl[];
  flows: Map<string, LoadedFlow>;
  /** The inventory as opened (live or snapshot); each run (and each re-evaluation) gets its own call cache. */
  provider: InventoryProvider;
  /** Only these targets (`provider/account/region`). */
  targets: Set<string>;
  eventScope: EventScope;
  overrides: Record<string, string>;
  failOn: Severity | 'none';
  format: string[];
  /** Folder for this run's reports (absolute). */
  out: string;
  choice: RemediationChoice;
  /** The remediation flags; `auditLog` resolved, so runs share one log. */
  remediation: RemediationArgs;
  inputs: ReportInputs;
  /** Where the controls live, for the report's controlsCommit. */
  controlsPath: string;
  environment: Readonly<Record<string, string | undefined>>;
  now: Date;
  cwd: string;
  io: Io;
}

export interface ControlRunOutcome {
  code: ExitCode;
  report: ScanReport;
  files: string[];
}

export async function runControls(run: ControlRun): Promise<ControlRunOutcome> {
  const scan = (controls: LoadedControl[], targets: Set<string>) =>
    runScan({
      controls,
      flows: run.flows,
      provider: withCallCache(run.provider),
      overrides: run.overrides,
      now: run.now,
      environment: run.environment,
      failOn: run.failOn,
      restrictTo: targets,
      eventScope: run.eventScope,
    });
  const outcome = await scan(run.controls, run.targets);
  const shape = (raw: ScanReport) => shapeReport(raw, run.inputs, run.controlsPath, run.now);
  const shaped = await shape(outcome.report);
  const plan = planActions(shaped, outcome.executions, run.choice, run.now);
  let report = attachActions(shaped, plan.records, false);
  let refused: ExitCode | undefined;
  if (run.choice.remediate !== undefined) {
    const done = await runRemediation({
      report: shaped,
      raw: outcome.report,
      plan,
      args: run.remediation,
      io: run.io,
      environment: run.environment,
      provider: run.provider,
      rerun: async (ids, targets) => (await scan(run.controls.filter((c) => ids.has(c.control.id)), targets)).report,
      shape,
    });
    report = done.report;
    refused = done.code;
  }
  const files = await writeReportFiles(report, run.format, run.out);
  for (const artifact of outcome.artifacts) {
    await writeFileInside(run.out, artifact.name, artifact.content);
    files.push(join(run.out, artifact.name));
  }
  const code = refused ?? exitCodeOf(report, run.failOn);
  printSummary(redactValue(report), code, run.io);
  run.io.out(`Reports: ${files.map((f) => relative(run.cwd, f) || f).join(', ')}`);
  return { code, report, files };
}

/** As `scan`: an unreadable target (3) outranks a failure at or above --fail-on (1). */
function exitCodeOf(report: ScanReport, failOn: Severity | 'none'): ExitCode {
  if (report.results.some((r) => r.status === 'ERROR')) return EXIT.UNREADABLE;
  if (failOn !== 'none' && report.results.some((r) => r.status === 'FAIL' && atOrAbove(r.severity, failOn))) return EXIT.FAILED;
  return EXIT.OK;
}
