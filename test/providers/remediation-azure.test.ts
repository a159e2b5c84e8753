import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openAzure } from '../../src/providers/azure/resource-graph.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionCallError, type ApiCall, type Target } from '../../src/providers/types.js';
import { cli, readReport, REPO, tempDir } from '../helpers/cli.js';
import { remediateDemo } from '../helpers/demo-plan.js';

const ARM = 'https://management.azure.com';
const S = '00000000-0000-0000-0000-0000000000a1';
const TARGET: Target = { provider: 'azure', account: S, region: 'global' };
const accountPath = (name: string) => `/subscriptions/${S}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/${name}`;

/** A static token: tests never reach Entra ID. The CLI's DefaultAzureCredential is this stub too. */
const credential = { getToken: async () => ({ token: 'stub-token', expiresOnTimestamp: Date.now() + 3_600_000 }) };
vi.mock('@azure/identity', async (original) => ({
  ...(await original<typeof import('@azure/identity')>()),
  DefaultAzureCredential: class {
    getToken = credential.getToken;
  },
}));
const open = () => openAzure({ credential, subscriptions: [S], retry: { maxRetries: 2, retryDelayInMs: 1, maxRetryDelayInMs: 5 } });
const patch = (path: string, body: object): ApiCall => ({ service: 'ARM', method: 'PATCH', params: { path, apiVersion: '2023-05-01', body } });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('Azure act (ARM REST through the SDK pipeline)', () => {
  it('sends METHOD path?api-version with the JSON body and the bearer token, and counts it', async () => {
    let sent: unknown;
    const scope = nock(ARM, { reqheaders: { authorization: 'Bearer stub-token', 'content-type': 'application/json' } })
      .patch(accountPath('st1'), (b) => ((sent = b), true))
      .query({ 'api-version': '2023-05-01' })
      .reply(200, { id: accountPath('st1'), properties: { allowBlobPublicAccess: false } });
    const azure = open();
    const outcome = await azure.act(TARGET, patch(accountPath('st1'), { properties: { allowBlobPublicAccess: false } }));
    expect(scope.isDone()).toBe(true);
    expect(sent).toEqual({ properties: { allowBlobPublicAccess: false } });
    expect(outcome).toEqual({ output: { id: accountPath('st1'), properties: { allowBlobPublicAccess: false } }, changed: true });
    expect(azure.requests()).toEqual({ 'ARM.PATCH': 1 });
  });

  it('retries a 429 and counts each attempt', async () => {
    nock(ARM).patch(accountPath('st1')).query(true).reply(429, { error: { code: 'TooManyRequests', message: 'slow down' } }, { 'Retry-After': '0' });
    nock(ARM).patch(accountPath('st1')).query(true).reply(200, {});
    const azure = open();
    expect(await azure.act(TARGET, patch(accountPath('st1'), {}))).toEqual({ output: {}, changed: true });
    expect(azure.requests()).toEqual({ 'ARM.PATCH': 2 });
  });

  it("throws ARM's error code and message", async () => {
    nock(ARM)
      .patch(accountPath('st1'))
      .query(true)
      .reply(403, { error: { code: 'AuthorizationFailed', message: "The client 'ci' does not have authorization to perform action 'Microsoft.Storage/storageAccounts/write'." } });
    const error = await open().act(TARGET, patch(accountPath('st1'), {})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionCallError);
    expect(error).toMatchObject({ code: 'AuthorizationFailed', message: expect.stringContaining("does not have authorization to perform action 'Microsoft.Storage/storageAccounts/write'") });
  });

  it('refuses a path in another subscription than the target, and a call that is not ARM', async () => {
    const other = '/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/x';
    await expect(open().act(TARGET, patch(other, {}))).rejects.toMatchObject({ code: 'WrongSubscription' });
    await expect(open().act(TARGET, { service: 'ResourceGraph', method: 'Resources', params: {} })).rejects.toMatchObject({ code: 'UnsupportedCall' });
  });

  it('honours the endpoint (a sovereign cloud)', async () => {
    const scope = nock('https://management.chinacloudapi.cn').delete(accountPath('st1')).query({ 'api-version': '2023-05-01' }).reply(204);
    const azure = openAzure({ credential, endpoint: 'https://management.chinacloudapi.cn' });
    expect(await azure.act(TARGET, { service: 'ARM', method: 'DELETE', params: { path: accountPath('st1'), apiVersion: '2023-05-01' } })).toEqual({ output: {}, changed: true });
    expect(scope.isDone()).toBe(true);
  });
});

const DEMO = '00000000-0000-0000-0000-000000000001';
const demoAccounts = (
  JSON.parse(readFileSync(join(REPO, 'examples/demo-inventory/azure', DEMO, 'global/ResourceGraph.Resources.json'), 'utf8')) as { data: { id: string; type: string; properties: object }[] }
).data.filter((r) => r.type === 'microsoft.storage/storageaccounts');
const page = (rows: object[]) => ({ totalRecords: rows.length, count: rows.length, resultTruncated: 'false', data: rows });
const KQL = "Resources | where type =~ 'microsoft.storage/storageaccounts' | order by id asc";
const name = (id: string) => id.split('/').pop();

describe('ctrlflow scan --remediate on live Azure (Resource Graph and ARM mocked at HTTP)', () => {
  it('PATCHes each failing storage account once, none of the passing ones, and the re-evaluation reports them fixed', async () => {
    const fixed = demoAccounts.map((a) => ({ ...a, properties: { ...a.properties, allowBlobPublicAccess: false } }));
    const queries: string[] = [];
    const graph = nock(ARM)
      .post('/providers/Microsoft.ResourceGraph/resources')
      .query({ 'api-version': '2024-04-01' })
      .times(2)
      .reply(200, () => page(queries.length === 1 ? demoAccounts : fixed));
    graph.on('request', (_req: Request, _interceptor: unknown, body: string) => queries.push((JSON.parse(body) as { query: string }).query));
    const patches: { path: string; body: unknown }[] = [];
    const writes = nock(ARM, { reqheaders: { authorization: 'Bearer stub-token' } })
      .patch(/\/providers\/Microsoft\.Storage\/storageAccounts\/[a-z0-9]+$/)
      .query({ 'api-version': '2023-05-01' })
      .times(5)
      .reply(200, {});
    writes.on('request', (req: Request, _interceptor: unknown, body: string) => {
      const url = new URL(req.url);
      patches.push({ path: `${url.pathname}${url.search}`, body: JSON.parse(body) });
    });
    const out = tempDir();

    const run = await cli('scan', '--only', 'AZ-STG-001', '--azure-subscription', DEMO, '--remediate', '--yes', '--format', 'json', '--out', out, '--fail-on', 'none');
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);

    const failing = ['stpublicassets', 'stlegacy'];
    const pathOf = (account: string) => `${demoAccounts.find((a) => name(a.id) === account)!.id}?api-version=2023-05-01`;
    expect(patches.sort((a, b) => a.path.localeCompare(b.path))).toEqual(
      failing.sort().map((account) => ({ path: pathOf(account), body: { properties: { allowBlobPublicAccess: false } } })),
    );
    // The scan's query, then the re-evaluation's (asked afresh, not the scan's batch again).
    expect(queries).toEqual([KQL, KQL]);
    const report = readReport(out);
    const results = report.results.filter((r) => r.controlId === 'AZ-STG-001');
    expect(results.map((r) => [name(r.resourceId!), r.status, r.actions?.[0]?.status, r.actions?.[0]?.outcome]).sort()).toEqual(
      [
        ['stbackup', 'PASS', undefined, undefined],
        ['stdevdata', 'PASS', undefined, undefined],
        ['stlegacy', 'PASS', 'applied', 'fixed'],
        ['stprodlogs', 'PASS', undefined, undefined],
        ['stpublicassets', 'PASS', 'applied', 'fixed'],
      ].sort(),
    );
    expect(report.remediation).toMatchObject({ applied: 2, failed: 0, fixed: 2, stillFailing: 0 });
    const audit = readFileSync(join(out, 'ctrlflow-audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { event: string; outcome?: string; call: object });
    expect(audit.map((e) => [e.event, e.outcome ?? ''])).toEqual([['started', ''], ['finished', 'succeeded'], ['started', ''], ['finished', 'succeeded']]);
    expect(audit[0]!.call).toEqual({ via: 'azure', service: 'ARM', method: 'PATCH' });
  });
});

describe('the bundled AZ-STG-002 remediation', () => {
  it('PATCHes supportsHttpsTrafficOnly on the one account that accepts HTTP', async () => {
    const patches: { path: string; body: unknown }[] = [];
    const writes = nock(ARM).patch(/storageAccounts/).query(true).times(5).reply(200, {});
    writes.on('request', (req: Request, _interceptor: unknown, body: string) => {
      const url = new URL(req.url);
      patches.push({ path: `${url.pathname}${url.search}`, body: JSON.parse(body) });
    });
    const azure = openAzure({ credential, subscriptions: [DEMO] });
    const plan = await remediateDemo('AZ-STG-002', azure);
    expect(patches).toEqual([
      {
        path: `/subscriptions/${DEMO}/resourceGroups/rg-legacy/providers/Microsoft.Storage/storageAccounts/stlegacy?api-version=2023-05-01`,
        body: { properties: { supportsHttpsTrafficOnly: true } },
      },
    ]);
    expect(plan.runnable.map((r) => r.records[0]!.status)).toEqual(['applied']);
    expect(azure.requests()).toEqual({ 'ARM.PATCH': 1 });
  });
});
