import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../../src/engine/scan.js';
import { loadCatalog } from '../../src/load/catalog.js';
import type { Result } from '../../src/model/result.js';
import { openAzure } from '../../src/providers/azure/resource-graph.js';
import { withCallCache } from '../../src/providers/call-cache.js';
import { openSnapshot } from '../../src/providers/snapshot/index.js';
import { SnapshotRecorder } from '../../src/providers/snapshot/write.js';
import { openGcp } from '../../src/providers/gcp/cloud-asset.js';
import { googleAuthLibrary } from 'google-gax';
import type { InventoryProvider } from '../../src/providers/types.js';
import { REPO, tempDir } from '../helpers/cli.js';

const DEMO_SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';
const DENIED = '00000000-0000-0000-0000-0000000000d2';
const DEMO_DIR = join(REPO, 'examples/demo-inventory/azure', DEMO_SUBSCRIPTION, 'global');
const demoFile = (name: string): unknown => (existsSync(join(DEMO_DIR, name)) ? JSON.parse(readFileSync(join(DEMO_DIR, name), 'utf8')) : undefined);
/** The demo's recording of the table and type a query asks for, as Resource Graph would filter it. */
function demoRowsFor(query: string) {
  const [, table, type] = /^(\w+) \| where type =~ '([^']+)'/.exec(query)!;
  const recorded = (demoFile(`ResourceGraph.${table}.json`) as { data: { type: string }[] } | undefined)?.data ?? [];
  const rows = recorded.filter((r) => r.type === type);
  return { totalRecords: rows.length, count: rows.length, resultTruncated: 'false', data: rows };
}
/** The demo's REST recordings (ARM.Get.json, Graph.Get.json): request as sent -> answer, keys matched without regard to case. */
function restAnswers(file: string): Map<string, unknown> {
  return new Map(Object.entries(demoFile(file) as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
}
const ARM_ANSWERS = restAnswers('ARM.Get.json');
const GRAPH_ANSWERS = restAnswers('Graph.Get.json');
/** Serves GETs on an API from one recording map; each request served is noted (decoded) in `served`. */
function serveRest(origin: string, answers: Map<string, unknown>, served: string[]) {
  nock(origin)
    .persist()
    .get(() => true)
    .query(true)
    .reply((sent: unknown) => {
      const url = new URL((sent as Request).url);
      const request = decodeURIComponent(url.pathname + url.search);
      served.push(request);
      const answer = answers.get(request.toLowerCase());
      if (answer === undefined) return [404, { error: { code: 'NotRecordedInDemo', message: request } }];
      const error = (answer as { $error?: unknown }).$error;
      return error ? [403, { error }] : [200, answer as nock.Body];
    });
}
const credential = { getToken: async () => ({ token: 'stub-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

async function scanAzure(provider: InventoryProvider): Promise<Result[]> {
  return (await scanCloud('azure', provider)).filter((r) => r.provider === 'azure');
}

async function scanCloud(cloud: 'azure' | 'gcp', provider: InventoryProvider): Promise<Result[]> {
  const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
  const controls = catalog.controls.filter((c) => c.control.provider === cloud);
  const { report } = await runScan({ controls, flows: catalog.flows, provider: withCallCache(provider), overrides: {}, now: new Date('2026-11-01T00:00:00Z'), environment: {}, failOn: 'none' });
  return report.results;
}
const comparable = (r: Result) => ({ ...r, executionId: '', time: '' });

/**
 * The bundled Azure controls, the Resource Graph reads their flows make (one query per table and
 * type), and the controls whose flows read only tenant-wide data (Microsoft Graph, ARM paths
 * outside any subscription): those answer for a subscription Resource Graph refuses, too.
 */
async function azureContent(): Promise<{ controls: number; types: number; tenantOnly: Set<string> }> {
  const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
  const controls = catalog.controls.filter((c) => c.control.provider === 'azure');
  const nodesOf = (flowId: string) => catalog.flows.get(flowId)!.nodes;
  const nodes = [...new Set(controls.map((c) => c.flowId))].flatMap(nodesOf);
  const types = new Set(nodes.filter((n) => n.type === 'azure.resource').map((n) => `${String(n.table ?? 'resources')} ${String(n.resourceType).toLowerCase()}`));
  const tenantOnly = new Set(controls.filter((c) => !nodesOf(c.flowId).some((n) => n.type === 'azure.resource')).map((c) => c.control.id));
  return { controls: controls.length, types: types.size, tenantOnly };
}

describe('live Azure scan (real SDK client, Resource Graph, ARM and Graph mocked at HTTP)', () => {
  it('gives the snapshot results for a readable subscription, ERROR for a denied one, one request per distinct call', async () => {
    const content = await azureContent();
    let asked = '';
    const batches = new Set<string>();
    nock('https://management.azure.com')
      .post('/providers/Microsoft.ResourceGraph/resources', (b?: { subscriptions: string[]; query: string }) => b?.subscriptions?.length === 2 && batches.add(b.query) !== undefined)
      .query(true)
      .times(content.types)
      .reply(403, { error: { code: 'AuthorizationFailed', message: `no read access over scope '/subscriptions/${DENIED}'` } })
      .post('/providers/Microsoft.ResourceGraph/resources', (b?: { subscriptions: string[]; query: string }) => b?.subscriptions?.[0] === DEMO_SUBSCRIPTION && (asked = b.query) !== '')
      .query(true)
      .times(content.types)
      .reply(200, () => demoRowsFor(asked))
      .post('/providers/Microsoft.ResourceGraph/resources', (b?: { subscriptions: string[] }) => b?.subscriptions?.[0] === DENIED)
      .query(true)
      .times(content.types)
      .reply(403, { error: { code: 'AuthorizationFailed', message: `no read access over scope '/subscriptions/${DENIED}'` } });
    const armServed: string[] = [];
    const graphServed: string[] = [];
    serveRest('https://management.azure.com', ARM_ANSWERS, armServed);
    serveRest('https://graph.microsoft.com', GRAPH_ANSWERS, graphServed);
    const azure = openAzure({ credential, subscriptions: [DEMO_SUBSCRIPTION, DENIED] });
    const live = await scanAzure(azure);
    const snapshot = await scanAzure(openSnapshot(join(REPO, 'examples/demo-inventory')));

    expect(live.filter((r) => r.account === DEMO_SUBSCRIPTION).map(comparable)).toEqual(snapshot.map(comparable));
    const denied = live.filter((r) => r.account === DENIED);
    const azureControls = [...new Set(snapshot.map((r) => r.controlId))].sort();
    expect(azureControls).toHaveLength(content.controls);
    // Controls that read the subscription are ERROR there; tenant-wide reads (Entra ID through
    // Graph, the tenant's subscription policy and Entra diagnostic settings) still answer.
    const subscriptionBound = azureControls.filter((id) => !content.tenantOnly.has(id));
    expect(denied.filter((r) => !content.tenantOnly.has(r.controlId)).map((r) => [r.controlId, r.status, r.errorCode])).toEqual(subscriptionBound.map((id) => [id, 'ERROR', 'AuthorizationFailed']));
    const asDemo = (r: Result) => comparable({ ...r, account: DEMO_SUBSCRIPTION });
    expect(denied.filter((r) => content.tenantOnly.has(r.controlId)).map(asDemo)).toEqual(snapshot.filter((r) => content.tenantOnly.has(r.controlId)).map(comparable));
    expect([...content.tenantOnly].sort()).toEqual(['AZ-ENT-001', 'AZ-ENT-002', 'AZ-IAM-005', 'AZ-MON-006', 'AZ-MON-007']);

    // Controls sharing a read share its requests: per table and type one batch (refused), then
    // one query per subscription; each recorded ARM request once (the two tenant-wide ARM reads
    // too, though both subscriptions read them); each Graph request once per scan.
    expect(batches.size).toBe(content.types);
    expect([...armServed].sort()).toEqual(Object.keys(demoFile('ARM.Get.json') as object).sort());
    expect([...graphServed].sort()).toEqual(Object.keys(demoFile('Graph.Get.json') as object).sort());
    expect(azure.requests()).toEqual({ 'ResourceGraph.Resources': 3 * batches.size, 'ARM.GET': ARM_ANSWERS.size, 'Graph.GET': GRAPH_ANSWERS.size });
  }, 60_000); // every bundled Azure control over two subscriptions: about 17 s alone, more beside other test files
});

describe('ctrlflow snapshot of Azure and GCP', () => {
  it('writes what a live scan read so that scanning the snapshot gives the same results', async () => {
    const content = await azureContent();
    let asked = '';
    nock('https://management.azure.com')
      .post('/providers/Microsoft.ResourceGraph/resources', (b?: { query: string }) => b?.query !== undefined && (asked = b.query) !== '')
      .query(true)
      .times(content.types)
      .reply(200, () => demoRowsFor(asked));
    serveRest('https://management.azure.com', ARM_ANSWERS, []);
    serveRest('https://graph.microsoft.com', GRAPH_ANSWERS, []);
    const recorder = new SnapshotRecorder();
    const live = await scanCloud('azure', recorder.wrap(openAzure({ credential, subscriptions: [DEMO_SUBSCRIPTION] })));
    const root = tempDir();
    expect(await recorder.write(root)).toEqual({ calls: content.types + ARM_ANSWERS.size + GRAPH_ANSWERS.size, targets: 1, errors: 0 });
    const replay = await scanCloud('azure', openSnapshot(root));
    expect(replay.map(comparable)).toEqual(live.map(comparable));
    expect(live.filter((r) => r.status === 'FAIL').length).toBeGreaterThan(0);
  });

  it('records an unreadable GCP project as its error, so the re-scan says ERROR there too', async () => {
    // Every call is refused: two content types per asset type the bundled GCP flows read, and the
    // project-level REST reads (Compute Engine settings, Access Approval …) on any Google API host.
    nock(/^https:\/\/[a-z0-9-]+\.googleapis\.com/)
      .persist()
      .get(/\/(projects|apps)\/denied([/:?]|$)/)
      .reply(403, { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } });
    const recorder = new SnapshotRecorder();
    const auth = new googleAuthLibrary.OAuth2Client();
    auth.setCredentials({ access_token: 'stub-token', expiry_date: Date.now() + 3_600_000 });
    const live = await scanCloud('gcp', recorder.wrap(openGcp({ projects: ['denied'], authClient: auth as never })));
    const root = tempDir();
    await recorder.write(root);
    const replay = await scanCloud('gcp', openSnapshot(root));
    expect(live.every((r) => r.status === 'ERROR' && r.errorCode === 'PERMISSION_DENIED')).toBe(true);
    expect(replay.map(comparable)).toEqual(live.map(comparable));
  });
});
