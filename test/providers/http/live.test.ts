import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { withCallCache } from '../../../src/providers/call-cache.js';
import { byVia } from '../../../src/providers/by-via.js';
import { openHttp } from '../../../src/providers/http/live.js';
import { httpCall, requestKey, type HttpParams } from '../../../src/providers/http/request.js';
import { TargetReadError } from '../../../src/providers/types.js';
import { TARGET } from '../../helpers/memory-provider.js';

const API = 'https://api.example.test';
const request = (more: Partial<HttpParams>): HttpParams => ({ url: `${API}/items`, retries: 0, backoffMs: 1, timeoutMs: 5_000, shown: `${API}/items`, ...more });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('the HTTP provider', () => {
  it('puts the environment in only where the flow wrote it: a rendered "${env:X}" stays text', async () => {
    let query: Record<string, unknown> = {};
    nock(API)
      .get('/items')
      .query((q) => ((query = q), true))
      .times(2)
      .reply(200, []);
    const http = openHttp({ environment: { TOKEN: 'tk-live-0042' } });
    // The flow wrote ${env:TOKEN} in its URL: put in.
    await http.list(TARGET, httpCall('GET', request({ url: `${API}/items?t=\${env:TOKEN}`, shown: `${API}/items?t=\${env:TOKEN}` })));
    expect(query).toEqual({ t: 'tk-live-0042' });
    // It came from a rendered value (the flow's URL has none): sent as the text it is.
    await http.list(TARGET, httpCall('GET', request({ url: `${API}/items?t=\${env:TOKEN}` })));
    expect(query).toEqual({ t: '${env:TOKEN}' });
  });

  it('answers pages, counts every attempt, and says which variables a write would miss', async () => {
    nock(API).get('/items').reply(503).get('/items').reply(200, [{ id: 1 }]).get('/text').reply(200, 'ok');
    const http = openHttp({ environment: { SET: 'value-1' } });
    expect(await http.list(TARGET, httpCall('GET', request({ retries: 1 })))).toEqual([{ status: 200, json: [{ id: 1 }] }]);
    expect(await http.list(TARGET, httpCall('GET', request({ url: `${API}/text` })))).toEqual([{ status: 200, text: 'ok' }]);
    expect(http.requests()).toEqual({ 'HTTP.GET': 3 });
    const write = httpCall('POST', request({ headers: { 'X-Key': '${env:SET}' }, auth: { bearer: '${env:UNSET}' } }));
    expect(http.missing(write)).toEqual(['UNSET']);
  });

  it('fails a read as a TargetReadError with the status as its code', async () => {
    nock(API).get('/items').reply(404, 'gone');
    const failure = openHttp({ environment: {} }).list(TARGET, httpCall('GET', request({})));
    await expect(failure).rejects.toBeInstanceOf(TargetReadError);
    await expect(failure).rejects.toMatchObject({ code: 'HTTP404', message: `GET ${API}/items answered 404 Not Found: gone` });
  });

  it('makes a request two flows share once per scan, through the call cache', async () => {
    const scope = nock(API).get('/items').once().reply(200, [{ id: 1 }]);
    const http = openHttp({ environment: {} });
    const provider = withCallCache(byVia({ aws: http, http }));
    const call = () => httpCall('GET', request({}));
    const [a, b] = await Promise.all([provider.list(TARGET, call()), provider.list(TARGET, call())]);
    expect([a, b]).toEqual([[{ status: 200, json: [{ id: 1 }] }], [{ status: 200, json: [{ id: 1 }] }]]);
    expect(scope.isDone()).toBe(true);
    expect(provider.stats().calls).toEqual({ 'HTTP.GET': 1 });
  });

  it('names a request for a snapshot as written: method, URL with its query, then the body', () => {
    expect(requestKey(httpCall('POST', request({ url: `${API}/search?a=1`, query: { key: '${env:K}' }, body: { q: 'x' } })))).toBe(`POST ${API}/search?a=1&key=\${env:K} {"q":"x"}`);
  });
});
