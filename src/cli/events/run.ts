import { relative, resolve } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { gitCommitOf } from '../git-commit.js';
import type { Io } from '../io.js';
import { fileAuditLog, type RemediationArgs } from '../remediation.js';
import { controlSetOf, summarySections, type ReportInputs } from '../report-inputs.js';
import { SummaryPrinter } from '../summary.js';
import { runPipeline } from '../../engine/pipeline.js';
import type { RemediationChoice } from '../../engine/remediate.js';
import type { LoadedControl, LoadedFlow } from '../../load/catalog.js';
import type { ReportHead, ReportSummary } from '../../model/result.js';
import type { Severity } from '../../model/severity.js';
import { keepExecution } from '../../output/executions.js';
import { OutputRoot } from '../../output/files.js';
import { openReportFiles } from '../../output/reports.js';
import type { InventoryProvider } from '../../providers/types.js';
import type { EventScope } from '../../nodes/events/scope.js';
import { openSnapshot, ResponseDigest } from '../../evidence/inventory.js';
import { writeManifest } from '../../evidence/manifest.js';
import type { SigningKey } from '../../evidence/sign.js';

/**
 * THE adapter between events and the engine: "run these controls on these targets with this
 * event scope, write the reports, remediate when asked, and give the exit code". handle-event,
 * listen and the Lambda handler run every event through it; it calls the engine's one entry
 * point (runPipeline) the way `scan` does: the results stream to the report files and the
 * terminal summary, exceptions and framework statuses shape them, and --remediate runs
 * inside the pipeline with its audit log.
 */
export interface ControlRun {
  controls: LoadedControl[];
  flows: Map<string, LoadedFlow>;
  /** The inventory as opened (live or snapshot); each target (and each re-evaluation) gets its own call cache. */
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
  /** --inventory as given (relative to cwd): the snapshot the evidence manifest hashes; absent for a live read. */
  inventory?: string;
  /** Signs the evidence manifest. */
  signingKey?: SigningKey;
  environment: Readonly<Record<string, string | undefined>>;
  now: Date;
  cwd: string;
  io: Io;
}

export interface ControlRunOutcome {
  code: ExitCode;
  head: ReportHead;
  summary: ReportSummary;
  files: string[];
}

export async function runControls(run: ControlRun): Promise<ControlRunOutcome> {
  const out = new OutputRoot(run.out);
  // Evidence of what was read (as scan's): a snapshot's files hashed meanwhile, or a live read's answers as they come.
  const responses = run.inventory === undefined ? new ResponseDigest() : undefined;
  const provider = responses ? responses.wrap(run.provider) : run.provider;
  const snapshot = run.inventory === undefined ? undefined : openSnapshot(resolve(run.cwd, run.inventory), run.inventory, run.environment);
  snapshot?.digest.catch(() => undefined);
  let audit: ReturnType<typeof fileAuditLog> | undefined;
  const [reports, controlsCommit] = await Promise.all([openReportFiles(run.format, out.dir, run.environment, snapshot?.bytes), gitCommitOf(run.controlsPath)]);
  const printer = new SummaryPrinter();
  const remediating = run.choice.remediate !== undefined;
  // Ctrl-C while remediating: the call in flight finishes, no other starts.
  const stop = new AbortController();
  const onSigint = () => {
    if (!stop.signal.aborted) run.io.err('Stopping after the current action (the audit log records what ran).');
    stop.abort();
  };
  if (remediating) process.once('SIGINT', onSigint);
  let outcome;
  try {
    outcome = await runPipeline({
      controls: run.controls,
      flows: run.flows,
      provider,
      overrides: run.overrides,
      now: run.now,
      environment: run.environment,
      failOn: run.failOn,
      restrictTo: run.targets,
      eventScope: run.eventScope,
      exceptions: run.inputs.exceptions,
      baseline: run.inputs.baseline,
      controlsCommit,
      controlSet: controlSetOf(run.inputs.provenance),
      choice: run.choice,
      remediation: remediating
        ? {
            maxActions: run.remediation.maxActions ?? 10,
            confirm: run.remediation.yes ? undefined : run.io.confirm,
            audit: (audit = fileAuditLog(run.remediation)),
            signal: stop.signal,
            say: { out: (line) => run.io.out(line), err: (line) => run.io.err(line) },
          }
        : undefined,
      outputs: [reports, printer],
      sections: summarySections(run.inputs, run.now),
      onExecution: (execution, head) => keepExecution(execution, head, out, undefined),
    });
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
  // As `scan`: refused remediation (2), an unreadable target (3), a failure at or above --fail-on (1).
  const code = outcome.refused ? EXIT.BAD_INPUT : outcome.unreadable ? EXIT.UNREADABLE : outcome.failed ? EXIT.FAILED : EXIT.OK;
  printer.print(code, run.io);
  await writeManifest(out, {
    command: 'handle-event',
    head: outcome.head,
    summary: outcome.summary,
    inventory: snapshot ? await snapshot.digest : responses!.digest(),
    written: [...reports.files(), ...out.written, ...(audit?.root.written ?? [])],
    signingKey: run.signingKey,
  });
  const files = [...reports.files(), ...out.written];
  run.io.out(`Reports: ${files.map((f) => relative(run.cwd, f) || f).join(', ')}`);
  return { code, head: outcome.head, summary: outcome.summary, files };
}
