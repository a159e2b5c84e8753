import type { LoadedControl, LoadedFlow } from '../load/catalog.js';
import type { Target } from '../providers/types.js';
import { flowTargets } from './flow-targets.js';

/**
 * THE decision of where a control's flow runs in a scan: the targets of the control's cloud
 * (an account/subscription/project × region) that its flow's scope picks (flowTargets): on
 * AWS, a flow whose reads are all account-level (IAM, S3 buckets, `scope: account`) runs once
 * per account on its `{ account, region: "global" }` target, any other flow on each region;
 * Azure and GCP flows run on each subscription or project.
 */
export function targetsOf(loaded: LoadedControl, flow: LoadedFlow, targets: readonly Target[]): Target[] {
  return flowTargets(flow, targets.filter((t) => t.provider === loaded.control.provider));
}

/** A target as one string, `provider/account/region`. */
export function targetKey(t: Pick<Target, 'provider' | 'account' | 'region'>): string {
  return `${t.provider}/${t.account}/${t.region}`;
}

/** Targets in report order: by cloud, account, region. A live scan and a scan of its snapshot list them alike. */
export function byPlace(a: Target, b: Target): number {
  return a.provider.localeCompare(b.provider) || a.account.localeCompare(b.account) || a.region.localeCompare(b.region);
}

export interface Shard {
  index: number;
  count: number;
}

/** One control on one target (or on none: a control with no target still belongs to one shard, where it shows as NO_RESOURCES). */
export interface WorkItem {
  loaded: LoadedControl;
  target: Target | undefined;
}

/**
 * The scan's work, (control × target), cut to one shard: every count-th item in (control id,
 * target) order, so shards are disjoint, together complete, and within one of each other in size.
 * `by: 'account'` deals out whole accounts instead (every count-th by id), so each account is
 * read, and its roles assumed, by one shard only (`--aws-organization`); then each control
 * with no target at all (it shows as NO_RESOURCES in one shard), in control id order.
 */
export function planWork(controls: readonly LoadedControl[], flows: Map<string, LoadedFlow>, targets: readonly Target[], shard?: Shard, by?: 'account'): WorkItem[] {
  const work: WorkItem[] = [];
  for (const loaded of [...controls].sort((a, b) => a.control.id.localeCompare(b.control.id))) {
    const own = targetsOf(loaded, flows.get(loaded.flowId)!, targets);
    if (own.length === 0) work.push({ loaded, target: undefined });
    for (const target of own) work.push({ loaded, target });
  }
  if (!shard) return work;
  const key = (w: WorkItem) => [w.loaded.control.id, w.target?.provider ?? '', w.target?.account ?? '', w.target?.region ?? ''].join('\u0000');
  const sorted = [...work].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  if (by !== 'account') return sorted.filter((_, i) => i % shard.count === shard.index - 1);
  const accounts = [...new Set(sorted.flatMap((w) => (w.target ? [`${w.target.provider}/${w.target.account}`] : [])))].sort();
  const targetless = [...new Set(sorted.flatMap((w) => (w.target ? [] : [w.loaded.control.id])))];
  const slot = new Map([...accounts, ...targetless].map((unit, i) => [unit, i % shard.count]));
  const unitOf = (w: WorkItem) => (w.target ? `${w.target.provider}/${w.target.account}` : w.loaded.control.id);
  return sorted.filter((w) => slot.get(unitOf(w)) === shard.index - 1);
}
