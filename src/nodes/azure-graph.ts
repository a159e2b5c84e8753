import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import { targetRead, valueItems } from './reads/rest-read.js';
import type { NodeKind } from './types.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * A Microsoft Graph GET with the scan's Azure credential, for the Entra ID settings CIS
 * checks (security defaults, conditional access, authorization policy …). Items: the
 * answer's `value` across its `@odata.nextLink` pages, or the answer itself when it is one
 * object. An identity without the Graph permission gets ERROR (the service's code, e.g.
 * Authorization_RequestDenied), never an empty list that would pass.
 */
export interface AzureGraphConfig extends NodeConfig {
  path: string;
  version?: 'v1.0' | 'beta';
}

export const azureGraph: NodeKind<AzureGraphConfig> = {
  type: 'azure.graph',
  summary: 'Microsoft Graph GET (path, version v1.0|beta) with the Azure credential; items from value or the object',
  role: 'source',
  outputs: ['out'],
  inputs: 'optional',
  schema: schemaFor<AzureGraphConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'path'],
    properties: {
      ...commonNodeProperties,
      // A path on graph.microsoft.com, with its query if any: /policies/authorizationPolicy, /users?$select=id
      path: { type: 'string', pattern: '^/[^#]*$' },
      version: { enum: ['v1.0', 'beta'] },
    },
  }),
  compile(config) {
    const call = { service: 'Graph', method: 'Get', params: { path: config.path, version: config.version ?? 'v1.0' } };
    return targetRead(() => call, valueItems);
  },
};

