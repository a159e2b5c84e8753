import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { googleAuthLibrary } from 'google-gax';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../../src/engine/scan.js';
import { loadCatalog } from '../../src/load/catalog.js';
import type { Result } from '../../src/model/result.js';
import { openAzure } from '../../src/providers/azure/resource-graph.js';
import { withCallCache } from '../../src/providers/call-cache.js';
import { canonicalJson } from '../../src/lib/canonical-json.js';
import { openGcp, type GcpAuthClient } from '../../src/providers/gcp/cloud-asset.js';
import { openSnapshot } from '../../src/providers/snapshot/index.js';
import type { InventoryProvider } from '../../src/providers/types.js';
import { REPO, tempDir } from '../helpers/cli.js';
import { comparableResult } from '../helpers/comparable-result.js';

/**
 * Every bundled Azure control over 2 readable subscriptions, and every bundled GCP control over
 * the demo's 2 projects, scanned live (real SDK clients and REST pipelines, HTTP mocked from the
 * demo inventory's recordings), must give the snapshot's results with exactly one request per
 * distinct call and page. Every listing of more than one row is served as 2 pages (Resource
 * Graph by $skipToken, Cloud Asset by nextPageToken), so "per page" is exercised throughout.
 * The second subscription is the demo subscription's recordings re-homed under another id.
 */
const DEMO = join(REPO, 'examples/demo-inventory');
const SUB_A = '00000000-0000-0000-0000-000000000001';
const SUB_B = '00000000-0000-0000-0000-0000000000b2';
const PROJECTS = ['ctrlflow-demo', 'ctrlflow-security'];
const NOW = new Date('2026-12-01T08:00:00Z');
const comparable = comparableResult;
const sum = (counts: Iterable<number>) => [...counts].reduce((a, b) => a + b, 0);
const json = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
/** A listing of n rows is served in this many pages: the first half, then the rest. */
const pagesOf = (n: number) => (n >= 2 ? 2 : 1);
const halves = <T>(rows: T[]): T[][] => (rows.length >= 2 ? [rows.slice(0, Math.ceil(rows.length / 2)), rows.slice(Math.ceil(rows.length / 2))] : [rows]);

async function scanCloud(cloud: 'azure' | 'gcp', provider: InventoryProvider): Promise<Result[]> {
  const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
  const controls = catalog.controls.filter((c) => c.control.provider === cloud);
  const { report } = await runScan({ controls, flows: catalog.flows, provider: withCallCache(provider), overrides: {}, now: NOW, environment: {}, failOn: 'none' });
  return report.results.filter((r) => r.provider === cloud);
}

/** The read nodes of the bundled flows of one cloud's controls. */
async function readNodes(cloud: 'azure' | 'gcp'): Promise<Record<string, unknown>[]> {
  const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
  const flows = new Set(catalog.controls.filter((c) => c.control.provider === cloud).map((c) => c.flowId));
  return [...flows].flatMap((id) => catalog.flows.get(id)!.nodes as unknown as Record<string, unknown>[]);
}

/** Counts each distinct request a mock served. */
class Tally {
  readonly times = new Map<string, number>();
  note(key: string): void {
    this.times.set(key, (this.times.get(key) ?? 0) + 1);
  }
  get repeated(): string[] {
    return [...this.times].filter(([, n]) => n > 1).map(([k]) => k);
  }
  get total(): number {
    return sum(this.times.values());
  }
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('live Azure scan of 2 readable subscriptions (Resource Graph, ARM and Graph mocked at HTTP)', () => {
  it('gives the snapshot\'s results for both with one request per distinct call and page: 114 requests, the minimum 114', async () => {
    // The estate: the demo subscription, and a copy of it under another id.
    const root = tempDir();
    cpSync(join(DEMO, 'azure', SUB_A), join(root, 'azure', SUB_A), { recursive: true });
    mkdirSync(join(root, 'azure', SUB_B, 'global'), { recursive: true });
    for (const file of readdirSync(join(DEMO, 'azure', SUB_A, 'global'))) {
      const text = readFileSync(join(DEMO, 'azure', SUB_A, 'global', file), 'utf8');
      // The tenant's answers (Graph; ARM paths outside any subscription) are the same for both.
      const rehomed =
        file === 'Graph.Get.json' ? text
        : file === 'ARM.Get.json' ? JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(text) as Record<string, unknown>).map(([k, v]) => (k.toLowerCase().startsWith('/subscriptions/') ? JSON.parse(JSON.stringify([k, v]).replaceAll(SUB_A, SUB_B)) as [string, unknown] : [k, v]))))
        : text.replaceAll(SUB_A, SUB_B);
      writeFileSync(join(root, 'azure', SUB_B, 'global', file), rehomed);
    }
    const recorded = (sub: string, file: string): unknown => (existsSync(join(root, 'azure', sub, 'global', file)) ? json(join(root, 'azure', sub, 'global', file)) : undefined);
    const tableFile = (table: string) => readdirSync(join(root, 'azure', SUB_A, 'global')).find((f) => f.toLowerCase() === `resourcegraph.${table.toLowerCase()}.json`);
    /** The rows of a table and type over these subscriptions, as Resource Graph answers one query: a row of no subscription (a built-in role definition) once. */
    const rowsOf = (table: string, type: string, subs: string[]) => {
      const file = tableFile(table);
      const rows = subs.flatMap((s) => ((file ? (recorded(s, file) as { data: { type: string; subscriptionId?: string }[] }) : { data: [] }).data ?? []).filter((r) => r.type === type));
      const seen = new Set<string>();
      return rows.filter((r) => (r.subscriptionId ? true : !seen.has(canonicalJson(r)) && seen.add(canonicalJson(r)) !== undefined));
    };

    const graphTally = new Tally();
    nock('https://management.azure.com')
      .persist()
      .post('/providers/Microsoft.ResourceGraph/resources')
      .query(true)
      .reply(async (request: unknown) => {
        const body = JSON.parse(await (request as Request).text()) as { subscriptions: string[]; query: string; options?: { $skipToken?: string } };
        const [, table, type] = /^(\w+) \| where type =~ '([^']+)'/.exec(body.query)!;
        const token = body.options?.$skipToken;
        graphTally.note(`${[...body.subscriptions].sort().join('+')} ${body.query} ${token ?? '-'}`);
        const pages = halves(rowsOf(table!, type!, body.subscriptions));
        const index = token ? Number(token.replace('page-', '')) : 0;
        const page = pages[index] ?? [];
        return [200, { totalRecords: sum(pages.map((p) => p.length)), count: page.length, resultTruncated: 'false', data: page, ...(index + 1 < pages.length ? { $skipToken: `page-${index + 1}` } : {}) }];
      });
    /** ARM and Graph GETs answered from both subscriptions' request maps (tenant-wide requests are in both, alike). */
    const restTally = { ARM: new Tally(), Graph: new Tally() };
    const answers = (file: string) => {
      const map = new Map<string, unknown>();
      for (const sub of [SUB_A, SUB_B]) {
        for (const [k, v] of Object.entries(recorded(sub, file) as Record<string, unknown>)) {
          const key = k.toLowerCase();
          if (map.has(key)) expect(v).toEqual(map.get(key));
          map.set(key, v);
        }
      }
      return map;
    };
    const serveRest = (origin: string, kind: 'ARM' | 'Graph', map: Map<string, unknown>) =>
      nock(origin)
        .persist()
        .get(() => true)
        .query(true)
        .reply((sent: unknown) => {
          const url = new URL((sent as Request).url);
          const request = decodeURIComponent(url.pathname + url.search).toLowerCase();
          restTally[kind].note(request);
          const answer = map.get(request);
          if (answer === undefined) return [404, { error: { code: 'NotRecordedInDemo', message: request } }];
          const error = (answer as { $error?: unknown }).$error;
          return error ? [403, { error }] : [200, answer as nock.Body];
        });
    const armAnswers = answers('ARM.Get.json');
    const graphAnswers = answers('Graph.Get.json');
    serveRest('https://management.azure.com', 'ARM', armAnswers);
    serveRest('https://graph.microsoft.com', 'Graph', graphAnswers);

    const credential = { getToken: async () => ({ token: 'stub-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };
    const azure = openAzure({ credential, subscriptions: [SUB_A, SUB_B] });
    const live = await scanCloud('azure', azure);
    const snapshot = await scanCloud('azure', openSnapshot(root));
    expect(snapshot.filter((r) => r.status === 'ERROR')).toEqual([]);
    expect(new Set(snapshot.map((r) => r.account))).toEqual(new Set([SUB_A, SUB_B]));
    expect(live.map(comparable).sort()).toEqual(snapshot.map(comparable).sort());

    // The least requests: per table and type one query over both subscriptions, per page; each
    // distinct ARM and Graph request once (the tenant-wide ones too, though both subscriptions read them).
    const queries = new Set((await readNodes('azure')).filter((n) => n.type === 'azure.resource').map((n) => `${String(n.table ?? 'resources')} ${String(n.resourceType).toLowerCase()}`));
    const rgMinimum = sum([...queries].map((q) => pagesOf(rowsOf(q.split(' ')[0]!, q.split(' ')[1]!, [SUB_A, SUB_B]).length)));
    const minimum = { 'ResourceGraph.Resources': rgMinimum, 'ARM.GET': armAnswers.size, 'Graph.GET': graphAnswers.size };
    expect([graphTally.repeated, restTally.ARM.repeated, restTally.Graph.repeated]).toEqual([[], [], []]);
    expect([...restTally.ARM.times.keys()].sort()).toEqual([...armAnswers.keys()].sort());
    expect([...restTally.Graph.times.keys()].sort()).toEqual([...graphAnswers.keys()].sort());
    expect({ 'ResourceGraph.Resources': graphTally.total, 'ARM.GET': restTally.ARM.total, 'Graph.GET': restTally.Graph.total }).toEqual(minimum);
    expect(azure.requests()).toEqual(minimum);
    // 40 Resource Graph requests (21 queries over both subscriptions, 19 of them in 2 pages), 71 ARM
    // (37 per subscription, the 3 tenant-wide ones once), 3 Graph.
    expect(queries.size).toBe(21);
    expect([sum(Object.values(azure.requests())), sum(Object.values(minimum))]).toEqual([114, 114]);
  }, 60_000);
});

describe('live GCP scan of the demo\'s 2 projects (Cloud Asset and REST reads mocked at HTTP)', () => {
  it('gives the snapshot\'s results with one request per distinct call and page: 161 requests, the minimum 161', async () => {
    const CONTENT_NAMES: Record<string, string> = { '1': 'RESOURCE', '2': 'IAM_POLICY', '4': 'ORG_POLICY', '5': 'ACCESS_POLICY', '6': 'OS_INVENTORY' };
    const FIELDS: Record<string, string[]> = { RESOURCE: ['resource'], IAM_POLICY: ['iamPolicy'], ORG_POLICY: ['orgPolicy'], ACCESS_POLICY: ['accessPolicy', 'accessLevel', 'servicePerimeter'], OS_INVENTORY: ['osInventory'] };
    const ALL_FIELDS = Object.values(FIELDS).flat();
    const assetsOf = (project: string) => (json(join(DEMO, 'gcp', project, 'global', 'CloudAsset.ListAssets.json')) as { assets: Record<string, unknown>[] }).assets;
    /** One content's listing of these asset types, as Cloud Asset answers it: the assets having that content, with only that content. */
    const listing = (project: string, types: string[], content: string) =>
      assetsOf(project)
        .filter((a) => types.includes(String(a.assetType)) && FIELDS[content]!.some((f) => a[f] !== undefined))
        .map((a) => Object.fromEntries(Object.entries(a).filter(([k]) => !ALL_FIELDS.includes(k) || FIELDS[content]!.includes(k))));
    const restAnswers = new Map<string, unknown>();
    for (const project of PROJECTS) {
      for (const [url, answer] of Object.entries(json(join(DEMO, 'gcp', project, 'global', 'REST.Get.json')) as Record<string, unknown>)) {
        if (restAnswers.has(url)) expect(answer).toEqual(restAnswers.get(url));
        restAnswers.set(url, answer);
      }
    }
    const STATUS: Record<string, number> = { PERMISSION_DENIED: 403, NOT_FOUND: 404, FAILED_PRECONDITION: 400 };

    const assetTally = new Tally();
    const restTally = new Tally();
    nock(/^https:\/\/[a-z0-9-]+\.googleapis\.com/)
      .persist()
      .get(/.*/)
      .reply((sent: unknown) => {
        const url = new URL((sent as Request).url);
        const asset = /^\/v1\/projects\/([^/]+)\/assets$/.exec(url.pathname);
        if (url.hostname === 'cloudasset.googleapis.com' && asset) {
          const types = url.searchParams.getAll('assetTypes').flatMap((t) => t.split(','));
          const raw = url.searchParams.get('contentType') ?? '';
          const content = CONTENT_NAMES[raw] ?? raw;
          const token = url.searchParams.get('pageToken');
          assetTally.note(`${asset[1]} ${[...types].sort().join('+')} ${content} ${token ?? '-'}`);
          const pages = halves(listing(asset[1]!, types, content));
          const index = token ? Number(token.replace('page-', '')) : 0;
          return [200, { assets: pages[index] ?? [], readTime: '2026-11-30T06:00:00Z', ...(index + 1 < pages.length ? { nextPageToken: `page-${index + 1}` } : {}) }];
        }
        const key = decodeURIComponent(url.href);
        restTally.note(key);
        const answer = [...restAnswers].find(([k]) => decodeURIComponent(new URL(k).href) === key)?.[1];
        if (answer === undefined) return [404, { error: { code: 404, status: 'NOT_FOUND', message: `not recorded in the demo: ${key}` } }];
        const error = (answer as { $error?: { code: string; message: string } }).$error;
        return error ? [STATUS[error.code] ?? 400, { error: { code: STATUS[error.code] ?? 400, status: error.code, message: error.message } }] : [200, answer as nock.Body];
      });

    const auth = new googleAuthLibrary.OAuth2Client();
    auth.setCredentials({ access_token: 'stub-token', expiry_date: Date.now() + 3_600_000 });
    const gcp = openGcp({ projects: PROJECTS, authClient: auth as unknown as GcpAuthClient });
    const live = await scanCloud('gcp', gcp);
    const snapshot = await scanCloud('gcp', openSnapshot(DEMO));
    expect(snapshot.filter((r) => r.status === 'ERROR')).toEqual([]);
    expect(new Set(snapshot.map((r) => r.account))).toEqual(new Set(PROJECTS));
    expect(live.map(comparable).sort()).toEqual(snapshot.map(comparable).sort());

    // The least requests: per project and gcp.resource read, its RESOURCE and IAM_POLICY listings
    // (and the extra content it asks for), per page; each distinct REST URL once (an
    // organization's contacts and service perimeters once, though both projects read them).
    const reads = new Set(
      (await readNodes('gcp')).filter((n) => n.type === 'gcp.resource' && n.search === undefined).map((n) => `${String(n.assetType)} ${String(n.contentType ?? '')}`),
    );
    // Two reads of one asset type with different extra content share its RESOURCE and IAM_POLICY listings.
    const distinct = new Set([...reads].flatMap((read) => {
      const [type, extra] = read.split(' ');
      return ['RESOURCE', 'IAM_POLICY', ...(extra ? [extra] : [])].map((content) => `${type} ${content}`);
    }));
    const listings = PROJECTS.flatMap((project) => [...distinct].map((l) => pagesOf(listing(project, [l.split(' ')[0]!], l.split(' ')[1]!).length)));
    const minimum = { 'CloudAsset.ListAssets': sum(listings), 'REST.GET': restAnswers.size };
    expect([assetTally.repeated, restTally.repeated]).toEqual([[], []]);
    expect(restTally.times.size).toBe(restAnswers.size);
    expect({ 'CloudAsset.ListAssets': assetTally.total, 'REST.GET': restTally.total }).toEqual(minimum);
    expect(gcp.requests()).toEqual(minimum);
    // 151 Cloud Asset requests (59 listings per project, 33 of the 118 in 2 pages), 10 REST GETs
    // (6 per project, the organization's contacts and service perimeters once).
    expect(distinct.size).toBe(59);
    expect([sum(Object.values(gcp.requests())), sum(Object.values(minimum))]).toEqual([161, 161]);
  }, 60_000);
});
