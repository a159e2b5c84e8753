import { describe, expect } from 'vitest';
import { azureArm } from '../../src/nodes/azure-arm.js';
import { readErrorOf } from '../../src/nodes/per-item.js';
import { TargetReadError } from '../../src/providers/types.js';
import { testNode } from '../helpers/node-tester.js';
import { restProvider } from '../helpers/rest-provider.js';

const SUB = '/subscriptions/111111111111';
const pricing = (name: string, tier: string) => ({ id: `${SUB}/providers/Microsoft.Security/pricings/${name}`, name, properties: { pricingTier: tier } });
const vault = (name: string) => ({ id: `${SUB}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/${name}`, name });
const diag = (vaultName: string) => `${vault(vaultName).id}/providers/Microsoft.Insights/diagnosticSettings?api-version=2021-05-01-preview`;
const setting = { id: 'ds-1', properties: { logs: [{ categoryGroup: 'audit', enabled: true }] } };

describe('azure.arm', () => {
  const provider = restProvider({
    [`${SUB}/providers/Microsoft.Security/pricings?api-version=2024-01-01`]: [{ value: [pricing('VirtualMachines', 'Standard')], nextLink: 'https://management.azure.com/…' }, { value: [pricing('KeyVaults', 'Free')] }],
    [`${SUB}/providers/Microsoft.Security/autoProvisioningSettings/default?api-version=2017-08-01-preview`]: [{ id: 'ap', properties: { autoProvision: 'On' } }],
    [`${SUB}/providers/Microsoft.Insights/diagnosticSettings?api-version=2021-05-01-preview`]: new TargetReadError('ResourceNotFound', 'none'),
    [diag('kv-logged')]: [{ value: [setting] }],
    [diag('kv-bare')]: new TargetReadError('ResourceNotFound', 'The resource was not found'),
    [diag('kv-denied')]: new TargetReadError('AuthorizationFailed', 'no read access'),
    [`${vault('kv-logged').id}/blobServices/default?api-version=2023-05-01`]: [{ id: 'blob', properties: { deleteRetentionPolicy: { enabled: true, days: 7 } }, value: ['not the items'] }],
  });

  testNode(azureArm, {
    valid: [
      {
        name: 'reads the subscription once ({{@account}}): value across the pages',
        config: { path: '/subscriptions/{{@account}}/providers/Microsoft.Security/pricings', apiVersion: '2024-01-01' },
        provider,
        expect: (out) => expect(out.ports.out).toEqual([pricing('VirtualMachines', 'Standard'), pricing('KeyVaults', 'Free')]),
      },
      {
        name: 'an answer that is one object is one item',
        config: { path: '/subscriptions/{{@account}}/providers/Microsoft.Security/autoProvisioningSettings/default', apiVersion: '2017-08-01-preview' },
        provider,
        expect: { ports: { out: [{ id: 'ap', properties: { autoProvision: 'On' } }] } },
      },
      {
        name: 'absentOn makes a "not configured" answer one empty item, never ERROR',
        config: { path: '/subscriptions/{{@account}}/providers/Microsoft.Insights/diagnosticSettings', apiVersion: '2021-05-01-preview', absentOn: ['ResourceNotFound'] },
        provider,
        expect: { ports: { out: [{}] } },
      },
      {
        name: 'perItem: one GET per item joined under into; absentOn is [], another error marks that item only',
        config: {
          input: 'vaults',
          perItem: { path: '{{id}}/providers/Microsoft.Insights/diagnosticSettings', apiVersion: '2021-05-01-preview', into: 'diagnostics', absentOn: ['ResourceNotFound'] },
        },
        inputs: [[vault('kv-logged'), vault('kv-bare'), vault('kv-denied')]],
        provider,
        expect: (out) => {
          const items = out.ports.out!;
          expect(items.map((i) => [i.name, i.diagnostics])).toEqual([
            ['kv-logged', [setting]],
            ['kv-bare', []],
            ['kv-denied', null],
          ]);
          expect(items.map((i) => readErrorOf(i)?.code)).toEqual([undefined, undefined, 'AuthorizationFailed']);
        },
      },
      {
        name: 'perItem single: the answer object as written (a value key in it is not picked apart)',
        config: { input: 'accounts', perItem: { path: '{{id}}/blobServices/default', apiVersion: '2023-05-01', into: 'blob', single: true } },
        inputs: [[vault('kv-logged')]],
        provider,
        expect: (out) => expect(out.ports.out![0]!.blob).toEqual({ id: 'blob', properties: { deleteRetentionPolicy: { enabled: true, days: 7 } }, value: ['not the items'] }),
      },
    ],
    invalid: [
      { name: 'nothing to read', config: {}, problems: [' missing-key'] },
      { name: 'a path without apiVersion', config: { path: '/subscriptions/{{@account}}/x' }, problems: [' missing-key'] },
      { name: 'not an api-version', config: { path: '/subscriptions/x', apiVersion: 'latest' }, problems: ['apiVersion bad-value'] },
      { name: 'a URL, not a path', config: { path: 'https://evil.example.com/x', apiVersion: '2024-01-01' }, problems: ['path bad-value'] },
      { name: 'a broken template', config: { path: '/subscriptions/{{@account}/x', apiVersion: '2024-01-01' }, problems: ['path bad-template'] },
      {
        name: 'both a target read and perItem',
        config: { input: 'v', path: '/x', apiVersion: '2024-01-01', perItem: { path: '{{id}}', apiVersion: '2024-01-01', into: 'x' } },
        problems: ['path missing-key'],
      },
      { name: 'perItem without input', config: { perItem: { path: '{{id}}', apiVersion: '2024-01-01', into: 'x' } }, problems: ['perItem missing-key'] },
      { name: 'perItem without into', config: { input: 'v', perItem: { path: '{{id}}', apiVersion: '2024-01-01' } }, problems: ['perItem missing-key'] },
      { name: 'into is not a key', config: { input: 'v', perItem: { path: '{{id}}', apiVersion: '2024-01-01', into: 'a.b' } }, problems: ['perItem.into bad-value'] },
      { name: 'an unknown key', config: { path: '/x', apiVersion: '2024-01-01', params: {} }, problems: ['params unknown-key'] },
    ],
  });
});
