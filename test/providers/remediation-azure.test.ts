import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openAzure } from '../../src/providers/azure/resource-graph.js';
import { ActionCallError, type ApiCall, type Target } from '../../src/providers/types.js';

const ARM = 'https://management.azure.com';
const S = '00000000-0000-0000-0000-0000000000a1';
const TARGET: Target = { provider: 'azure', account: S, region: 'global' };
const accountPath = (name: string) => `/subscriptions/${S}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/${name}`;

/** A static token: tests never reach Entra ID. The CLI's DefaultAzureCredential is this stub too. */
const credential = { getToken: async () => ({ token: 'stub-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };
vi.mock('@azure/identity', async (original) => ({
  ...(await original<typeof import('@azure/identity')>()),
  DefaultAzureCredential: class {
    getToken = credential.getToken;
  },
}));
const open = () => openAzure({ credential, subscriptions: [S], retry: { maxRetries: 2, retryDelayInMs: 1, maxRetryDelayInMs: 5 } });
const patch = (path: string, body: object): ApiCall => ({ service: 'ARM', method: 'PATCH', params: { path, apiVersion: '2023-05-01', body } });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('Azure act (ARM REST through the SDK pipeline)', () => {
  it('sends METHOD path?api-version with the JSON body and the bearer token, and counts it', async () => {
    let sent: unknown;
    const scope = nock(ARM, { reqheaders: { authorization: 'Bearer stub-token', 'content-type': 'application/json' } })
      .patch(accountPath('st1'), (b) => ((sent = b), true))
      .query({ 'api-version': '2023-05-01' })
      .reply(200, { id: accountPath('st1'), properties: { allowBlobPublicAccess: false } });
    const azure = open();
    const outcome = await azure.act(TARGET, patch(accountPath('st1'), { properties: { allowBlobPublicAccess: false } }));
    expect(scope.isDone()).toBe(true);
    expect(sent).toEqual({ properties: { allowBlobPublicAccess: false } });
    expect(outcome).toEqual({ output: { id: accountPath('st1'), properties: { allowBlobPublicAccess: false } }, changed: true });
    expect(azure.requests()).toEqual({ 'ARM.PATCH': 1 });
  });

  it('retries a 429 and counts each attempt', async () => {
    nock(ARM).patch(accountPath('st1')).query(true).reply(429, { error: { code: 'TooManyRequests', message: 'slow down' } }, { 'Retry-After': '0' });
    nock(ARM).patch(accountPath('st1')).query(true).reply(200, {});
    const azure = open();
    expect(await azure.act(TARGET, patch(accountPath('st1'), {}))).toEqual({ output: {}, changed: true });
    expect(azure.requests()).toEqual({ 'ARM.PATCH': 2 });
  });

  it("throws ARM's error code and message", async () => {
    nock(ARM)
      .patch(accountPath('st1'))
      .query(true)
      .reply(403, { error: { code: 'AuthorizationFailed', message: "The client 'ci' does not have authorization to perform action 'Microsoft.Storage/storageAccounts/write'." } });
    const error = await open().act(TARGET, patch(accountPath('st1'), {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionCallError);
    expect(error).toMatchObject({ code: 'AuthorizationFailed', message: expect.stringContaining("does not have authorization to perform action 'Microsoft.Storage/storageAccounts/write'") });
  });

  it('refuses a path in another subscription than the target, and a call that is not ARM', async () => {
    const other = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/x';
    await expect(open().act(TARGET, patch(other, {}))).rejects.toMatchObject({ code: 'WrongSubscription' });
    await expect(open().act(TARGET, { service: 'ResourceGraph', method: 'Resources', params: {} })).rejects.toMatchObject({ code: 'UnsupportedCall' });
  });

  it('honours the endpoint (a sovereign cloud)', async () => {
    const scope = nock('https://management.chinacloudapi.cn').delete(accountPath('st1')).query({ 'api-version': '2023-05-01' }).reply(204);
    const azure = openAzure({ credential, endpoint: 'https://management.chinacloudapi.cn' });
    expect(await azure.act(TARGET, { service: 'ARM', method: 'DELETE', params: { path: accountPath('st1'), apiVersion: '2023-05-01' } })).toEqual({ output: {}, changed: true });
    expect(scope.isDone()).toBe(true);
  });
});
