import { TargetReadError, type ApiCall } from '../types.js';

/** Resource Graph tables a node may read (`table:`), by the call's method (and recording name `ResourceGraph.<Method>.json`). */
export const TABLE_METHODS: Record<string, string> = {
  resources: 'Resources',
  securityresources: 'SecurityResources',
  authorizationresources: 'AuthorizationResources',
  policyresources: 'PolicyResources',
  advisorresources: 'AdvisorResources',
  resourcecontainers: 'ResourceContainers',
};

const TABLE_OF_METHOD = new Map(Object.entries(TABLE_METHODS).map(([table, method]) => [method, table]));

/**
 * `ResourceGraph.<Table> { type }`: every row of that type in that table, in a stable order;
 * `ResourceGraph.Resources { query }`: the node's own KQL (which names its tables itself).
 */
export function kqlOf(call: ApiCall): string {
  const table = TABLE_OF_METHOD.get(call.method);
  if (call.service !== 'ResourceGraph' || table === undefined) {
    throw new TargetReadError('UnsupportedCall', `Azure reads go through Resource Graph, ARM or Microsoft Graph; ${call.service}.${call.method} is not supported`, call);
  }
  if (typeof call.params.query === 'string' && table === 'resources') return call.params.query;
  const type = String(call.params.type ?? '');
  if (!/^[A-Za-z0-9./]+$/.test(type)) throw new TargetReadError('UnsupportedCall', `not a resource type: "${type}"`, call);
  return `${call.method} | where type =~ '${type}' | order by id asc`;
}
