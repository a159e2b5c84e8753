import { setTimeout as sleep } from 'node:timers/promises';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { azureArm } from '../../src/nodes/azure-arm.js';
import { evaluate, type EvaluateConfig } from '../../src/nodes/evaluate.js';
import type { NodeContext } from '../../src/nodes/types.js';
import { openAzure, type AzureOptions } from '../../src/providers/azure/resource-graph.js';
import { TargetReadError, type ApiCall, type Target } from '../../src/providers/types.js';
import { NOW } from '../helpers/node-tester.js';

const ARM = 'https://management.azure.com';
const GRAPH = 'https://graph.microsoft.com';
const S1 = '00000000-0000-0000-0000-0000000000a1';
const S2 = '00000000-0000-0000-0000-0000000000b2';
const target = (account: string): Target => ({ provider: 'azure', account, region: 'global' });
const scopes: string[] = [];
/** A static token per scope: tests never reach Entra ID, and see which API the token was asked for. */
const credential = { getToken: async (scope: string | string[]) => (scopes.push(String(scope)), { token: `token-for-${String(scope).includes('graph') ? 'graph' : 'arm'}`, expiresOnTimestamp: Date.now() + 3_600_000 }) };
const open = (options: AzureOptions = {}) => openAzure({ credential, subscriptions: [S1, S2], retry: { maxRetries: 2, retryDelayInMs: 1, maxRetryDelayInMs: 5 }, ...options });
const pricings: ApiCall = { service: 'ARM', method: 'Get', params: { path: `/subscriptions/${S1}/providers/Microsoft.Security/pricings`, apiVersion: '2024-01-01' } };
const pricing = (name: string, tier: string) => ({ id: `/subscriptions/${S1}/providers/Microsoft.Security/pricings/${name}`, name, properties: { pricingTier: tier } });
const securityDefaults: ApiCall = { service: 'Graph', method: 'Get', params: { path: '/policies/identitySecurityDefaultsEnforcementPolicy', version: 'v1.0' } };

beforeAll(() => nock.disableNetConnect());
afterEach(() => (nock.cleanAll(), (scopes.length = 0)));
afterAll(() => nock.enableNetConnect());

describe('ARM REST reads', () => {
  it('reads a subscription-level list to the end of its nextLink pages, every request counted', async () => {
    const next = `${ARM}/subscriptions/${S1}/providers/Microsoft.Security/pricings?api-version=2024-01-01&%24skiptoken=p2`;
    nock(ARM, { reqheaders: { authorization: 'Bearer token-for-arm' } })
      .get(`/subscriptions/${S1}/providers/Microsoft.Security/pricings`)
      .query({ 'api-version': '2024-01-01' })
      .reply(200, { value: [pricing('VirtualMachines', 'Standard')], nextLink: next })
      .get(`/subscriptions/${S1}/providers/Microsoft.Security/pricings`)
      .query({ 'api-version': '2024-01-01', $skiptoken: 'p2' })
      .reply(200, { value: [pricing('KeyVaults', 'Free')] });
    const azure = open();
    const pages = await azure.list(target(S1), pricings);
    expect(pages).toEqual([{ value: [pricing('VirtualMachines', 'Standard')], nextLink: next }, { value: [pricing('KeyVaults', 'Free')] }]);
    expect(azure.requests()).toEqual({ 'ARM.GET': 2 });
    expect(scopes).toEqual([`${ARM}/.default`]);
  });

  it('waits out a 429 (Retry-After) and retries a 500, counting each attempt', async () => {
    nock(ARM)
      .get(`/subscriptions/${S1}/providers/Microsoft.Security/pricings`)
      .query(true)
      .reply(429, { error: { code: 'TooManyRequests', message: 'slow down' } }, { 'Retry-After': '0' })
      .get(`/subscriptions/${S1}/providers/Microsoft.Security/pricings`)
      .query(true)
      .reply(500, { error: { code: 'InternalServerError', message: 'oops' } })
      .get(`/subscriptions/${S1}/providers/Microsoft.Security/pricings`)
      .query(true)
      .reply(200, { value: [] });
    const azure = open();
    expect(await azure.list(target(S1), pricings)).toEqual([{ value: [] }]);
    expect(azure.requests()).toEqual({ 'ARM.GET': 3 });
  });

  it('retries an attempt that gets no answer within the timeout, then ends as ERROR', async () => {
    // An answer that comes too late (nock's own delay() is not aborted by the client; a late reply is).
    const late = async (): Promise<[number, object]> => (await sleep(500), [200, { value: [] }]);
    nock(ARM).get(`/subscriptions/${S1}/providers/Microsoft.Security/pricings`).query(true).reply(late);
    nock(ARM).get(`/subscriptions/${S1}/providers/Microsoft.Security/pricings`).query(true).reply(200, { value: [pricing('Dns', 'Free')] });
    const azure = open({ timeoutMs: 50 });
    expect(await azure.list(target(S1), pricings)).toEqual([{ value: [pricing('Dns', 'Free')] }]);
    expect(azure.requests()).toEqual({ 'ARM.GET': 2 });

    nock(ARM).get(`/subscriptions/${S1}/providers/Microsoft.Security/pricings`).query(true).times(3).reply(late);
    const hung = open({ timeoutMs: 50 });
    await expect(hung.list(target(S1), pricings)).rejects.toMatchObject({ name: 'TargetReadError', code: 'ETIMEDOUT' });
    expect(hung.requests()).toEqual({ 'ARM.GET': 3 });
  });

  it('stops with ERROR on a repeated nextLink, and never follows a link to another host', async () => {
    const path = `/subscriptions/${S1}/providers/Microsoft.Security/pricings`;
    nock(ARM).get(path).query(true).times(2).reply(200, { value: [pricing('A', 'Free')], nextLink: `${ARM}${path}?api-version=2024-01-01&%24skiptoken=same` });
    await expect(open().list(target(S1), pricings)).rejects.toMatchObject({ code: 'RepeatedPageLink' });
    nock(ARM).get(path).query(true).reply(200, { value: [], nextLink: 'https://collector.example.com/steal' });
    await expect(open().list(target(S1), pricings)).rejects.toMatchObject({ code: 'BadPageLink' });
  });

  it('refuses a path outside the target subscription, or one that climbs out of its resource', async () => {
    const azure = open();
    await expect(azure.list(target(S2), pricings)).rejects.toMatchObject({ code: 'WrongSubscription' });
    const climbing: ApiCall = { service: 'ARM', method: 'Get', params: { path: `/subscriptions/${S1}/resourceGroups/rg/%2e%2e/x`, apiVersion: '2024-01-01' } };
    await expect(azure.list(target(S1), climbing)).rejects.toMatchObject({ code: 'BadPath' });
    expect(azure.requests()).toEqual({});
  });

  it('per item: one GET per vault; a 404 in absentOn is "none", a 403 is ERROR for that vault only', async () => {
    const vault = (name: string) => ({ id: `/subscriptions/${S1}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/${name}`, name, type: 'microsoft.keyvault/vaults' });
    const diag = (name: string) => `/subscriptions/${S1}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/${name}/providers/Microsoft.Insights/diagnosticSettings`;
    const audit = { id: 'ds', name: 'to-workspace', properties: { logs: [{ categoryGroup: 'audit', enabled: true }] } };
    nock(ARM)
      .get(diag('kv-logged'))
      .query({ 'api-version': '2021-05-01-preview' })
      .reply(200, { value: [audit] })
      .get(diag('kv-bare'))
      .query(true)
      .reply(404, { error: { code: 'ResourceNotFound', message: "The Resource 'kv-bare' was not found." } })
      .get(diag('kv-denied'))
      .query(true)
      .reply(403, { error: { code: 'AuthorizationFailed', message: "The client 'ci' does not have authorization to perform action 'Microsoft.Insights/diagnosticSettings/read'" } });
    const azure = open();
    const ctx: NodeContext = { target: target(S1), provider: azure, flowId: 'f', nodeId: 'n', now: NOW };
    const read = azureArm.compile(
      { id: 'diag', type: 'azure.arm', input: 'vaults', perItem: { path: '{{id}}/providers/Microsoft.Insights/diagnosticSettings', apiVersion: '2021-05-01-preview', into: 'diagnostics', absentOn: ['ResourceNotFound'] } },
      { now: NOW, environment: {} },
    );
    const joined = await read([[vault('kv-logged'), vault('kv-bare'), vault('kv-denied')]], ctx);
    const judge = evaluate.compile(
      {
        id: 'v',
        type: 'evaluate',
        input: 'diag',
        fail_if: { conditions: [{ id: 'none', type: 'param', key: '$.diagnostics[*].name', operator: 'notExists' }] },
        evidence: { resourceId: '$.name' },
      } as EvaluateConfig,
      { now: NOW, environment: {} },
    );
    const verdicts = (await judge([joined.ports.out!], ctx)).verdicts!;
    expect(verdicts.map((v) => [v.resourceId, v.status, v.error?.code])).toEqual([
      ['kv-logged', 'PASS', undefined],
      ['kv-bare', 'FAIL', undefined],
      ['kv-denied', 'ERROR', 'AuthorizationFailed'],
    ]);
    expect(azure.requests()).toEqual({ 'ARM.GET': 3 });
  });
});

describe('Microsoft Graph reads', () => {
  it('asks Graph with a Graph token, pages by @odata.nextLink, and once for every subscription of the tenant', async () => {
    nock(GRAPH, { reqheaders: { authorization: 'Bearer token-for-graph' } })
      .get('/beta/identity/conditionalAccess/policies')
      .reply(200, { value: [{ id: 'ca-1', state: 'enabled' }], '@odata.nextLink': `${GRAPH}/beta/identity/conditionalAccess/policies?$skiptoken=x2` })
      .get('/beta/identity/conditionalAccess/policies')
      .query({ $skiptoken: 'x2' })
      .reply(200, { value: [{ id: 'ca-2', state: 'disabled' }] });
    const azure = open();
    const call: ApiCall = { service: 'Graph', method: 'Get', params: { path: '/identity/conditionalAccess/policies', version: 'beta' } };
    const [first, second] = await Promise.all([azure.list(target(S1), call), azure.list(target(S2), call)]);
    expect(first!.flatMap((p) => p.value)).toEqual([{ id: 'ca-1', state: 'enabled' }, { id: 'ca-2', state: 'disabled' }]);
    expect(second).toEqual(first);
    expect(azure.requests()).toEqual({ 'Graph.GET': 2 });
    expect(scopes).toEqual([`${GRAPH}/.default`]);
  });

  it('is an ERROR (never an empty answer that would pass) when the identity lacks the Graph permission', async () => {
    nock(GRAPH)
      .get('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy')
      .reply(403, { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.', innerError: { date: '2026-11-01T00:00:00' } } });
    const error = await open()
      .list(target(S1), securityDefaults)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetReadError);
    expect(error).toMatchObject({ code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
  });

  it('asks Graph again after a remediation write, for the re-evaluation\'s fresh reads', async () => {
    nock(GRAPH).get('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy').times(2).reply(200, { id: 'sd', isEnabled: true });
    nock(ARM).patch(`/subscriptions/${S1}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a1`).query(true).reply(200, {});
    const azure = open();
    await azure.list(target(S1), securityDefaults);
    await azure.list(target(S1), securityDefaults);
    await azure.act(target(S1), { service: 'ARM', method: 'PATCH', params: { path: `/subscriptions/${S1}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a1`, apiVersion: '2023-05-01', body: {} } });
    await azure.list(target(S1), securityDefaults);
    expect(azure.requests()).toEqual({ 'Graph.GET': 2, 'ARM.PATCH': 1 });
  });

  it('an unauthenticated answer without an error body is ERROR with its HTTP status', async () => {
    nock(GRAPH).get('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy').reply(401, '');
    await expect(open().list(target(S1), securityDefaults)).rejects.toMatchObject({ code: 'HTTP401' });
  });
});
