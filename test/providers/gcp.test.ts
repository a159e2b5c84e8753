import { googleAuthLibrary } from 'google-gax';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openGcp, type GcpAuthClient } from '../../src/providers/gcp/cloud-asset.js';
import { openSnapshot } from '../../src/providers/snapshot/index.js';
import { SnapshotRecorder } from '../../src/providers/snapshot/write.js';
import { TargetReadError, type ApiCall } from '../../src/providers/types.js';
import { tempDir } from '../helpers/cli.js';

const API = 'https://cloudasset.googleapis.com';
const BUCKETS: ApiCall = { service: 'CloudAsset', method: 'ListAssets', params: { assetTypes: ['storage.googleapis.com/Bucket'] } };

/** A static token: tests never reach Google's token endpoint or the metadata server. */
function stubAuth(): GcpAuthClient {
  const client = new googleAuthLibrary.OAuth2Client();
  client.setCredentials({ access_token: 'stub-token', expiry_date: Date.now() + 3_600_000 });
  return client as unknown as GcpAuthClient;
}

const bucket = (project: string, name: string, data: object = {}) => ({
  name: `//storage.googleapis.com/${name}`,
  assetType: 'storage.googleapis.com/Bucket',
  resource: {
    version: 'v1',
    discoveryName: 'Bucket',
    parent: `//cloudresourcemanager.googleapis.com/projects/${project}`,
    location: 'eu',
    data: { name, iamConfiguration: { uniformBucketLevelAccess: { enabled: true } }, labels: { env: 'prod' }, ...data },
  },
  updateTime: '2026-11-01T10:00:00.000Z',
});
const policy = (name: string, members: string[]) => ({
  name: `//storage.googleapis.com/${name}`,
  assetType: 'storage.googleapis.com/Bucket',
  iamPolicy: { version: 1, bindings: [{ role: 'roles/storage.objectViewer', members }], etag: 'BwU=' },
  updateTime: '2026-11-01T10:00:00Z',
});

/** Is this listAssets request for RESOURCE (1) or IAM_POLICY (2) content? The REST transport may send the enum by name or number. */
const content = (q: Record<string, unknown>) => (String(q.contentType) === 'RESOURCE' || String(q.contentType) === '1' ? 'RESOURCE' : 'IAM_POLICY');

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('GCP Cloud Asset provider (REST transport)', () => {
  it('pages listAssets to the end (3 pages) and joins IAM policies onto resources', async () => {
    const seen: string[] = [];
    const scope = nock(API, { reqheaders: { authorization: 'Bearer stub-token' } })
      .get('/v1/projects/p1/assets')
      .query((q) => (seen.push(`${content(q)} ${String(q.pageToken ?? '-')} ${String(q.assetTypes)} ${String(q.pageSize)}`), content(q) === 'RESOURCE' && !q.pageToken))
      .reply(200, { assets: [bucket('p1', 'b1')], nextPageToken: 'page-2' })
      .get('/v1/projects/p1/assets')
      .query((q) => content(q) === 'RESOURCE' && q.pageToken === 'page-2')
      .reply(200, { assets: [bucket('p1', 'b2')], nextPageToken: 'page-3' })
      .get('/v1/projects/p1/assets')
      .query((q) => content(q) === 'RESOURCE' && q.pageToken === 'page-3')
      .reply(200, { assets: [bucket('p1', 'b3', { iamConfiguration: { uniformBucketLevelAccess: { enabled: false } } })] })
      .get('/v1/projects/p1/assets')
      .query((q) => content(q) === 'IAM_POLICY')
      .reply(200, { assets: [policy('b2', ['allUsers'])] });
    const gcp = openGcp({ projects: ['p1'], authClient: stubAuth() });
    expect(await gcp.targets('gcp')).toEqual([{ provider: 'gcp', account: 'p1', region: 'global' }]);
    const items = await gcp.list({ provider: 'gcp', account: 'p1', region: 'global' }, BUCKETS);
    expect(scope.isDone()).toBe(true);
    expect(seen[0]).toBe('RESOURCE - storage.googleapis.com/Bucket 1000');
    expect(items.map((i) => i.name)).toEqual(['//storage.googleapis.com/b1', '//storage.googleapis.com/b2', '//storage.googleapis.com/b3']);
    expect(items[0]).toEqual(bucket('p1', 'b1'));
    expect(items[1]).toEqual({ ...bucket('p1', 'b2'), iamPolicy: policy('b2', ['allUsers']).iamPolicy });
    expect(gcp.requests()).toEqual({ 'CloudAsset.ListAssets': 4 });
  });

  it('makes a project without permission ERROR while another project stands', async () => {
    nock(API)
      .get('/v1/projects/p1/assets')
      .query(true)
      .times(2)
      .reply(200, { assets: [] })
      .get('/v1/projects/p2/assets')
      .query(true)
      .times(2)
      .reply(403, { error: { code: 403, message: "The caller does not have permission", status: 'PERMISSION_DENIED' } });
    const gcp = openGcp({ projects: ['p1', 'projects/p2'], authClient: stubAuth() });
    const [readable, unreadable] = await Promise.allSettled(['p1', 'p2'].map((account) => gcp.list({ provider: 'gcp', account, region: 'global' }, BUCKETS)));
    expect(readable).toEqual({ status: 'fulfilled', value: [] });
    const error = (unreadable as PromiseRejectedResult).reason as TargetReadError;
    expect(error).toBeInstanceOf(TargetReadError);
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.message).toContain('The caller does not have permission');
  });

  it('scans each ACTIVE project under a folder as its own target: one unreadable project is ERROR, its siblings stand', async () => {
    const projectAsset = (number: number, projectId: string, lifecycleState = 'ACTIVE') => ({
      name: `//cloudresourcemanager.googleapis.com/projects/${number}`,
      assetType: 'cloudresourcemanager.googleapis.com/Project',
      resource: { version: 'v1', discoveryName: 'Project', data: { projectNumber: String(number), projectId, lifecycleState } },
    });
    let listing = '';
    nock(API)
      .get('/v1/folders/123/assets')
      .query((q) => ((listing = `${content(q)} ${String(q.assetTypes)}`), true))
      .reply(200, { assets: [projectAsset(1, 'team-alpha'), projectAsset(2, 'team-beta')], nextPageToken: 'more' })
      .get('/v1/folders/123/assets')
      .query((q) => q.pageToken === 'more')
      .reply(200, { assets: [projectAsset(3, 'team-locked'), projectAsset(4, 'team-gone', 'DELETE_REQUESTED'), projectAsset(5, '../../escape')] })
      .get('/v1/projects/team-alpha/assets')
      .query(true)
      .times(2)
      .reply(200, { assets: [bucket('team-alpha', 'alpha-logs')] })
      .get('/v1/projects/team-beta/assets')
      .query(true)
      .times(2)
      .reply(200, {})
      .get('/v1/projects/team-locked/assets')
      .query(true)
      .times(2)
      .reply(403, { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } });
    const gcp = openGcp({ folders: ['123'], projects: ['team-beta'], authClient: stubAuth() });
    const targets = await gcp.targets('gcp');
    expect(listing).toBe('RESOURCE cloudresourcemanager.googleapis.com/Project');
    // --gcp-project first, then the folder's projects in listing order; team-beta once.
    expect(targets.map((t) => t.account)).toEqual(['team-beta', 'team-alpha', 'team-locked']);
    const outcomes = await Promise.allSettled(targets.map((t) => gcp.list(t, BUCKETS)));
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value.map((b) => b.name) : (o.reason as TargetReadError).code))).toEqual([
      [],
      ['//storage.googleapis.com/alpha-logs'],
      'PERMISSION_DENIED',
    ]);
  });

  it('keeps a folder whose projects cannot be listed as one target, ERROR with the listing\'s code', async () => {
    nock(API)
      .get('/v1/organizations/456/assets')
      .query(true)
      .reply(403, { error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' } });
    nock(API).get('/v1/projects/p1/assets').query(true).times(2).reply(200, {});
    const gcp = openGcp({ organizations: ['456'], projects: ['p1'], authClient: stubAuth() });
    const targets = await gcp.targets('gcp');
    expect(targets.map((t) => t.account)).toEqual(['p1', 'organizations/456']);
    expect(await gcp.list(targets[0]!, BUCKETS)).toEqual([]);
    await expect(gcp.list(targets[1]!, BUCKETS)).rejects.toMatchObject({
      name: 'TargetReadError',
      code: 'PERMISSION_DENIED',
      message: 'could not list the projects of organizations/456: The caller does not have permission',
    });
  });

  it('pages searchAllResources for a query, and a snapshot answers it from its own recording', async () => {
    const result = (name: string, state: string) => ({
      name: `//compute.googleapis.com/projects/p1/zones/europe-west1-b/instances/${name}`,
      assetType: 'compute.googleapis.com/Instance',
      project: 'projects/123',
      displayName: name,
      location: 'europe-west1-b',
      labels: { env: 'prod' },
      state,
      additionalAttributes: { externalIPs: ['203.0.113.7'] },
    });
    const seen: string[] = [];
    nock(API)
      .get('/v1/projects/p1:searchAllResources')
      .query((q) => (seen.push(`${String(q.query)} ${String(q.assetTypes)} ${String(q.pageToken ?? '-')}`), !q.pageToken))
      .reply(200, { results: [result('web-1', 'RUNNING')], nextPageToken: 'n2' })
      .get('/v1/projects/p1:searchAllResources')
      .query((q) => q.pageToken === 'n2')
      .reply(200, { results: [result('web-2', 'RUNNING')] });
    const call: ApiCall = { service: 'CloudAsset', method: 'SearchAllResources', params: { query: 'state:RUNNING', assetTypes: ['compute.googleapis.com/Instance'] } };
    const recorder = new SnapshotRecorder();
    const gcp = recorder.wrap(openGcp({ projects: ['p1'], authClient: stubAuth() }));
    const items = await gcp.list({ provider: 'gcp', account: 'p1', region: 'global' }, call);
    expect(items).toEqual([result('web-1', 'RUNNING'), result('web-2', 'RUNNING')]);
    expect(seen[0]).toBe('state:RUNNING compute.googleapis.com/Instance -');
    const root = tempDir();
    await recorder.write(root);
    expect(await openSnapshot(root).list({ provider: 'gcp', account: 'p1', region: 'global' }, call)).toEqual(items);
  });

  it('asks for a scope rather than guess one', async () => {
    await expect(openGcp({ authClient: stubAuth() }).targets('gcp')).rejects.toThrow('name the GCP scope to scan: --gcp-project, --gcp-folder or --gcp-organization');
  });

  it('joins ORG_POLICY content onto the project asset by name when a node asks for it', async () => {
    const project = {
      name: '//cloudresourcemanager.googleapis.com/projects/123',
      assetType: 'cloudresourcemanager.googleapis.com/Project',
      resource: { version: 'v1', discoveryName: 'Project', parent: '//cloudresourcemanager.googleapis.com/folders/9', data: { projectId: 'p1', lifecycleState: 'ACTIVE' } },
      updateTime: '2026-11-01T10:00:00.000Z',
    };
    const orgPolicy = [
      { constraint: 'constraints/compute.requireOsLogin', booleanPolicy: { enforced: true }, etag: 'BwU=', updateTime: '2026-10-01T00:00:00.000Z' },
      { constraint: 'constraints/iam.allowedPolicyMemberDomains', listPolicy: { allowedValues: ['C0abc'] } },
    ];
    const asked: string[] = [];
    const kind = (q: Record<string, unknown>) => ({ '1': 'RESOURCE', '2': 'IAM_POLICY', '4': 'ORG_POLICY' })[String(q.contentType)] ?? String(q.contentType);
    const listing = (content: string, body: object) =>
      nock(API)
        .get('/v1/projects/p1/assets')
        .query((q) => kind(q) === content && asked.push(`${content} ${String(q.assetTypes)}`) > 0)
        .reply(200, body);
    listing('RESOURCE', { assets: [project] });
    listing('IAM_POLICY', {});
    listing('ORG_POLICY', { assets: [{ name: project.name, assetType: project.assetType, orgPolicy, updateTime: '2026-11-01T11:00:00Z' }] });
    const call: ApiCall = { service: 'CloudAsset', method: 'ListAssets', params: { assetTypes: ['cloudresourcemanager.googleapis.com/Project'], contentType: 'ORG_POLICY' } };
    const recorder = new SnapshotRecorder();
    const gcp = recorder.wrap(openGcp({ projects: ['p1'], authClient: stubAuth() }));
    const items = await gcp.list({ provider: 'gcp', account: 'p1', region: 'global' }, call);
    expect(asked.sort()).toEqual(['IAM_POLICY cloudresourcemanager.googleapis.com/Project', 'ORG_POLICY cloudresourcemanager.googleapis.com/Project', 'RESOURCE cloudresourcemanager.googleapis.com/Project']);
    expect(items).toEqual([{ ...project, orgPolicy }]);
    // The snapshot holds the joined asset; a listing without ORG_POLICY gets it without orgPolicy, as live.
    const root = tempDir();
    await recorder.write(root);
    const snapshot = openSnapshot(root);
    expect(await snapshot.list({ provider: 'gcp', account: 'p1', region: 'global' }, call)).toEqual(items);
    expect(await snapshot.list({ provider: 'gcp', account: 'p1', region: 'global' }, { ...call, params: { assetTypes: call.params.assetTypes } })).toEqual([project]);
  });

  it('joins OS_INVENTORY content (what the OS Config agent reports) onto VM instances by name', async () => {
    const vm = {
      name: '//compute.googleapis.com/projects/p1/zones/europe-west1-b/instances/web-1',
      assetType: 'compute.googleapis.com/Instance',
      resource: { version: 'v1', discoveryName: 'Instance', data: { name: 'web-1', status: 'RUNNING' } },
    };
    const osInventory = {
      osInfo: { shortName: 'debian', version: '12', hostname: 'web-1' },
      items: { 'availablePackage:openssl': { id: 'availablePackage:openssl', type: 'AVAILABLE_PACKAGE', availablePackage: { aptPackage: { packageName: 'openssl', version: '3.0.15-1~deb12u1' } } } },
      updateTime: '2026-11-01T06:00:00.000Z',
    };
    const kind = (q: Record<string, unknown>) => ({ '1': 'RESOURCE', '2': 'IAM_POLICY', '6': 'OS_INVENTORY' })[String(q.contentType)] ?? String(q.contentType);
    const listing = (content: string, body: object) =>
      nock(API)
        .get('/v1/projects/p1/assets')
        .query((q) => kind(q) === content)
        .reply(200, body);
    listing('RESOURCE', { assets: [vm] });
    listing('IAM_POLICY', {});
    listing('OS_INVENTORY', { assets: [{ name: vm.name, assetType: vm.assetType, osInventory }] });
    const call: ApiCall = { service: 'CloudAsset', method: 'ListAssets', params: { assetTypes: ['compute.googleapis.com/Instance'], contentType: 'OS_INVENTORY' } };
    const items = await openGcp({ projects: ['p1'], authClient: stubAuth() }).list({ provider: 'gcp', account: 'p1', region: 'global' }, call);
    expect(items).toEqual([{ ...vm, osInventory }]);
    expect(nock.isDone()).toBe(true);
  });
});
