import type { EventScope } from '../events/scope.js';
import type { LoadedControl, LoadedFlow } from '../load/catalog.js';
import type { Cloud } from '../model/control.js';
import { STATUSES, type ControlSummary, type Result, type ScanReport, type Status, type TargetSummary } from '../model/result.js';
import type { Severity } from '../model/severity.js';
import type { Artifact } from '../nodes/types.js';
import type { InventoryProvider, Target } from '../providers/types.js';
import { loadSandbox } from '../sandbox/quickjs.js';
import { VERSION } from '../version.js';
import { compileFlow, needsSandbox } from './compile.js';
import { flowTargets } from './flow-targets.js';
import { keyWarnings, strictResults } from './key-warnings.js';
import { controlSummary, resultsFor } from './results.js';
import { append } from '../model/append.js';
import { runFlow, type CompiledFlow, type FlowExecution } from './run-flow.js';

export interface ScanInput {
  controls: LoadedControl[];
  flows: Map<string, LoadedFlow>;
  provider: InventoryProvider;
  /** Raw `--var NAME=VALUE` texts, parsed per flow against its declarations. */
  overrides: Record<string, string>;
  now: Date;
  /** For `${env:NAME}` in nodes (HTTP credentials). */
  environment: Readonly<Record<string, string | undefined>>;
  failOn: Severity | 'none';
  keepOutputs?: boolean;
  concurrency?: number;
  /** Run only shard `index` of `count` (1-based) of the (control × target) work. */
  shard?: Shard;
  /**
   * `account`: a shard takes whole accounts (every count-th of them by id), so each account is
   * read, and its roles assumed, by one shard only (`--aws-organization`). Default: the
   * (control × target) pairs are dealt out one by one.
   */
  shardBy?: 'account';
  /** Only these targets (targetKey): a re-evaluation after remediation reads just where it acted. */
  restrictTo?: Set<string>;
  onProgress?: (done: number, total: number, label: string) => void;
  /** Run by a cloud event (src/events/run.ts): the resources it names, per flow and node. */
  eventScope?: EventScope;
  /** A condition key no item had (KeyNeverFound) makes the control's PASS results ERROR, not just a warning. */
  strict?: boolean;
}

export interface Shard {
  index: number;
  count: number;
}

export interface ScanOutcome {
  report: ScanReport;
  executions: FlowExecution[];
  artifacts: Artifact[];
}

/**
 * Runs every selected control's flow once per target of its cloud. A flow shared by several
 * controls runs once per target; the provider (wrapped in the call cache) fetches each
 * distinct call once. Flows are compiled before anything runs, so a bad --var stops the scan
 * with nothing read.
 */
export async function runScan(input: ScanInput): Promise<ScanOutcome> {
  const startedAt = new Date();
  const flowIds = [...new Set(input.controls.map((c) => c.flowId))];
  if (needsSandbox(flowIds.map((id) => input.flows.get(id)!))) await loadSandbox();
  const compiled = new Map(flowIds.map((id) => [id, compileFlow(input.flows.get(id)!, input.overrides, { now: input.now, environment: input.environment })]));

  const clouds = [...new Set(input.controls.map((c) => c.control.provider))].sort();
  const targetsOf = new Map<Cloud, Target[]>();
  // Sorted, so a live scan and a scan of its snapshot list targets (and results) alike.
  const byName = (a: Target, b: Target) => a.account.localeCompare(b.account) || a.region.localeCompare(b.region);
  const wanted = (t: Target) => !input.restrictTo || input.restrictTo.has(targetKey(t));
  for (const cloud of clouds) targetsOf.set(cloud, [...(await input.provider.targets(cloud))].filter(wanted).sort(byName));

  // The work is (control × target); a shard takes every count-th of them in a fixed order, so
  // shards are disjoint, together complete, and within one of each other in size.
  const work = shardOf(
    input.controls.flatMap((loaded): WorkItem[] => {
      const targets = flowTargets(input.flows.get(loaded.flowId)!, targetsOf.get(loaded.control.provider) ?? []);
      // A control with no target still belongs to one shard, where it shows as NO_RESOURCES.
      return targets.length > 0 ? targets.map((target) => ({ loaded, target })) : [{ loaded, target: undefined }];
    }),
    input.shard,
    input.shardBy,
  );

  // Work units: (flow, target), each run once whatever number of controls share the flow.
  const units: { flow: CompiledFlow; target: Target; key: string }[] = [];
  const seen = new Set<string>();
  for (const { loaded, target } of work) {
    if (!target) continue;
    const key = unitKey(loaded.flowId, target);
    if (!seen.has(key)) {
      seen.add(key);
      units.push({ flow: compiled.get(loaded.flowId)!, target, key });
    }
  }

  const executions = new Map<string, FlowExecution>();
  let done = 0;
  await inPool(units, input.concurrency ?? 8, async (unit) => {
    const execution = await runFlow(unit.flow, unit.target, input.provider, { now: input.now, keepOutputs: input.keepOutputs, eventScope: input.eventScope });
    executions.set(unit.key, execution);
    done += 1;
    input.onProgress?.(done, units.length, `${unit.flow.id} ${unit.target.account}/${unit.target.region}`);
  });

  const results: Result[] = [];
  const controls: ControlSummary[] = [];
  const scanned = new Map<string, TargetSummary>();
  // Each control with the targets its share of the work holds, in one pass over the work.
  const targetsByControl = new Map<LoadedControl, Target[]>();
  for (const { loaded, target } of work) {
    const list = targetsByControl.get(loaded) ?? [];
    if (target) list.push(target);
    targetsByControl.set(loaded, list);
  }
  for (const [loaded, targets] of [...targetsByControl].sort(([a], [b]) => a.control.id.localeCompare(b.control.id))) {
    const ran = targets.map((t) => executions.get(unitKey(loaded.flowId, t))!);
    const warnings = keyWarnings(ran);
    let own = ran.flatMap((execution) => resultsFor(loaded, execution));
    if (input.strict) own = strictResults(own, warnings);
    for (const { provider, account, region } of targets) scanned.set(targetKey({ provider, account, region }), { provider, account, region });
    append(results, own);
    controls.push({ ...controlSummary(loaded, own), ...(warnings.length > 0 ? { warnings } : {}) });
  }

  const totals = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of results) totals[r.status] += 1;
  // The targets some control ran on (an AWS account's global target only when a global flow ran).
  const targets = input.shard ? [...scanned.values()] : clouds.flatMap((c) => targetsOf.get(c) ?? []).filter((t) => scanned.has(targetKey(t))).map(({ provider, account, region }) => ({ provider, account, region }));
  const ordered = units.map((u) => executions.get(u.key)!);
  return {
    report: {
      schemaVersion: '1.0',
      tool: { name: 'ctrlflow', version: VERSION, informationUri: 'https://github.com/ctrlflow/ctrlflow' },
      scanId: `scan-${startedAt.toISOString()}`,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      inventory: input.provider.description,
      failOn: input.failOn,
      ...(input.shard ? { shard: input.shard } : {}),
      targets,
      ...(input.provider.requests ? { apiCalls: sortedKeys(input.provider.requests()) } : {}),
      controls,
      results,
      totals,
    },
    executions: ordered,
    artifacts: ordered.flatMap((e) => e.artifacts),
  };
}

/** Every count-th item, in (control id, target) order: deterministic whatever order the work came in. */
interface WorkItem {
  loaded: LoadedControl;
  target: Target | undefined;
}

function shardOf(work: WorkItem[], shard: Shard | undefined, by: 'account' | undefined): WorkItem[] {
  if (!shard) return work;
  const key = (w: WorkItem) => [w.loaded.control.id, w.target?.provider ?? '', w.target?.account ?? '', w.target?.region ?? ''].join('\u0000');
  const sorted = [...work].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  if (by !== 'account') return sorted.filter((_, i) => i % shard.count === shard.index - 1);
  // Whole accounts, dealt out in id order; then each control that has no target at all (it
  // shows as NO_RESOURCES in one shard), in control id order.
  const accounts = [...new Set(sorted.flatMap((w) => (w.target ? [`${w.target.provider}/${w.target.account}`] : [])))].sort();
  const targetless = [...new Set(sorted.flatMap((w) => (w.target ? [] : [w.loaded.control.id])))];
  const slot = new Map([...accounts, ...targetless].map((unit, i) => [unit, i % shard.count]));
  const unitOf = (w: WorkItem) => (w.target ? `${w.target.provider}/${w.target.account}` : w.loaded.control.id);
  return sorted.filter((w) => slot.get(unitOf(w)) === shard.index - 1);
}

/** A target as one string, `provider/account/region`. */
export function targetKey(t: Pick<Target, 'provider' | 'account' | 'region'>): string {
  return `${t.provider}/${t.account}/${t.region}`;
}

export function sortedKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

function unitKey(flowId: string, t: Target): string {
  return `${flowId}\u0000${t.provider}\u0000${t.account}\u0000${t.region}`;
}

/** Run `work` over `items` with at most `limit` in flight. */
async function inPool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
