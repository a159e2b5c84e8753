import { describe, expect } from 'vitest';
import { azureResource } from '../../src/nodes/azure-resource.js';
import type { ApiCall } from '../../src/providers/types.js';
import { testNode } from '../helpers/node-tester.js';

describe('azure.resource', () => {
  const seen: ApiCall[] = [];
  testNode(azureResource, {
    valid: [
      {
        name: 'asks Resource Graph for the lower-cased type',
        config: { resourceType: 'Microsoft.Storage/storageAccounts' },
        provider: {
          description: 'stub',
          targets: async () => [],
          list: async (_t, call) => {
            seen.push(call);
            return [{ id: '/subscriptions/sub-1/x', type: 'microsoft.storage/storageaccounts' }];
          },
        },
        expect: (out) => {
          expect(out.ports.out).toHaveLength(1);
          expect(seen).toEqual([{ service: 'ResourceGraph', method: 'Resources', params: { type: 'microsoft.storage/storageaccounts' } }]);
        },
      },
      {
        name: 'passes a KQL query through',
        config: { query: "Resources | where type =~ 'microsoft.sql/servers' | project id, subscriptionId, properties" },
        provider: {
          description: 'stub',
          targets: async () => [],
          list: async (_t, call) => (seen.push(call), []),
        },
        expect: () => expect(seen.at(-1)).toEqual({ service: 'ResourceGraph', method: 'Resources', params: { query: "Resources | where type =~ 'microsoft.sql/servers' | project id, subscriptionId, properties" } }),
      },
      {
        name: 'reads another Resource Graph table, resourceType selecting its rows',
        config: { table: 'securityresources', resourceType: 'Microsoft.Security/pricings' },
        provider: { description: 'stub', targets: async () => [], list: async (_t, call) => (seen.push(call), []) },
        expect: () => expect(seen.at(-1)).toEqual({ service: 'ResourceGraph', method: 'SecurityResources', params: { type: 'microsoft.security/pricings' } }),
      },
      {
        name: 'table resources is the default one',
        config: { table: 'resources', resourceType: 'microsoft.keyvault/vaults' },
        provider: { description: 'stub', targets: async () => [], list: async (_t, call) => (seen.push(call), []) },
        expect: () => expect(seen.at(-1)).toEqual({ service: 'ResourceGraph', method: 'Resources', params: { type: 'microsoft.keyvault/vaults' } }),
      },
    ],
    invalid: [
      { name: 'no type', config: {}, problems: [' missing-key'] },
      { name: 'an unknown table', config: { table: 'securityresource', resourceType: 'a/b' }, problems: ['table bad-value'] },
      { name: 'a table with a query (the KQL names its table)', config: { table: 'securityresources', query: 'SecurityResources | project id, subscriptionId' }, problems: ['table bad-value'] },
      { name: 'both type and query', config: { resourceType: 'a/b', query: 'Resources' }, problems: [' missing-key'] },
      { name: 'not a type', config: { resourceType: 'storage accounts' }, problems: ['resourceType bad-value'] },
    ],
  });
});
