import type { LoadedFlow } from '../load/catalog.js';
import type { NodeConfig } from '../model/flow.js';
import { findNodeKind } from '../nodes/index.js';
import { NodeConfigError, type CompileEnv, type NodeKind, type RunNode } from '../nodes/types.js';
import { buildGraph, type InputRef } from './graph.js';
import { parseOverride, resolveValues, substitute } from './variables.js';

export interface CompiledNode {
  config: NodeConfig;
  kind: NodeKind;
  run: RunNode;
  /** The config as history shows it: secret variables and secret keys as *****. */
  recordedConfig: NodeConfig;
}

export interface CompiledFlow {
  id: string;
  file: string;
  nodes: Map<string, CompiledNode>;
  order: string[];
  inputs: Map<string, InputRef[]>;
}

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
    const variable = declared[name];
    if (!variable) continue;
    const result = parseOverride(variable, text);
    if ('error' in result) {
      throw new FlowInputError(`--var ${name}: ${result.error} (${loaded.file} declares ${name} as ${variable.type ?? 'auto'})`);
    }
    parsed[name] = result.value;
  }
  const { values, redacted } = resolveValues(declared, parsed);
  const kindOf = (type: string) => findNodeKind(type);
  const { graph } = buildGraph(loaded.nodes, kindOf);
  const nodes = new Map<string, CompiledNode>();
  for (const raw of loaded.nodes) {
    const kind = kindOf(raw.type)!;
    const config = substitute(raw, values);
    // Loading checked the declared values; an override can still break a node (a JSONPath
    // built from a variable), so check again before anything runs.
    const problems = kind.check?.(config) ?? [];
    if (problems.length > 0) {
      const where = problems.map((p) => `${p.path.join('.')}: ${p.message}`).join('; ');
      throw new FlowInputError(`with the --var values given, node "${raw.id}" of ${loaded.file} is invalid: ${where}`);
    }
    const shown = substitute(raw, redacted);
    const recordedConfig = kind.redact ? kind.redact(shown) : shown;
    nodes.set(raw.id, { config, kind, run: compileNode(kind, config, env, loaded.file), recordedConfig });
  }
  return { id: loaded.flow.id, file: loaded.file, nodes, order: graph.order, inputs: graph.inputs };
}

function compileNode(kind: NodeKind, config: NodeConfig, env: CompileEnv, file: string): RunNode {
  try {
    return kind.compile(config, env);
  } catch (error) {
    if (error instanceof NodeConfigError) throw new FlowInputError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Whether any node of these flows runs user code, so the sandbox must be loaded first. */
export function needsSandbox(flows: LoadedFlow[]): boolean {
  return flows.some((f) => f.nodes.some((n) => findNodeKind(n.type)?.needsSandbox?.(n) === true));
}
