import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../helpers/cli.js';

/**
 * `ctrlflow snapshot` that read nothing is never a snapshot: with no credentials, or a scope
 * that lists no account or project, it exits 3 with one line saying why, prints no
 * "written to" line and leaves no folder a later `scan --inventory` would read as "no resources".
 */
const saved = { ...process.env };
beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  process.env = { ...saved };
});
afterAll(() => nock.enableNetConnect());

/** Nothing of this machine's own cloud setup may answer: no keys, no files, no metadata service. */
function noCloudCredentials(): void {
  for (const name of Object.keys(process.env)) if (/^(AWS_|AZURE_|GOOGLE_|GCLOUD_|CLOUDSDK_)/.test(name)) delete process.env[name];
  Object.assign(process.env, { AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent', AWS_REGION: 'us-east-1' });
}

describe('ctrlflow snapshot that recorded nothing', () => {
  it('no AWS credentials: exit 3, one line saying so, no folder', async () => {
    noCloudCredentials();
    const out = join(tempDir(), 'snap');
    const { code, stdout, stderr } = await cli('snapshot', '--cloud', 'aws', '--only', 'AWS-EC2-001', '--out', out);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^error snapshot: nothing was recorded: could not use the default credentials \(CredentialsProviderError: .+\); check the AWS credentials, profile or role; nothing was written to .+\/snap$/);
    expect(existsSync(out)).toBe(false);
  });

  it('a GCP folder with no ACTIVE project: exit 3, one line saying the scope gave no target, no folder', async () => {
    noCloudCredentials();
    // Application default credentials of an authorized user: the token comes from the (mocked) OAuth endpoint.
    const adc = join(tempDir(), 'adc.json');
    writeFileSync(adc, JSON.stringify({ type: 'authorized_user', client_id: 'cid', client_secret: 'csecret', refresh_token: 'rtoken' }));
    Object.assign(process.env, { GOOGLE_APPLICATION_CREDENTIALS: adc, GOOGLE_CLOUD_PROJECT: 'ci-project' });
    nock('https://oauth2.googleapis.com').persist().post('/token').reply(200, { access_token: 'stub-token', token_type: 'Bearer', expires_in: 3600 });
    let listed = 0;
    nock('https://cloudasset.googleapis.com', { reqheaders: { authorization: 'Bearer stub-token' } })
      .get('/v1/folders/123/assets')
      .query(true)
      .reply(() => {
        listed += 1;
        // The folder's only project is being deleted: not a target.
        return [200, { assets: [{ name: '//cloudresourcemanager.googleapis.com/projects/9', assetType: 'cloudresourcemanager.googleapis.com/Project', resource: { data: { projectNumber: '9', projectId: 'team-gone', lifecycleState: 'DELETE_REQUESTED' } } }] }];
      });
    const out = join(tempDir(), 'snap');
    const { code, stdout, stderr } = await cli('snapshot', '--cloud', 'gcp', '--gcp-folder', '123', '--out', out);
    expect(listed).toBe(1);
    expect({ code, stdout, stderr }).toEqual({
      code: 3,
      stdout: '',
      stderr: `error snapshot: nothing was recorded: the live gcp scope gave no account, subscription or project to read (check the credentials and the scope flags); nothing was written to ${out}`,
    });
    expect(existsSync(out)).toBe(false);
  });
});
