import { append } from '../model/append.js';
import { buildGraph } from './graph.js';
import { resolveValues, substitute } from './variables.js';
import type { Flow, NodeConfig } from '../model/flow.js';
import { under, type Problem } from '../model/problem.js';
import { findAwsAddon } from '../nodes/addons/aws.js';
import { findNodeKind } from '../nodes/index.js';
import type { ShapeEnv } from '../nodes/types.js';
import { awsOutputShape } from '../providers/aws/shapes.js';
import { UNKNOWN, type Shape } from '../providers/shape.js';

/** A flow as the catalog loaded it (load/catalog.ts's LoadedFlow): the document and its nodes, trigger first. */
export interface FlowNodes {
  flow: Flow;
  nodes: NodeConfig[];
}

/**
 * `validate`'s check of every key a flow reads against what the cloud returns. The items'
 * shape starts at the output shape of the AWS call that produced them (the SDK client's own
 * schema, providers/aws/shapes.ts) and follows the data through the flow in graph order, each
 * node kind saying what it makes of its inputs' shape and which keys it reads (NodeKind.shape):
 * items:, the default item extraction, addons, perItem joins, formatter fields/rename/omit/
 * flatten, joiners, filters passing items on. Where the shape becomes unknown (Azure and GCP
 * reads, custom and http nodes, a service without an installed client) nothing downstream is
 * checked. Problems are addressed inside each flow document.
 */
export async function checkFlowShapes<F extends FlowNodes>(flows: Iterable<F>): Promise<Map<F, Problem[]>> {
  const prepared = [...flows].map((loaded) => ({ loaded, nodes: resolvedNodes(loaded) }));
  const env = await loadAwsShapes(prepared.flatMap((p) => p.nodes));
  return new Map(prepared.map(({ loaded, nodes }) => [loaded, checkOne(loaded, nodes, env)]));
}

/** The nodes as they run: the flow's declared variable values in place. */
function resolvedNodes(loaded: FlowNodes): NodeConfig[] {
  const { values } = resolveValues(loaded.flow.variables ?? {}, {});
  return loaded.nodes.map((node) => substitute(node, values));
}

/** Every AWS call the flows read (and their addons' calls), loaded at once. */
async function loadAwsShapes(nodes: NodeConfig[]): Promise<ShapeEnv> {
  const calls = new Set<string>();
  for (const node of nodes) {
    if (node.type !== 'aws.resource' || typeof node.service !== 'string' || typeof node.method !== 'string') continue;
    calls.add(`${node.service}.${node.method}`);
    for (const name of Array.isArray(node.addons) ? node.addons : []) {
      const addon = typeof name === 'string' ? findAwsAddon(name) : undefined;
      if (addon) calls.add(`${addon.related.service}.${addon.related.method}`);
    }
  }
  const shapes = new Map<string, Shape | undefined>();
  await Promise.all(
    [...calls].map(async (call) => {
      const [service, method] = call.split('.') as [string, string];
      shapes.set(call, await awsOutputShape(service, method));
    }),
  );
  return { awsOutput: (service, method) => shapes.get(`${service}.${method}`) };
}

function checkOne(loaded: FlowNodes, nodes: NodeConfig[], env: ShapeEnv): Problem[] {
  const { graph, problems: graphProblems } = buildGraph(nodes, findNodeKind);
  if (graphProblems.length > 0) return []; // reported by the flow check
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const outputs = new Map<string, Shape>();
  const problems: Problem[] = [];
  for (const id of graph.order) {
    const node = byId.get(id)!;
    const kind = findNodeKind(node.type);
    const inputs = (graph.inputs.get(id) ?? []).map((ref) => outputs.get(ref.node) ?? UNKNOWN);
    const step = kind?.shape?.(node, inputs, env) ?? { output: UNKNOWN, problems: [] };
    outputs.set(id, step.output);
    // Paths are inside the node; the document's nodes list has no implicit trigger.
    const index = loaded.flow.nodes.findIndex((n) => n.id === id);
    if (index >= 0) append(problems, under(['nodes', index], step.problems));
  }
  return problems;
}
