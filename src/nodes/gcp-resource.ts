import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import { EXTRA_CONTENT_TYPES, type ExtraContentType } from '../providers/gcp/asset-content.js';
import type { NodeKind } from './types.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * GCP assets of one type, as Cloud Asset Inventory's listAssets returns them (`resource.data`,
 * `iamPolicy`); with `search`, the results of searchAllResources for that query instead (the
 * search index's summary: `name`, `location`, `labels`, `state`, `additionalAttributes`).
 * `contentType` joins one more content of listAssets by asset name: ORG_POLICY (`orgPolicy`,
 * the organization policies set on a project, folder or organization), ACCESS_POLICY
 * (`accessPolicy`, `accessLevel`, `servicePerimeter`; organization scope) or OS_INVENTORY
 * (`osInventory` of VM instances whose OS Config agent reports: OS, packages, available updates).
 */
export interface GcpResourceConfig extends NodeConfig {
  assetType: string;
  search?: string;
  contentType?: ExtraContentType;
}

export const gcpResource: NodeKind<GcpResourceConfig> = {
  type: 'gcp.resource',
  summary: 'fetch GCP assets of one type through Cloud Asset Inventory',
  role: 'source',
  outputs: ['out'],
  inputs: 'optional',
  schema: schemaFor<GcpResourceConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'assetType'],
    properties: {
      ...commonNodeProperties,
      assetType: { type: 'string', pattern: '^[a-z0-9.-]+\\.googleapis\\.com/[A-Za-z0-9]+$' },
      search: { type: 'string', minLength: 1 },
      contentType: { enum: [...EXTRA_CONTENT_TYPES] },
    },
  }),
  check(config) {
    if (config.search !== undefined && config.contentType !== undefined) {
      return [{ path: ['contentType'], code: 'bad-value', message: 'contentType is a listAssets content; search reads searchAllResources, which has none: use one of them' }];
    }
    return [];
  },
  compile(config) {
    const call =
      config.search === undefined
        ? { service: 'CloudAsset', method: 'ListAssets', params: { assetTypes: [config.assetType], ...(config.contentType ? { contentType: config.contentType } : {}) } }
        : { service: 'CloudAsset', method: 'SearchAllResources', params: { query: config.search, assetTypes: [config.assetType] } };
    return async (_inputs, ctx) => ({ ports: { out: await ctx.provider.list(ctx.target, call) } });
  },
};
