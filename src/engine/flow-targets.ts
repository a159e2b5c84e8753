import type { LoadedFlow } from '../load/catalog.js';
import type { Cloud } from '../model/control.js';
import type { NodeConfig } from '../model/flow.js';
import { findNodeKind } from '../nodes/index.js';
import { GLOBAL_REGION, type Target } from '../providers/types.js';

/** Clouds whose targets are per region, beside one account-level target (region `global`) per account. */
const PER_REGION: ReadonlySet<Cloud> = new Set(['aws']);

/**
 * The targets a flow runs on, from its scope (THE decision; scan and run call it where they
 * choose targets). On AWS, a flow whose reads are all account-level (global services such as
 * IAM and S3, or `scope: account`) runs once per account on its `global` target; any other
 * flow runs on each region. Azure and GCP targets are subscriptions and projects: every flow
 * runs on each of them.
 */
export function flowTargets(flow: Pick<LoadedFlow, 'nodes'>, targets: Target[]): Target[] {
  const account = flowScope(flow.nodes) === 'account';
  return targets.filter((t) => !PER_REGION.has(t.provider) || (t.region === GLOBAL_REGION) === account);
}

/** `account` when some node reads account-level data and none reads per region; else `region`. */
export function flowScope(nodes: NodeConfig[]): 'account' | 'region' {
  const scopes = new Set<string>();
  const visit = (node: NodeConfig): void => {
    const kind = findNodeKind(node.type);
    const scope = kind?.scope?.(node);
    if (scope) scopes.add(scope);
    const body = kind?.bodyKey ? node[kind.bodyKey] : undefined;
    if (Array.isArray(body)) (body as NodeConfig[]).forEach(visit);
  };
  nodes.forEach(visit);
  return scopes.has('account') && !scopes.has('region') ? 'account' : 'region';
}
