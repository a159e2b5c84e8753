import { googleAuthLibrary } from 'google-gax';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openGcp, type GcpAuthClient } from '../../src/providers/gcp/cloud-asset.js';
import { ActionCallError, type ApiCall, type Target } from '../../src/providers/types.js';
import { remediateDemo } from '../helpers/demo-plan.js';

const STORAGE = 'https://storage.googleapis.com';
const TARGET: Target = { provider: 'gcp', account: 'p1', region: 'global' };
const REMOVE: ApiCall = { service: 'IAM', method: 'removeMembers', params: { policyUrl: `${STORAGE}/storage/v1/b/site/iam`, members: ['allUsers', 'allAuthenticatedUsers'] } };

/** A static token: tests never reach Google's token endpoint or the metadata server. */
function stubAuth(): GcpAuthClient {
  const client = new googleAuthLibrary.OAuth2Client();
  client.setCredentials({ access_token: 'stub-token', expiry_date: Date.now() + 3_600_000 });
  return client as unknown as GcpAuthClient;
}
const open = () => openGcp({ projects: ['p1'], authClient: stubAuth() });
const policy = (bindings: object[]) => ({ kind: 'storage#policy', resourceId: 'projects/_/buckets/site', version: 1, etag: 'CAE=', bindings });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('GCP act (REST through the auth client)', () => {
  it('removeMembers reads the policy, then writes it back without the members, empty bindings dropped, with its etag', async () => {
    let written: unknown;
    const scope = nock(STORAGE, { reqheaders: { authorization: 'Bearer stub-token' } })
      .get('/storage/v1/b/site/iam')
      .query({ optionsRequestedPolicyVersion: '3' })
      .reply(200, policy([
        { role: 'roles/storage.objectViewer', members: ['allUsers', 'group:web@example.com'] },
        { role: 'roles/storage.legacyBucketReader', members: ['allAuthenticatedUsers'] },
        { role: 'roles/storage.admin', members: ['user:ops@example.com'] },
      ]))
      .put('/storage/v1/b/site/iam', (b) => ((written = b), true))
      .reply(200, () => ({ ...(written as object), etag: 'CAI=' }));
    const gcp = open();
    const outcome = await gcp.act(TARGET, REMOVE);
    expect(scope.isDone()).toBe(true);
    expect(written).toEqual(policy([
      { role: 'roles/storage.objectViewer', members: ['group:web@example.com'] },
      { role: 'roles/storage.admin', members: ['user:ops@example.com'] },
    ]));
    expect(outcome.changed).toBe(true);
    expect(outcome.output.etag).toBe('CAI=');
    expect(gcp.requests()).toEqual({ 'IAM.GET': 1, 'IAM.PUT': 1 });
  });

  it('removeMembers of members the policy does not have reads only: changed false', async () => {
    const scope = nock(STORAGE).get('/storage/v1/b/site/iam').query(true).reply(200, policy([{ role: 'roles/storage.admin', members: ['user:ops@example.com'] }]));
    const gcp = open();
    expect(await gcp.act(TARGET, REMOVE)).toMatchObject({ changed: false });
    expect(scope.isDone()).toBe(true);
    expect(gcp.requests()).toEqual({ 'IAM.GET': 1 });
  });

  it('a policy changed since it was read fails the write (412 conditionNotMet), nothing is retried over it', async () => {
    nock(STORAGE)
      .get('/storage/v1/b/site/iam')
      .query(true)
      .reply(200, policy([{ role: 'roles/storage.objectViewer', members: ['allUsers'] }]))
      .put('/storage/v1/b/site/iam')
      .reply(412, { error: { code: 412, message: 'At least one of the pre-conditions you specified did not hold.', errors: [{ reason: 'conditionNotMet', message: 'Precondition Failed' }] } });
    const error = await open().act(TARGET, REMOVE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionCallError);
    expect(error).toMatchObject({ code: 'conditionNotMet', message: 'At least one of the pre-conditions you specified did not hold.' });
  });

  it('retries a 503 of the policy write and counts each attempt', async () => {
    nock(STORAGE)
      .get('/storage/v1/b/site/iam')
      .query(true)
      .reply(200, policy([{ role: 'roles/storage.objectViewer', members: ['allUsers'] }]))
      .put('/storage/v1/b/site/iam')
      .reply(503, { error: { code: 503, message: 'Backend Error', errors: [{ reason: 'backendError' }] } })
      .put('/storage/v1/b/site/iam')
      .reply(200, {});
    const gcp = open();
    expect(await gcp.act(TARGET, REMOVE)).toMatchObject({ changed: true });
    expect(gcp.requests()).toEqual({ 'IAM.GET': 1, 'IAM.PUT': 2 });
  });

  it('a refused read is PERMISSION_DENIED', async () => {
    nock(STORAGE).get('/storage/v1/b/site/iam').query(true).reply(403, { error: { code: 403, status: 'PERMISSION_DENIED', message: 'ci@p1.iam.gserviceaccount.com does not have storage.buckets.getIamPolicy access' } });
    await expect(open().act(TARGET, REMOVE)).rejects.toMatchObject({ code: 'PERMISSION_DENIED', message: expect.stringContaining('storage.buckets.getIamPolicy') });
  });

  it('the getIamPolicy/setIamPolicy convention: POST both, the policy under `policy`', async () => {
    let written: unknown;
    const url = 'https://cloudresourcemanager.googleapis.com/v3/projects/p1';
    nock('https://cloudresourcemanager.googleapis.com')
      .post('/v3/projects/p1:getIamPolicy', { options: { requestedPolicyVersion: 3 } })
      .reply(200, { version: 1, etag: 'BwX=', bindings: [{ role: 'roles/viewer', members: ['allUsers', 'user:a@example.com'] }] })
      .post('/v3/projects/p1:setIamPolicy', (b) => ((written = b), true))
      .reply(200, {});
    await open().act(TARGET, { ...REMOVE, params: { policyUrl: `${url}:getIamPolicy`, members: ['allUsers'] } });
    expect(written).toEqual({ policy: { version: 1, etag: 'BwX=', bindings: [{ role: 'roles/viewer', members: ['user:a@example.com'] }] } });
  });

  it('REST: one request with the JSON body; the response is the output', async () => {
    let sent: unknown;
    nock(STORAGE, { reqheaders: { authorization: 'Bearer stub-token' } })
      .patch('/storage/v1/b/site', (b) => ((sent = b), true))
      .reply(200, { name: 'site', iamConfiguration: { publicAccessPrevention: 'enforced' } });
    const gcp = open();
    const body = { iamConfiguration: { publicAccessPrevention: 'enforced' } };
    expect(await gcp.act(TARGET, { service: 'REST', method: 'PATCH', params: { url: `${STORAGE}/storage/v1/b/site`, body } })).toEqual({
      output: { name: 'site', iamConfiguration: { publicAccessPrevention: 'enforced' } },
      changed: true,
    });
    expect(sent).toEqual(body);
    expect(gcp.requests()).toEqual({ 'REST.PATCH': 1 });
  });
});

describe('the bundled GCP-GCS-001 remediation', () => {
  it('per public bucket of the demo: GET the policy, PUT it back without allUsers/allAuthenticatedUsers and with its etag; a policy already clean is read only (no-op)', async () => {
    const requests: string[] = [];
    let written: unknown;
    const storage = nock(STORAGE, { reqheaders: { authorization: 'Bearer stub-token' } })
      .get('/storage/v1/b/ctrlflow-demo-public-site/iam')
      .query({ optionsRequestedPolicyVersion: '3' })
      .reply(200, { ...policy([{ role: 'roles/storage.objectViewer', members: ['allUsers'] }, { role: 'roles/storage.legacyBucketOwner', members: ['projectOwner:ctrlflow-demo'] }]), etag: 'CAU=' })
      .put('/storage/v1/b/ctrlflow-demo-public-site/iam', (b) => ((written = b), true))
      .reply(200, {})
      // Fixed by someone else since the inventory was read.
      .get('/storage/v1/b/ctrlflow-demo-legacy/iam')
      .query({ optionsRequestedPolicyVersion: '3' })
      .reply(200, policy([{ role: 'roles/storage.legacyBucketOwner', members: ['projectOwner:ctrlflow-demo'] }]));
    storage.on('request', (req: Request) => requests.push(`${req.method} ${new URL(req.url).pathname}`));
    const gcp = openGcp({ projects: ['ctrlflow-demo'], authClient: stubAuth() });
    const plan = await remediateDemo('GCP-GCS-001', gcp);

    expect(storage.isDone()).toBe(true);
    expect(requests.sort()).toEqual([
      'GET /storage/v1/b/ctrlflow-demo-legacy/iam',
      'GET /storage/v1/b/ctrlflow-demo-public-site/iam',
      'PUT /storage/v1/b/ctrlflow-demo-public-site/iam',
    ]);
    expect(written).toEqual({ ...policy([{ role: 'roles/storage.legacyBucketOwner', members: ['projectOwner:ctrlflow-demo'] }]), etag: 'CAU=' });
    expect(plan.runnable.map((r) => [r.resourceId, r.records[0]!.status]).sort()).toEqual([
      ['//storage.googleapis.com/ctrlflow-demo-legacy', 'no-op'],
      ['//storage.googleapis.com/ctrlflow-demo-public-site', 'applied'],
    ]);
    expect(gcp.requests()).toEqual({ 'IAM.GET': 2, 'IAM.PUT': 1 });
  });
});
