import type { LoadedControl, LoadedFlow } from '../load/catalog.js';
import type { LoadedException } from '../load/exceptions.js';
import { SCHEMA_VERSION, type ControlInfo, type EvidenceLevel, type ReportHead, type ReportSummary, type Result } from '../model/result.js';
import type { Severity } from '../model/severity.js';
import { withCallCache } from '../providers/call-cache.js';
import type { InventoryProvider, Target } from '../providers/types.js';
import { loadSandbox } from '../sandbox/quickjs.js';
import { VERSION } from '../version.js';
import { markAgainst, type Baseline } from './baseline.js';
import { compileFlow, needsSandbox } from './compile.js';
import { exceptionRules, type ExceptionRules } from './exceptions.js';
import { actionsByResource, planner, type Planner, type RemediationChoice, type Runnable } from './remediate.js';
import { remediate, type RemediationInput } from './remediation.js';
import { controlInfo, resultsOf, Tally } from './results.js';
import { runFlow, type CompiledFlow, type FlowExecution } from './run-flow.js';
import type { ResultStream, SummarySection } from './stream.js';
import { byPlace, planWork, targetKey, type Shard, type WorkItem } from './targets.js';

/**
 * A scan, start to end, as one pass: select the work → read and evaluate each target → shape
 * each result (exceptions, baseline) → plan its actions → count it → stream it to every
 * consumer. Nothing walks the results twice and nothing holds them all: a target's inventory
 * and results are let go once its results are passed on. With --remediate the results are
 * held until the actions ran and the affected controls were evaluated again, so the reports
 * show the estate as it is after them.
 */
export interface PipelineInput {
  controls: LoadedControl[];
  flows: Map<string, LoadedFlow>;
  provider: InventoryProvider;
  /** Raw `--var NAME=VALUE` texts, parsed per flow against its declarations. */
  overrides: Record<string, string>;
  now: Date;
  /** For `${env:NAME}` in nodes (HTTP credentials). */
  environment: Readonly<Record<string, string | undefined>>;
  failOn: Severity | 'none';
  /** With a baseline: only new FAILs gate. */
  failOnNew?: boolean;
  evidence?: EvidenceLevel;
  shard?: Shard;
  /** Keep each node's output on its execution record (--history). */
  keepOutputs?: boolean;
  /** Flow runs in flight on one target (default 8). */
  concurrency?: number;
  /** Targets read at once (default 1: a snapshot's targets are read one after the other, so one is in memory). */
  targetConcurrency?: number;
  exceptions?: LoadedException[];
  baseline?: Baseline;
  controlsCommit?: string;
  /** Plan only when absent (every FAIL still gets its planned actions). */
  remediation?: RemediationInput;
  choice?: RemediationChoice;
  outputs: ResultStream[];
  sections?: SummarySection[];
  /** Each flow execution once its results were made (history, report-node files); then it is let go. */
  onExecution?(execution: FlowExecution, head: ReportHead): void | Promise<void>;
  onProgress?(done: number, total: number, label: string): void;
}

export interface PipelineOutcome {
  head: ReportHead;
  summary: ReportSummary;
  /** Some result is ERROR (exit 3). */
  unreadable: boolean;
  /** Some FAIL gates at --fail-on (exit 1). */
  failed: boolean;
  /** --remediate refused to run (over --max-actions, an unset credential, an unwritable audit log): exit 2. */
  refused: boolean;
  /** What --remediate runs (or would run, when the choice names controls but no remediation was asked to run). */
  runnable: Runnable[];
}

/** One target's share of the work: the controls to evaluate there and the flows they run. */
interface TargetWork {
  target: Target;
  controls: { loaded: LoadedControl; info: ControlInfo }[];
}

export async function runPipeline(input: PipelineInput): Promise<PipelineOutcome> {
  const startedAt = new Date();
  const flowIds = [...new Set(input.controls.map((c) => c.flowId))];
  if (needsSandbox(flowIds.map((id) => input.flows.get(id)!))) await loadSandbox();
  // Flows compile before anything is read, so a bad --var stops the scan with nothing read.
  const compiled = new Map(flowIds.map((id) => [id, compileFlow(input.flows.get(id)!, input.overrides, { now: input.now, environment: input.environment })]));

  const clouds = [...new Set(input.controls.map((c) => c.control.provider))].sort();
  const all: Target[] = [];
  for (const cloud of clouds) for (const t of await input.provider.targets(cloud)) all.push({ provider: t.provider, account: t.account, region: t.region });
  all.sort(byPlace);
  const work = planWork(input.controls, input.flows, all, input.shard);

  const infos = new Map<LoadedControl, ControlInfo>();
  for (const { loaded } of work) if (!infos.has(loaded)) infos.set(loaded, controlInfo(loaded));
  const controls = [...infos.values()].sort((a, b) => a.id.localeCompare(b.id));
  const perTarget = groupByTarget(work, infos);
  const evidence = input.evidence ?? 'findings';
  const head: ReportHead = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'ctrlflow', version: VERSION, informationUri: 'https://github.com/ctrlflow/ctrlflow' },
    scanId: `scan-${startedAt.toISOString()}`,
    startedAt: startedAt.toISOString(),
    inventory: input.provider.description,
    failOn: input.failOn,
    evidence,
    ...(input.shard ? { shard: input.shard } : {}),
    targets: perTarget.map(({ target }) => target),
    controls,
    ...(input.controlsCommit ? { controlsCommit: input.controlsCommit } : {}),
  };

  const rules = input.exceptions ? exceptionRules(input.exceptions, input.now) : undefined;
  const plans = planner(input.choice ?? { approvedControls: [], approvedResources: [] }, input.now);
  const evaluate = evaluator(input, head, compiled, plans, rules);
  const tally = new Tally(controls, input.failOn, input.failOnNew === true, input.baseline?.fails);
  const sections = input.sections ?? [];
  for (const s of sections) s.begin?.(head);
  for (const o of input.outputs) await o.begin(head);
  const emit = async (batch: readonly Result[]) => {
    for (const r of batch) {
      tally.count(r);
      for (const s of sections) s.result?.(r);
    }
    for (const o of input.outputs) await o.results(batch);
  };

  const units = perTarget.reduce((n, t) => n + new Set(t.controls.map((c) => c.loaded.flowId)).size, 0);
  const progress = { done: 0, total: units };
  let refused = false;
  let remediation: ReportSummary['remediation'];
  if (input.remediation && input.choice?.remediate !== undefined) {
    // Held until the actions ran: the reports show the estate after them.
    const held: Result[] = [];
    await inOrder(perTarget, input.targetConcurrency ?? 1, (t) => evaluate(t, progress), async (batches) => {
      for (const batch of batches) for (const r of batch) held.push(r);
    });
    const done = await remediate(input.remediation, { results: held, runnable: plans.runnable(), provider: input.provider, scanId: head.scanId, reevaluate: (ids, targets) => reevaluate(perTarget, ids, targets, evaluate) });
    refused = done.refused;
    remediation = done.summary;
    for (let i = 0; i < done.results.length; i += 5000) await emit(done.results.slice(i, i + 5000));
  } else {
    await inOrder(perTarget, input.targetConcurrency ?? 1, (t) => evaluate(t, progress), async (batches) => {
      for (const batch of batches) await emit(batch);
    });
  }

  const summary: ReportSummary = {
    finishedAt: new Date().toISOString(),
    controls: tally.controlSummaries(),
    totals: tally.totals,
    ...(input.provider.requests ? { apiCalls: sortedKeys(input.provider.requests()) } : {}),
    ...(rules ? { exceptions: tally.exceptions(rules.entries, rules.expired) } : {}),
    ...(input.baseline
      ? { baseline: { file: input.baseline.file, scanId: input.baseline.scanId, new: tally.baselineNew, unchanged: tally.baselineUnchanged, resolved: tally.resolved() } }
      : {}),
    ...(remediation ? { remediation } : {}),
  };
  for (const s of sections) Object.assign(summary, { [s.key]: s.finish(summary) });
  for (const o of input.outputs) await o.end(summary);
  return { head, summary, unreadable: tally.anyError, failed: tally.gates, refused, runnable: plans.runnable() };
}

/** The work by target, in report order, each target's controls in id order. */
function groupByTarget(work: readonly WorkItem[], infos: Map<LoadedControl, ControlInfo>): TargetWork[] {
  const byKey = new Map<string, TargetWork>();
  for (const { loaded, target } of work) {
    if (!target) continue;
    const key = targetKey(target);
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { target, controls: [] }));
    entry.controls.push({ loaded, info: infos.get(loaded)! });
  }
  const list = [...byKey.values()].sort((a, b) => byPlace(a.target, b.target));
  for (const t of list) t.controls.sort((a, b) => a.info.id.localeCompare(b.info.id));
  return list;
}

type Evaluate = (work: TargetWork, progress: { done: number; total: number }, plan?: boolean) => Promise<Result[][]>;

/**
 * Runs the flows one target needs (each once, however many controls share it) with a call
 * cache of its own, then makes each control's results there, shaped and planned: one batch
 * per control. The target's cached reads are let go when it is done.
 */
function evaluator(input: PipelineInput, head: ReportHead, compiled: Map<string, CompiledFlow>, plans: Planner, rules: ExceptionRules | undefined): Evaluate {
  const evidence = head.evidence;
  return async ({ target, controls }, progress, plan = true) => {
    const provider = withCallCache(input.provider);
    const flowIds = [...new Set(controls.map((c) => c.loaded.flowId))];
    const executions = new Map<string, FlowExecution>();
    await inPool(flowIds, input.concurrency ?? 8, async (id) => {
      const flow = compiled.get(id)!;
      executions.set(id, await runFlow(flow, target, provider, { now: input.now, keepOutputs: input.keepOutputs, passEvidence: evidence === 'full' }));
      progress.done += 1;
      input.onProgress?.(progress.done, progress.total, `${flow.id} ${target.account}/${target.region}`);
    });
    const batches: Result[][] = [];
    const actions = new Map<string, ReturnType<typeof actionsByResource>>();
    for (const { loaded, info } of controls) {
      const execution = executions.get(loaded.flowId)!;
      let planned = actions.get(loaded.flowId);
      if (!planned) actions.set(loaded.flowId, (planned = actionsByResource(execution.actions)));
      const results = resultsOf(info.id, execution, evidence);
      for (const r of results) {
        if (rules) rules.apply(r);
        if (input.baseline) markAgainst(input.baseline, r);
        if (plan && planned.size > 0) plans.plan(r, info, planned, target);
      }
      batches.push(results);
    }
    for (const id of flowIds) await input.onExecution?.(executions.get(id)!, head);
    input.provider.release?.(target);
    return batches;
  };
}

/** After --remediate: the given controls evaluated again on the given targets (targetKey), with fresh reads. */
async function reevaluate(perTarget: readonly TargetWork[], ids: Set<string>, targets: Set<string>, evaluate: Evaluate): Promise<Result[]> {
  const again: Result[] = [];
  for (const t of perTarget) {
    if (!targets.has(targetKey(t.target))) continue;
    const controls = t.controls.filter((c) => ids.has(c.info.id));
    if (controls.length === 0) continue;
    // Not planned again: each finding keeps the records of the first plan, with their outcome.
    for (const batch of await evaluate({ target: t.target, controls }, { done: 0, total: 0 }, false)) for (const r of batch) again.push(r);
  }
  return again;
}

/**
 * Evaluates up to `limit` targets at once and hands their results on in target order: a
 * live scan reads several targets while it waits on the network; a snapshot (limit 1) holds
 * one target in memory at a time.
 */
async function inOrder<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>, then: (result: R) => Promise<void>): Promise<void> {
  const running: Promise<R>[] = [];
  let next = 0;
  while (next < items.length && running.length < limit) running.push(work(items[next++]!));
  while (running.length > 0) {
    const result = await running.shift()!;
    if (next < items.length) running.push(work(items[next++]!));
    await then(result);
  }
}

export function sortedKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/** Run `work` over `items` with at most `limit` in flight. */
async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
