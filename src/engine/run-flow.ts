import { randomUUID } from 'node:crypto';
import type { KeyTally } from '../conditions/key-presence.js';
import type { EventScope } from '../nodes/events/scope.js';
import type { NodeConfig } from '../model/flow.js';
import type { Artifact, NodeKind, PlannedAction, RunNode, Verdict } from '../nodes/types.js';
import type { InputRef } from '../flow/graph.js';
import { TargetReadError, type InventoryProvider, type Item, type Target } from '../providers/types.js';

/** One node compiled for a run, with the config history shows. */
export interface CompiledNode {
  config: NodeConfig;
  kind: NodeKind;
  run: RunNode;
  /** The config as history shows it: secret variables and secret keys as *****. */
  recordedConfig: NodeConfig;
}

/** A flow ready to run: every node compiled once, in dependency order (compile.ts makes it). */
export interface CompiledFlow {
  id: string;
  file: string;
  nodes: Map<string, CompiledNode>;
  order: string[];
  inputs: Map<string, InputRef[]>;
  /** Evaluate nodes whose keys no schema checked (compile.ts): the scan warns of a key no item had. */
  unchecked?: ReadonlySet<string>;
}

/** One node's part of an execution record (QFlow execution history). */
export interface NodeRecord {
  id: string;
  type: string;
  status: 'succeeded' | 'failed' | 'skipped';
  startedAt?: string;
  durationMs?: number;
  inputCount: number;
  outputCounts: Record<string, number>;
  config: NodeConfig;
  /** Kept only when asked for (--history, --till): items can be many. */
  output?: Record<string, Item[]>;
  /** Kind-specific history, e.g. a loop's iterations with their node records. */
  detail?: Record<string, unknown>;
  error?: { code: string; message: string };
}

export interface FlowExecution {
  executionId: string;
  flowId: string;
  file: string;
  target: Target;
  status: 'succeeded' | 'failed';
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  nodes: NodeRecord[];
  verdicts: Verdict[];
  /** What the flow's action nodes would do (planned; nothing has run). */
  actions: PlannedAction[];
  artifacts: Artifact[];
  /** Evaluate nodes' condition keys: how many items had each (only for keys no schema checked). */
  keys?: { node: string; tallies: KeyTally[] }[];
  /** Why the run failed: the first failing node, with the cloud's error code when it was a read. */
  error?: { nodeId: string; code: string; message: string };
}

export interface RunOptions {
  now: Date;
  /** Run only this node and what it depends on (QFlow "Run till"). */
  till?: string;
  keepOutputs?: boolean;
  /** Outputs given rather than run: a loop body's source is the loop's items of the iteration. */
  seed?: Record<string, Record<string, Item[]>>;
  /** Gather PASS verdicts' evidence (default true); a scan at `--evidence findings` does not read it. */
  passEvidence?: boolean;
  /** Run by a cloud event: what it names, passed to every node (src/nodes/events/scope.ts). */
  eventScope?: EventScope;
}

/** Runs a compiled flow on one target. Never throws for a node's failure: it is recorded. */
export async function runFlow(flow: CompiledFlow, target: Target, provider: InventoryProvider, options: RunOptions): Promise<FlowExecution> {
  const started = Date.now();
  const execution: FlowExecution = {
    executionId: randomUUID(),
    flowId: flow.id,
    file: flow.file,
    target,
    status: 'succeeded',
    startedAt: new Date(started).toISOString(),
    finishedAt: '',
    durationMs: 0,
    nodes: [],
    verdicts: [],
    actions: [],
    artifacts: [],
  };
  const wanted = options.till ? ancestorsOf(flow, options.till) : undefined;
  const outputs = new Map<string, Record<string, Item[]>>();
  // Which verdict an item got, for action nodes; indexed only when one asks. Maps, not
  // WeakMaps: they live only as long as this run, which holds the items anyway, and a weak one
  // costs the collector more on every pass. An action's items are nearly always failing ones,
  // so the verdicts that are not PASS are indexed first (most items PASS: indexing them all was
  // a map entry per resource of every flow with an action); an item found there has that
  // verdict as its last (a later PASS of the same item takes it out), any other is looked up
  // in the index of every verdict, made on the first miss.
  const judged: { items: Item[]; verdicts: Verdict[] }[] = [];
  let failing: Map<Item, Verdict> | undefined;
  let verdicts: Map<Item, Verdict> | undefined;
  const verdictOf = (item: Item) => {
    failing ??= index(judged, false);
    return failing.get(item) ?? (verdicts ??= index(judged, true)).get(item);
  };

  for (const [id, ports] of Object.entries(options.seed ?? {})) outputs.set(id, ports);

  for (const id of flow.order) {
    if (outputs.has(id)) continue;
    const node = flow.nodes.get(id)!;
    if (wanted && !wanted.has(id) && node.kind.role !== 'trigger') continue;
    const inputs = (flow.inputs.get(id) ?? []).map((ref) => outputs.get(ref.node)?.[ref.port] ?? []);
    const record: NodeRecord = {
      id,
      type: node.config.type,
      status: 'skipped',
      inputCount: inputs.reduce((n, items) => n + items.length, 0),
      outputCounts: {},
      config: node.recordedConfig,
    };
    execution.nodes.push(record);
    if (execution.error) continue; // a failed node stops the flow; later nodes show as skipped
    const nodeStart = Date.now();
    record.startedAt = new Date(nodeStart).toISOString();
    try {
      const out = await node.run(inputs, { target, provider, flowId: flow.id, nodeId: id, now: options.now, keepOutputs: options.keepOutputs, verdictOf, passEvidence: options.passEvidence, eventScope: options.eventScope, tallyKeys: flow.unchecked?.has(id) === true });
      outputs.set(id, out.ports);
      record.status = 'succeeded';
      for (const [port, items] of Object.entries(out.ports)) record.outputCounts[port] = items.length;
      if (options.keepOutputs) record.output = out.ports;
      if (out.detail) record.detail = out.detail;
      // The first evaluate node's verdicts as they are (most flows have one), a later one's
      // concatenated (a spread of 160k verdicts as arguments overflows the stack).
      if (out.verdicts) {
        execution.verdicts = execution.verdicts.length === 0 ? out.verdicts : execution.verdicts.concat(out.verdicts);
        judged.push({ items: inputs[0] ?? [], verdicts: out.verdicts });
        failing = verdicts = undefined;
      }
      for (const action of out.actions ?? []) execution.actions.push(action);
      if (out.keys && flow.unchecked?.has(id)) (execution.keys ??= []).push({ node: id, tallies: out.keys });
      for (const artifact of out.artifacts ?? []) execution.artifacts.push(artifact);
    } catch (error) {
      record.status = 'failed';
      record.error = describeFailure(error, id, node.config.type);
      execution.status = 'failed';
      execution.error = { nodeId: id, ...record.error };
    }
    record.durationMs = Date.now() - nodeStart;
  }
  execution.finishedAt = new Date().toISOString();
  execution.durationMs = Date.now() - started;
  return execution;
}

/** Each judged item's last verdict: of every item, or only of those whose last verdict is not PASS. */
function index(judged: readonly { items: Item[]; verdicts: Verdict[] }[], all: boolean): Map<Item, Verdict> {
  const map = new Map<Item, Verdict>();
  for (const { items, verdicts } of judged) {
    for (let i = 0; i < verdicts.length; i += 1) {
      const item = items[i];
      if (!item) continue;
      if (all || verdicts[i]!.status !== 'PASS') map.set(item, verdicts[i]!);
      else map.delete(item);
    }
  }
  return map;
}

function describeFailure(error: unknown, nodeId: string, type: string): { code: string; message: string } {
  if (error instanceof TargetReadError) {
    const call = error.call ? ` (${error.call.service} ${error.call.method})` : '';
    return { code: error.code, message: `${error.code}: ${error.message}${call}` };
  }
  const why = error instanceof Error ? error.message : String(error);
  return { code: 'node-failed', message: `node "${nodeId}" (${type}) failed: ${why}` };
}

function ancestorsOf(flow: CompiledFlow, id: string): Set<string> {
  const seen = new Set<string>();
  const visit = (n: string): void => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const ref of flow.inputs.get(n) ?? []) visit(ref.node);
  };
  visit(id);
  return seen;
}
