import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { NodeKind } from './types.js';

/**
 * Azure resources of one type, as Azure Resource Graph returns them (ARM JSON with
 * `properties`), or the rows of a KQL query (which must keep `subscriptionId`, so rows can be
 * told apart per subscription).
 */
export interface AzureResourceConfig extends NodeConfig {
  resourceType?: string;
  query?: string;
}

export const azureResource: NodeKind<AzureResourceConfig> = {
  type: 'azure.resource',
  summary: 'fetch Azure resources of one type through Resource Graph',
  outputs: ['out'],
  inputs: 'optional',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type'],
    properties: {
      ...commonNodeProperties,
      resourceType: { type: 'string', pattern: '^[A-Za-z0-9.]+/[A-Za-z0-9./]+$' },
      query: { type: 'string', minLength: 1 },
    },
  },
  check(config) {
    if ((config.resourceType === undefined) === (config.query === undefined)) {
      return [{ path: [], code: 'missing-key', message: 'give resourceType (e.g. microsoft.storage/storageaccounts) or query (KQL), one of them' }];
    }
    return [];
  },
  compile(config) {
    // Resource Graph lowercases types; matching is case-insensitive there too.
    const params = config.query !== undefined ? { query: config.query } : { type: config.resourceType!.toLowerCase() };
    const call = { service: 'ResourceGraph', method: 'Resources', params };
    return async (_inputs, ctx) => ({ ports: { out: await ctx.provider.list(ctx.target, call) } });
  },
};
