import { setTimeout as sleep } from 'node:timers/promises';
import { googleAuthLibrary } from 'google-gax';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openGcp, type GcpAuthClient, type GcpOptions } from '../../src/providers/gcp/cloud-asset.js';
import type { ApiCall, Target } from '../../src/providers/types.js';

/**
 * Cloud Asset reads end, and say when they read nothing: each HTTP attempt has a timeout that
 * aborts it (retried, then ERROR ETIMEDOUT), pages stop at a repeated token or the page cap,
 * and a 200 answer that is HTML, empty or not JSON is ERROR BadResponse (an empty listing is
 * `{}`: the REST API leaves an empty `assets` out).
 */
const API = 'https://cloudasset.googleapis.com';
const P1: Target = { provider: 'gcp', account: 'p1', region: 'global' };
const BUCKETS: ApiCall = { service: 'CloudAsset', method: 'ListAssets', params: { assetTypes: ['storage.googleapis.com/Bucket'] } };
const RESOURCE = (q: Record<string, unknown>) => String(q.contentType) === 'RESOURCE' || String(q.contentType) === '1';

function stubAuth(): GcpAuthClient {
  const client = new googleAuthLibrary.OAuth2Client();
  client.setCredentials({ access_token: 'stub-token', expiry_date: Date.now() + 3_600_000 });
  return client as unknown as GcpAuthClient;
}
const open = (options: Partial<GcpOptions> = {}) => openGcp({ projects: ['p1'], authClient: stubAuth(), ...options });
const bucket = (name: string) => ({ name: `//storage.googleapis.com/${name}`, assetType: 'storage.googleapis.com/Bucket', resource: { data: { name } } });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('Cloud Asset per-attempt timeout', () => {
  it('retries an attempt that gets no answer in time', async () => {
    let attempts = 0;
    const resource = (q: Record<string, unknown>) => RESOURCE(q) && ++attempts > 0;
    nock(API).get('/v1/projects/p1/assets').query(resource).reply(async () => (await sleep(3000), [200, { assets: [bucket('late')] }]));
    nock(API).get('/v1/projects/p1/assets').query(resource).reply(200, { assets: [bucket('b1')] });
    nock(API).get('/v1/projects/p1/assets').query((q) => !RESOURCE(q)).times(3).reply(200, {});
    const gcp = open({ timeoutMs: 800 });
    expect((await gcp.list(P1, BUCKETS)).map((a) => a.name)).toEqual(['//storage.googleapis.com/b1']);
    expect(attempts).toBe(2);
  });

  it('ends a page that never gets an answer as ERROR ETIMEDOUT after three attempts', async () => {
    let attempts = 0;
    nock(API).get('/v1/projects/p1/assets').query((q) => RESOURCE(q) && ++attempts > 0).times(3).reply(async () => (await sleep(5000), [200, {}]));
    nock(API).get('/v1/projects/p1/assets').query((q) => !RESOURCE(q)).times(3).reply(200, {});
    const gcp = open({ timeoutMs: 300 });
    const started = Date.now();
    await expect(gcp.list(P1, BUCKETS)).rejects.toMatchObject({ name: 'TargetReadError', code: 'ETIMEDOUT', call: BUCKETS, message: 'Cloud Asset listAssets: no answer within 300 ms, 3 times' });
    expect(attempts).toBe(3);
    expect(Date.now() - started).toBeLessThan(3 * 300 + 1500);
  });
});

describe('Cloud Asset paging guards', () => {
  it('stops a repeated page token: ERROR RepeatedPageToken', async () => {
    nock(API).get('/v1/projects/p1/assets').query(true).times(4).reply(200, { assets: [bucket('b')], nextPageToken: 'same' });
    await expect(open().list(P1, BUCKETS)).rejects.toMatchObject({ code: 'RepeatedPageToken', call: BUCKETS });
  });

  it('stops pages that never end at the cap: ERROR TooManyPages', async () => {
    let n = 0;
    nock(API).get('/v1/projects/p1/assets').query(RESOURCE).times(40).reply(200, () => ({ assets: [bucket(`b${n}`)], nextPageToken: `t${++n}` }));
    nock(API).get('/v1/projects/p1/assets').query((q) => !RESOURCE(q)).reply(200, {});
    await expect(open({ maxPages: 12 }).list(P1, BUCKETS)).rejects.toMatchObject({ code: 'TooManyPages', message: 'Cloud Asset listAssets: more than 12 pages; stopped rather than pass on a partial list' });
    expect(n).toBe(12);
  });
});

describe('Cloud Asset answers that are not answers', () => {
  it.each([
    ['an HTML page', '<!DOCTYPE html><html><head><title>Proxy login</title></head></html>', { 'content-type': 'text/html' }, 'an HTML page ("Proxy login")'],
    ['an empty body', '', { 'content-type': 'application/json' }, 'an empty body'],
    ['text that is not JSON', 'hello', { 'content-type': 'application/json' }, 'a body that is not JSON'],
    ['a JSON list', '[]', { 'content-type': 'application/json' }, 'a JSON list, not an object'],
  ])('%s is ERROR BadResponse naming the call', async (_what, body, headers, what) => {
    nock(API).get('/v1/projects/p1/assets').query(true).times(2).reply(200, body, headers);
    await expect(open().list(P1, BUCKETS)).rejects.toMatchObject({ name: 'TargetReadError', code: 'BadResponse', call: BUCKETS, message: `Cloud Asset listAssets answered HTTP 200 with ${what}, not an answer` });
  });

  it('an empty listing ({}) is no assets', async () => {
    nock(API).get('/v1/projects/p1/assets').query(true).times(2).reply(200, {});
    expect(await open().list(P1, BUCKETS)).toEqual([]);
  });
});
