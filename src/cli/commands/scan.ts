import { relative, resolve } from 'node:path';
import { runPipeline } from '../../engine/pipeline.js';
import type { FlowExecution } from '../../engine/run-flow.js';
import type { ResultStream } from '../../engine/stream.js';
import type { Shard } from '../../engine/targets.js';
import { loadCatalog } from '../../load/catalog.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import type { Cloud } from '../../model/control.js';
import type { EvidenceLevel, ReportHead } from '../../model/result.js';
import type { Severity } from '../../model/severity.js';
import { OutputRoot } from '../../output/files.js';
import { openReportFiles } from '../../output/reports.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { gitCommitOf } from '../git-commit.js';
import { openInventory, type InventoryArgs } from '../inventory.js';
import type { Io } from '../io.js';
import { fileAuditLog, remediationChoice, type RemediationArgs } from '../remediation.js';
import { loadReportInputs } from '../report-inputs.js';
import { parseVarFlags, selectControls, UsageError } from '../selection.js';
import { SummaryPrinter } from '../summary.js';
import { controlSetOf } from '../../evidence/control-set.js';
import { ResponseDigest, snapshotDigest } from '../../evidence/inventory.js';
import { writeManifest } from '../../evidence/manifest.js';
import { signingKeyOf } from '../sign-key.js';
import type { SecurityHubExport, SecurityHubOutcome } from '../../providers/aws/security-hub.js';

export interface ScanArgs extends InventoryArgs, Omit<RemediationArgs, 'out' | 'cwd'> {
  controls: string[];
  flows: string[];
  cloud?: Cloud[];
  only: string[];
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
  evidence?: EvidenceLevel;
  /** --sign-key: sign the evidence manifest (else $CTRLFLOW_SIGN_KEY). */
  signKey?: string;
  /** --security-hub: import the AWS results into Security Hub (into --security-hub-region, if given). */
  securityHub?: boolean;
  securityHubRegion?: string;
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
  const catalog = await loadCatalog([...args.controls, ...args.flows], { cwd: args.cwd });
  if (catalog.diagnostics.length > 0) {
    for (const d of catalog.diagnostics) io.err(formatDiagnostic(d));
    io.err(`${catalog.diagnostics.length} error(s): nothing was scanned`);
    return { code: EXIT.BAD_INPUT, files: [] };
  }
  if (args.failOnNew && !args.baseline) throw new UsageError('--fail-on-new needs --baseline FILE (the previous run\'s ctrlflow.json)');
  const [inputs, { choice, diagnostics }] = await Promise.all([loadReportInputs(args), remediationChoice(args, io, process.env)]);
  if (inputs.diagnostics.length + diagnostics.length > 0) {
    for (const d of [...inputs.diagnostics, ...diagnostics]) io.err(formatDiagnostic(d));
    return { code: EXIT.BAD_INPUT, files: [] };
  }
  const controls = selectControls(catalog, args.only, args.severity, args.cloud);
  const overrides = parseVarFlags(args.var);
  const flowIds = new Set(controls.map((c) => c.flowId));
  for (const name of Object.keys(overrides)) {
    const declared = [...flowIds].some((id) => catalog.flows.get(id)?.flow.variables?.[name] !== undefined);
    if (!declared) throw new UsageError(`--var ${name}: no selected flow declares a variable "${name}"`);
  }
  const clouds = [...new Set(controls.map((c) => c.control.provider))];
  const signingKey = await signingKeyOf(args);
  const [opened, controlsCommit] = await Promise.all([openInventory(args, clouds, args.cwd), gitCommitOf(resolve(args.cwd, args.controls[0] ?? '.'))]);
  // Evidence of what was read: a snapshot's files hashed meanwhile, or a live read's answers as they come.
  const responses = args.inventory === undefined ? new ResponseDigest() : undefined;
  const provider = responses ? responses.wrap(opened) : opened;
  const inventoryDigest = args.inventory === undefined ? undefined : snapshotDigest(resolve(args.cwd, args.inventory), args.inventory);
  const controlSet = controlSetOf(catalog, args.controls, args.cwd);
  inventoryDigest?.catch(() => undefined);
  controlSet.catch(() => undefined);
  const hub = args.securityHub ? await securityHubExport(args) : undefined;
  const now = new Date();
  const out = new OutputRoot(resolve(args.cwd, args.out));
  const history = args.history ? new OutputRoot(resolve(args.cwd, args.history)) : undefined;
  const reports = await openReportFiles(args.format, out.dir, process.env);
  const printer = new SummaryPrinter();

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
      keepOutputs: history !== undefined,
      // A live scan waits on the network: several targets at once. A snapshot: one in memory at a time.
      targetConcurrency: args.inventory === undefined ? 4 : 1,
      concurrency: args.inventory === undefined ? 8 : 1,
      exceptions: inputs.exceptions,
      baseline: inputs.baseline,
      controlsCommit,
      choice,
      remediation:
        choice.remediate === undefined
          ? undefined
          : {
              maxActions: args.maxActions ?? 10,
              environment: process.env,
              confirm: args.yes ? undefined : io.confirm,
              audit: (audit = fileAuditLog({ ...args, out: args.out, cwd: args.cwd })),
              signal: stop.signal,
              say: { out: (line) => io.out(line), err: (line) => io.err(line) },
            },
      // The Security Hub import first: its end adds its requests to the summary's apiCalls before the reports write it.
      outputs: [...(hub ? [hub] : []), reports, printer, ...extra],
      onExecution: (execution, head) => keep(execution, head, out, history),
      onProgress: (done, total, label) => io.status(`[${done}/${total}] ${label}`),
    });
  } finally {
    process.removeListener('SIGINT', onSigint);
    io.endStatus();
  }
  const hubFailed = hub ? printSecurityHub(hub.outcome, io) : false;
  const code = outcome.refused ? EXIT.BAD_INPUT : outcome.unreadable || hubFailed ? EXIT.UNREADABLE : outcome.failed ? EXIT.FAILED : EXIT.OK;
  printer.print(code, io, args.failOnNew === true);
  await writeManifest(out, {
    command: 'scan',
    head: outcome.head,
    summary: outcome.summary,
    controlSet: await controlSet,
    inventory: inventoryDigest ? await inventoryDigest : responses!.digest(),
    ...(hub ? { securityHub: { imported: hub.outcome.imported, failed: hub.outcome.failed, archived: hub.outcome.archived } } : {}),
    written: [...reports.files(), ...out.written, ...(history?.written ?? []), ...(audit?.root.written ?? [])],
    signingKey,
  });
  const files = [...reports.files(), ...out.written];
  io.out(`Reports: ${files.map((f) => relative(args.cwd, f) || f).join(', ')}`);
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

/**
 * What an execution leaves besides results: its report-node files under --out, and with
 * --history its record (nodes, timings, counts, redacted config and outputs), one JSON file
 * per flow run. Planned actions are in the reports, with their calls resolved per control.
 */
async function keep(execution: FlowExecution, head: ReportHead, out: OutputRoot, history: OutputRoot | undefined): Promise<void> {
  for (const artifact of execution.artifacts) await out.writeFile(artifact.name, artifact.content);
  if (!history) return;
  const folder = head.startedAt.replace(/[:.]/g, '-');
  const name = `${execution.flowId}--${execution.target.provider}-${execution.target.account}-${execution.target.region}--${execution.executionId}.json`;
  const { artifacts: _artifacts, actions: _actions, ...record } = execution;
  await history.writeFile(`${folder}/${name}`, `${JSON.stringify(record, null, 2)}\n`);
}
