import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { NodeKind } from './types.js';

/** GCP assets of one type, as Cloud Asset Inventory's listAssets returns them (`resource.data`, `iamPolicy`). */
export interface GcpResourceConfig extends NodeConfig {
  assetType: string;
}

export const gcpResource: NodeKind<GcpResourceConfig> = {
  type: 'gcp.resource',
  summary: 'fetch GCP assets of one type through Cloud Asset Inventory',
  outputs: ['out'],
  inputs: 'optional',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'assetType'],
    properties: {
      ...commonNodeProperties,
      assetType: { type: 'string', pattern: '^[a-z0-9.-]+\\.googleapis\\.com/[A-Za-z0-9]+$' },
    },
  },
  compile(config) {
    const call = { service: 'CloudAsset', method: 'ListAssets', params: { assetTypes: [config.assetType] } };
    return async (_inputs, ctx) => ({ ports: { out: await ctx.provider.list(ctx.target, call) } });
  },
};
