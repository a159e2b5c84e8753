import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSnapshot } from '../../../src/providers/snapshot/index.js';
import { mappedRequest } from '../../../src/providers/snapshot/layout.js';
import type { ApiCall, Target } from '../../../src/providers/types.js';
import { cli, tempDir } from '../../helpers/cli.js';

const SUB = '00000000-0000-0000-0000-000000000001';
const target: Target = { provider: 'azure', account: SUB, region: 'global' };
const arm = (path: string, apiVersion = '2021-05-01-preview'): ApiCall => ({ service: 'ARM', method: 'Get', params: { path, apiVersion } });

function inventory(files: Record<string, unknown>): string {
  const root = tempDir();
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), JSON.stringify(content));
  }
  return root;
}

describe('REST read recordings (ARM.Get.json, Graph.Get.json, REST.Get.json)', () => {
  it('keys a request as sent: ARM path with api-version, Graph version and path, GCP URL', () => {
    expect(mappedRequest(arm('/subscriptions/s/x'))).toEqual({ file: 'ARM.Get.json', key: '/subscriptions/s/x?api-version=2021-05-01-preview', caseInsensitive: true });
    expect(mappedRequest(arm('/providers/Microsoft.Management/managementGroups?$top=5', '2020-05-01'))?.key).toBe('/providers/Microsoft.Management/managementGroups?$top=5&api-version=2020-05-01');
    expect(mappedRequest({ service: 'Graph', method: 'Get', params: { path: '/users?$select=id', version: 'beta' } })).toEqual({ file: 'Graph.Get.json', key: '/beta/users?$select=id', caseInsensitive: true });
    expect(mappedRequest({ service: 'REST', method: 'Get', params: { url: 'https://logging.googleapis.com/v2/projects/P/sinks' } })).toEqual({ file: 'REST.Get.json', key: 'https://logging.googleapis.com/v2/projects/P/sinks', caseInsensitive: false });
    expect(mappedRequest({ service: 'ResourceGraph', method: 'Resources', params: {} })).toBeUndefined();
  });

  it('answers pages from the map: an object is one page, a list is pages, $error is the error, a missing key is NotRecorded', async () => {
    const root = inventory({
      [`azure/${SUB}/global/ARM.Get.json`]: {
        '/subscriptions/S/ONE?api-version=2021-05-01-preview': { value: [{ id: 'a' }] },
        '/subscriptions/s/pages?api-version=2021-05-01-preview': [{ value: [{ id: 'a' }] }, { value: [{ id: 'b' }] }],
        '/subscriptions/s/denied?api-version=2021-05-01-preview': { $error: { code: 'AuthorizationFailed', message: 'no' } },
        '/subscriptions/s/bad?api-version=2021-05-01-preview': [1, 2],
      },
      'gcp/p1/global/REST.Get.json': { 'https://logging.googleapis.com/v2/projects/p1/sinks': { sinks: [] } },
    });
    const snapshot = openSnapshot(root);
    expect(await snapshot.list(target, arm('/subscriptions/s/one'))).toEqual([{ value: [{ id: 'a' }] }]);
    expect(await snapshot.list(target, arm('/subscriptions/s/pages'))).toEqual([{ value: [{ id: 'a' }] }, { value: [{ id: 'b' }] }]);
    await expect(snapshot.list(target, arm('/subscriptions/s/denied'))).rejects.toMatchObject({ code: 'AuthorizationFailed', message: 'no' });
    await expect(snapshot.list(target, arm('/subscriptions/s/bad'))).rejects.toMatchObject({ code: 'BadRecording' });
    await expect(snapshot.list(target, arm('/subscriptions/s/one', '2024-01-01'))).rejects.toMatchObject({ code: 'NotRecorded', message: expect.stringContaining('/subscriptions/s/one?api-version=2024-01-01') });
    await expect(snapshot.list(target, { service: 'Graph', method: 'Get', params: { path: '/users', version: 'v1.0' } })).rejects.toMatchObject({ code: 'NotRecorded' });
    // GCP URLs are matched as written.
    const gcp: Target = { provider: 'gcp', account: 'p1', region: 'global' };
    expect(await snapshot.list(gcp, { service: 'REST', method: 'Get', params: { url: 'https://logging.googleapis.com/v2/projects/p1/sinks' } })).toEqual([{ sinks: [] }]);
    await expect(snapshot.list(gcp, { service: 'REST', method: 'Get', params: { url: 'https://logging.googleapis.com/v2/projects/P1/sinks' } })).rejects.toMatchObject({ code: 'NotRecorded' });
  });

  it('a map that is not an object is a bad recording', async () => {
    const root = inventory({ [`azure/${SUB}/global/ARM.Get.json`]: [] });
    await expect(openSnapshot(root).list(target, arm('/subscriptions/s/x'))).rejects.toMatchObject({ code: 'BadRecording' });
  });

  it('hand-written test inventories use them: ctrlflow test over the reach fixtures', async () => {
    const { code, stdout } = await cli('test', 'test/fixtures/reach/controls', '--flows', 'test/fixtures/reach/flows');
    expect(stdout.split('\n').pop()).toBe('10 passed, 0 failed');
    expect(code).toBe(0);
  });
});
