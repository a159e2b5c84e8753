import { actionKey, type ActionCall, type ActionRecord } from '../model/action.js';
import type { ControlInfo, Result } from '../model/result.js';
import type { ActionData, PlannedAction } from '../nodes/types.js';
import { ActionCallError, TargetReadError, type InventoryActor, type InventoryProvider, type InventoryReader, type Item, type Target } from '../providers/types.js';
import { globMatcher } from '../lib/safe-regex.js';
import { redactText } from '../lib/redact.js';

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

/** What a scan plans as its results stream by: each FAIL's action records, and what --remediate would run. */
export interface Planner {
  /**
   * Attaches the action records of `result` (a shaped FAIL) from the actions its execution
   * planned, and, when the run remediates and the action is selected and approved, keeps it
   * to run.
   */
  plan(result: Result, control: ControlInfo, actions: ReadonlyMap<string, PlannedAction[]>, target: Target): void;
  /** What --remediate would run now, one per distinct action, in the order the results came. */
  runnable(): Runnable[];
}

/** The actions an execution planned, by the resource they act on (one map per execution, never per result). */
export function actionsByResource(planned: readonly PlannedAction[]): ReadonlyMap<string, PlannedAction[]> {
  const byResource = new Map<string, PlannedAction[]>();
  for (const action of planned) {
    const list = byResource.get(action.resourceId);
    if (list) list.push(action);
    else byResource.set(action.resourceId, [action]);
  }
  return byResource;
}

/** The planner of a run: plan-only, or with the controls --remediate names and the approvals given. */
export function planner(choice: RemediationChoice, now: Date): Planner {
  const remediated = choice.remediate?.map(globMatcher);
  const approvedControls = choice.approvedControls.map(globMatcher);
  const approvedResources = choice.approvedResources.map((a) => ({ control: globMatcher(a.control), resource: a.resource }));
  const runnable = new Map<string, Runnable>();
  const time = now.toISOString();
  // The control being planned, its data, whether it is remediated and approved: results come control by control.
  let planning: ControlInfo | undefined;
  let data: ActionData = { control: '', title: '', severity: '', time };
  let selected = false;
  let controlApproved = false;
  return {
    runnable: () => [...runnable.values()],
    plan(result, control, actions, target) {
      if (result.status !== 'FAIL' || result.resourceId === undefined) return;
      const own = actions.get(result.resourceId);
      if (!own) return;
      if (control !== planning) {
        planning = control;
        data = { control: control.id, title: control.title, severity: control.severity, time };
        selected = remediated !== undefined && (remediated.length === 0 || remediated.some((id) => id(control.id)));
        controlApproved = approvedControls.some((id) => id(control.id));
      }
      for (const action of own) {
        const calls = new Array<ActionCall>(action.steps.length);
        for (let i = 0; i < calls.length; i += 1) {
          const step = action.steps[i]!;
          const shown = step.shown(step.call(data));
          calls[i] = { step: step.id, via: step.via, service: shown.service, method: shown.method, params: shown.params };
        }
        const approved =
          action.approval !== 'required' || controlApproved || approvedResources.some((a) => a.control(control.id) && a.resource === action.resourceId);
        const record = actionRecord(action, !approved ? 'awaiting-approval' : remediated !== undefined && !selected ? 'not-selected' : 'planned', calls);
        (result.actions ??= []).push(record);
        if (!selected || !approved) continue;
        // Controls sharing a flow plan the same call on the same resource: it runs once.
        const runKey = actionKey(target, action.resourceId, record);
        const existing = runnable.get(runKey);
        if (existing) {
          existing.controls.push(control.id);
          existing.records.push(record);
        } else {
          runnable.set(runKey, { key: runKey, target, resourceId: action.resourceId, controls: [control.id], action, data, records: [record] });
        }
      }
    },
  };
}

/**
 * One action's record on a result, its keys in the order reports write them (node, name,
 * status, approval, calls), built without spreads: one is made for every planned FAIL.
 */
function actionRecord(action: PlannedAction, status: ActionRecord['status'], calls: ActionCall[]): ActionRecord {
  if (action.name) {
    return action.approval ? { node: action.node, name: action.name, status, approval: action.approval, calls } : { node: action.node, name: action.name, status, calls };
  }
  return action.approval ? { node: action.node, status, approval: action.approval, calls } : { node: action.node, status, calls };
}

/**
 * Where remediation calls are recorded, before and after each is made (JSON lines, appended,
 * never rewritten). The engine owns the shape; the caller decides where it lives.
 */
export interface AuditLog {
  /** As reports name it, e.g. `reports/ctrlflow-audit.jsonl`. */
  readonly name: string;
  /** Made writable before the first call, or nothing is changed: throws with the reason. */
  open(): Promise<void>;
  /** Awaited before the call is made, so an interrupted run never leaves a call unrecorded. */
  append(entry: AuditEntry): Promise<void>;
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
  /** Aborted once the run was asked to stop (Ctrl-C): the call in flight finishes, the remaining actions are left interrupted. */
  signal?: AbortSignal;
  /** Once per action, after it ran. */
  onDone?(runnable: Runnable, index: number): void;
}

/**
 * The writes of a provider as remediation makes them: its act(), or for a provider that has
 * none (a snapshot) a refusal of each call.
 */
export function actorOf(provider: InventoryProvider): InventoryActor {
  return {
    act(target, call) {
      if (!provider.act) throw new ActionCallError('NoProvider', `the inventory cannot make ${call.service} ${call.method}: remediation needs a live cloud, not a snapshot`);
      return provider.act(target, call);
    },
    missing: (call) => provider.missing?.(call) ?? [],
  };
}

/**
 * Runs each action's steps in order; a failed call ends its action, never the others. Reuse
 * reads go to `reader`, every write (cloud or http) to `actor`.
 */
export async function applyActions(runnable: Runnable[], reader: Pick<InventoryReader, 'list'>, actor: InventoryActor, options: ApplyOptions): Promise<void> {
  for (const [index, item] of runnable.entries()) {
    if (options.signal?.aborted) {
      for (const r of runnable.slice(index)) for (const record of r.records) record.status = 'interrupted';
      return;
    }
    const outcome = await applyOne(item, reader, actor, options);
    for (const record of item.records) {
      record.status = outcome.status;
      if (outcome.error) record.error = outcome.error;
    }
    options.onDone?.(item, index);
  }
}

async function applyOne(item: Runnable, reader: Pick<InventoryReader, 'list'>, actor: InventoryActor, options: ApplyOptions): Promise<{ status: 'applied' | 'no-op' | 'failed'; error?: ActionRecord['error'] }> {
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
          found = await reader.list(item.target, read);
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
        const result = await actor.act(item.target, call);
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

/** A failed call as records show it: secrets masked before the first line is taken, so no part of one is kept. */
function describe(error: unknown): { code: string; message: string } {
  if (error instanceof ActionCallError || error instanceof TargetReadError) return { code: error.code, message: redactText(error.message) };
  const e = error as { code?: unknown; status?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : typeof e.status === 'number' ? `HTTP${e.status}` : 'ActionFailed';
  return { code, message: redactText(String(e.message ?? error)).split('\n')[0]! };
}

/** After --remediate, on a result of the re-evaluation: its finding's action records, with the outcome of those that ran. */
export function withOutcomes(result: Result, records: readonly ActionRecord[]): ActionRecord[] {
  return records.map((record) =>
    (record.status === 'applied' || record.status === 'no-op') && (result.status === 'FAIL' || result.status === 'PASS')
      ? { ...record, outcome: result.status === 'FAIL' ? ('still-failing' as const) : ('fixed' as const) }
      : record,
  );
}
