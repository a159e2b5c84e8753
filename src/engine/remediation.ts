import type { ActionRecord } from '../model/action.js';
import type { Remediation, Result } from '../model/result.js';
import type { InventoryProvider } from '../providers/types.js';
import { findingKey } from './results.js';
import { actorOf, applyActions, withOutcomes, type AuditLog, type Runnable } from './remediate.js';
import { targetKey } from './targets.js';

/** What --remediate needs beyond the plan: the limits, who to ask, where to record, when to stop. */
export interface RemediationInput {
  maxActions: number;
  /** Asks before applying; absent: apply without asking (--yes). */
  confirm?(question: string): Promise<boolean>;
  audit: AuditLog;
  /** Aborted on Ctrl-C: the call in flight finishes, no other starts, the rest are interrupted. */
  signal?: AbortSignal;
  /** What the run tells its user as it goes (the plan, each action's outcome). */
  say: { out(line: string): void; err(line: string): void };
}

interface Held {
  results: Result[];
  runnable: Runnable[];
  /** The live provider itself: reuse reads must see what earlier actions created, never a cached answer; its act() makes every call. */
  provider: InventoryProvider;
  scanId: string;
  /** Every control of the run evaluated again on the given targets (targetKey), with fresh reads, shaped (not planned again). */
  reevaluate(targets: Set<string>): Promise<Result[]>;
}

/**
 * --remediate on the held results: print the plan, apply the limits, ask, run with an audit
 * log, then evaluate EVERY control again on each target where something was attempted (a
 * revoke planned by AWS-EC2-001 changes what AWS-EC2-005 and AWS-RDS-001 see too) and put
 * those results in place of the old ones, each action with its outcome (fixed or still failing).
 */
export async function remediate(input: RemediationInput, held: Held): Promise<{ results: Result[]; refused: boolean; summary?: Remediation }> {
  const { runnable } = held;
  const { say } = input;
  const unchanged = { results: held.results, refused: false };
  if (runnable.length === 0) {
    say.out('Remediation: nothing to apply (no FAIL result of the selected controls has an approved action).');
    return unchanged;
  }
  say.out('');
  say.out(`Remediation plan (${runnable.length} action(s)):`);
  for (const r of runnable) say.out(`  - ${describeAction(r)}`);

  if (runnable.length > input.maxActions) {
    for (const r of runnable) for (const record of r.records) record.status = 'over-limit';
    say.err(`error remediation: ${runnable.length} actions would run, more than --max-actions ${input.maxActions}: nothing was changed. Narrow it with --remediate CONTROL_ID, or raise --max-actions.`);
    return { results: held.results, refused: true };
  }
  const actor = actorOf(held.provider);
  // Asked of the provider that sends them (the http actions' `${env:NAME}`), as the plan renders the calls.
  const unset = [...new Set(runnable.flatMap((r) => r.action.steps.flatMap((s) => actor.missing?.(s.call(r.data)) ?? [])))];
  if (unset.length > 0) {
    say.err(`error remediation: the actions read ${unset.map((n) => `\${env:${n}}`).join(', ')}, which ${unset.length > 1 ? 'are' : 'is'} not set: nothing was changed.`);
    return { results: held.results, refused: true };
  }
  if (input.confirm && !(await input.confirm(`Apply these ${runnable.length} action(s) to the live cloud? [y/N] `))) {
    say.out('Nothing was changed.');
    return unchanged;
  }
  try {
    await input.audit.open();
  } catch (error) {
    say.err(`error remediation: cannot write the audit log ${input.audit.name} (${(error as NodeJS.ErrnoException).code ?? String(error)}): nothing was changed.`);
    return { results: held.results, refused: true };
  }
  await applyActions(runnable, held.provider, actor, {
    run: held.scanId,
    audit: (entry) => input.audit.append(entry),
    signal: input.signal,
    onDone: (r, i) => say.out(`[${i + 1}/${runnable.length}] ${r.records[0]!.status}${r.records[0]!.error ? ` (${r.records[0]!.error.code}: ${r.records[0]!.error.message})` : ''}: ${describeAction(r)}`),
  });

  // Evaluate again where something was attempted: the report shows the estate as it is now,
  // for every control there, not only those whose actions ran.
  const attempted = runnable.filter((r) => r.records[0]!.status !== 'interrupted');
  const targets = new Set(attempted.map((r) => targetKey(r.target)));
  let results = held.results;
  // Each finding's action records, to carry onto its re-evaluated result.
  const records = new Map<string, ActionRecord[]>();
  for (const r of held.results) if (r.actions) records.set(findingKey(r), r.actions);
  if (attempted.length > 0) {
    const again = await held.reevaluate(targets);
    const replaced = (r: Result) => targets.has(targetKey(r));
    results = [];
    let inserted = false;
    for (const r of held.results) {
      if (!replaced(r)) results.push(r);
      else if (!inserted) {
        // The new results go where the first replaced one was; the order of the rest stands.
        for (const n of again) results.push(n);
        inserted = true;
      }
    }
    if (!inserted) for (const n of again) results.push(n);
  }
  let fixed = 0;
  let stillFailing = 0;
  for (const r of results) {
    const own = records.get(findingKey(r));
    if (!own) continue;
    r.actions = withOutcomes(r, own);
    for (const a of r.actions) {
      if (a.outcome === 'fixed') fixed += 1;
      else if (a.outcome === 'still-failing') stillFailing += 1;
    }
  }
  const ran = runnable.map((r) => r.records[0]!);
  const count = (status: ActionRecord['status']) => ran.filter((r) => r.status === status).length;
  return {
    results,
    refused: false,
    summary: { auditLog: input.audit.name, applied: count('applied'), noOp: count('no-op'), failed: count('failed'), interrupted: count('interrupted'), fixed, stillFailing },
  };
}

function describeAction(r: Runnable): string {
  // The calls as the plan rendered them (shown, secrets as *****).
  const calls = r.records[0]!.calls.map((call) => `${call.service} ${call.method}`);
  const where = `${r.target.provider} ${r.target.account}/${r.target.region}`;
  return `${calls.join(' → ')} on ${r.resourceId} in ${where} (${r.controls.join(', ')}, node ${r.action.node})`;
}
