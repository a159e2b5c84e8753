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
    ],
    invalid: [
      { name: 'no type', config: {}, problems: [' missing-key'] },
      { name: 'both type and query', config: { resourceType: 'a/b', query: 'Resources' }, problems: [' missing-key'] },
      { name: 'not a type', config: { resourceType: 'storage accounts' }, problems: ['resourceType bad-value'] },
    ],
  });
});
