import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import { TABLE_METHODS } from '../providers/azure/tables.js';
import type { NodeKind } from './types.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * Azure resources of one type, as Azure Resource Graph returns them (ARM JSON with
 * `properties`), or the rows of a KQL query (which must keep `subscriptionId`, so rows can be
 * told apart per subscription). `table` reads another Resource Graph table than `resources`
 * (securityresources for Defender for Cloud, authorizationresources for role assignments …),
 * `resourceType` selecting its rows.
 */
export interface AzureResourceConfig extends NodeConfig {
  resourceType?: string;
  query?: string;
  table?: string;
}

export const azureResource: NodeKind<AzureResourceConfig> = {
  type: 'azure.resource',
  summary: 'fetch Azure resources of one type through Resource Graph',
  role: 'source',
  outputs: ['out'],
  inputs: 'optional',
  schema: schemaFor<AzureResourceConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type'],
    properties: {
      ...commonNodeProperties,
      resourceType: { type: 'string', pattern: '^[A-Za-z0-9.]+/[A-Za-z0-9./]+$' },
      query: { type: 'string', minLength: 1 },
      table: { enum: Object.keys(TABLE_METHODS) },
    },
  }),
  check(config) {
    if ((config.resourceType === undefined) === (config.query === undefined)) {
      return [{ path: [], code: 'missing-key', message: 'give resourceType (e.g. microsoft.storage/storageaccounts) or query (KQL), one of them' }];
    }
    if (config.query !== undefined && config.table !== undefined) {
      return [{ path: ['table'], code: 'bad-value', message: 'a KQL query names its own table (SecurityResources | where …): drop table, or use resourceType' }];
    }
    return [];
  },
  compile(config) {
    // Resource Graph lowercases types; matching is case-insensitive there too.
    const params = config.query !== undefined ? { query: config.query } : { type: config.resourceType!.toLowerCase() };
    const call = { service: 'ResourceGraph', method: TABLE_METHODS[config.table ?? 'resources'] ?? 'Resources', params };
    return async (_inputs, ctx) => ({ ports: { out: await ctx.provider.list(ctx.target, call) } });
  },
};
