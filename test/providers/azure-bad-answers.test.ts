import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openAzure, type AzureOptions } from '../../src/providers/azure/resource-graph.js';
import type { ApiCall, Target } from '../../src/providers/types.js';

/**
 * Nothing read is never success: a 200 answer that is HTML (a proxy or captive portal),
 * empty, not JSON, or JSON without the body every answer of the API has, is ERROR BadResponse
 * naming the call, for Resource Graph and the ARM and Microsoft Graph REST reads; Resource
 * Graph pages stop at a repeated $skipToken or the page cap like every other read.
 */
const ARM = 'https://management.azure.com';
const GRAPH = 'https://graph.microsoft.com';
const PATH = '/providers/Microsoft.ResourceGraph/resources';
const S1 = '00000000-0000-0000-0000-0000000000a1';
const SUB: Target = { provider: 'azure', account: S1, region: 'global' };
const STORAGE: ApiCall = { service: 'ResourceGraph', method: 'Resources', params: { type: 'microsoft.storage/storageaccounts' } };
const PRICINGS: ApiCall = { service: 'ARM', method: 'Get', params: { path: `/subscriptions/${S1}/providers/Microsoft.Security/pricings`, apiVersion: '2024-01-01' } };
const DEFAULTS: ApiCall = { service: 'Graph', method: 'Get', params: { path: '/policies/identitySecurityDefaultsEnforcementPolicy', version: 'v1.0' } };
const credential = { getToken: async () => ({ token: 'stub-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };
const open = (options: AzureOptions = {}) => openAzure({ credential, subscriptions: [S1], retry: { maxRetries: 2, retryDelayInMs: 1, maxRetryDelayInMs: 5 }, ...options });
const HTML = { body: '<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body>portal</body></html>', headers: { 'content-type': 'text/html' } };
const JSON_TYPE = { 'content-type': 'application/json' };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('Resource Graph answers that are not answers', () => {
  it.each([
    ['an HTML page', HTML.body, HTML.headers, 'with an HTML page ("Sign in to the network")'],
    ['an empty body', '', JSON_TYPE, 'with an empty body'],
    ['text that is not JSON', 'hello', JSON_TYPE, 'with a body that is not JSON'],
    ['JSON without data', '{"totalRecords":0}', JSON_TYPE, 'without "data"'],
    ['a JSON list', '[]', JSON_TYPE, 'with a JSON list, not an object'],
  ])('%s is ERROR BadResponse, not "no resources"', async (_what, body, headers, what) => {
    nock(ARM).post(PATH).query(true).reply(200, body, headers);
    const error = await open().list(SUB, STORAGE).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TargetReadError', code: 'BadResponse', call: STORAGE, message: `Resource Graph answered HTTP 200 ${what}, not an answer` });
  });

  it('an empty answer is { data: [] }: no resources', async () => {
    nock(ARM).post(PATH).query(true).reply(200, { totalRecords: 0, count: 0, resultTruncated: 'false', data: [] });
    expect(await open().list(SUB, STORAGE)).toEqual([]);
  });

  it('pages that never end stop at the cap: ERROR TooManyPages', async () => {
    let n = 0;
    nock(ARM).post(PATH).query(true).times(30).reply(200, () => ({ count: 1, data: [{ id: `r${n}`, subscriptionId: S1 }], $skipToken: `t${++n}` }));
    await expect(open({ maxPages: 20 }).list(SUB, STORAGE)).rejects.toMatchObject({ code: 'TooManyPages', message: 'Resource Graph: more than 20 pages; stopped rather than pass on a partial list' });
    expect(n).toBe(20);
  });
});

describe('ARM and Microsoft Graph REST answers that are not answers', () => {
  const pricings = `/subscriptions/${S1}/providers/Microsoft.Security/pricings`;
  const defaults = '/v1.0/policies/identitySecurityDefaultsEnforcementPolicy';
  it.each([
    ['ARM, an HTML page', PRICINGS, ARM, pricings, HTML.body, HTML.headers, `ARM ${pricings}?api-version=2024-01-01 answered HTTP 200 with an HTML page ("Sign in to the network"), not an answer`],
    ['ARM, an empty body', PRICINGS, ARM, pricings, '', JSON_TYPE, `ARM ${pricings}?api-version=2024-01-01 answered HTTP 200 with an empty body, not an answer`],
    ['Graph, text that is not JSON', DEFAULTS, GRAPH, defaults, 'hello', JSON_TYPE, `Graph ${defaults} answered HTTP 200 with a body that is not JSON, not an answer`],
  ])('%s is ERROR BadResponse naming the call', async (_what, call, host, path, body, headers, message) => {
    nock(host).get(path).query(true).reply(200, body, headers);
    await expect(open().list(SUB, call)).rejects.toMatchObject({ name: 'TargetReadError', code: 'BadResponse', call, message });
  });
});
