import { buildBodyGraph, buildGraph } from './graph.js';
import { checkEventScope } from '../nodes/events/scope-check.js';
import { declaresVariable, findVariableRefs, resolveValues, substitute } from './variables.js';
import { flowSchema, type Flow, type FlowVariable, type NodeConfig } from '../model/flow.js';
import { under, type Problem } from '../model/problem.js';
import { closest, validateSchema } from '../model/validate.js';
import { findNodeKind, nodeTypeNames } from '../nodes/index.js';
import { append } from '../model/append.js';

export interface CheckedFlow {
  /** The trigger node first (from `trigger:`, or manual) then the flow's nodes; as written when a node is the trigger. */
  nodes: NodeConfig[];
  problems: Problem[];
}

export interface CheckOptions {
  /** Also check what the nodes need to run live (installed SDK clients): `validate` does; a scan of a snapshot needs none. */
  runtime?: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Everything that can be wrong inside one flow document, as problems addressed by their
 * path in the YAML: the frame, each node against its kind, the flow-level trigger, variable
 * references and the graph. Checks go on past a broken part, so every mistake shows at
 * once; only what the frame already reported (a node without a string type …) is skipped.
 */
export function checkFlow(value: unknown, options: CheckOptions = {}): CheckedFlow {
  const problems = validateSchema(flowSchema, value);
  const flow = (isRecord(value) ? value : {}) as Partial<Flow>;
  if (!Array.isArray(flow.nodes)) return { nodes: [], problems };
  const nodes = flow.nodes as unknown[];

  const declared = isRecord(flow.variables) ? flow.variables : {};
  // Nodes are checked with the declared values in place, as they will run (a JSONPath may
  // hold `$wf.variables:port`); --var overrides are checked again when the scan compiles.
  const wellFormed = Object.fromEntries(Object.entries(declared).filter(([, v]) => isRecord(v))) as Record<string, FlowVariable>;
  const { values } = resolveValues(wellFormed, {});
  nodes.forEach((node, i) => append(problems, checkNode(node, ['nodes', i], declared, values, options)));

  const written = nodes.filter((n): n is NodeConfig => isRecord(n) && typeof n.id === 'string' && typeof n.type === 'string');
  const triggerNodes = written.filter((n) => n.type === 'trigger');
  let all = written;
  if (flow.trigger !== undefined && triggerNodes.length > 0) {
    problems.push({ path: ['trigger'], code: 'duplicate-trigger', message: 'the flow has both a trigger: block and a trigger node: keep one' });
  } else if (triggerNodes.length > 1) {
    problems.push({ path: ['nodes', nodes.indexOf(triggerNodes[1]), 'type'], code: 'duplicate-trigger', message: 'a flow has one trigger' });
  } else if (triggerNodes.length === 0) {
    const { trigger, problems: triggerProblems } = triggerFromBlock(flow.trigger);
    append(problems, triggerProblems);
    all = [trigger, ...written];
  }

  // An event trigger's scope names the flow's resource nodes.
  append(problems, under(triggerNodes.length === 0 ? ['trigger'] : ['nodes', nodes.indexOf(triggerNodes[0])], checkEventScope(all)));

  // The graph needs every node's id and type; when one lacks them the frame said so already.
  if (written.length === nodes.length) {
    const implicit = all.length - nodes.length;
    for (const p of buildGraph(all, findNodeKind).problems) problems.push(implicit ? onDocument(p) : p);
  }
  return { nodes: all, problems: unique(problems) };
}

/**
 * One node against its kind: unknown variables, the kind's schema, then its own checks; for
 * a loop, its body's nodes the same way and the body's graph. Paths start at `at`.
 */
function checkNode(node: unknown, at: (string | number)[], declared: Record<string, unknown>, values: Record<string, unknown>, options: CheckOptions): Problem[] {
  if (!isRecord(node) || typeof node.type !== 'string') return [];
  const kind = findNodeKind(node.type);
  if (!kind) {
    const near = closest(node.type, nodeTypeNames());
    const hint = near ? `did you mean "${near}"?` : `types: ${nodeTypeNames().join(', ')}`;
    return [{ path: [...at, 'type'], code: 'unknown-node-type', message: `unknown node type "${node.type}" (${hint})` }];
  }
  const problems: Problem[] = [];
  const { id: _id, type: _type, input: _input, ...rest } = node;
  const body = kind.bodyKey ? rest[kind.bodyKey] : undefined;
  if (kind.bodyKey) delete rest[kind.bodyKey]; // the body's nodes report their own
  const unknown = findVariableRefs(rest).filter((ref) => !declaresVariable(declared, ref.name));
  const known = Object.keys(declared);
  for (const ref of unknown) {
    const hint = known.length > 0 ? ` (variables: ${known.join(', ')})` : '';
    problems.push({ path: [...at, ...ref.path], code: 'unknown-variable', message: `$wf.variables:${ref.name} is not declared under variables:${hint}` });
  }
  const resolved = substitute(node as NodeConfig, values);
  // A value holding an unknown variable is reported once, as unknown-variable, not also as a bad type.
  const blamed = new Set(unknown.map((ref) => JSON.stringify(ref.path)));
  const schemaProblems = validateSchema(kind.schema, resolved).filter((p) => !blamed.has(JSON.stringify(p.path)));
  const own = schemaProblems.length > 0 ? schemaProblems : (kind.check?.(resolved) ?? []);
  append(problems, under(at, own));
  if (options.runtime && own.length === 0) append(problems, under(at, kind.checkRuntime?.(resolved) ?? []));
  if (kind.bodyKey && Array.isArray(body)) {
    body.forEach((inner, j) => {
      const role = isRecord(inner) && typeof inner.type === 'string' ? findNodeKind(inner.type)?.role : undefined;
      const why = role && kind.bodyRefuses?.[role];
      if (why) problems.push({ path: [...at, kind.bodyKey!, j, 'type'], code: 'bad-node', message: `a ${String(inner.type)} node cannot repeat inside a ${kind.type}: ${why}` });
      append(problems, checkNode(inner, [...at, kind.bodyKey!, j], declared, values, options));
    });
    const written = body.filter((n): n is NodeConfig => isRecord(n) && typeof n.id === 'string' && typeof n.type === 'string');
    if (written.length === body.length) {
      const graph = buildBodyGraph(node.id as string, written, findNodeKind).problems;
      append(problems, under(at, graph.map((p) => (p.path[0] === 'nodes' ? { ...p, path: [kind.bodyKey!, ...p.path.slice(1)] } : p))));
    }
  }
  return problems;
}

/** Graph paths count the implicit trigger first: shift them back onto the document. */
function onDocument(p: Problem): Problem {
  if (p.path[0] !== 'nodes') return p;
  const index = (p.path[1] as number) - 1;
  if (index < 0) return { ...p, path: ['trigger', ...p.path.slice(2)] };
  if (p.code === 'duplicate-id' && p.message.includes('"trigger"')) {
    return { ...p, path: ['nodes', index, 'id'], message: 'node id "trigger" belongs to the flow\'s trigger: rename this node' };
  }
  return { ...p, path: ['nodes', index, ...p.path.slice(2)] };
}

/** `trigger: { type: schedule, cron: … }` becomes the trigger node; no block means manual. */
function triggerFromBlock(block: unknown): { trigger: NodeConfig; problems: Problem[] } {
  // A block that is not a map is a frame error already; run as manual.
  const { type, on, id, ...rest } = isRecord(block) ? block : {};
  // The block names its mode `type` (a trigger node says `on`), and its id is always `trigger`.
  const problems: Problem[] = [];
  if (on !== undefined) problems.push({ path: ['trigger', 'on'], code: 'unknown-key', message: 'unknown key "on" (a trigger: block names its mode with type:)' });
  if (id !== undefined) problems.push({ path: ['trigger', 'id'], code: 'unknown-key', message: 'unknown key "id" (the flow\'s trigger is always "trigger")' });
  // Checked with the mode the user meant, so a mistaken `on:` does not also fail the cron.
  const trigger: NodeConfig = { ...rest, id: 'trigger', type: 'trigger', on: type ?? on ?? 'manual' };
  const kind = findNodeKind('trigger')!;
  const schemaProblems = validateSchema(kind.schema, trigger);
  const found = schemaProblems.length > 0 ? schemaProblems : (kind.check?.(trigger) ?? []);
  const back = (p: Problem): Problem => {
    const [first, ...more] = p.path;
    if (first === 'on') return { ...p, path: ['trigger', 'type', ...more], message: p.message.replace(/^on\b/, 'type') };
    return { ...p, path: ['trigger', ...(first === undefined ? [] : [first]), ...more] };
  };
  return { trigger, problems: [...problems, ...found.map(back)] };
}

/** The frame and a node's kind both check `id` and `type`: say each thing once. */
function unique(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.path, p.code, p.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
