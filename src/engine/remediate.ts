import type { ActionCall, ActionRecord } from '../model/action.js';
import type { Result, ScanReport } from '../model/result.js';
import type { ActionData, PlannedAction } from '../nodes/types.js';
import { ActionCallError, TargetReadError, type InventoryProvider, type Item, type Target } from '../providers/types.js';
import { findingKey } from './baseline.js';
import { globMatcher } from '../conditions/safe-regex.js';
import type { FlowExecution } from './run-flow.js';
import { redactText } from '../output/redact.js';

/**
 * Remediation is planned on every scan and run only when asked: the plan attaches to FAIL
 * results only (never ERROR, EXCEPTED or PASS), then --remediate picks the controls, the
 * approval gate and --max-actions decide, and each call is written to the audit log before
 * and after it is made.
 */
export interface RemediationChoice {
  /** Control ids to remediate; empty: all. Undefined: plan only. */
  remediate?: string[];
  /** Control ids whose `approval: required` actions may run. */
  approvedControls: string[];
  /** (control, resource) pairs from an approvals file. */
  approvedResources: { control: string; resource: string }[];
}

/** One action to run on one resource, for one or more controls whose results it would fix. */
export interface Runnable {
  key: string;
  target: Target;
  resourceId: string;
  controls: string[];
  action: PlannedAction;
  data: ActionData;
  records: ActionRecord[];
}

export interface Plan {
  /** Action records by result key (control, target, resource), as reports show them. */
  records: Map<string, ActionRecord[]>;
  /** What --remediate would run now, one per distinct action. */
  runnable: Runnable[];
}

/** The plan for a shaped report (exceptions applied): each FAIL result's actions with their status. */
export function planActions(report: ScanReport, executions: FlowExecution[], choice: RemediationChoice, now: Date): Plan {
  const remediated = choice.remediate?.map(globMatcher);
  const approvedControls = choice.approvedControls.map(globMatcher);
  const approvedResources = choice.approvedResources.map((a) => ({ control: globMatcher(a.control), resource: a.resource }));
  const failsByResource = new Map<string, Result[]>();
  for (const r of report.results) {
    if (r.status !== 'FAIL' || r.resourceId === undefined) continue;
    const key = [r.flowId, r.provider, r.account, r.region, r.resourceId].join('\u0000');
    failsByResource.set(key, [...(failsByResource.get(key) ?? []), r]);
  }
  const records = new Map<string, ActionRecord[]>();
  const runnable = new Map<string, Runnable>();
  for (const execution of executions) {
    const { target } = execution;
    for (const action of execution.actions) {
      const fails = failsByResource.get([execution.flowId, target.provider, target.account, target.region, action.resourceId].join('\u0000')) ?? [];
      for (const result of fails) {
        const data: ActionData = { control: result.controlId, title: result.title, severity: result.severity, time: now.toISOString() };
        const calls: ActionCall[] = action.steps.map((step) => {
          const shown = step.shown(step.call(data));
          return { step: step.id, via: step.via, service: shown.service, method: shown.method, params: shown.params };
        });
        const selected = remediated !== undefined && (remediated.length === 0 || remediated.some((id) => id(result.controlId)));
        const approved =
          action.approval !== 'required' ||
          approvedControls.some((id) => id(result.controlId)) ||
          approvedResources.some((a) => a.control(result.controlId) && a.resource === action.resourceId);
        const record: ActionRecord = {
          node: action.node,
          ...(action.name ? { name: action.name } : {}),
          status: !approved ? 'awaiting-approval' : remediated !== undefined && !selected ? 'not-selected' : 'planned',
          ...(action.approval ? { approval: action.approval } : {}),
          calls,
        };
        const key = findingKey(result);
        records.set(key, [...(records.get(key) ?? []), record]);
        if (!selected || !approved) continue;
        // Controls sharing a flow plan the same call on the same resource: it runs once.
        const runKey = JSON.stringify([target, action.node, action.resourceId, calls.map(({ step, ...c }) => [step, c.service, c.method, c.params])]);
        const existing = runnable.get(runKey);
        if (existing) {
          existing.controls.push(result.controlId);
          existing.records.push(record);
        } else {
          runnable.set(runKey, { key: runKey, target, resourceId: action.resourceId, controls: [result.controlId], action, data, records: [record] });
        }
      }
    }
  }
  return { records, runnable: [...runnable.values()] };
}

/** One line of the audit log (JSON lines, append-only). */
export interface AuditEntry {
  time: string;
  run: string;
  event: 'started' | 'finished' | 'reused' | 'skipped';
  controls: string[];
  provider: string;
  account: string;
  region: string;
  resource: string;
  node: string;
  step: string;
  call: { via: string; service: string; method: string };
  params: Record<string, unknown>;
  outcome?: 'succeeded' | 'no-op' | 'failed' | 'found';
  error?: { code: string; message: string };
}

export interface ApplyOptions {
  run: string;
  /** Awaited before the call is made, so an interrupted run never leaves a call unrecorded. */
  audit(entry: AuditEntry): Promise<void>;
  /** True once the run was asked to stop (SIGINT): the remaining actions are left interrupted. */
  stopped?(): boolean;
  /** Once per action, after it ran. */
  onDone?(runnable: Runnable, index: number): void;
}

/** Runs each action's steps in order; a failed call ends its action, never the others. */
export async function applyActions(runnable: Runnable[], provider: InventoryProvider, options: ApplyOptions): Promise<void> {
  for (const [index, item] of runnable.entries()) {
    if (options.stopped?.()) {
      for (const r of runnable.slice(index)) for (const record of r.records) record.status = 'interrupted';
      return;
    }
    const outcome = await applyOne(item, provider, options);
    for (const record of item.records) {
      record.status = outcome.status;
      if (outcome.error) record.error = outcome.error;
    }
    options.onDone?.(item, index);
  }
}

async function applyOne(item: Runnable, provider: InventoryProvider, options: ApplyOptions): Promise<{ status: 'applied' | 'no-op' | 'failed'; error?: ActionRecord['error'] }> {
  const outputs: Record<string, Item> = {};
  const created = new Set<string>();
  let changed = false;
  for (const step of item.action.steps) {
    const entry = (event: AuditEntry['event'], call: { service: string; method: string; params: Record<string, unknown> }, more: Partial<AuditEntry> = {}) =>
      options.audit({
        time: new Date().toISOString(),
        run: options.run,
        event,
        controls: item.controls,
        provider: item.target.provider,
        account: item.target.account,
        region: item.target.region,
        resource: item.resourceId,
        node: item.action.node,
        step: step.id,
        call: { via: step.via, service: call.service, method: call.method },
        params: call.params,
        ...more,
      });
    try {
      if (step.onlyIfCreated !== undefined && !created.has(step.onlyIfCreated)) {
        await entry('skipped', step.shown(step.call(item.data, outputs)), { outcome: 'no-op' });
        continue;
      }
      if (step.reuse) {
        const read = step.reuse(item.data, outputs);
        let found: Item[];
        try {
          found = await provider.list(item.target, read);
        } catch (error) {
          const failure = describe(error);
          await entry('reused', read, { outcome: 'failed', error: failure });
          return { status: 'failed', error: failure };
        }
        if (found[0]) {
          outputs[step.id] = found[0];
          await entry('reused', read, { outcome: 'found' });
          continue;
        }
      }
      const call = step.call(item.data, outputs);
      const shown = step.shown(call);
      await entry('started', shown);
      try {
        const result = step.send ? { output: await step.send(item.data), changed: true } : await actOn(provider, item.target, call);
        outputs[step.id] = result.output;
        created.add(step.id);
        changed ||= result.changed;
        await entry('finished', shown, { outcome: result.changed ? 'succeeded' : 'no-op' });
      } catch (error) {
        const failure = describe(error);
        await entry('finished', shown, { outcome: 'failed', error: failure });
        return { status: 'failed', error: failure };
      }
    } catch (error) {
      return { status: 'failed', error: describe(error) };
    }
  }
  return { status: changed ? 'applied' : 'no-op' };
}

function actOn(provider: InventoryProvider, target: Target, call: Parameters<NonNullable<InventoryProvider['act']>>[1]) {
  if (!provider.act) throw new ActionCallError('NoProvider', `the inventory cannot make ${call.service} ${call.method}: remediation needs a live cloud, not a snapshot`);
  return provider.act(target, call);
}

/** A failed call as records show it: secrets masked before the first line is taken, so no part of one is kept. */
function describe(error: unknown): { code: string; message: string } {
  if (error instanceof ActionCallError || error instanceof TargetReadError) return { code: error.code, message: redactText(error.message) };
  const e = error as { code?: unknown; status?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : typeof e.status === 'number' ? `HTTP${e.status}` : 'ActionFailed';
  return { code, message: redactText(String(e.message ?? error)).split('\n')[0]! };
}

/** The report with each FAIL's action records, and after a remediation the re-evaluation's outcome. */
export function attachActions(report: ScanReport, records: Map<string, ActionRecord[]>, remediated: boolean): ScanReport {
  if (records.size === 0) return report;
  const results = report.results.map((r) => {
    const own = records.get(findingKey(r));
    if (!own) return r;
    const done = own.map((record) =>
      remediated && (record.status === 'applied' || record.status === 'no-op') && (r.status === 'FAIL' || r.status === 'PASS')
        ? { ...record, outcome: r.status === 'FAIL' ? ('still-failing' as const) : ('fixed' as const) }
        : record,
    );
    return { ...r, actions: done };
  });
  return { ...report, results };
}
