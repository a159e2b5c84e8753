import type { NodeConfig } from '../../model/flow.js';
import type { Problem } from '../../model/problem.js';
import { normalizeScope, SCOPE_RULES } from './scope.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The trigger's `scope:` against the flow's nodes: each key names an `aws.resource` node of the
 * flow whose call can be narrowed (a rule in SCOPE_RULES, or `param`/`key` given). Paths are
 * inside the trigger (`event.scope.<node>`); `nodes` is the flow's, trigger first.
 */
export function checkEventScope(nodes: NodeConfig[]): Problem[] {
  const trigger = nodes.find((n) => n.type === 'trigger');
  const scope = isRecord(trigger?.event) ? trigger.event.scope : undefined;
  if (!isRecord(scope)) return [];
  const resources = nodes.filter((n) => n.type === 'aws.resource');
  return Object.entries(scope).flatMap(([id, raw]): Problem[] => {
    const path = ['event', 'scope', id];
    const node = nodes.find((n) => n.id === id);
    if (!node || node.type !== 'aws.resource') {
      const known = resources.map((n) => n.id).join(', ') || 'none';
      const what = node ? `node "${id}" is of type ${node.type}` : `no node "${id}"`;
      return [{ path, code: 'unknown-node', message: `${what}: scope names aws.resource nodes (here: ${known})` }];
    }
    const spec = normalizeScope(raw);
    const call = `${String(node.service)}.${String(node.method)}`;
    if (spec.param === undefined && spec.key === undefined && !SCOPE_RULES[call]) {
      return [{
        path,
        code: 'unscopable',
        message: `${call} has no built-in scope rule: give { ids, param } (the call parameter that takes the ids) or { ids, key } (the item's id, to keep after reading all)`,
      }];
    }
    return [];
  });
}
