import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { googleAuthLibrary } from 'google-gax';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../../src/engine/scan.js';
import { loadCatalog } from '../../src/load/catalog.js';
import type { Result } from '../../src/model/result.js';
import { openAzure } from '../../src/providers/azure/resource-graph.js';
import { byVia } from '../../src/providers/by-via.js';
import { withCallCache } from '../../src/providers/call-cache.js';
import { openGcp } from '../../src/providers/gcp/cloud-asset.js';
import { openSnapshot } from '../../src/providers/snapshot/index.js';
import { SnapshotRecorder } from '../../src/providers/snapshot/write.js';
import type { InventoryProvider } from '../../src/providers/types.js';
import { REPO, tempDir } from '../helpers/cli.js';

const ARM = 'https://management.azure.com';
const S1 = '00000000-0000-0000-0000-0000000000a1';
const S2 = '00000000-0000-0000-0000-0000000000b2';
const credential = { getToken: async () => ({ token: 'stub-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };
const page = (rows: object[], skipToken?: string) => ({ totalRecords: rows.length, count: rows.length, resultTruncated: 'false', data: rows, ...(skipToken ? { $skipToken: skipToken } : {}) });
const plan = (s: string, name: string, tier: string) => ({ id: `/subscriptions/${s}/providers/Microsoft.Security/pricings/${name}`, name, type: 'microsoft.security/pricings', subscriptionId: s, properties: { pricingTier: tier } });
const vault = (s: string, name: string) => ({ id: `/subscriptions/${s}/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/${name}`, name, type: 'microsoft.keyvault/vaults', subscriptionId: s, properties: {} });
const diagnostics = (s: string, name: string) => `${vault(s, name).id}/providers/Microsoft.Insights/diagnosticSettings`;
const alerts = (s: string) => `/subscriptions/${s}/providers/Microsoft.Insights/activityLogAlerts`;
const alert = (s: string, name: string, enabled: boolean) => ({ id: `${alerts(s)}/${name}`, name, properties: { enabled } });

/** Resource Graph by table and type, as it would filter the rows of both subscriptions. */
function graphRows(query: string): object {
  if (query.startsWith("SecurityResources | where type =~ 'microsoft.security/pricings'")) {
    return page([plan(S1, 'VirtualMachines', 'Standard'), plan(S1, 'KeyVaults', 'Free'), plan(S2, 'VirtualMachines', 'Free')]);
  }
  if (query.startsWith("Resources | where type =~ 'microsoft.keyvault/vaults'")) return page([vault(S1, 'kv-logged'), vault(S1, 'kv-bare'), vault(S1, 'kv-denied'), vault(S2, 'kv-other')]);
  throw new Error(`unexpected query ${query}`);
}

function mockAzure(): void {
  let asked = '';
  nock(ARM)
    .post('/providers/Microsoft.ResourceGraph/resources', (b: { query: string }) => ((asked = b.query), true))
    .query(true)
    .times(2)
    .reply(200, () => graphRows(asked))
    .get(diagnostics(S1, 'kv-logged'))
    .query({ 'api-version': '2021-05-01-preview' })
    .reply(200, { value: [{ id: 'ds-1', name: 'to-workspace', properties: { logs: [{ categoryGroup: 'audit', enabled: true }] } }] })
    .get(diagnostics(S1, 'kv-bare'))
    .query(true)
    .reply(404, { error: { code: 'ResourceNotFound', message: 'not found' } })
    .get(diagnostics(S1, 'kv-denied'))
    .query(true)
    .reply(403, { error: { code: 'AuthorizationFailed', message: 'no access to kv-denied' } })
    .get(diagnostics(S2, 'kv-other'))
    .query(true)
    .reply(200, { value: [] })
    .get(alerts(S1))
    .query({ 'api-version': '2020-10-01' })
    .reply(200, { value: [alert(S1, 'policy-writes', true)], nextLink: `${ARM}${alerts(S1)}?api-version=2020-10-01&%24skiptoken=2` })
    .get(alerts(S1))
    .query({ 'api-version': '2020-10-01', $skiptoken: '2' })
    .reply(200, { value: [alert(S1, 'old', false)] })
    .get(alerts(S2))
    .query(true)
    .reply(403, { error: { code: 'AuthorizationFailed', message: 'no read of alerts' } });
  nock('https://graph.microsoft.com')
    .get('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy')
    .reply(200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity', id: 'sd', displayName: 'Security Defaults', isEnabled: false });
}

function mockGcp(): void {
  const content = (q: Record<string, unknown>) => ({ '1': 'RESOURCE', '2': 'IAM_POLICY', '4': 'ORG_POLICY' })[String(q.contentType)] ?? String(q.contentType);
  const project = { name: '//cloudresourcemanager.googleapis.com/projects/123', assetType: 'cloudresourcemanager.googleapis.com/Project', resource: { version: 'v1', discoveryName: 'Project', data: { projectId: 'p1' } } };
  nock('https://cloudasset.googleapis.com')
    .get('/v1/projects/p1/assets')
    .query((q) => content(q) === 'RESOURCE')
    .reply(200, { assets: [project] })
    .get('/v1/projects/p1/assets')
    .query((q) => content(q) === 'IAM_POLICY')
    .reply(200, {})
    .get('/v1/projects/p1/assets')
    .query((q) => content(q) === 'ORG_POLICY')
    .reply(200, { assets: [{ name: project.name, assetType: project.assetType, orgPolicy: [{ constraint: 'constraints/compute.requireOsLogin', booleanPolicy: { enforced: true } }] }] });
  nock('https://compute.googleapis.com')
    .get('/compute/v1/projects/p1')
    .reply(200, { kind: 'compute#project', name: 'p1', selfLink: 'https://www.googleapis.com/compute/v1/projects/p1', commonInstanceMetadata: { items: [{ key: 'enable-oslogin', value: 'FALSE' }] }, quotas: [] });
  nock('https://logging.googleapis.com')
    .get('/v2/projects/p1/sinks')
    .reply(200, { sinks: [{ name: 'everything', filter: '' }], nextPageToken: 'n2' })
    .get('/v2/projects/p1/sinks')
    .query({ pageToken: 'n2' })
    .reply(200, { sinks: [{ name: 'errors-only', filter: 'severity>=ERROR' }] });
}

function gcpAuth() {
  const auth = new googleAuthLibrary.OAuth2Client();
  auth.setCredentials({ access_token: 'stub-token', expiry_date: Date.now() + 3_600_000 });
  return auth;
}

async function scan(provider: InventoryProvider): Promise<Result[]> {
  const catalog = await loadCatalog(['test/fixtures/reach'], { cwd: REPO });
  expect(catalog.diagnostics).toEqual([]);
  const { report } = await runScan({ controls: catalog.controls, flows: catalog.flows, provider: withCallCache(provider), overrides: {}, now: new Date('2026-11-01T00:00:00Z'), environment: {}, failOn: 'none' });
  return report.results;
}
const comparable = (r: Result) => ({ ...r, executionId: '', time: '' });
const summary = (results: Result[]) => results.map((r) => `${r.controlId} ${r.account} ${r.resourceId ?? '-'} ${r.status}${r.errorCode ? ` ${r.errorCode}` : ''}`).sort();

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('snapshot of the REST reads (ARM, Graph, GCP REST) and the extra tables and contents', () => {
  it('records a live scan (one request per call and page) so that scanning the snapshot gives the same results', async () => {
    mockAzure();
    mockGcp();
    const azure = openAzure({ credential, subscriptions: [S1, S2], retry: { maxRetries: 0, retryDelayInMs: 1, maxRetryDelayInMs: 1 } });
    const gcp = openGcp({ projects: ['p1'], authClient: gcpAuth() as never });
    const recorder = new SnapshotRecorder();
    const live = await scan(recorder.wrap(byVia({ azure, gcp })));

    expect(summary(live)).toEqual(
      [
        `TEST-AZ-DEF-001 ${S1} /subscriptions/${S1}/providers/Microsoft.Security/pricings/VirtualMachines PASS`,
        `TEST-AZ-DEF-001 ${S1} /subscriptions/${S1}/providers/Microsoft.Security/pricings/KeyVaults FAIL`,
        `TEST-AZ-DEF-001 ${S2} /subscriptions/${S2}/providers/Microsoft.Security/pricings/VirtualMachines FAIL`,
        `TEST-AZ-KV-DIAG ${S1} ${vault(S1, 'kv-logged').id} PASS`,
        `TEST-AZ-KV-DIAG ${S1} ${vault(S1, 'kv-bare').id} FAIL`,
        `TEST-AZ-KV-DIAG ${S1} ${vault(S1, 'kv-denied').id} ERROR AuthorizationFailed`,
        `TEST-AZ-KV-DIAG ${S2} ${vault(S2, 'kv-other').id} FAIL`,
        `TEST-AZ-SUB-ALERTS ${S1} ${alert(S1, 'policy-writes', true).id} PASS`,
        `TEST-AZ-SUB-ALERTS ${S1} ${alert(S1, 'old', false).id} FAIL`,
        `TEST-AZ-SUB-ALERTS ${S2} - ERROR AuthorizationFailed`,
        `TEST-AZ-ENT-SECDEF ${S1} sd FAIL`,
        `TEST-AZ-ENT-SECDEF ${S2} sd FAIL`,
        'TEST-GCP-OSLOGIN p1 https://www.googleapis.com/compute/v1/projects/p1 FAIL',
        'TEST-GCP-SINKS p1 everything PASS',
        'TEST-GCP-SINKS p1 errors-only FAIL',
        'TEST-GCP-ORGPOL p1 //cloudresourcemanager.googleapis.com/projects/123 PASS',
      ].sort(),
    );
    // One request per distinct call and page: Graph once for the tenant, not once per subscription.
    expect({ ...azure.requests(), ...gcp.requests() }).toEqual({ 'ResourceGraph.Resources': 2, 'ARM.GET': 7, 'Graph.GET': 1, 'CloudAsset.ListAssets': 3, 'REST.GET': 3 });

    const root = tempDir();
    await recorder.write(root);
    const replay = await scan(openSnapshot(root));
    expect(replay.map(comparable)).toEqual(live.map(comparable));

    const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
    const arm = read(`azure/${S1}/global/ARM.Get.json`);
    expect(Object.keys(arm)).toEqual(
      [
        `${alerts(S1)}?api-version=2020-10-01`,
        `${diagnostics(S1, 'kv-bare')}?api-version=2021-05-01-preview`,
        `${diagnostics(S1, 'kv-denied')}?api-version=2021-05-01-preview`,
        `${diagnostics(S1, 'kv-logged')}?api-version=2021-05-01-preview`,
      ].sort(),
    );
    expect(arm[`${diagnostics(S1, 'kv-denied')}?api-version=2021-05-01-preview`]).toEqual({ $error: { code: 'AuthorizationFailed', message: 'no access to kv-denied' } });
    expect(arm[`${alerts(S1)}?api-version=2020-10-01`]).toHaveLength(2); // its two pages
    expect(read(`azure/${S2}/global/Graph.Get.json`)).toEqual(read(`azure/${S1}/global/Graph.Get.json`));
    expect(Object.keys(read(`azure/${S1}/global/ResourceGraph.SecurityResources.json`))).toEqual(['totalRecords', 'count', 'resultTruncated', 'data']);
    expect(Object.keys(read('gcp/p1/global/REST.Get.json'))).toEqual(['https://compute.googleapis.com/compute/v1/projects/p1', 'https://logging.googleapis.com/v2/projects/p1/sinks']);
  });
});
