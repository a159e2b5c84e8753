import { setTimeout as sleep } from 'node:timers/promises';
import { googleAuthLibrary } from 'google-gax';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openGcp, type GcpAuthClient } from '../../src/providers/gcp/cloud-asset.js';
import { TargetReadError, type ApiCall, type Target } from '../../src/providers/types.js';

const LOGGING = 'https://logging.googleapis.com';
const P1: Target = { provider: 'gcp', account: 'p1', region: 'global' };
const sinks: ApiCall = { service: 'REST', method: 'Get', params: { url: `${LOGGING}/v2/projects/p1/sinks` } };
const sink = (name: string) => ({ name, destination: `storage.googleapis.com/${name}`, writerIdentity: 'serviceAccount:x@gcp-sa-logging.iam.gserviceaccount.com' });

/** A static token: tests never reach Google's token endpoint or the metadata server. */
function stubAuth(): GcpAuthClient {
  const client = new googleAuthLibrary.OAuth2Client();
  client.setCredentials({ access_token: 'stub-token', expiry_date: Date.now() + 3_600_000 });
  return client as unknown as GcpAuthClient;
}
const open = (timeoutMs?: number) => openGcp({ projects: ['p1'], authClient: stubAuth(), ...(timeoutMs ? { timeoutMs } : {}) });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('GCP REST reads', () => {
  it('pages by nextPageToken to the end with the auth client\'s token, every request counted', async () => {
    const tokens: string[] = [];
    nock(LOGGING, { reqheaders: { authorization: 'Bearer stub-token' } })
      .get('/v2/projects/p1/sinks')
      .query((q) => (tokens.push(String(q.pageToken ?? '-')), q.pageToken === undefined))
      .reply(200, { sinks: [sink('audit')], nextPageToken: 't2' })
      .get('/v2/projects/p1/sinks')
      .query((q) => q.pageToken === 't2')
      .reply(200, { sinks: [sink('all')], nextPageToken: 't3' })
      .get('/v2/projects/p1/sinks')
      .query((q) => q.pageToken === 't3')
      .reply(200, {});
    const gcp = open();
    expect(await gcp.list(P1, sinks)).toEqual([{ sinks: [sink('audit')], nextPageToken: 't2' }, { sinks: [sink('all')], nextPageToken: 't3' }, {}]);
    expect(tokens[0]).toBe('-');
    expect(gcp.requests()).toEqual({ 'REST.GET': 3 });
  });

  it('keeps the URL\'s own query when it adds pageToken', async () => {
    const call: ApiCall = { service: 'REST', method: 'Get', params: { url: 'https://monitoring.googleapis.com/v3/projects/p1/alertPolicies?filter=enabled%3Dtrue' } };
    nock('https://monitoring.googleapis.com')
      .get('/v3/projects/p1/alertPolicies')
      .query({ filter: 'enabled=true' })
      .reply(200, { alertPolicies: [{ name: 'a1' }], nextPageToken: 'n' })
      .get('/v3/projects/p1/alertPolicies')
      .query({ filter: 'enabled=true', pageToken: 'n' })
      .reply(200, { alertPolicies: [{ name: 'a2' }] });
    expect((await open().list(P1, call)).flatMap((p) => p.alertPolicies)).toEqual([{ name: 'a1' }, { name: 'a2' }]);
  });

  it('retries a 503, counting each attempt', async () => {
    nock(LOGGING)
      .get('/v2/projects/p1/sinks')
      .reply(503, { error: { code: 503, status: 'UNAVAILABLE', message: 'try again' } })
      .get('/v2/projects/p1/sinks')
      .reply(200, { sinks: [sink('audit')] });
    const gcp = open();
    expect(await gcp.list(P1, sinks)).toEqual([{ sinks: [sink('audit')] }]);
    expect(gcp.requests()).toEqual({ 'REST.GET': 2 });
  });

  it('retries an attempt that gets no answer in time', async () => {
    nock(LOGGING)
      .get('/v2/projects/p1/sinks')
      .reply(async () => (await sleep(500), [200, { sinks: [] }]))
      .get('/v2/projects/p1/sinks')
      .reply(200, { sinks: [sink('late')] });
    const gcp = open(100);
    expect(await gcp.list(P1, sinks)).toEqual([{ sinks: [sink('late')] }]);
    expect(gcp.requests()).toEqual({ 'REST.GET': 2 });
  });

  it('ends a page that never gets an answer as ERROR after three attempts', async () => {
    nock(LOGGING)
      .get('/v2/projects/p1/sinks')
      .times(3)
      .reply(async () => (await sleep(400), [200, { sinks: [] }]));
    const gcp = open(50);
    await expect(gcp.list(P1, sinks)).rejects.toMatchObject({ name: 'TargetReadError', code: 'ETIMEDOUT' });
    expect(gcp.requests()).toEqual({ 'REST.GET': 3 });
  });

  it('is ERROR with Google\'s status when refused', async () => {
    nock(LOGGING).get('/v2/projects/p1/sinks').reply(403, { error: { code: 403, status: 'PERMISSION_DENIED', message: "Permission 'logging.sinks.list' denied on resource" } });
    const error = await open()
      .list(P1, sinks)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TargetReadError);
    expect(error).toMatchObject({ code: 'PERMISSION_DENIED', message: "Permission 'logging.sinks.list' denied on resource" });
  });

  it('stops with ERROR when the API repeats a nextPageToken', async () => {
    nock(LOGGING).get('/v2/projects/p1/sinks').query(true).times(3).reply(200, { sinks: [sink('a')], nextPageToken: 'same' });
    await expect(open().list(P1, sinks)).rejects.toMatchObject({ code: 'RepeatedPageToken' });
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><head><title>Proxy login</title></head></html>', 'text/html', 'an HTML page ("Proxy login")'],
    ['an empty body', '', 'application/json', 'an empty body'],
    ['text that is not JSON', 'hello', 'text/plain', 'a body that is not JSON'],
    ['a JSON list', '[1]', 'application/json', 'a JSON list, not an object'],
  ])('a 200 answer that is %s is ERROR BadResponse naming the URL', async (_what, body, type, what) => {
    nock(LOGGING).get('/v2/projects/p1/sinks').reply(200, body, { 'content-type': type });
    await expect(open().list(P1, sinks)).rejects.toMatchObject({ name: 'TargetReadError', code: 'BadResponse', message: `GET ${LOGGING}/v2/projects/p1/sinks answered HTTP 200 with ${what}, not an answer` });
  });

  it('sends the credential only to https Google API URLs, never along a climbing path', async () => {
    const gcp = open();
    for (const url of ['https://collector.example.com/v1/x', 'http://logging.googleapis.com/v2/x', 'https://logging.googleapis.com.example.com/v2/x', 'https://logging.googleapis.com/v2/projects/p1/%2E%2E/x', 'https://user@logging.googleapis.com/v2/x']) {
      await expect(gcp.list(P1, { service: 'REST', method: 'Get', params: { url } })).rejects.toMatchObject({ code: 'BadUrl' });
    }
    expect(gcp.requests()).toEqual({});
  });
});
