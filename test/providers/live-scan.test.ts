import { readFileSync } from 'node:fs';
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
const recorded = JSON.parse(readFileSync(join(REPO, 'examples/demo-inventory/azure', DEMO_SUBSCRIPTION, 'global/ResourceGraph.Resources.json'), 'utf8')) as { data: { type: string }[] };
/** The demo's recording of the type a query asks for, as Resource Graph would filter it. */
function demoRowsFor(query: string) {
  const type = /type =~ '([^']+)'/.exec(query)![1];
  const rows = recorded.data.filter((r) => r.type === type);
  return { totalRecords: rows.length, count: rows.length, resultTruncated: 'false', data: rows };
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

/** The bundled Azure controls, and the Resource Graph types their flows read (one query each). */
async function azureContent(): Promise<{ controls: number; types: number }> {
  const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
  const controls = catalog.controls.filter((c) => c.control.provider === 'azure');
  const nodes = [...new Set(controls.map((c) => c.flowId))].flatMap((id) => catalog.flows.get(id)!.nodes);
  const types = new Set(nodes.filter((n) => n.type === 'azure.resource').map((n) => String(n.resourceType).toLowerCase()));
  return { controls: controls.length, types: types.size };
}

describe('live Azure scan (real SDK client, Resource Graph mocked at HTTP)', () => {
  it('gives the snapshot results for a readable subscription, ERROR for a denied one, one batch shared by the controls', async () => {
    const content = await azureContent();
    let asked = '';
    const batches = new Set<string>();
    nock('https://management.azure.com')
      .post('/providers/Microsoft.ResourceGraph/resources', (b: { subscriptions: string[]; query: string }) => b.subscriptions.length === 2 && batches.add(b.query) !== undefined)
      .query(true)
      .times(content.types)
      .reply(403, { error: { code: 'AuthorizationFailed', message: `no read access over scope '/subscriptions/${DENIED}'` } })
      .post('/providers/Microsoft.ResourceGraph/resources', (b: { subscriptions: string[]; query: string }) => ((asked = b.query), b.subscriptions[0] === DEMO_SUBSCRIPTION))
      .query(true)
      .times(content.types)
      .reply(200, () => demoRowsFor(asked))
      .post('/providers/Microsoft.ResourceGraph/resources', (b: { subscriptions: string[] }) => b.subscriptions[0] === DENIED)
      .query(true)
      .times(content.types)
      .reply(403, { error: { code: 'AuthorizationFailed', message: `no read access over scope '/subscriptions/${DENIED}'` } });
    const azure = openAzure({ credential, subscriptions: [DEMO_SUBSCRIPTION, DENIED] });
    const live = await scanAzure(azure);
    const snapshot = await scanAzure(openSnapshot(join(REPO, 'examples/demo-inventory')));

    expect(live.filter((r) => r.account === DEMO_SUBSCRIPTION).map(comparable)).toEqual(snapshot.map(comparable));
    const denied = live.filter((r) => r.account === DENIED);
    const azureControls = [...new Set(snapshot.map((r) => r.controlId))].sort();
    expect(azureControls).toHaveLength(content.controls);
    expect(denied.map((r) => [r.controlId, r.status, r.errorCode])).toEqual(azureControls.map((id) => [id, 'ERROR', 'AuthorizationFailed']));
    // Controls sharing a resource type share its queries: per type one batch (refused), then one query per subscription.
    expect(batches.size).toBe(content.types);
    expect(azure.requests()).toEqual({ 'ResourceGraph.Resources': 3 * batches.size });
  });
});

describe('ctrlflow snapshot of Azure and GCP', () => {
  it('writes what a live scan read so that scanning the snapshot gives the same results', async () => {
    const content = await azureContent();
    let asked = '';
    nock('https://management.azure.com')
      .post('/providers/Microsoft.ResourceGraph/resources', (b: { query: string }) => ((asked = b.query), true))
      .query(true)
      .times(content.types)
      .reply(200, () => demoRowsFor(asked));
    const recorder = new SnapshotRecorder();
    const live = await scanCloud('azure', recorder.wrap(openAzure({ credential, subscriptions: [DEMO_SUBSCRIPTION] })));
    const root = tempDir();
    expect(await recorder.write(root)).toEqual({ calls: content.types, targets: 1, errors: 0 });
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
