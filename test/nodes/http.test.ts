import { once } from 'node:events';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, type HttpConfig } from '../../src/nodes/http.js';
import { cli, readReport, tempDir } from '../helpers/cli.js';
import { memoryProvider, TARGET, withHttp } from '../helpers/memory-provider.js';
import { NOW, testNode } from '../helpers/node-tester.js';

const API = 'https://api.example.test';
const SECRET = 's3cr3t-token-value';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

/** Compiles and runs one http node the way the engine does. */
async function run(config: Partial<HttpConfig>, input?: Record<string, unknown>[], environment: Record<string, string> = {}) {
  const node = http.compile({ id: 'call', type: 'http', url: `${API}/items`, backoffMs: 1, ...config } as HttpConfig, { now: NOW, environment });
  const out = await node(input === undefined ? [] : [input], { target: TARGET, provider: withHttp(memoryProvider({}), environment), flowId: 'f', nodeId: 'call', now: NOW });
  return out.ports.out ?? [];
}

describe('http node', () => {
  it('renders a map body as JSON from the input, with env-sourced auth on the request', async () => {
    let sent: unknown;
    const scope = nock(API, { reqheaders: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' } })
      .post('/items', (body) => ((sent = body), true))
      .reply(201, { key: 'SEC-1' });
    const items = [{ GroupId: 'sg-1', Name: 'a "quoted" name' }, { GroupId: 'sg-2', Name: 'b' }];
    const out = await run(
      {
        method: 'POST',
        input: 'x',
        auth: { bearer: '${env:TOKEN}' },
        body: { title: '{{count}} open in {{@target.region}}', names: ['{{items.0.Name}}'], fixed: 3 },
      },
      items,
      { TOKEN: SECRET },
    );
    expect(scope.isDone()).toBe(true);
    expect(sent).toEqual({ title: `2 open in ${TARGET.region}`, names: ['a "quoted" name'], fixed: 3 });
    expect(out).toEqual([{ key: 'SEC-1' }]);
  });

  it('renders a string body as written, with the json helper for values', async () => {
    let sent = '';
    nock(API).post('/items', (body) => ((sent = JSON.stringify(body)), true)).reply(200, []);
    await run({ method: 'POST', input: 'x', body: '{"ids": {{json (lookup items 0)}} }' }, [{ id: 'i-1' }]);
    expect(JSON.parse(sent)).toEqual({ ids: { id: 'i-1' } });
  });

  it('sends nothing when its input is empty, unless told to', async () => {
    expect(await run({ method: 'POST', input: 'x', body: 'hi' }, [])).toEqual([]);
    const scope = nock(API).post('/items', 'hi').reply(204);
    expect(await run({ method: 'POST', input: 'x', body: 'hi', sendWhenEmpty: true }, [])).toEqual([]);
    expect(scope.isDone()).toBe(true);
  });

  it('sends one request per item with URL values encoded', async () => {
    const scope = nock(API).get('/groups/sg-1').reply(200, { ok: 1 }).get('/groups/a%2F..%2Fadmin%3Fx%3D1').reply(200, { ok: 2 });
    const out = await run({ url: `${API}/groups/{{GroupId}}`, input: 'x', perItem: true }, [{ GroupId: 'sg-1' }, { GroupId: 'a/../admin?x=1' }]);
    expect(scope.isDone()).toBe(true);
    expect(out).toEqual([{ ok: 1 }, { ok: 2 }]);
  });

  it('retries a 503, then succeeds', async () => {
    const scope = nock(API).get('/items').reply(503, 'busy').get('/items').reply(503).get('/items').reply(200, [{ id: 1 }]);
    expect(await run({ retries: 2 })).toEqual([{ id: 1 }]);
    expect(scope.isDone()).toBe(true);
  });

  it('retries a 429 with Retry-After', async () => {
    const scope = nock(API).get('/items').reply(429, '', { 'Retry-After': '0' }).get('/items').reply(200, { id: 1 });
    expect(await run({})).toEqual([{ id: 1 }]);
    expect(scope.isDone()).toBe(true);
  });

  it('gives up after its retries, naming the request and the last answer', async () => {
    nock(API).get('/items').times(3).reply(500, { message: 'internal' });
    await expect(run({ retries: 2 })).rejects.toThrow('GET https://api.example.test/items answered 500 Internal Server Error: {"message":"internal"} (after 3 attempts)');
  });

  it('does not retry a 404', async () => {
    const scope = nock(API).get('/items').reply(404, 'no such thing');
    await expect(run({ retries: 3 })).rejects.toThrow(/answered 404 Not Found: no such thing$/);
    expect(scope.isDone()).toBe(true);
  });

  it('times out a server that never answers', async () => {
    // A real socket: the timeout is the client's own, not something a mock simulates.
    const server = createServer(() => undefined).listen(0, '127.0.0.1');
    await once(server, 'listening');
    nock.enableNetConnect('127.0.0.1');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`;
    try {
      await expect(run({ url, retries: 1, timeoutMs: 50 })).rejects.toThrow(`GET ${url} timed out after 50 ms (after 2 attempts)`);
    } finally {
      server.closeAllConnections();
      server.close();
      nock.disableNetConnect();
    }
  });

  it('follows Link rel="next" across 3 pages', async () => {
    const scope = nock(API)
      .get('/items')
      .reply(200, [{ id: 1 }, { id: 2 }], { Link: `<${API}/items?page=2>; rel="next", <${API}/items?page=3>; rel="last"` })
      .get('/items?page=2')
      .reply(200, [{ id: 3 }], { Link: '</items?page=3>; rel="next"' })
      .get('/items?page=3')
      .reply(200, [{ id: 4 }], { Link: `<${API}/items?page=1>; rel="first"` });
    expect(await run({ type: 'largeHttp', pagination: { next: 'link' } })).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }]);
    expect(scope.isDone()).toBe(true);
  });

  it('follows a JSONPath cursor across 3 pages, picking items by JSONPath', async () => {
    const scope = nock(API)
      .get('/items')
      .query({ limit: '2' })
      .reply(200, { data: [{ id: 1 }, { id: 2 }], meta: { next: 'c2' } })
      .get('/items')
      .query({ limit: '2', cursor: 'c2' })
      .reply(200, { data: [{ id: 3 }, { id: 4 }], meta: { next: 'c3' } })
      .get('/items')
      .query({ limit: '2', cursor: 'c3' })
      .reply(200, { data: [{ id: 5 }], meta: { next: null } });
    const out = await run({ query: { limit: '2' }, items: '$.data', pagination: { next: { cursor: '$.meta.next', param: 'cursor' } } });
    expect(out.map((i) => i.id)).toEqual([1, 2, 3, 4, 5]);
    expect(scope.isDone()).toBe(true);
  });

  it('follows a next URL from the body', async () => {
    nock(API).get('/items').reply(200, { items: [{ id: 1 }], next: '/items?p=2' }).get('/items?p=2').reply(200, { items: [{ id: 2 }] });
    expect(await run({ items: '$.items[*]', pagination: { next: { url: '$.next' } } })).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('fails rather than pass on a partial list when pages exceed maxPages', async () => {
    nock(API).get('/items').reply(200, { items: [], next: '/items?p=2' }).get('/items?p=2').reply(200, { items: [], next: '/items?p=3' });
    await expect(run({ items: '$.items', pagination: { next: { url: '$.next' }, maxPages: 2 } })).rejects.toThrow(/more than 2 pages .*raise pagination.maxPages/);
  });

  it('never sends credentials to another host named by a next link', async () => {
    nock(API).get('/items').reply(200, [{ id: 1 }], { Link: '<https://evil.example.test/steal>; rel="next"' });
    await expect(run({ auth: { bearer: '${env:TOKEN}' }, pagination: { next: 'link' } }, undefined, { TOKEN: SECRET })).rejects.toThrow(
      /page 2 .* is on another host \(evil.example.test\): credentials are not sent there/,
    );
  });

  it('passes a text answer on as status and body', async () => {
    nock(API).get('/items').reply(200, 'ok');
    expect(await run({})).toEqual([{ status: 200, body: 'ok' }]);
  });

  it('keeps a webhook URL from the environment out of its errors', async () => {
    const hook = `${API}/hooks/T000/B000/${SECRET}`;
    nock(API).post(`/hooks/T000/B000/${SECRET}`).reply(404, `no hook at ${hook}`);
    const failure = run({ method: 'POST', url: '${env:HOOK}', body: 'x' }, undefined, { HOOK: hook });
    await expect(failure).rejects.toThrow('POST ${env:HOOK} answered 404 Not Found: no hook at *****');
  });

  it('reports an unset environment variable before anything runs', () => {
    expect(() => http.compile({ id: 'call', type: 'http', url: API, auth: { bearer: '${env:NOPE}' } }, { now: NOW, environment: {} })).toThrow(
      'node "call" reads ${env:NOPE} for its bearer token, but NOPE is not set in the environment',
    );
  });

  it('shows auth and env-read values as ***** in history', () => {
    const config = { id: 'c', type: 'http', url: '${env:HOOK}', headers: { 'X-Key': 'k ${env:K}', Accept: 'application/json' }, auth: { bearer: '${env:T}' } };
    expect(http.redact!(config as HttpConfig)).toEqual({ ...config, url: '*****', headers: { 'X-Key': '*****', Accept: 'application/json' }, auth: '*****' });
  });
});

describe('http node config', () => {
  testNode(http, {
    valid: [],
    invalid: [
      { name: 'literal Authorization header', config: { url: API, headers: { Authorization: 'Bearer abc' } }, problems: ['headers.Authorization literal-secret'] },
      { name: 'literal api key header', config: { url: API, headers: { 'X-Api-Key': 'abc' } }, problems: ['headers.X-Api-Key literal-secret'] },
      { name: 'auth not from the environment', config: { url: API, auth: { bearer: 'abc' } }, problems: ['auth.bearer bad-value'] },
      { name: 'two kinds of auth', config: { url: API, auth: { bearer: '${env:T}', basic: { username: '${env:U}', password: '${env:P}' } } }, problems: ['auth bad-value'] },
      { name: 'cursor without param', config: { url: API, pagination: { next: { cursor: '$.next' } } }, problems: ['pagination.next missing-key'] },
      { name: 'password in the URL', config: { url: 'https://u:p@api.example.test/' }, problems: ['url literal-secret'] },
      { name: 'not a URL', config: { url: 'api.example.test' }, problems: ['url bad-value'] },
      { name: 'credentials over plain http', config: { url: 'http://api.example.test', auth: { bearer: '${env:T}' } }, problems: ['url bad-value'] },
      { name: 'broken template', config: { url: API, body: { a: '{{#each items}}' } }, problems: ['body.a bad-template'] },
      { name: 'bad items path', config: { url: API, items: 'data' }, problems: ['items bad-jsonpath'] },
      { name: 'bad cursor path', config: { url: API, pagination: { next: { cursor: '$[', param: 'c' } } }, problems: ['pagination.next.cursor bad-jsonpath'] },
      { name: 'perItem without input', config: { url: API, perItem: true }, problems: ['perItem bad-value'] },
      { name: 'unknown method', config: { url: API, method: 'FETCH' }, problems: ['method bad-value'] },
      { name: 'too many retries', config: { url: API, retries: 11 }, problems: ['retries bad-value'] },
    ],
  });
});

describe('http node in a scan', () => {
  const content = ['--controls', 'test/fixtures/http/controls', '--flows', 'test/fixtures/http/flows'];

  it('posts one ticket for the region with failures; the token is in no file written and nothing printed', async () => {
    const bodies: unknown[] = [];
    const scope = nock('https://tickets.example.test', { reqheaders: { authorization: `Bearer ${SECRET}`, 'x-request-source': 'ctrlflow' } })
      .post('/api/issues', (body) => (bodies.push(body), true))
      .reply(503)
      .post('/api/issues', () => true)
      .reply(201, { key: 'SEC-42' });
    process.env.CTRLFLOW_TEST_TOKEN = SECRET;
    const out = tempDir();
    try {
      const { code, stdout, stderr } = await cli('scan', '--no-bundled', ...content, '--inventory', 'test/fixtures/inventories/basic', '--out', out, '--history', join(out, 'history'), '--fail-on', 'none');
      expect(stderr).not.toMatch(/error/i);
      expect(code).toBe(0);
      expect(scope.isDone()).toBe(true);
      expect(bodies).toEqual([{ summary: '1 security group(s) open on SSH in 111111111111/us-east-1', groups: 'sg-0a1' }]);
      expect(readReport(out).totals).toMatchObject({ FAIL: 1, PASS: 3, ERROR: 0 });
      const files = walk(out);
      expect(files.some((f) => f.includes('history'))).toBe(true);
      for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain(SECRET);
      expect(stdout + stderr).not.toContain(SECRET);
      const history = files.filter((f) => f.includes('history')).map((f) => readFileSync(f, 'utf8')).join('\n');
      expect(history).toContain('"auth": "*****"');
      expect(history).toContain('SEC-42');
    } finally {
      delete process.env.CTRLFLOW_TEST_TOKEN;
    }
  });

  it('stops with exit 2 and names the variable when the token is not set', async () => {
    delete process.env.CTRLFLOW_TEST_TOKEN;
    const { code, stderr } = await cli('scan', '--no-bundled', ...content, '--inventory', 'test/fixtures/inventories/basic', '--out', tempDir());
    expect(code).toBe(2);
    expect(stderr).toContain('test-sg-ticket.yaml: node "ticket" reads ${env:CTRLFLOW_TEST_TOKEN} for its bearer token, but CTRLFLOW_TEST_TOKEN is not set in the environment');
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
