import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { runScan, type ScanOutcome, type Shard } from '../../engine/scan.js';
import { loadCatalog } from '../../load/catalog.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import type { Result, ScanReport } from '../../model/result.js';
import { atOrAbove, type Severity } from '../../model/severity.js';
import { withCallCache } from '../../providers/call-cache.js';
import type { InventoryProvider } from '../../providers/types.js';
import { openInventory, type InventoryArgs } from '../inventory.js';
import type { Cloud } from '../../model/control.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { writeReportFiles } from '../report-files.js';
import { planActions, attachActions } from '../../engine/remediate.js';
import { splitByTrigger } from '../../events/triggers.js';
import { remediationChoice, runRemediation, type RemediationArgs } from '../remediation.js';
import { loadReportInputs, shapeReport } from '../report-inputs.js';
import { printSummary } from '../summary.js';
import { parseVarFlags, reportedFrameworks, selectControls, UsageError } from '../selection.js';

export interface ScanArgs extends InventoryArgs, Omit<RemediationArgs, 'out' | 'cwd'> {
  controls: string[];
  flows: string[];
  cloud?: Cloud[];
  only: string[];
  /** Framework ids: only the controls their requirements list. */
  framework?: string[];
  severity?: Severity;
  failOn: Severity | 'none';
  format: string[];
  out: string;
  var: string[];
  history?: string;
  shard?: Shard;
  exceptions?: string;
  baseline?: string;
  failOnNew?: boolean;
  /** A condition key no item had makes the control's PASS results ERROR (KeyNeverFound). */
  strict?: boolean;
  attestations?: string;
  cwd: string;
}

/** `ctrlflow scan`: load, check, run, write reports; the exit code gates CI. */
export async function scanCommand(args: ScanArgs, io: Io): Promise<ExitCode> {
  const catalog = await loadCatalog([...args.controls, ...args.flows], { cwd: args.cwd });
  if (catalog.diagnostics.length > 0) {
    for (const d of catalog.diagnostics) io.err(formatDiagnostic(d));
    io.err(`${catalog.diagnostics.length} error(s): nothing was scanned`);
    return EXIT.BAD_INPUT;
  }
  if (args.failOnNew && !args.baseline) throw new UsageError('--fail-on-new needs --baseline FILE (the previous run\'s ctrlflow.json)');
  const loadedInputs = await loadReportInputs(args, catalog.frameworks);
  const { choice, diagnostics } = await remediationChoice(args, io, process.env);
  if (loadedInputs.diagnostics.length + diagnostics.length > 0) {
    for (const d of [...loadedInputs.diagnostics, ...diagnostics]) io.err(formatDiagnostic(d));
    return EXIT.BAD_INPUT;
  }
  // Event and schedule flows run on their events and schedules (src/events/triggers.ts).
  const { run: controls, skipped } = splitByTrigger(selectControls(catalog, args.only, args.severity, args.cloud, args.framework), catalog.flows, args.only);
  if (skipped.length > 0) io.out(`Not run by a scan: ${skipped.map((c) => c.control.id).join(', ')} (event- or schedule-triggered: see handle-event, listen, scan --due; or name the control with --only)`);
  const inputs = { ...loadedInputs, frameworks: reportedFrameworks(catalog, controls, args.framework ?? []), provenance: catalog.provenance };
  const overrides = parseVarFlags(args.var);
  const flowIds = new Set(controls.map((c) => c.flowId));
  for (const name of Object.keys(overrides)) {
    const declared = [...flowIds].some((id) => catalog.flows.get(id)?.flow.variables?.[name] !== undefined);
    if (!declared) throw new UsageError(`--var ${name}: no selected flow declares a variable "${name}"`);
  }
  const clouds = [...new Set(controls.map((c) => c.control.provider))];
  const live = await openInventory(args, clouds, args.cwd);
  const now = new Date();
  const scan = (only: typeof controls, provider: InventoryProvider, restrictTo?: Set<string>) =>
    runScan({
      controls: only,
      flows: catalog.flows,
      provider,
      overrides,
      now,
      environment: process.env,
      failOn: args.failOn,
      keepOutputs: args.history !== undefined,
      strict: args.strict === true,
      shard: restrictTo ? undefined : args.shard,
      // An organisation's accounts are split between the shards, each read by one shard only.
      ...(args.awsOrganization ? { shardBy: 'account' as const } : {}),
      restrictTo,
      onProgress: (done, total, label) => io.status(`[${done}/${total}] ${label}`),
    });
  const outcome = await scan(controls, withCallCache(live));
  io.endStatus();

  const shape = (raw: ScanReport) => shapeReport(raw, inputs, resolve(args.cwd, args.controls[0] ?? '.'), now);
  const shaped = await shape(outcome.report);
  const plan = planActions(shaped, outcome.executions, choice, now);
  let report = attachActions(shaped, plan.records, false);
  let refused: ExitCode | undefined;
  if (choice.remediate !== undefined) {
    const done = await runRemediation({
      report: shaped,
      raw: outcome.report,
      plan,
      args: { ...args, out: args.out, cwd: args.cwd },
      io,
      environment: process.env,
      provider: live,
      rerun: async (ids, targets) => {
        const again = await scan(controls.filter((c) => ids.has(c.control.id)), withCallCache(live), targets);
        io.endStatus();
        return again.report;
      },
      shape,
    });
    report = done.report;
    refused = done.code;
  }
  const written = await writeReports({ ...outcome, report }, args);
  if (args.history) await writeHistory(outcome, resolve(args.cwd, args.history));
  const code = refused ?? exitCodeOf(report, args.failOn, args.failOnNew === true);
  printSummary(report, code, io, args.failOnNew === true);
  io.out(`Reports: ${written.map((f) => relative(args.cwd, f) || f).join(', ')}`);
  return code;
}

/**
 * Precedence of DESIGN.md: an unreadable target (3) outranks a failure (1). EXCEPTED never
 * gates; with --fail-on-new only FAILs the baseline did not have do.
 */
function exitCodeOf(report: ScanReport, failOn: Severity | 'none', onlyNew: boolean): ExitCode {
  if (report.results.some((r) => r.status === 'ERROR')) return EXIT.UNREADABLE;
  if (failOn === 'none') return EXIT.OK;
  const gates = (r: Result) => r.status === 'FAIL' && atOrAbove(r.severity, failOn) && (!onlyNew || r.baseline === 'new');
  if (report.results.some(gates)) return EXIT.FAILED;
  return EXIT.OK;
}

async function writeReports(outcome: ScanOutcome, args: ScanArgs): Promise<string[]> {
  const out = resolve(args.cwd, args.out);
  const files = await writeReportFiles(outcome.report, args.format, out);
  for (const artifact of outcome.artifacts) {
    const file = join(out, artifact.name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, artifact.content);
    files.push(file);
  }
  return files;
}

/** One JSON file per flow execution: nodes, timings, counts, redacted config and outputs. */
async function writeHistory(outcome: ScanOutcome, dir: string): Promise<void> {
  const folder = join(dir, outcome.report.startedAt.replace(/[:.]/g, '-'));
  await mkdir(folder, { recursive: true });
  for (const e of outcome.executions) {
    const name = `${e.flowId}--${e.target.provider}-${e.target.account}-${e.target.region}--${e.executionId}.json`;
    // Planned actions are in the reports, with their calls resolved per control.
    const { artifacts: _artifacts, actions: _actions, ...record } = e;
    await writeFile(join(folder, name), `${JSON.stringify(record, null, 2)}\n`);
  }
}
