import { once } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, readReport, tempDir } from '../helpers/cli.js';
import { comparableResult } from '../helpers/comparable-result.js';

/**
 * A flow with an http read goes through the HTTP provider like a cloud read: a live scan
 * counts its requests, `ctrlflow snapshot` records it (as written: `${env:NAME}` unresolved,
 * no credential), and a scan of the snapshot replays it offline with the same results. A real
 * loopback server answers, two pages linked by Link rel="next"; two flows read the same
 * request, which the scan's call cache makes once.
 */
const TOKEN = 'tok-snapshot-7f3a9c';
const KEY = 'qk-snapshot-51d2e8';
let server: Server;
let base = '';
const seen: { url: string; authorization?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', authorization: req.headers.authorization });
    const url = new URL(req.url ?? '/', base);
    if (req.headers.authorization !== `Bearer ${TOKEN}` || url.searchParams.get('key') !== KEY) return void res.writeHead(401).end('no');
    if (url.searchParams.get('page') === '2') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([{ id: 'f-3', severity: 'high' }]));
    // The first page echoes the credential it was sent, as a careless API might.
    res.writeHead(200, { 'content-type': 'application/json', link: `<${base}/findings?key=${KEY}&page=2>; rel="next"` });
    res.end(JSON.stringify([{ id: 'f-1', severity: 'high', seenBy: req.headers.authorization }, { id: 'f-2', severity: 'low' }]));
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(process.env, { SNAP_TOKEN: TOKEN, SNAP_KEY: KEY });
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  delete process.env.SNAP_TOKEN;
  delete process.env.SNAP_KEY;
});

/** Two GCP controls, each with a flow reading the same findings API. */
function content(): string {
  const root = tempDir('ctrlflow-snap-http-');
  mkdirSync(join(root, 'controls'));
  mkdirSync(join(root, 'flows'));
  const read = `  - id: findings\n    type: http\n    url: ${base}/findings\n    query: { key: "\${env:SNAP_KEY}" }\n    auth: { bearer: "\${env:SNAP_TOKEN}" }\n    pagination: { next: link }\n    retries: 0\n`;
  const flows = { 'http-high': '$.severity == high', 'http-f2': '$.id == f-2' };
  for (const [id, rule] of Object.entries(flows)) {
    const [key, , value] = rule.split(' ');
    writeFileSync(
      join(root, 'flows', `${id}.yaml`),
      `id: ${id}\ntrigger: { type: control }\nnodes:\n${read}  - id: verdict\n    type: evaluate\n    input: findings\n    fail_if:\n      conditions: [{ id: c1, type: param, key: "${key}", operator: "==", value: ${value} }]\n    evidence: { resourceId: $.id }\n`,
    );
    writeFileSync(join(root, 'controls', `${id.toUpperCase()}-001.yaml`), `id: ${id.toUpperCase()}-001\ntitle: Findings ${id}\nseverity: high\nprovider: gcp\nresourceType: Finding\nflow: ${id}\n`);
  }
  return root;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('an http read in a snapshot', () => {
  it('is counted live, recorded without its credentials, and replayed offline with identical results', async () => {
    const root = content();
    const flags = ['--controls', join(root, 'controls'), '--flows', join(root, 'flows'), '--cloud', 'gcp'];
    const scan = (...more: string[]) => cli('scan', '--no-bundled', ...flags, '--format', 'json', '--fail-on', 'none', ...more);

    // Live: two pages, read once for both flows (the call cache), counted with the clouds' requests.
    const liveOut = tempDir();
    const live = await scan('--gcp-project', 'p1', '--out', liveOut);
    expect(live.code, live.stderr).toBe(0);
    expect(seen.map((s) => s.url)).toEqual([`/findings?key=${KEY}`, `/findings?key=${KEY}&page=2`]);
    const liveReport = readReport(liveOut);
    expect(liveReport.apiCalls).toEqual({ 'HTTP.GET': 2 });
    expect(live.stdout).toContain('API requests: 2 (HTTP.GET 2)');
    expect(liveReport.results.map((r) => `${r.controlId} ${r.resourceId} ${r.status}`)).toEqual([
      'HTTP-F2-001 f-1 PASS',
      'HTTP-F2-001 f-2 FAIL',
      'HTTP-F2-001 f-3 PASS',
      'HTTP-HIGH-001 f-1 FAIL',
      'HTTP-HIGH-001 f-2 PASS',
      'HTTP-HIGH-001 f-3 FAIL',
    ]);

    // Recorded: the request as written, its pages with the echoed credential masked.
    const snap = join(root, 'snap');
    const recorded = await cli('snapshot', ...flags, '--gcp-project', 'p1', '--out', snap);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stdout).toContain(`Snapshot: 1 call(s) on 1 target(s) written to ${snap}`);
    expect(seen).toHaveLength(4);
    expect(filesUnder(snap)).toEqual(['gcp/p1/global/HTTP.json']);
    const text = readFileSync(join(snap, 'gcp/p1/global/HTTP.json'), 'utf8');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(KEY);
    expect(JSON.parse(text)).toEqual({
      [`GET ${base}/findings?key=\${env:SNAP_KEY}`]: [
        { status: 200, json: [{ id: 'f-1', severity: 'high', seenBy: 'Bearer *****' }, { id: 'f-2', severity: 'low' }] },
        { status: 200, json: [{ id: 'f-3', severity: 'high' }] },
      ],
    });

    // Offline: the server is gone; the snapshot answers, the results are the live scan's.
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
    const replayOut = tempDir();
    const replay = await scan('--inventory', snap, '--out', replayOut);
    expect(replay.code, replay.stderr).toBe(0);
    expect(seen).toHaveLength(4);
    const replayReport = readReport(replayOut);
    expect(replayReport.results.map(comparableResult)).toEqual(liveReport.results.map(comparableResult));
    expect(replayReport.totals).toEqual(liveReport.totals);
  }, 60_000);
});

describe('an http read that failed, in a snapshot', () => {
  it('is recorded as its error and replayed as the same ERROR', async () => {
    let requests = 0;
    const denying = createServer((req, res) => {
      requests += 1;
      res.writeHead(403, { 'content-type': 'text/plain' }).end(`denied for ${req.headers.authorization ?? 'nobody'}`);
    }).listen(0, '127.0.0.1');
    await once(denying, 'listening');
    const url = `http://127.0.0.1:${(denying.address() as AddressInfo).port}`;
    const root = tempDir('ctrlflow-snap-http-');
    mkdirSync(join(root, 'controls'));
    mkdirSync(join(root, 'flows'));
    writeFileSync(
      join(root, 'flows', 'http-denied.yaml'),
      `id: http-denied\ntrigger: { type: control }\nnodes:\n  - { id: findings, type: http, url: "${url}/findings", auth: { bearer: "\${env:SNAP_TOKEN}" }, retries: 0 }\n  - id: verdict\n    type: evaluate\n    input: findings\n    fail_if: { conditions: [{ id: c1, type: param, key: $.severity, operator: "==", value: high }] }\n    evidence: { resourceId: $.id }\n`,
    );
    writeFileSync(join(root, 'controls', 'HTTP-DENIED-001.yaml'), 'id: HTTP-DENIED-001\ntitle: Denied\nseverity: high\nprovider: gcp\nresourceType: Finding\nflow: http-denied\n');
    const flags = ['--controls', join(root, 'controls'), '--flows', join(root, 'flows'), '--cloud', 'gcp'];
    const snap = join(root, 'snap');
    try {
      const recorded = await cli('snapshot', ...flags, '--gcp-project', 'p1', '--out', snap);
      expect(recorded.code, recorded.stderr).toBe(3);
      expect(recorded.stdout).toContain('(1 answered with an error, recorded as such)');
    } finally {
      denying.closeAllConnections();
      denying.close();
    }
    expect(requests).toBe(1);
    const text = readFileSync(join(snap, 'gcp/p1/global/HTTP.json'), 'utf8');
    expect(text).not.toContain(TOKEN);
    expect(JSON.parse(text)).toEqual({ [`GET ${url}/findings`]: { $error: { code: 'HTTP403', message: `GET ${url}/findings answered 403 Forbidden: denied for Bearer *****` } } });

    const out = tempDir();
    const replay = await cli('scan', '--no-bundled', ...flags, '--inventory', snap, '--format', 'json', '--fail-on', 'none', '--out', out);
    expect(replay.code).toBe(3);
    expect(readReport(out).results.map((r) => [r.status, r.reason])).toEqual([['ERROR', `node "findings" (http) failed: GET ${url}/findings answered 403 Forbidden: denied for Bearer *****`]]);
  }, 60_000);
});
