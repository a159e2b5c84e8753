import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { send } from '../../../src/providers/http/client.js';
import { http, type HttpConfig } from '../../../src/nodes/http.js';
import { addSecret, forgetSecrets } from '../../../src/lib/redact.js';
import { memoryProvider, TARGET, withHttp } from '../../helpers/memory-provider.js';
import { NOW } from '../../helpers/node-tester.js';

/**
 * Redirects on the wire: two loopback servers on two ports are two origins. Each records what
 * it received; `here` answers per path with a status, a Location and a body.
 */
interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}
type Route = (origins: { a: string; b: string }) => { status: number; location?: string; body?: string };

const KEY = 'k3y-0f-the-api-1234';
const TOKEN = 'b3arer-t0ken-5678';
const POLICY = { retries: 0, backoffMs: 1, maxBackoffMs: 1, timeoutMs: 5_000 };
const origins = { a: '', b: '' };
const received: { a: Received[]; b: Received[] } = { a: [], b: [] };
const routes: { a: Record<string, Route>; b: Record<string, Route> } = { a: {}, b: {} };
const servers: Server[] = [];

async function serve(name: 'a' | 'b'): Promise<string> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received[name].push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const route = routes[name][new URL(req.url!, 'http://x').pathname];
      const answer = route ? route(origins) : { status: 200, body: '{"ok":true}' };
      res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.location ? { location: answer.location } : {}) }).end(answer.body ?? '');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  origins.a = await serve('a');
  origins.b = await serve('b');
});
afterAll(async () => {
  for (const s of servers) s.close();
  await Promise.all(servers.map((s) => once(s, 'close')));
});
afterEach(() => {
  received.a = [];
  received.b = [];
  routes.a = {};
  routes.b = {};
  forgetSecrets();
});

const credentialHeaders = { accept: 'application/json', 'user-agent': 'ctrlflow/test', authorization: `Bearer ${TOKEN}`, 'x-api-key': KEY, cookie: `s=${KEY}`, 'x-trace': 'trace-1' };

describe('redirects in the HTTP client (two loopback origins)', () => {
  it('carries no credential header of any kind to another origin, and keeps accept and user-agent', async () => {
    addSecret(KEY);
    addSecret(TOKEN);
    routes.a['/go'] = (o) => ({ status: 302, location: `${o.b}/land` });
    const response = await send({ method: 'GET', url: `${origins.a}/go`, headers: credentialHeaders }, POLICY, 'GET test');
    expect(response.status).toBe(200);
    expect(received.a[0]!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-api-key': KEY, cookie: `s=${KEY}`, 'x-trace': 'trace-1' });
    expect(received.b).toHaveLength(1);
    const headers = received.b[0]!.headers;
    expect(headers).toMatchObject({ accept: 'application/json', 'user-agent': 'ctrlflow/test' });
    for (const name of ['authorization', 'x-api-key', 'cookie', 'x-trace']) expect(headers[name], name).toBeUndefined();
  });

  it('keeps the headers on a redirect within the origin', async () => {
    routes.a['/go'] = (o) => ({ status: 307, location: `${o.a}/land` });
    await send({ method: 'GET', url: `${origins.a}/go`, headers: credentialHeaders }, POLICY, 'GET test');
    expect(received.a.map((r) => r.url)).toEqual(['/go', '/land']);
    expect(received.a[1]!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-api-key': KEY });
  });

  it('does not give the credentials back when a second redirect returns to the first origin', async () => {
    routes.a['/go'] = (o) => ({ status: 302, location: `${o.b}/bounce` });
    routes.b['/bounce'] = (o) => ({ status: 302, location: `${o.a}/land` });
    await send({ method: 'GET', url: `${origins.a}/go`, headers: credentialHeaders }, POLICY, 'GET test');
    expect(received.a.map((r) => r.url)).toEqual(['/go', '/land']);
    expect(received.a[1]!.headers.authorization).toBeUndefined();
    expect(received.a[1]!.headers['x-api-key']).toBeUndefined();
  });

  it('does not follow a redirect to another origin whose URL still holds a secret (a query key from the environment)', async () => {
    addSecret(KEY);
    routes.a['/go'] = (o) => ({ status: 301, location: `${o.b}/land?api_key=${KEY}` });
    const failure = send({ method: 'GET', url: `${origins.a}/go?api_key=${KEY}`, headers: {} }, POLICY, 'GET test');
    await expect(failure).rejects.toThrow(`GET test was redirected to another origin (${origins.b}) with a credential in its URL or body: not followed`);
    expect(received.b).toEqual([]);
  });

  it('drops user:password from a Location on another origin', async () => {
    routes.a['/go'] = (o) => ({ status: 302, location: o.b.replace('http://', 'http://user:pa55word@') + '/land' });
    await send({ method: 'GET', url: `${origins.a}/go`, headers: {} }, POLICY, 'GET test');
    expect(received.b).toHaveLength(1);
    expect(received.b[0]!.headers.authorization).toBeUndefined();
  });

  it('goes on as GET without a body after a 303, and resends the body on a 307 within the origin', async () => {
    routes.a['/post'] = (o) => ({ status: 303, location: `${o.a}/seen` });
    routes.a['/put'] = (o) => ({ status: 307, location: `${o.a}/again` });
    await send({ method: 'POST', url: `${origins.a}/post`, headers: { 'content-type': 'application/json' }, body: '{"a":1}' }, POLICY, 'POST test');
    await send({ method: 'PUT', url: `${origins.a}/put`, headers: { 'content-type': 'application/json' }, body: '{"b":2}' }, POLICY, 'PUT test');
    expect(received.a.map((r) => [r.method, r.url, r.body, r.headers['content-type']])).toEqual([
      ['POST', '/post', '{"a":1}', 'application/json'],
      ['GET', '/seen', '', undefined],
      ['PUT', '/put', '{"b":2}', 'application/json'],
      ['PUT', '/again', '{"b":2}', 'application/json'],
    ]);
  });

  it('stops after 10 redirects', async () => {
    routes.a['/loop'] = (o) => ({ status: 302, location: `${o.a}/loop` });
    await expect(send({ method: 'GET', url: `${origins.a}/loop`, headers: {} }, POLICY, 'GET test')).rejects.toThrow('GET test was redirected more than 10 times');
    expect(received.a).toHaveLength(11);
  });

  it('masks a secret echoed in an error body before cutting it to 200 characters', async () => {
    addSecret(KEY);
    routes.a['/deny'] = () => ({ status: 401, body: `${'x'.repeat(190)} ${KEY}` });
    const failure = send({ method: 'GET', url: `${origins.a}/deny`, headers: {} }, POLICY, 'GET test');
    await expect(failure).rejects.toThrow(`GET test answered 401 Unauthorized: ${'x'.repeat(190)} *****`);
    await expect(failure).rejects.not.toThrow(KEY.slice(0, 8));
  });
});

describe('an http node with a custom credential header, redirected to another origin', () => {
  it('sends the header to its own origin only', async () => {
    routes.a['/items'] = (o) => ({ status: 302, location: `${o.b}/items` });
    routes.b['/items'] = () => ({ status: 200, body: '[{"id":1}]' });
    const config = { id: 'call', type: 'http', url: `${origins.a}/items`, auth: { header: { name: 'X-Api-Key', value: '${env:API_KEY}' } }, retries: 0 } as HttpConfig;
    const node = http.compile(config, { now: NOW, environment: { API_KEY: KEY } });
    const out = await node([], { target: TARGET, provider: withHttp(memoryProvider({}), { API_KEY: KEY }), flowId: 'f', nodeId: 'call', now: NOW });
    expect(out.ports.out).toEqual([{ id: 1 }]);
    expect(received.a[0]!.headers['x-api-key']).toBe(KEY);
    expect(received.b[0]!.headers['x-api-key']).toBeUndefined();
  });

  it('does not follow a next-page link to another origin with a credential header from the environment', async () => {
    routes.a['/items'] = (o) => ({ status: 200, body: JSON.stringify({ items: [{ id: 1 }], next: `${o.b}/page2` }) });
    const config = { id: 'call', type: 'http', url: `${origins.a}/items`, headers: { 'X-Api-Key': '${env:API_KEY}' }, items: '$.items', pagination: { next: { url: '$.next' } }, retries: 0 } as HttpConfig;
    const node = http.compile(config, { now: NOW, environment: { API_KEY: KEY } });
    const run = node([], { target: TARGET, provider: withHttp(memoryProvider({}), { API_KEY: KEY }), flowId: 'f', nodeId: 'call', now: NOW });
    await expect(run).rejects.toThrow(/page 2 of GET .* is on another host \(127\.0\.0\.1:\d+\): credentials are not sent there/);
    expect(received.b).toEqual([]);
  });
});
