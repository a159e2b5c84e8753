import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { NodeKind } from './types.js';

/** Azure resources of one type, as Azure Resource Graph returns them (ARM JSON with `properties`). */
export interface AzureResourceConfig extends NodeConfig {
  resourceType: string;
}

export const azureResource: NodeKind<AzureResourceConfig> = {
  type: 'azure.resource',
  summary: 'fetch Azure resources of one type through Resource Graph',
  outputs: ['out'],
  inputs: 'optional',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'resourceType'],
    properties: {
      ...commonNodeProperties,
      resourceType: { type: 'string', pattern: '^[A-Za-z0-9.]+/[A-Za-z0-9./]+$' },
    },
  },
  compile(config) {
    // Resource Graph lowercases types; matching is case-insensitive there too.
    const call = { service: 'ResourceGraph', method: 'Resources', params: { type: config.resourceType.toLowerCase() } };
    return async (_inputs, ctx) => ({ ports: { out: await ctx.provider.list(ctx.target, call) } });
  },
};
