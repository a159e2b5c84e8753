import { describe, expect, it } from 'vitest';
import { azureAction } from '../../src/nodes/azure-action.js';
import type { NodeOutput } from '../../src/nodes/types.js';
import type { ApiCall } from '../../src/providers/types.js';
import { testNode } from '../helpers/node-tester.js';

const ID = '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-web/providers/Microsoft.Storage/storageAccounts/stpublicassets';
const account = { id: ID, name: 'stpublicassets', resourceGroup: 'rg-web', properties: { allowBlobPublicAccess: true } };
const DATA = { control: 'AZ-STG-001', title: 'Storage accounts do not allow anonymous blob access', severity: 'high', time: '2026-11-01T00:00:00.000Z' };
/** The calls of the plan for each input item, as reports and --remediate see them. */
const calls = (out: NodeOutput): ApiCall[][] => (out.actions ?? []).map((a) => a.steps.map((s) => s.shown(s.call(DATA))));

describe('azure.action', () => {
  testNode(azureAction, {
    valid: [
      {
        name: 'the bundled AZ-STG-001 remediation: one ARM PATCH of the account, templates resolved',
        config: { input: 'verdict.failed', resourceId: '$.id', method: 'PATCH', path: '{{id}}', apiVersion: '2023-05-01', body: { properties: { allowBlobPublicAccess: false } } },
        inputs: [[account]],
        expect: (out) => {
          expect(out.ports.out).toEqual([account]);
          expect(out.actions?.map((a) => [a.node, a.resourceId])).toEqual([['n', ID]]);
          expect(calls(out)).toEqual([[{ service: 'ARM', method: 'PATCH', params: { path: ID, apiVersion: '2023-05-01', body: { properties: { allowBlobPublicAccess: false } } } }]]);
          expect(out.actions![0]!.steps[0]!.via).toBe('azure');
        },
      },
      {
        name: 'path defaults to the item\'s id; body values keep their types; a string template reads the item and @data',
        config: { input: 'verdict.failed', resourceId: '$.id', method: 'PATCH', apiVersion: '2023-01-01', body: { tags: { fixedBy: 'ctrlflow {{@control}}', owner: '{{resourceGroup}}' }, properties: { supportsHttpsTrafficOnly: true } } },
        inputs: [[account]],
        expect: (out) =>
          expect(calls(out)).toEqual([
            [{ service: 'ARM', method: 'PATCH', params: { path: ID, apiVersion: '2023-01-01', body: { tags: { fixedBy: 'ctrlflow AZ-STG-001', owner: 'rg-web' }, properties: { supportsHttpsTrafficOnly: true } } } }],
          ]),
      },
      {
        name: 'a POST on a child path, without a body; one action per item',
        config: { input: 'verdict.failed', resourceId: '$.id', method: 'POST', path: '{{id}}/regenerateKey', apiVersion: '2023-05-01-preview' },
        inputs: [[account, { ...account, id: `${ID}2` }]],
        expect: (out) =>
          expect(calls(out)).toEqual([
            [{ service: 'ARM', method: 'POST', params: { path: `${ID}/regenerateKey`, apiVersion: '2023-05-01-preview' } }],
            [{ service: 'ARM', method: 'POST', params: { path: `${ID}2/regenerateKey`, apiVersion: '2023-05-01-preview' } }],
          ]),
      },
      {
        name: 'no failing items: no actions',
        config: { input: 'verdict.failed', resourceId: '$.id', method: 'DELETE', apiVersion: '2023-05-01' },
        inputs: [[]],
        expect: { ports: { out: [] }, actions: [] },
      },
    ],
    invalid: [
      { name: 'no method', config: { input: 'verdict.failed', apiVersion: '2023-05-01', body: {} }, problems: [' missing-key'] },
      { name: 'no apiVersion', config: { input: 'verdict.failed', method: 'PATCH', body: {} }, problems: [' missing-key'] },
      { name: 'a read method', config: { input: 'verdict.failed', method: 'GET', apiVersion: '2023-05-01' }, problems: ['method bad-value'] },
      { name: 'an apiVersion that is not a date', config: { input: 'verdict.failed', method: 'PATCH', apiVersion: 'latest' }, problems: ['apiVersion bad-value'] },
      { name: 'a broken template', config: { input: 'verdict.failed', method: 'PATCH', apiVersion: '2023-05-01', path: '{{id' }, problems: ['path bad-template'] },
      {
        name: 'the call on the node and under steps',
        config: { input: 'verdict.failed', method: 'PATCH', steps: [{ method: 'PATCH', apiVersion: '2023-05-01' }] },
        problems: ['method bad-node'],
      },
    ],
  });

  it('without a resource id (not from an evaluate node, no resourceId:) it says where to take the input from', async () => {
    const run = azureAction.compile({ id: 'n', type: 'azure.action', input: 'x', method: 'PATCH', apiVersion: '2023-05-01' }, { now: new Date(), environment: {} });
    await expect(run([[{ name: 'x' }]], { target: { provider: 'azure', account: 's', region: 'global' }, provider: { description: '', targets: async () => [], list: async () => [] }, flowId: 'f', nodeId: 'n', now: new Date() })).rejects.toThrow(
      /verdict\.failed/,
    );
  });
});
