import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openAzure, type AzureOptions } from '../../src/providers/azure/resource-graph.js';
import { TargetReadError, type ApiCall } from '../../src/providers/types.js';

const ARM = 'https://management.azure.com';
const PATH = '/providers/Microsoft.ResourceGraph/resources';
const S1 = '00000000-0000-0000-0000-0000000000a1';
const S2 = '00000000-0000-0000-0000-0000000000b2';
const STORAGE: ApiCall = { service: 'ResourceGraph', method: 'Resources', params: { type: 'microsoft.storage/storageaccounts' } };
const KQL = "Resources | where type =~ 'microsoft.storage/storageaccounts' | order by id asc";

/** A static token: tests never reach Entra ID. */
const credential = { getToken: async () => ({ token: 'stub-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };
const open = (options: AzureOptions = {}) => openAzure({ credential, retry: { maxRetries: 2, retryDelayInMs: 1, maxRetryDelayInMs: 5 }, ...options });
const account = (subscriptionId: string, name: string) => ({
  id: `/subscriptions/${subscriptionId}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/${name}`,
  name,
  type: 'microsoft.storage/storageaccounts',
  subscriptionId,
  location: 'westeurope',
  tags: { owner: 'team-a' },
  properties: { allowBlobPublicAccess: false, supportsHttpsTrafficOnly: true },
});
const page = (rows: object[], skipToken?: string) => ({ totalRecords: 5, count: rows.length, resultTruncated: 'false', data: rows, ...(skipToken ? { $skipToken: skipToken } : {}) });
const graph = () => nock(ARM, { reqheaders: { authorization: 'Bearer stub-token' } }).post(PATH).query({ 'api-version': '2024-04-01' });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('Azure Resource Graph provider', () => {
  it('follows $skipToken over 3 pages with one query for all subscriptions, split by subscription', async () => {
    const bodies: unknown[] = [];
    const record = (body: unknown) => (bodies.push(body), true);
    nock(ARM).post(PATH, record).query(true).reply(200, page([account(S1, 'a1'), account(S2, 'b1')], 'token-2'));
    nock(ARM).post(PATH, record).query(true).reply(200, page([account(S1, 'a2'), account(S2, 'b2')], 'token-3'));
    nock(ARM).post(PATH, record).query(true).reply(200, page([account(S1, 'a3')]));
    const azure = open({ subscriptions: [S1, S2] });
    const targets = await azure.targets('azure');
    expect(targets).toEqual([
      { provider: 'azure', account: S1, region: 'global' },
      { provider: 'azure', account: S2, region: 'global' },
    ]);
    const [first, second] = await Promise.all(targets.map((t) => azure.list(t, STORAGE)));
    expect(first!.map((r) => r.name)).toEqual(['a1', 'a2', 'a3']);
    expect(second!.map((r) => r.name)).toEqual(['b1', 'b2']);
    expect(first![0]).toEqual(account(S1, 'a1'));
    expect(bodies).toEqual([
      { subscriptions: [S1, S2], query: KQL, options: { resultFormat: 'objectArray', $top: 1000 } },
      { subscriptions: [S1, S2], query: KQL, options: { resultFormat: 'objectArray', $top: 1000, $skipToken: 'token-2' } },
      { subscriptions: [S1, S2], query: KQL, options: { resultFormat: 'objectArray', $top: 1000, $skipToken: 'token-3' } },
    ]);
    expect(azure.requests()).toEqual({ 'ResourceGraph.Resources': 3 });
  });

  it('waits out a 429 with Retry-After, then succeeds', async () => {
    graph().reply(429, { error: { code: 'RateLimiting', message: 'Too many requests' } }, { 'Retry-After': '0' });
    graph().reply(200, page([account(S1, 'a1')]));
    const azure = open({ subscriptions: [S1] });
    expect((await azure.list({ provider: 'azure', account: S1, region: 'global' }, STORAGE)).map((r) => r.name)).toEqual(['a1']);
    expect(azure.requests()).toEqual({ 'ResourceGraph.Resources': 2 });
  });

  it('retries a 500', async () => {
    graph().reply(500, { error: { code: 'InternalServerError', message: 'oops' } });
    graph().reply(200, page([]));
    const azure = open({ subscriptions: [S1] });
    expect(await azure.list({ provider: 'azure', account: S1, region: 'global' }, STORAGE)).toEqual([]);
    expect(azure.requests()).toEqual({ 'ResourceGraph.Resources': 2 });
  });

  it('makes a subscription without access ERROR while the other stands', async () => {
    const denied = (s: string) => ({
      error: { code: 'AuthorizationFailed', message: `The client 'ci' does not have authorization to perform action 'Microsoft.ResourceGraph/resources/read' over scope '/subscriptions/${s}'.` },
    });
    nock(ARM).post(PATH, (b: { subscriptions: string[] }) => b.subscriptions.length === 2).query(true).reply(403, denied(S2));
    nock(ARM).post(PATH, (b: { subscriptions: string[] }) => b.subscriptions[0] === S1 && b.subscriptions.length === 1).query(true).reply(200, page([account(S1, 'a1')]));
    nock(ARM).post(PATH, (b: { subscriptions: string[] }) => b.subscriptions[0] === S2 && b.subscriptions.length === 1).query(true).reply(403, denied(S2));
    const azure = open({ subscriptions: [S1, S2] });
    const [readable, unreadable] = await Promise.allSettled([S1, S2].map((account) => azure.list({ provider: 'azure', account, region: 'global' }, STORAGE)));
    expect(readable).toEqual({ status: 'fulfilled', value: [account(S1, 'a1')] });
    expect(unreadable?.status).toBe('rejected');
    const error = (unreadable as PromiseRejectedResult).reason as TargetReadError;
    expect(error).toBeInstanceOf(TargetReadError);
    expect(error.code).toBe('AuthorizationFailed');
    expect(error.message).toContain(`over scope '/subscriptions/${S2}'`);
    expect(azure.requests()).toEqual({ 'ResourceGraph.Resources': 3 });
  });

  it('lists the subscriptions it can see when none are named', async () => {
    nock(ARM)
      .post(PATH, (b: { query: string; subscriptions?: string[] }) => b.query.startsWith('ResourceContainers') && b.subscriptions === undefined)
      .query(true)
      .reply(200, page([{ subscriptionId: S2.toUpperCase() }, { subscriptionId: S1 }]));
    expect((await open().targets('azure')).map((t) => t.account)).toEqual([S2, S1]);
  });

  it('says what to do when it cannot list subscriptions', async () => {
    graph().reply(401, { error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' } });
    await expect(open().targets('azure')).rejects.toThrow(
      'could not list the Azure subscriptions this identity can read (InvalidAuthenticationToken: The access token is invalid.); name them with --azure-subscription',
    );
  });

  it('runs a node\'s KQL query as written and splits its rows by subscriptionId', async () => {
    const kql = "Resources | where type =~ 'microsoft.sql/servers' | project id, subscriptionId, publicNetworkAccess = properties.publicNetworkAccess";
    let asked: unknown;
    nock(ARM)
      .post(PATH, (b) => ((asked = b), true))
      .query(true)
      .reply(200, page([{ id: 'sql-1', subscriptionId: S1, publicNetworkAccess: 'Enabled' }, { id: 'sql-2', subscriptionId: S2, publicNetworkAccess: 'Disabled' }]));
    const azure = open({ subscriptions: [S1, S2] });
    const call: ApiCall = { service: 'ResourceGraph', method: 'Resources', params: { query: kql } };
    expect(await azure.list({ provider: 'azure', account: S2, region: 'global' }, call)).toEqual([{ id: 'sql-2', subscriptionId: S2, publicNetworkAccess: 'Disabled' }]);
    expect(asked).toMatchObject({ query: kql, subscriptions: [S1, S2] });
  });

  it('refuses to guess whose rows a query returned without subscriptionId', async () => {
    graph().reply(200, page([{ id: 'x' }]));
    const call: ApiCall = { service: 'ResourceGraph', method: 'Resources', params: { query: 'Resources | project id' } };
    await expect(open({ subscriptions: [S1, S2] }).list({ provider: 'azure', account: S1, region: 'global' }, call)).rejects.toMatchObject({ code: 'UnsplittableQuery' });
  });

  it('waits for the user quota window when the quota is spent', async () => {
    const waits: number[] = [];
    graph().reply(200, page([account(S1, 'a1')], 'next'), { 'x-ms-user-quota-remaining': '0', 'x-ms-user-quota-resets-after': '00:00:02' });
    graph().reply(200, page([]));
    const azure = open({ subscriptions: [S1], sleep: async (ms) => void waits.push(ms) });
    await azure.list({ provider: 'azure', account: S1, region: 'global' }, STORAGE);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1500);
    expect(waits[0]).toBeLessThanOrEqual(2000);
  });

  it('reads another table (securityresources) the same way: one query for both subscriptions, paged, split by subscription', async () => {
    const plan = (subscriptionId: string, name: string, tier: string) => ({
      id: `/subscriptions/${subscriptionId}/providers/Microsoft.Security/pricings/${name}`,
      name,
      type: 'microsoft.security/pricings',
      subscriptionId,
      properties: { pricingTier: tier },
    });
    const bodies: { query: string; options: { $skipToken?: string } }[] = [];
    const record = (body: { query: string; options: { $skipToken?: string } }) => (bodies.push(body), true);
    nock(ARM).post(PATH, record).query(true).reply(200, page([plan(S1, 'VirtualMachines', 'Standard'), plan(S2, 'VirtualMachines', 'Free')], 'sec-2'));
    nock(ARM).post(PATH, record).query(true).reply(200, page([plan(S1, 'KeyVaults', 'Free')]));
    const azure = open({ subscriptions: [S1, S2] });
    const call: ApiCall = { service: 'ResourceGraph', method: 'SecurityResources', params: { type: 'microsoft.security/pricings' } };
    const [first, second] = await Promise.all([S1, S2].map((s) => azure.list({ provider: 'azure', account: s, region: 'global' }, call)));
    expect(first!.map((r) => r.name)).toEqual(['VirtualMachines', 'KeyVaults']);
    expect(second!.map((r) => [r.name, (r.properties as { pricingTier: string }).pricingTier])).toEqual([['VirtualMachines', 'Free']]);
    expect(bodies.map((b) => [b.query, b.options.$skipToken])).toEqual([
      ["SecurityResources | where type =~ 'microsoft.security/pricings' | order by id asc", undefined],
      ["SecurityResources | where type =~ 'microsoft.security/pricings' | order by id asc", 'sec-2'],
    ]);
    expect(azure.requests()).toEqual({ 'ResourceGraph.Resources': 2 });
  });

  it('gives a type read\'s rows of no subscription (built-in role definitions) to every subscription asked', async () => {
    const role = (id: string, subscriptionId: string, roleType: string) => ({ id, name: id.split('/').at(-1), type: 'microsoft.authorization/roledefinitions', subscriptionId, properties: { type: roleType } });
    const builtIn = role('/providers/Microsoft.Authorization/RoleDefinitions/owner', '', 'BuiltInRole');
    const custom = role(`/subscriptions/${S2}/providers/Microsoft.Authorization/roleDefinitions/admins`, S2, 'CustomRole');
    graph().reply(200, page([builtIn, custom]));
    const azure = open({ subscriptions: [S1, S2] });
    const call: ApiCall = { service: 'ResourceGraph', method: 'AuthorizationResources', params: { type: 'microsoft.authorization/roledefinitions' } };
    expect(await azure.list({ provider: 'azure', account: S1, region: 'global' }, call)).toEqual([builtIn]);
    expect(await azure.list({ provider: 'azure', account: S2, region: 'global' }, call)).toEqual([builtIn, custom]);
  });

  it('stops with ERROR when Resource Graph repeats a $skipToken', async () => {
    graph().times(2).reply(200, page([account(S1, 'a1')], 'same'));
    await expect(open({ subscriptions: [S1] }).list({ provider: 'azure', account: S1, region: 'global' }, STORAGE)).rejects.toMatchObject({ code: 'RepeatedPageToken' });
  });
});
