import type { EventScope } from '../nodes/events/scope.js';
import type { LoadedControl, LoadedFlow } from '../load/catalog.js';
import type { LoadedException } from '../load/exceptions.js';
import { SCHEMA_VERSION, type ControlInfo, type ControlSet, type ControlSummary, type ControlWarning, type EvidenceLevel, type ReportHead, type ReportSummary, type Result } from '../model/result.js';
import type { Severity } from '../model/severity.js';
import { PendingTally, planSection } from '../model/action.js';
import { isPerItemRead, withCallCache } from '../providers/call-cache.js';
import type { ApiCall, InventoryProvider, Target } from '../providers/types.js';
import { canonicalJson } from '../lib/canonical-json.js';
import { boundHeapGrowth, collectIfGrown, collectIfLarge } from '../lib/heap.js';
import { VERSION } from '../version.js';
import { hasSecrets, redactValue } from '../lib/redact.js';
import { markAgainst, type Baseline } from './baseline.js';
import { controlSetFingerprint } from './merge.js';
import { compileFlows } from './compile.js';
import { exceptionRules, type ExceptionRules } from './exceptions.js';
import { actionsByResource, planner, type Planner, type RemediationChoice, type Runnable } from './remediate.js';
import { remediate, type RemediationInput } from './remediation.js';
import { keyWarnings, strictResults, type KeyRecord } from './key-warnings.js';
import { controlInfo, resultCount, resultsOf, Tally } from './results.js';
import { runFlow, type CompiledFlow, type FlowExecution } from './run-flow.js';
import type { ResultStream, SummarySection } from '../model/stream.js';
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
  /** `account`: a shard takes whole accounts, each read by one shard only (`--aws-organization`); see planWork. */
  shardBy?: 'account';
  /** Only these targets (targetKey, `provider/account/region`): an event's run reads just where the event happened. */
  restrictTo?: Set<string>;
  /** Run by a cloud event (src/cli/events/run.ts): the resources it names, passed to every node (src/nodes/events/scope.ts). */
  eventScope?: EventScope;
  /** Keep each node's output on its execution record (--history). */
  keepOutputs?: boolean;
  /** Flow runs in flight on one target (default 8; a snapshot scan, CPU-bound, runs one at a time to hold less). */
  concurrency?: number;
  /** Targets read at once (default 1: a snapshot's targets are read one after the other, so one is in memory). */
  targetConcurrency?: number;
  exceptions?: LoadedException[];
  baseline?: Baseline;
  controlsCommit?: string;
  /** The control set as loaded (content hash, files, commit, dirty): named in the report's head. */
  controlSet?: ControlSet;
  /** A condition key no item had (KeyNeverFound) makes the control's PASS results on that target ERROR, not just a warning. */
  strict?: boolean;
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
  boundHeapGrowth();
  const startedAt = new Date();
  const flowIds = [...new Set(input.controls.map((c) => c.flowId))];
  const compile = (ids: string[]) => compileFlows(ids.map((id) => input.flows.get(id)!), input.overrides, { now: input.now, environment: input.environment });
  // With --var every flow compiles before anything is read, so a bad value stops the scan with
  // nothing read; else only the flows some target runs, once the targets are known (startup).
  let compiled = Object.keys(input.overrides).length > 0 ? await compile(flowIds) : undefined;

  const clouds = [...new Set(input.controls.map((c) => c.control.provider))].sort();
  const all: Target[] = [];
  for (const cloud of clouds) {
    for (const t of await input.provider.targets(cloud)) {
      if (!input.restrictTo || input.restrictTo.has(targetKey(t))) all.push({ provider: t.provider, account: t.account, region: t.region });
    }
  }
  all.sort(byPlace);
  const work = planWork(input.controls, input.flows, all, input.shard, input.shardBy);
  compiled ??= await compile([...new Set(work.flatMap((w) => (w.target ? [w.loaded.flowId] : [])))]);

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
    // The whole run's control set, not the shard's share: what a merge checks the shards agree on.
    ...(input.shard ? { shard: { index: input.shard.index, count: input.shard.count, controls: controlSetFingerprint(input.controls.map(controlInfo)) } } : {}),
    targets: perTarget.map(({ target }) => target),
    controls,
    ...(input.controlsCommit ? { controlsCommit: input.controlsCommit } : {}),
    ...(input.controlSet ? { controlSet: input.controlSet } : {}),
  };

  const rules = input.exceptions ? exceptionRules(input.exceptions, input.now) : undefined;
  const plans = planner(input.choice ?? { approvedControls: [], approvedResources: [] }, input.now);
  // Each control's key tallies over every target, for its KeyNeverFound warnings.
  const keys = new Map<string, KeyRecord[]>();
  const evaluate = evaluator(input, head, compiled, plans, rules, keys);
  const tally = new Tally(controls, input.failOn, input.failOnNew === true, input.baseline?.fails);
  const sections = input.sections ?? [];
  for (const s of sections) s.begin?.(head);
  // Every output (report files, possibly on another thread; the terminal; the Action) gets
  // what the run shows with each known secret masked: one place, before any rendering or cut.
  const shown = <T>(value: T): T => (hasSecrets() ? redactValue(value) : value);
  for (const o of input.outputs) await o.begin(shown(head));
  // The results come target by target (inOrder): each target's calls are told apart, then let go.
  const pending = new PendingTally(true);
  const emit = async (batch: readonly Result[]) => {
    for (const r of batch) {
      tally.count(r);
      pending.count(r);
      for (const s of sections) s.result?.(r);
    }
    const masked = shown(batch);
    for (const o of input.outputs) await o.results(masked);
  };

  const units = perTarget.reduce((n, t) => n + new Set(t.controls.map((c) => c.loaded.flowId)).size, 0);
  const progress = { done: 0, total: units };
  let refused = false;
  let remediation: ReportSummary['remediation'];
  if (input.remediation && input.choice?.remediate !== undefined) {
    // Held until the actions ran: the reports show the estate after them.
    const held: Result[] = [];
    await inOrder(perTarget, input.targetConcurrency ?? 1, (t) => evaluate(t, progress), async (batch) => {
      for (const r of batch) held.push(r);
    });
    const done = await remediate(input.remediation, { results: held, runnable: plans.runnable(), provider: input.provider, scanId: head.scanId, reevaluate: (targets) => reevaluate(perTarget, targets, evaluate) });
    refused = done.refused;
    remediation = done.summary;
    for (let i = 0; i < done.results.length; i += 5000) await emit(done.results.slice(i, i + 5000));
  } else {
    await inOrder(perTarget, input.targetConcurrency ?? 1, (t) => evaluate(t, progress), emit);
  }

  const summary: ReportSummary = {
    finishedAt: new Date().toISOString(),
    controls: withWarnings(tally.controlSummaries(), keys),
    totals: tally.totals,
    ...(input.provider.requests ? { apiCalls: sortedKeys(input.provider.requests()) } : {}),
    ...(rules ? { exceptions: tally.exceptions(rules.entries, rules.expired) } : {}),
    ...(input.baseline
      ? { baseline: { file: input.baseline.file, scanId: input.baseline.scanId, new: tally.baselineNew, unchanged: tally.baselineUnchanged, excepted: tally.baselineExcepted, resolved: tally.resolved() } }
      : {}),
    ...(remediation ? { remediation } : {}),
    ...planSection(pending),
  };
  for (const s of sections) Object.assign(summary, { [s.key]: s.finish(summary) });
  // One summary for every output, masked once: an output may add to it before the next writes it (--security-hub its apiCalls).
  const shownSummary = shown(summary);
  for (const o of input.outputs) await o.end(shownSummary);
  return { head, summary, unreadable: tally.anyError, failed: tally.gates, refused, runnable: plans.runnable() };
}

/** Each control's summary with its KeyNeverFound warnings (a key none of its items had, on any target). */
function withWarnings(controls: ControlSummary[], keys: ReadonlyMap<string, KeyRecord[]>): ControlSummary[] {
  return controls.map((c) => {
    const records = keys.get(c.id);
    const warnings: ControlWarning[] = records ? keyWarnings(records) : [];
    return warnings.length > 0 ? { ...c, warnings } : c;
  });
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

type Evaluate = (work: TargetWork, progress: { done: number; total: number }, plan?: boolean) => AsyncIterable<Result[]>;

/**
 * One target's results, control by control in id order, in batches of at most CHUNK, each
 * shaped and planned. The flows the target needs run each once (however many controls share
 * one), `concurrency` at a time ahead of the control being made, with a call cache of their
 * own; a control's batches are handed on as soon as its flow is done, and an execution is let go after its last control,
 * then the target's cached reads. So a target's verdicts and results are never all held at once.
 */
function evaluator(input: PipelineInput, head: ReportHead, compiled: Map<string, CompiledFlow>, plans: Planner, rules: ExceptionRules | undefined, keys: Map<string, KeyRecord[]>): Evaluate {
  const evidence = head.evidence;
  const limit = input.concurrency ?? 8;
  // The reads each flow made on the targets done so far (one flow at a time only: then each read is known to be its flow's).
  const learned = limit === 1 ? new Map<string, Set<string>>() : undefined;
  return async function* ({ target, controls }, progress, plan = true) {
    const cached = withCallCache(input.provider);
    const order = [...new Set(controls.map((c) => c.loaded.flowId))];
    const position = new Map(order.map((id, i) => [id, i]));
    const lastUse = new Map(controls.map((c, i) => [c.loaded.flowId, i]));
    const started = new Map<string, Promise<{ execution: FlowExecution; actions: ReturnType<typeof actionsByResource> }>>();
    const reads = learned ? new ReadsHeld(cached, target, learned) : undefined;
    const provider = reads?.provider ?? cached;
    const run = async (id: string) => {
      const flow = compiled.get(id)!;
      reads?.start();
      const execution = await runFlow(flow, target, provider, { now: input.now, keepOutputs: input.keepOutputs, passEvidence: evidence === 'full', eventScope: input.eventScope });
      reads?.done(id, order.slice(position.get(id)! + 1));
      progress.done += 1;
      input.onProgress?.(progress.done, progress.total, `${flow.id} ${target.account}/${target.region}`);
      return { execution, actions: actionsByResource(execution.actions) };
    };
    for (let i = 0; i < controls.length; i += 1) {
      const { loaded, info } = controls[i]!;
      const at = position.get(loaded.flowId)!;
      for (let j = at; j < Math.min(order.length, at + limit); j += 1) if (!started.has(order[j]!)) started.set(order[j]!, run(order[j]!));
      const { execution, actions } = await started.get(loaded.flowId)!;
      // The flows before this one left their items and verdicts behind (one target can be most of a scan).
      collectIfGrown();
      let strict: ControlWarning[] | undefined;
      if (execution.keys || execution.error) {
        const record: KeyRecord = { ...(execution.error ? { error: execution.error } : {}), ...(execution.keys ? { keys: execution.keys } : {}) };
        const own = keys.get(info.id);
        if (own) own.push(record);
        else keys.set(info.id, [record]);
        // --strict: judged on this target's items (the warnings in the summary sum every target's).
        if (input.strict && plan) strict = keyWarnings([record]);
      }
      // CHUNK results at a time, each chunk passed on before the next is made: so they die young,
      // where a whole control's results on a large target (43,750 at a million resources) outlived
      // several collections and were copied by each. A control with no results passes on one empty batch.
      const count = resultCount(execution);
      for (let from = 0; from < Math.max(count, 1); from += CHUNK) {
        let results = resultsOf(info.id, execution, evidence, from, from + CHUNK);
        if (strict) results = strictResults(results, strict);
        for (const r of results) {
          if (rules) rules.apply(r);
          if (input.baseline) markAgainst(input.baseline, r);
          if (plan && actions.size > 0) plans.plan(r, info, actions, target);
        }
        yield results;
      }
      if (lastUse.get(loaded.flowId) === i) {
        await input.onExecution?.(execution, head);
        // Done with it: the entry stays (so it is not run again) but no longer holds the execution.
        started.set(loaded.flowId, DONE);
      }
    }
    input.provider.release?.(target);
    collectIfLarge();
  };
}

const DONE: Promise<never> = new Promise(() => undefined);

/** Results made and passed on at a time (the report thread takes them 250 at a time). */
const CHUNK = 1000;

/**
 * A target's cached reads, let go once no flow still to run there needs them: a snapshot
 * scan runs one flow at a time, so each read is known to be its flow's, and the reads each
 * flow made on the targets before tell which of this target's reads a later flow will ask
 * for (at a million resources, an AWS region's four recordings held at once were ~300 MB).
 * A read is let go only when every flow still to run is known: on a cloud's first target
 * nothing is. A flow that reads otherwise on this target reads it again: the same answer,
 * another request counted (which is why a live scan, many flows at once, never does this).
 */
class ReadsHeld {
  readonly provider: InventoryProvider;
  private readonly held = new Map<string, ApiCall>();
  private current = new Set<string>();

  constructor(
    private readonly cached: ReturnType<typeof withCallCache>,
    private readonly target: Target,
    private readonly learned: Map<string, Set<string>>,
  ) {
    this.provider = {
      ...cached,
      list: (t, call) => {
        // An http node's request is live even in a snapshot scan: held to the end of the target, never asked twice.
        if (call.via === 'http') return cached.list(t, call);
        // One item's read (a bucket's policy): as many as the items and named by them, so let go
        // with its flow (done) and not learned for the next target, where no item has its name.
        if (isPerItemRead(call)) return cached.list(t, call);
        const key = readKey(t.provider, call);
        this.current.add(key);
        this.held.set(key, call);
        return cached.list(t, call);
      },
    };
  }

  start(): void {
    this.current = new Set();
  }

  done(flowId: string, later: readonly string[]): void {
    this.cached.forgetPerItemReads();
    const key = `${this.target.provider}\u0000${flowId}`;
    const known = this.learned.get(key);
    if (known) for (const read of this.current) known.add(read);
    else this.learned.set(key, this.current);
    const needed = new Set<string>();
    for (const id of later) {
      const reads = this.learned.get(`${this.target.provider}\u0000${id}`);
      if (!reads) return;
      for (const read of reads) needed.add(read);
    }
    for (const [read, call] of this.held) {
      if (needed.has(read)) continue;
      this.cached.forget(this.target, call);
      this.held.delete(read);
    }
  }
}

/** A read as every target of a cloud makes it (the target left out). */
function readKey(cloud: string, call: ApiCall): string {
  return canonicalJson([cloud, call.service, call.method, call.params, call.items ?? null, call.region ?? null]);
}

/** After --remediate: every control of the run evaluated again on the given targets (targetKey), with fresh reads. */
async function reevaluate(perTarget: readonly TargetWork[], targets: Set<string>, evaluate: Evaluate): Promise<Result[]> {
  const again: Result[] = [];
  for (const t of perTarget) {
    if (!targets.has(targetKey(t.target))) continue;
    // Not planned again: each finding keeps the records of the first plan, with their outcome.
    for await (const batch of evaluate(t, { done: 0, total: 0 }, false)) for (const r of batch) again.push(r);
  }
  return again;
}

/**
 * Each target's batches handed on in target order. One target at a time (a snapshot: one in
 * memory) streams its batches as they are made; with `limit` above one (a live scan waiting
 * on the network) the next targets are read meanwhile, their batches held until their turn.
 */
async function inOrder<T, R>(items: readonly T[], limit: number, work: (item: T) => AsyncIterable<R>, then: (result: R) => Promise<void>): Promise<void> {
  if (limit <= 1) {
    for (const item of items) for await (const result of work(item)) await then(result);
    return;
  }
  const collect = async (item: T) => {
    const all: R[] = [];
    for await (const result of work(item)) all.push(result);
    return all;
  };
  const running: Promise<R[]>[] = [];
  let next = 0;
  while (next < items.length && running.length < limit) running.push(collect(items[next++]!));
  while (running.length > 0) {
    const results = await running.shift()!;
    if (next < items.length) running.push(collect(items[next++]!));
    for (const result of results) await then(result);
  }
}

export function sortedKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
