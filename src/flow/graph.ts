import type { NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import type { NodeKind } from '../nodes/types.js';
import { append } from '../model/append.js';

/** One edge: this node reads `port` of node `node`. */
export interface InputRef {
  node: string;
  port: string;
}

export interface FlowGraph {
  /** Node ids in an order where every node comes after its inputs. */
  order: string[];
  inputs: Map<string, InputRef[]>;
}

/** What the graph needs of a node's kind: its ports and how many inputs it takes. */
type GraphKind = Pick<NodeKind, 'type' | 'outputs' | 'inputs'>;
type KindOf = (type: string) => GraphKind | undefined;

/** `verdict.failed` -> { node: verdict, port: failed }; node ids hold no dots. */
export function parseInputRef(raw: string): { node: string; port?: string } {
  const dot = raw.indexOf('.');
  return dot < 0 ? { node: raw } : { node: raw.slice(0, dot), port: raw.slice(dot + 1) };
}

function inputList(config: NodeConfig): string[] {
  // Ill-typed inputs are schema errors reported elsewhere; the graph ignores them.
  const raw: unknown[] = config.input === undefined ? [] : Array.isArray(config.input) ? config.input : [config.input];
  return raw.filter((r): r is string => typeof r === 'string');
}

/**
 * Edges come from `input`. Problems carry paths into the flow document (['nodes', i, …]) so
 * the loader can point at the line. Nodes with an unknown kind are assumed reported already.
 */
export function buildGraph(nodes: NodeConfig[], kindOf: KindOf): { graph: FlowGraph; problems: Problem[] } {
  const problems: Problem[] = [];
  const index = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (index.has(n.id)) problems.push({ path: ['nodes', i, 'id'], code: 'duplicate-id', message: `node id "${n.id}" is used twice` });
    else index.set(n.id, i);
  });

  const inputs = new Map<string, InputRef[]>();
  nodes.forEach((n, i) => {
    const kind = kindOf(n.type);
    const refs: InputRef[] = [];
    const raw = inputList(n);
    const at = (j: number) => (Array.isArray(n.input) ? ['nodes', i, 'input', j] : ['nodes', i, 'input']);
    raw.forEach((text, j) => {
      const { node, port } = parseInputRef(text);
      const from = index.get(node);
      const source = from === undefined ? undefined : nodes[from];
      if (!source) {
        problems.push({ path: at(j), code: 'unknown-input', message: `"${text}" names no node of this flow (nodes: ${[...index.keys()].join(', ')})` });
        return;
      }
      const ports = kindOf(source.type)?.outputs;
      if (!ports) return;
      if (port !== undefined && !ports.includes(port)) {
        problems.push({ path: at(j), code: 'unknown-port', message: `"${text}" (ports of ${node}: ${ports.join(', ')})` });
        return;
      }
      refs.push({ node, port: port ?? ports[0]! });
    });
    if (kind) append(problems, arity(kind, raw.length, ['nodes', i]));
    if (index.get(n.id) === i) inputs.set(n.id, refs); // a duplicate id was reported; keep the first node's edges
  });

  const { order, cycle } = topologicalOrder(nodes.map((n) => n.id), inputs);
  if (cycle) {
    const first = index.get(cycle[0]!) ?? 0;
    problems.push({ path: ['nodes', first, 'input'], code: 'cycle', message: `the flow has a cycle: ${cycle.join(' -> ')}` });
  }
  return { graph: { order, inputs }, problems };
}

const BODY_SOURCE = '(loop items)';
const bodySourceKind: GraphKind = { type: BODY_SOURCE, outputs: ['out'], inputs: 'none' };

/**
 * The graph of a loop's body: its nodes plus the loop itself, by its id, as the source of
 * each iteration's items. Paths are into the body list (['nodes', j, …]).
 */
export function buildBodyGraph(loopId: string, body: NodeConfig[], kindOf: KindOf): { graph: FlowGraph; problems: Problem[] } {
  const source: NodeConfig = { id: loopId, type: BODY_SOURCE };
  const { graph, problems } = buildGraph([source, ...body], (type) => (type === BODY_SOURCE ? bodySourceKind : kindOf(type)));
  const onBody = (p: Problem): Problem => {
    const index = (p.path[1] as number) - 1;
    if (p.code === 'duplicate-id') return { path: ['nodes', index, 'id'], code: p.code, message: `node id "${loopId}" is the loop's own: rename this node` };
    return { ...p, path: ['nodes', index, ...p.path.slice(2)], message: p.message.replace('of this flow', 'of this loop') };
  };
  return { graph, problems: problems.map(onBody) };
}

function arity(kind: GraphKind, count: number, at: (string | number)[]): Problem[] {
  const fail = (message: string): Problem[] => [{ path: [...at, count === 0 ? 'id' : 'input'], code: 'bad-input', message }];
  if (kind.inputs === 'none' && count > 0) return fail(`a ${kind.type} node takes no input`);
  if (kind.inputs === 'one' && count !== 1) return fail(`a ${kind.type} node takes exactly one input, got ${count}`);
  if (kind.inputs === 'optional' && count > 1) return fail(`a ${kind.type} node takes at most one input, got ${count}`);
  if (kind.inputs === 'many' && count < 2) return fail(`a ${kind.type} node joins two or more inputs, got ${count}`);
  return [];
}

/** Depth-first order; on a cycle, returns the ids around it (first id repeated at the end). */
function topologicalOrder(ids: string[], inputs: Map<string, InputRef[]>): { order: string[]; cycle?: string[] } {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  let cycle: string[] | undefined;
  const visit = (id: string): void => {
    if (cycle || state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      cycle = [...stack.slice(stack.indexOf(id)), id];
      return;
    }
    state.set(id, 'visiting');
    stack.push(id);
    for (const ref of inputs.get(id) ?? []) visit(ref.node);
    stack.pop();
    state.set(id, 'done');
    order.push(id);
  };
  for (const id of ids) visit(id);
  return cycle ? { order, cycle } : { order };
}
