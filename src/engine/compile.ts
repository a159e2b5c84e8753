import type { LoadedFlow } from '../load/catalog.js';
import type { NodeConfig } from '../model/flow.js';
import { findNodeKind } from '../nodes/index.js';
import { NodeConfigError, type CompileEnv, type NodeKind, type RunBody, type RunNode } from '../nodes/types.js';
import { TargetReadError } from '../providers/types.js';
import { buildBodyGraph, buildGraph, parseInputRef, type InputRef } from '../flow/graph.js';
import { runFlow, type CompiledFlow, type CompiledNode } from './run-flow.js';
import { addSecret } from '../lib/redact.js';
import { loadSandbox } from '../sandbox/quickjs.js';
import { declaresVariable, parseOverride, resolveValues, substitute } from '../flow/variables.js';

/**
 * The values a flow would run with do not fit it: a `--var` against its declaration, or an
 * environment variable a node reads is unset. Bad input (exit 2), reported before anything runs.
 */
export class FlowInputError extends Error {
  override name = 'FlowInputError';
}

/**
 * Substitute variables (declared values, then `--var` overrides) and compile every node once.
 * Assumes the flow passed loading: graph problems were diagnostics there.
 */
export function compileFlow(loaded: LoadedFlow, overrides: Record<string, string>, env: CompileEnv): CompiledFlow {
  const declared = loaded.flow.variables ?? {};
  const parsed: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(overrides)) {
    if (!declaresVariable(declared, name)) continue;
    const variable = declared[name]!;
    const result = parseOverride(variable, text);
    if ('error' in result) {
      throw new FlowInputError(`--var ${name}: ${result.error} (${loaded.file} declares ${name} as ${variable.type ?? 'auto'})`);
    }
    parsed[name] = result.value;
  }
  const { values, redacted, secrets } = resolveValues(declared, parsed);
  // Masked in every output from here on, whatever path the value takes.
  for (const secret of secrets) addSecret(secret);
  const { graph } = buildGraph(loaded.nodes, findNodeKind);
  const nodes = compileNodes(loaded.nodes, { values, redacted, env, file: loaded.file, flowId: loaded.flow.id, overridden: Object.keys(parsed).length > 0 });
  return { id: loaded.flow.id, file: loaded.file, nodes, order: graph.order, inputs: graph.inputs, unchecked: uncheckedEvaluates(nodes, graph.inputs) };
}

/** Reads whose answers have no schema `validate` could check keys against. */
const SCHEMALESS_READS: ReadonlySet<string> = new Set(['azure.resource', 'azure.arm', 'azure.graph', 'gcp.resource', 'gcp.rest', 'http', 'aws.config']);

/**
 * The evaluate nodes whose items come from a read no schema describes, so `validate` could
 * not check their keys (src/flow/check-shapes.ts): Azure, GCP and HTTP reads and AWS Config's
 * query rows, through filters, formatters, joins and per-item reads. The scan checks those
 * keys against the items instead. Items made by user code (custom, loop) are the code's own:
 * a key they leave out on purpose (a `Problem` only failing items get) is not warned of.
 */
function uncheckedEvaluates(nodes: Map<string, CompiledNode>, inputs: Map<string, InputRef[]>): Set<string> {
  const memo = new Map<string, boolean>();
  const schemaless = (id: string): boolean => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    memo.set(id, false); // a cycle is no read
    const node = nodes.get(id);
    const from = (inputs.get(id) ?? []).map((ref) => ref.node);
    let result = false;
    if (!node || node.kind.type === 'custom' || node.kind.type === 'loop' || node.kind.role === 'trigger') result = false;
    else if (SCHEMALESS_READS.has(node.kind.type)) result = true;
    else if (node.kind.type === 'aws.resource') {
      // AWS Config's query rows have no schema; a per-item read joins onto its input's items.
      result = String(node.config.method).startsWith('Select') || (node.config.perItem !== undefined && from.some(schemaless));
    } else result = from.some(schemaless);
    memo.set(id, result);
    return result;
  };
  return new Set([...nodes].filter(([id, node]) => node.kind.role === 'verdict' && schemaless(id)).map(([id]) => id));
}

interface CompileScope {
  values: Record<string, unknown>;
  redacted: Record<string, unknown>;
  env: CompileEnv;
  file: string;
  flowId: string;
  /** Some --var replaced a declared value: the nodes are checked again with it. */
  overridden: boolean;
}

function compileNodes(raws: NodeConfig[], scope: CompileScope): Map<string, CompiledNode> {
  const nodes = new Map<string, CompiledNode>();
  for (const raw of raws) {
    const kind = findNodeKind(raw.type)!;
    const config = substitute(raw, scope.values);
    // Loading checked the declared values; an override can still break a node (a JSONPath
    // built from a variable), so check again before anything runs. Without one, loading's
    // check stands (a third of a bundled scan's start went to checking every node twice).
    const problems = scope.overridden ? (kind.check?.(config) ?? []) : [];
    if (problems.length > 0) {
      const where = problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ');
      throw new FlowInputError(`with the --var values given, node "${raw.id}" of ${scope.file} is invalid: ${where}`);
    }
    const env = kind.bodyKey ? { ...scope.env, runBody: compileBody(raw.id, config[kind.bodyKey] as NodeConfig[], scope) } : scope.env;
    nodes.set(raw.id, { config, kind, run: compileNode(kind, config, env, scope.file), recordedConfig: redact(substitute(raw, scope.redacted)) });
  }
  return nodes;
}

/** A loop's nodes as a flow of their own whose source, the loop's id, is seeded with each iteration's items. */
function compileBody(loopId: string, body: NodeConfig[], scope: CompileScope): RunBody {
  const { graph } = buildBodyGraph(loopId, body, findNodeKind);
  const flow: CompiledFlow = { id: scope.flowId, file: scope.file, nodes: compileNodes(body, scope), order: graph.order, inputs: graph.inputs };
  const last = body[body.length - 1]!;
  // `node.port` or `node` (its first port); default: the last body node.
  const portOf = (ref: string): { node: string; port: string } => {
    const { node, port } = parseInputRef(ref);
    return { node, port: port ?? findNodeKind(body.find((n) => n.id === node)!.type)!.outputs[0]! };
  };
  return async (items, ctx, iteration) => {
    const execution = await runFlow(flow, ctx.target, ctx.provider, { now: ctx.now, keepOutputs: true, seed: { [loopId]: { out: items } } });
    if (execution.error) {
      const message = `iteration ${iteration}: ${execution.error.message}`;
      // A cloud read that failed keeps its code (AccessDenied …) for the control's ERROR.
      throw execution.error.code === 'node-failed' ? new Error(message) : new TargetReadError(execution.error.code, message);
    }
    const outputs = new Map(execution.nodes.map((n) => [n.id, n.output ?? {}]));
    if (!ctx.keepOutputs) for (const record of execution.nodes) delete record.output;
    return {
      output: (ref = last.id) => {
        const { node, port } = portOf(ref);
        return outputs.get(node)?.[port] ?? [];
      },
      artifacts: execution.artifacts,
      detail: execution.nodes,
    };
  };
}

/** The config as history shows it: each kind's secrets as *****, inside a loop's body too. */
function redact(config: NodeConfig): NodeConfig {
  const kind = findNodeKind(config.type);
  if (!kind) return config;
  const shown = kind.redact ? kind.redact(config) : config;
  if (!kind.bodyKey || !Array.isArray(shown[kind.bodyKey])) return shown;
  return { ...shown, [kind.bodyKey]: (shown[kind.bodyKey] as NodeConfig[]).map(redact) };
}

function compileNode(kind: NodeKind, config: NodeConfig, env: CompileEnv, file: string): RunNode {
  try {
    return kind.compile(config, env);
  } catch (error) {
    if (error instanceof NodeConfigError) throw new FlowInputError(`${file}: ${error.message}`);
    throw error;
  }
}

/** These flows compiled, by id; the sandbox loaded first when one of them runs user code. */
export async function compileFlows(flows: LoadedFlow[], overrides: Record<string, string>, env: CompileEnv): Promise<Map<string, CompiledFlow>> {
  if (needsSandbox(flows)) await loadSandbox();
  return new Map(flows.map((flow) => [flow.flow.id, compileFlow(flow, overrides, env)]));
}

/** Whether any node of these flows runs user code, so the sandbox must be loaded first. */
export function needsSandbox(flows: LoadedFlow[]): boolean {
  const runsCode = (n: NodeConfig): boolean => {
    const kind = findNodeKind(n.type);
    if (kind?.needsSandbox?.(n)) return true;
    const body = kind?.bodyKey ? n[kind.bodyKey] : undefined;
    return Array.isArray(body) && (body as NodeConfig[]).some(runsCode);
  };
  return flows.some((f) => f.nodes.some(runsCode));
}
