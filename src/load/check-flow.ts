import { buildGraph } from '../engine/graph.js';
import { findVariableRefs, resolveValues, substitute } from '../engine/variables.js';
import { flowSchema, type Flow, type NodeConfig } from '../model/flow.js';
import { under, type Problem } from '../model/problem.js';
import { validateSchema } from '../model/validate.js';
import { findNodeKind, nodeTypeNames } from '../nodes/index.js';

export interface CheckedFlow {
  /** The trigger node first, then the flow's nodes. */
  nodes: NodeConfig[];
  problems: Problem[];
}

/**
 * Everything that can be wrong inside one flow document, as problems addressed by their
 * path in the YAML: the frame, each node against its kind, the flow-level trigger, variable
 * references and the graph. Nodes of unknown kinds are skipped by the later checks.
 */
export function checkFlow(value: unknown): CheckedFlow {
  const frame = validateSchema(flowSchema, value);
  const flow = value as Flow;
  if (frame.some((p) => p.path.length === 0 || p.path[0] === 'nodes')) return { nodes: [], problems: frame };
  const problems = [...frame];

  const nodes = flow.nodes;
  const declared = flow.variables ?? {};
  // Nodes are checked with the declared values in place, as they will run (a JSONPath may
  // hold `$wf.variables:port`); --var overrides are checked again when the scan compiles.
  const { values } = resolveValues(declared, {});
  nodes.forEach((node, i) => {
    const kind = findNodeKind(node.type);
    if (!kind) {
      problems.push({ path: ['nodes', i, 'type'], code: 'unknown-node-type', message: `unknown node type "${node.type}" (types: ${nodeTypeNames().join(', ')})` });
      return;
    }
    const resolved = substitute(node, values);
    const schemaProblems = validateSchema(kind.schema, resolved);
    problems.push(...under(['nodes', i], schemaProblems.length > 0 ? schemaProblems : (kind.check?.(resolved) ?? [])));
    const { id: _id, type: _type, input: _input, ...rest } = node;
    for (const ref of findVariableRefs(rest)) {
      if (!(ref.name in declared)) {
        const known = Object.keys(declared);
        problems.push({
          path: ['nodes', i, ...ref.path],
          code: 'unknown-variable',
          message: `$wf.variables:${ref.name} is not declared under variables:${known.length > 0 ? ` (variables: ${known.join(', ')})` : ''}`,
        });
      }
    }
  });

  const triggerNodes = nodes.filter((n) => n.type === 'trigger');
  let all = nodes;
  if (flow.trigger !== undefined && triggerNodes.length > 0) {
    problems.push({ path: ['trigger'], code: 'duplicate-trigger', message: 'the flow has both a trigger: block and a trigger node: keep one' });
  } else if (triggerNodes.length > 1) {
    problems.push({ path: ['nodes', nodes.indexOf(triggerNodes[1]!), 'type'], code: 'duplicate-trigger', message: 'a flow has one trigger' });
  } else if (triggerNodes.length === 0) {
    const { trigger, problems: triggerProblems } = triggerFromBlock(flow.trigger);
    problems.push(...triggerProblems);
    all = [trigger, ...nodes];
  }

  const offset = all.length - nodes.length;
  const { problems: graphProblems } = buildGraph(all, findNodeKind);
  // The implicit trigger sits before the flow's nodes: shift graph paths back onto the document.
  problems.push(...graphProblems.map((p) => (p.path[0] === 'nodes' ? { ...p, path: ['nodes', (p.path[1] as number) - offset, ...p.path.slice(2)] } : p)));
  return { nodes: all, problems };
}

/** `trigger: { type: schedule, cron: … }` becomes the trigger node; no block means manual. */
function triggerFromBlock(block: Record<string, unknown> | undefined): { trigger: NodeConfig; problems: Problem[] } {
  const { type = 'manual', ...rest } = block ?? {};
  const trigger: NodeConfig = { ...rest, id: 'trigger', type: 'trigger', on: type };
  const kind = findNodeKind('trigger')!;
  const schemaProblems = validateSchema(kind.schema, trigger);
  const problems = schemaProblems.length > 0 ? schemaProblems : (kind.check?.(trigger) ?? []);
  const back = (p: Problem): Problem => {
    const [first, ...rest2] = p.path;
    return { ...p, path: ['trigger', ...(first === 'on' ? ['type'] : first === undefined ? [] : [first]), ...rest2] };
  };
  return { trigger, problems: problems.map(back) };
}
