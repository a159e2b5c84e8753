import { describe, expect, it } from 'vitest';
import { azureGraph, type AzureGraphConfig } from '../../src/nodes/azure-graph.js';
import { TargetReadError } from '../../src/providers/types.js';
import { NOW, testNode } from '../helpers/node-tester.js';
import { TARGET } from '../helpers/memory-provider.js';
import { restProvider } from '../helpers/rest-provider.js';

const provider = restProvider({
  '/v1.0/policies/identitySecurityDefaultsEnforcementPolicy': [{ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity', id: '00000000-0000-0000-0000-000000000005', isEnabled: false }],
  '/beta/identity/conditionalAccess/policies': [{ value: [{ id: 'ca-1', state: 'enabled' }], '@odata.nextLink': 'https://graph.microsoft.com/beta/…' }, { value: [{ id: 'ca-2', state: 'disabled' }] }],
  '/v1.0/policies/authorizationPolicy': new TargetReadError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
});

describe('azure.graph', () => {
  testNode(azureGraph, {
    valid: [
      {
        name: 'an answer that is one object is one item (version v1.0 by default)',
        config: { path: '/policies/identitySecurityDefaultsEnforcementPolicy' },
        provider,
        expect: (out) => expect(out.ports.out!.map((i) => i.isEnabled)).toEqual([false]),
      },
      {
        name: 'a list: value across the @odata.nextLink pages (beta)',
        config: { path: '/identity/conditionalAccess/policies', version: 'beta' },
        provider,
        expect: { ports: { out: [{ id: 'ca-1', state: 'enabled' }, { id: 'ca-2', state: 'disabled' }] } },
      },
    ],
    invalid: [
      { name: 'no path', config: {}, problems: [' missing-key'] },
      { name: 'not a path', config: { path: 'policies/authorizationPolicy' }, problems: ['path bad-value'] },
      { name: 'an unknown version', config: { path: '/users', version: 'v2.0' }, problems: ['version bad-value'] },
      { name: 'no perItem (Graph settings are the tenant\'s)', config: { path: '/users', perItem: {} }, problems: ['perItem unknown-key'] },
    ],
  });

  it('fails (the control is ERROR, never PASS) when the identity lacks the Graph permission', async () => {
    const config = { id: 'n', type: 'azure.graph', path: '/policies/authorizationPolicy' } as AzureGraphConfig;
    const run = azureGraph.compile(config, { now: NOW, environment: {} });
    await expect(run([], { target: { ...TARGET, provider: 'azure' }, provider, flowId: 'f', nodeId: 'n', now: NOW })).rejects.toMatchObject({ code: 'Authorization_RequestDenied' });
  });
});
