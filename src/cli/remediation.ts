import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { applyActions, attachActions, type AuditEntry, type Plan, type RemediationChoice, type Runnable } from '../engine/remediate.js';
import { withResults } from '../engine/results.js';
import { sortedKeys, targetKey } from '../engine/scan.js';
import type { Diagnostic } from '../load/diagnostics.js';
import { loadApprovals } from '../load/approvals.js';
import type { Result, ScanReport } from '../model/result.js';
import type { InventoryProvider } from '../providers/types.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { Io } from './io.js';
import { UsageError } from './selection.js';
import { append } from '../model/append.js';
import { redactedJson, redactText } from '../output/redact.js';

export interface RemediationArgs {
  remediate?: string[];
  yes?: boolean;
  maxActions?: number;
  approve?: string[];
  approvals?: string;
  auditLog?: string;
  inventory?: string;
  out: string;
  cwd: string;
}

/**
 * What the run may do, checked before anything is read: --remediate needs a live cloud, and
 * without --yes a terminal to ask on (never in CI); an approvals file must be valid.
 */
export async function remediationChoice(args: RemediationArgs, io: Io, environment: Readonly<Record<string, string | undefined>>): Promise<{ choice: RemediationChoice; diagnostics: Diagnostic[] }> {
  // `--remediate all` (the action's input) is every control, as `--remediate` alone is.
  const remediate = args.remediate?.some((id) => id === 'all') ? [] : args.remediate;
  const choice: RemediationChoice = { remediate, approvedControls: args.approve ?? [], approvedResources: [] };
  const diagnostics: Diagnostic[] = [];
  if (args.approvals) {
    const loaded = await loadApprovals(resolve(args.cwd, args.approvals), args.approvals);
    append(diagnostics, loaded.diagnostics);
    choice.approvedResources = loaded.approvals;
  }
  if (args.remediate === undefined) return { choice, diagnostics };
  if (args.inventory !== undefined) throw new UsageError('--remediate changes the live cloud: it cannot run on a snapshot (--inventory); scan live, or leave --remediate out to see the plan');
  if (!Number.isInteger(args.maxActions) || (args.maxActions ?? 0) < 0) throw new UsageError('--max-actions must be a whole number, 0 or more');
  if (!args.yes) {
    if (isCi(environment)) throw new UsageError('--remediate in CI needs --yes: review the plan of a run without --remediate, then apply it with --yes');
    if (!io.confirm) throw new UsageError('--remediate without a terminal to ask on needs --yes');
  }
  return { choice, diagnostics };
}

const isCi = (environment: Readonly<Record<string, string | undefined>>) => ['CI', 'GITHUB_ACTIONS'].some((name) => environment[name] !== undefined && !['', 'false', '0'].includes(environment[name]!));

export interface RemediationRun {
  /** The shaped report the plan was made on. */
  report: ScanReport;
  /** The scan's report before exceptions and baseline, to merge the re-evaluation into. */
  raw: ScanReport;
  plan: Plan;
  args: RemediationArgs;
  io: Io;
  environment: Readonly<Record<string, string | undefined>>;
  /** The live provider itself: reuse reads must see what earlier actions created, never a cached answer. */
  provider: InventoryProvider;
  /** Runs the given controls again on the given targets (targetKey), reading afresh. */
  rerun(controls: Set<string>, targets: Set<string>): Promise<ScanReport>;
  /** Exceptions and baseline, as on the first pass. */
  shape(raw: ScanReport): Promise<ScanReport>;
}

/** --remediate: print the plan, apply the limits, ask, run with an audit log, evaluate again. */
export async function runRemediation(run: RemediationRun): Promise<{ report: ScanReport; code?: ExitCode }> {
  const { plan, args, io } = run;
  const planned = attachActions(run.report, plan.records, false);
  if (plan.runnable.length === 0) {
    io.out('Remediation: nothing to apply (no FAIL result of the selected controls has an approved action).');
    return { report: planned };
  }
  io.out('');
  io.out(`Remediation plan (${plan.runnable.length} action(s)):`);
  for (const r of plan.runnable) io.out(`  - ${describeAction(r)}`);

  const limit = args.maxActions ?? 10;
  if (plan.runnable.length > limit) {
    for (const r of plan.runnable) for (const record of r.records) record.status = 'over-limit';
    io.err(`error remediation: ${plan.runnable.length} actions would run, more than --max-actions ${limit}: nothing was changed. Narrow it with --remediate CONTROL_ID, or raise --max-actions.`);
    return { report: attachActions(run.report, plan.records, false), code: EXIT.BAD_INPUT };
  }
  const unset = [...new Set(plan.runnable.flatMap((r) => r.action.steps.flatMap((s) => (s.needs ?? []).filter((name) => !run.environment[name]))))];
  if (unset.length > 0) {
    io.err(`error remediation: the actions read ${unset.map((n) => `\${env:${n}}`).join(', ')}, which ${unset.length > 1 ? 'are' : 'is'} not set: nothing was changed.`);
    return { report: planned, code: EXIT.BAD_INPUT };
  }
  if (!args.yes && !(await io.confirm!(`Apply these ${plan.runnable.length} action(s) to the live cloud? [y/N] `))) {
    io.out('Nothing was changed.');
    return { report: planned };
  }

  const auditLog = resolve(args.cwd, args.auditLog ?? join(args.out, 'ctrlflow-audit.jsonl'));
  try {
    // Writable before the first call, or nothing is changed.
    await mkdir(dirname(auditLog), { recursive: true });
    await appendFile(auditLog, '');
  } catch (error) {
    io.err(`error remediation: cannot write the audit log ${relative(args.cwd, auditLog) || auditLog} (${(error as NodeJS.ErrnoException).code ?? String(error)}): nothing was changed.`);
    return { report: planned, code: EXIT.BAD_INPUT };
  }
  let stopping = false;
  const onSigint = () => {
    stopping = true;
    io.err('Stopping after the current action (the audit log records what ran).');
  };
  process.once('SIGINT', onSigint);
  try {
    await applyActions(plan.runnable, run.provider, {
      run: run.report.scanId,
      // Secrets masked in every value (an error body echoing a credential, a URL holding one).
      audit: (entry: AuditEntry) => appendFile(auditLog, `${redactText(redactedJson(entry))}\n`),
      stopped: () => stopping,
      onDone: (r, i) => io.out(`[${i + 1}/${plan.runnable.length}] ${r.records[0]!.status}${r.records[0]!.error ? ` (${r.records[0]!.error.code}: ${r.records[0]!.error.message})` : ''}: ${describeAction(r)}`),
    });
  } finally {
    process.removeListener('SIGINT', onSigint);
  }

  // Evaluate again where something was attempted: the report shows the estate as it is now.
  const attempted = plan.runnable.filter((r) => r.records[0]!.status !== 'interrupted');
  const controls = new Set(attempted.flatMap((r) => r.controls));
  const targets = new Set(attempted.map((r) => targetKey(r.target)));
  let shaped = run.report;
  if (attempted.length > 0) {
    const again = await run.rerun(controls, targets);
    const replaced = (r: Result) => controls.has(r.controlId) && targets.has(targetKey(r));
    const order = new Map(run.raw.controls.map((c, i) => [c.id, i]));
    const merged = [...run.raw.results.filter((r) => !replaced(r)), ...again.results].sort((a, b) => order.get(a.controlId)! - order.get(b.controlId)!);
    shaped = await run.shape(withResults(run.raw, merged));
  }
  const report = attachActions(shaped, plan.records, true);
  const records = plan.runnable.map((r) => r.records[0]!);
  const outcomes = report.results.flatMap((r) => r.actions ?? []).filter((a) => a.outcome);
  const remediation = {
    auditLog: relative(args.cwd, auditLog) || auditLog,
    applied: records.filter((r) => r.status === 'applied').length,
    noOp: records.filter((r) => r.status === 'no-op').length,
    failed: records.filter((r) => r.status === 'failed').length,
    interrupted: records.filter((r) => r.status === 'interrupted').length,
    fixed: outcomes.filter((a) => a.outcome === 'fixed').length,
    stillFailing: outcomes.filter((a) => a.outcome === 'still-failing').length,
  };
  // Writes and the re-evaluation's reads count too.
  const apiCalls = run.provider.requests ? sortedKeys(run.provider.requests()) : undefined;
  return { report: { ...report, ...(apiCalls ? { apiCalls } : {}), remediation } };
}

function describeAction(r: Runnable): string {
  // The calls as the plan rendered them (shown, secrets as *****).
  const calls = r.records[0]!.calls.map((call) => `${call.service} ${call.method}`);
  const where = `${r.target.provider} ${r.target.account}/${r.target.region}`;
  return `${calls.join(' → ')} on ${r.resourceId} in ${where} (${r.controls.join(', ')}, node ${r.action.node})`;
}
