import { relative, resolve } from 'node:path';
import { runPipeline } from '../../engine/pipeline.js';
import type { ResultStream } from '../../model/stream.js';
import type { Shard } from '../../engine/targets.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import type { ReportHead } from '../../model/result.js';
import { keepExecution } from '../../output/executions.js';
import { OutputRoot } from '../../output/files.js';
import { openReportFiles } from '../../output/reports.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { anchorControls, anchorFile } from '../anchor.js';
import { contentPaths, loadCheckedCatalog } from '../content.js';
import { gitCommitOf } from '../git-commit.js';
import { openInventory } from '../inventory.js';
import type { ScanFlagValues } from '../scan-options.js';
import { say, type Io } from '../io.js';
import { splitByTrigger } from '../../events/triggers.js';
import { fileAuditLog, remediationChoice } from '../remediation.js';
import { controlSetOf, loadReportInputs, summarySections } from '../report-inputs.js';
import { outputProblem } from '../../output/writable.js';
import { parseVarFlags, reportedFrameworks, selectControls, UsageError } from '../selection.js';
import { SummaryPrinter, type Verbosity } from '../summary.js';
import { reportProgress } from '../progress.js';
import { openSnapshot, ResponseDigest } from '../../evidence/inventory.js';
import { writeManifest } from '../../evidence/manifest.js';
import { signingKeyOf } from '../sign-key.js';
import type { SecurityHubExport, SecurityHubOutcome } from '../../providers/aws/security-hub.js';
import { declaresVariable } from '../../flow/variables.js';

/**
 * What a scan takes: the values of the scan flags (their one table is src/cli/scan-options.ts;
 * `--controls` is `controls`, `--fail-on` is `failOn` …), with `--shard` parsed and `--quiet` /
 * `--verbose` as one verbosity.
 */
export interface ScanArgs extends Omit<ScanFlagValues, 'shard' | 'quiet' | 'verbose'> {
  shard?: Shard;
  /** What the terminal summary says (default normal). */
  verbosity?: Verbosity;
  cwd: string;
}

/** What a scan gives a caller besides its exit code (the GitHub Action reads it). */
export interface ScanRun {
  code: ExitCode;
  head?: ReportHead;
  summary?: import('../../model/result.js').ReportSummary;
  /** Every file written (reports, report-node files), in order. */
  files: string[];
}

/** `ctrlflow scan`: load, check, then the engine's pipeline streams the results into the reports; the exit code gates CI. */
export async function scanCommand(args: ScanArgs, io: Io, extra: ResultStream[] = []): Promise<ExitCode> {
  return (await runScanCommand(args, io, extra)).code;
}

export async function runScanCommand(args: ScanArgs, io: Io, extra: ResultStream[] = []): Promise<ScanRun> {
  // Every output location is checked before anything is read (let alone changed).
  const unwritable = await outputProblem(args.cwd, { folders: { '--out': args.out, '--history': args.history }, files: { '--audit-log': args.auditLog } });
  if (unwritable) throw new UsageError(unwritable);
  const catalog = await loadCheckedCatalog(await contentPaths(args, io), args.cwd, io, 'nothing was scanned');
  if (!catalog) return { code: EXIT.BAD_INPUT, files: [] };
  if (args.failOnNew && !args.baseline) throw new UsageError('--fail-on-new needs --baseline FILE (the previous run\'s ctrlflow.json)');
  if (args.baselineOptional && !args.baseline) throw new UsageError('--baseline-optional goes with --baseline FILE (it lets that file be missing on a first run)');
  const [loadedInputs, { choice, diagnostics }] = await Promise.all([loadReportInputs(args, catalog.frameworks), remediationChoice(args, io, process.env)]);
  if (loadedInputs.diagnostics.length + diagnostics.length > 0) {
    for (const d of [...loadedInputs.diagnostics, ...diagnostics]) io.err(formatDiagnostic(d));
    return { code: EXIT.BAD_INPUT, files: [] };
  }
  for (const line of loadedInputs.notices) io.out(line);
  // Event and schedule flows run on their events and schedules (src/events/triggers.ts).
  const { run: selected, skipped } = splitByTrigger(selectControls(catalog, args.only, args.severity, args.cloud, args.framework), catalog.flows, args.only);
  if (skipped.length > 0 && args.verbosity !== 'quiet') say(io, { spans: [{ text: `Not run by a scan: ${skipped.map((c) => c.control.id).join(', ')} (event- or schedule-triggered: see handle-event, listen, scan --due; or name the control with --only)`, style: 'dim' }], hang: 2 });
  // Bundled controls of an installed ctrlflow are not in the repository: SARIF points at one of its files instead.
  const controls = anchorControls(selected, args.cwd, anchorFile(args.cwd, process.env));
  const inputs = { ...loadedInputs, frameworks: reportedFrameworks(catalog, controls, args.framework ?? []), provenance: catalog.provenance };
  const overrides = parseVarFlags(args.var);
  const flowIds = new Set(controls.map((c) => c.flowId));
  for (const name of Object.keys(overrides)) {
    const declared = [...flowIds].some((id) => declaresVariable(catalog.flows.get(id)?.flow.variables, name));
    if (!declared) throw new UsageError(`--var ${name}: no selected flow declares a variable "${name}"`);
  }
  const clouds = [...new Set(controls.map((c) => c.control.provider))];
  const signingKey = await signingKeyOf(args);
  const [opened, controlsCommit] = await Promise.all([openInventory(args, clouds, args.cwd), inputs.provenance ? Promise.resolve(inputs.provenance.commit) : gitCommitOf(resolve(args.cwd, args.controls[0] ?? '.'))]);
  // Evidence of what was read: a snapshot's files hashed meanwhile, or a live read's answers as they come.
  const responses = args.inventory === undefined ? new ResponseDigest() : undefined;
  const provider = responses ? responses.wrap(opened) : opened;
  const snapshot = args.inventory === undefined ? undefined : openSnapshot(resolve(args.cwd, args.inventory), args.inventory);
  snapshot?.digest.catch(() => undefined);
  const hub = args.securityHub ? await securityHubExport(args) : undefined;
  const now = new Date();
  const out = new OutputRoot(resolve(args.cwd, args.out));
  const history = args.history ? new OutputRoot(resolve(args.cwd, args.history)) : undefined;
  const reports = await openReportFiles(args.format, out.dir, process.env, snapshot?.bytes);
  const printer = new SummaryPrinter();
  // --quiet: no progress either.
  const quiet = args.verbosity === 'quiet';

  // Ctrl-C while remediating: the call in flight finishes, no other starts (a second Ctrl-C stops at once).
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.kill(process.pid, 'SIGINT');
    stop.abort();
    io.err('Stopping after the current action (the audit log records what ran).');
  };
  if (choice.remediate !== undefined) process.once('SIGINT', onSigint);
  let outcome;
  let audit: ReturnType<typeof fileAuditLog> | undefined;
  try {
    outcome = await runPipeline({
      controls,
      flows: catalog.flows,
      provider,
      overrides,
      now,
      environment: process.env,
      failOn: args.failOn,
      failOnNew: args.failOnNew === true,
      evidence: args.evidence ?? 'findings',
      shard: args.shard,
      strict: args.strict === true,
      // An organisation's accounts are split between the shards, each read by one shard only.
      ...(args.awsOrganization ? { shardBy: 'account' as const } : {}),
      keepOutputs: history !== undefined,
      // A live scan waits on the network: several targets at once. A snapshot: one in memory at a time.
      targetConcurrency: args.inventory === undefined ? 4 : 1,
      concurrency: args.inventory === undefined ? 8 : 1,
      exceptions: inputs.exceptions,
      baseline: inputs.baseline,
      controlsCommit,
      controlSet: controlSetOf(inputs.provenance),
      choice,
      remediation:
        choice.remediate === undefined
          ? undefined
          : {
              maxActions: args.maxActions ?? 10,
              confirm: args.yes ? undefined : io.confirm,
              audit: (audit = fileAuditLog({ ...args, out: args.out, cwd: args.cwd })),
              signal: stop.signal,
              say: { out: (line) => say(io, { spans: [{ text: line }], hang: 4 }), err: (line) => io.err(line) },
            },
      // The progress line says when the reports are being finished (the HTML and SARIF are written at the end).
      // The Security Hub import first: its end adds its requests to the summary's apiCalls before the reports write it.
      outputs: [...(hub ? [hub] : []), ...(quiet ? [] : [reportProgress(args.format, io)]), reports, printer, ...extra],
      sections: summarySections(inputs, now),
      onExecution: (execution, head) => keepExecution(execution, head, out, history),
      ...(quiet ? {} : { onProgress: (done: number, total: number, label: string) => io.status(`[${done}/${total}] ${label}`) }),
    });
  } finally {
    process.removeListener('SIGINT', onSigint);
    io.endStatus();
  }
  const hubFailed = hub ? printSecurityHub(hub.outcome, io) : false;
  const code = outcome.refused ? EXIT.BAD_INPUT : outcome.unreadable || hubFailed ? EXIT.UNREADABLE : outcome.failed ? EXIT.FAILED : EXIT.OK;
  printer.print(code, io, args.failOnNew === true, args.verbosity);
  await writeManifest(out, {
    command: 'scan',
    head: outcome.head,
    summary: outcome.summary,
    inventory: snapshot ? await snapshot.digest : responses!.digest(),
    ...(hub ? { securityHub: { imported: hub.outcome.imported, failed: hub.outcome.failed, archived: hub.outcome.archived } } : {}),
    written: [...reports.files(), ...out.written, ...(history?.written ?? []), ...(audit?.root.written ?? [])],
    signingKey,
  });
  const files = [...reports.files(), ...out.written];
  if (args.verbosity !== 'quiet') say(io, { spans: [{ text: `Reports: ${files.map((f) => relative(args.cwd, f) || f).join(', ')}`, style: 'dim' }], hang: 2 });
  return { code, head: outcome.head, summary: outcome.summary, files };
}

async function securityHubExport(args: ScanArgs): Promise<SecurityHubExport> {
  const { SecurityHubExport } = await import('../../providers/aws/security-hub.js');
  return new SecurityHubExport({
    region: args.securityHubRegion,
    profiles: args.awsProfile,
    roleArns: args.awsRoleArn,
    externalId: args.awsExternalId,
    sessionName: args.awsSessionName,
    endpoint: args.awsEndpointUrl ?? process.env.AWS_ENDPOINT_URL,
  });
}

/** The import's outcome, each failure named (the first 20); true when some finding or call failed (exit 3). */
function printSecurityHub(outcome: SecurityHubOutcome, io: Io): boolean {
  io.out(`Security Hub: ${outcome.imported} finding(s) imported, ${outcome.archived} archived, ${outcome.failed} failed`);
  for (const f of outcome.failures.slice(0, 20)) io.err(`error security-hub: ${f.account}/${f.region} ${f.id}: ${f.code}: ${f.message}`);
  if (outcome.failures.length > 20) io.err(`error security-hub: and ${outcome.failed - 20} more`);
  return outcome.failed > 0;
}
