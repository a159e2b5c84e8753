import type { Flow, NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import { validateSchema } from '../model/validate.js';
import { findNodeKind } from '../nodes/index.js';
import { checkFlow } from '../flow/check-flow.js';
import { append } from '../model/append.js';

/**
 * A QFlow-style export: up to ten flows in one JSON file, without HTTP authentication or
 * secret variable values, which whoever imports it configures again (`reconfigure` says what).
 */
export interface FlowBundle {
  format: 'ctrlflow-flow-bundle';
  version: 1;
  exportedBy: string;
  exportedAt: string;
  flows: Flow[];
  reconfigure: Reconfigure[];
}

/** One thing removed on export: flow id, where (dotted path in the flow), and what to set. */
export interface Reconfigure {
  flow: string;
  path: string;
  what: string;
}

export const MAX_BUNDLE_FLOWS = 10;

export const bundleSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['format', 'version', 'flows'],
  properties: {
    format: { const: 'ctrlflow-flow-bundle' },
    version: { const: 1 },
    exportedBy: { type: 'string' },
    exportedAt: { type: 'string' },
    flows: { type: 'array', minItems: 1, maxItems: MAX_BUNDLE_FLOWS, items: { type: 'object' } },
    reconfigure: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['flow', 'path', 'what'],
        properties: { flow: { type: 'string' }, path: { type: 'string' }, what: { type: 'string' } },
      },
    },
  },
} as const;

/** The bundle of these flows, as written (variables unresolved), credentials left out. */
export function makeBundle(flows: Flow[], exportedBy: string, now: Date): FlowBundle {
  const reconfigure: Reconfigure[] = [];
  const exported = flows.map((flow) => {
    const copy = structuredClone(flow);
    for (const [name, variable] of Object.entries(copy.variables ?? {})) {
      if (!variable.secret) continue;
      variable.value = '';
      reconfigure.push({ flow: flow.id, path: `variables.${name}.value`, what: `secret variable ${name}: set its value, or pass --var ${name}=…` });
    }
    copy.nodes.forEach((node, i) => stripCredentials(node, ['nodes', i], (path, what) => reconfigure.push({ flow: flow.id, path: path.join('.'), what })));
    return copy;
  });
  return { format: 'ctrlflow-flow-bundle', version: 1, exportedBy, exportedAt: now.toISOString(), flows: exported, reconfigure };
}

function stripCredentials(node: NodeConfig, at: (string | number)[], removed: (path: (string | number)[], what: string) => void): void {
  const kind = findNodeKind(node.type);
  if (!kind) return;
  for (const path of kind.credentialPaths?.(node) ?? []) {
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((v, k) => v[k] as Record<string | number, unknown>, node);
    delete parent[path[path.length - 1]!];
    removed([...at, ...path], `node ${node.id} (${node.type}): ${path.join('.')} was removed on export; configure it again (credentials come from \${env:NAME})`);
  }
  const body = kind.bodyKey ? node[kind.bodyKey] : undefined;
  if (Array.isArray(body)) (body as NodeConfig[]).forEach((inner, j) => stripCredentials(inner, [...at, kind.bodyKey!, j], removed));
}

/** The bundle's frame, then every flow as the loader checks a flow file; paths are into the bundle. */
export function checkBundle(value: unknown): Problem[] {
  const problems = validateSchema(bundleSchema, value);
  if (problems.length > 0) return problems;
  const { flows } = value as FlowBundle;
  const seen = new Set<string>();
  flows.forEach((flow, i) => {
    append(problems, checkFlow(flow).problems.map((p) => ({ ...p, path: ['flows', i, ...p.path] })));
    if (typeof flow.id === 'string') {
      if (seen.has(flow.id)) problems.push({ path: ['flows', i, 'id'], code: 'duplicate-id', message: `flow id "${flow.id}" is in the bundle twice` });
      seen.add(flow.id);
    }
  });
  return problems;
}
