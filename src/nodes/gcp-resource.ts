import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { NodeKind } from './types.js';

/**
 * GCP assets of one type, as Cloud Asset Inventory's listAssets returns them (`resource.data`,
 * `iamPolicy`); with `search`, the results of searchAllResources for that query instead (the
 * search index's summary: `name`, `location`, `labels`, `state`, `additionalAttributes`).
 */
export interface GcpResourceConfig extends NodeConfig {
  assetType: string;
  search?: string;
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
      search: { type: 'string', minLength: 1 },
    },
  },
  compile(config) {
    const call =
      config.search === undefined
        ? { service: 'CloudAsset', method: 'ListAssets', params: { assetTypes: [config.assetType] } }
        : { service: 'CloudAsset', method: 'SearchAllResources', params: { query: config.search, assetTypes: [config.assetType] } };
    return async (_inputs, ctx) => ({ ports: { out: await ctx.provider.list(ctx.target, call) } });
  },
};
