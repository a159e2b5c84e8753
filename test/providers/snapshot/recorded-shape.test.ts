import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSnapshot } from '../../../src/providers/snapshot/index.js';
import type { ApiCall, Target } from '../../../src/providers/types.js';
import { CONTENT, cli, readReport, REPO, tempDir } from '../../helpers/cli.js';

/**
 * A recording that is not the recorded shape of its call is ERROR BadRecording, never "no
 * resources": `{}` where an answer always holds its list, a Resource Graph file without
 * `data`, a Cloud Asset file without `assets`, a page that is not an object. An empty answer
 * recorded as such (`{ "SecurityGroups": [] }`, `{}` of a JSON service that leaves empty
 * lists out) stays an empty answer.
 */
const EAST: Target = { provider: 'aws', account: '111111111111', region: 'us-east-1' };
const call = (service: string, method: string): ApiCall => ({ service, method, params: {} });

function snapshotWith(files: Record<string, unknown>): string {
  const root = tempDir();
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}
const aws = (name: string) => `aws/111111111111/us-east-1/${name}.json`;

describe('AWS recordings are held to the call\'s output shape (from the SDK schema)', () => {
  it.each([
    ['EC2', 'DescribeSecurityGroups', {}, 'EC2.DescribeSecurityGroups always answers with SecurityGroups (an empty answer is { "SecurityGroups": [] }), and this recording has none'],
    ['IAM', 'ListUsers', { IsTruncated: false }, 'IAM.ListUsers always answers with Users (an empty answer is { "Users": [] }), and this recording has none'],
    ['RDS', 'DescribeDBInstances', [{ DBInstances: [{ DBInstanceIdentifier: 'a' }], Marker: 'm' }, {}], 'page 2: RDS.DescribeDBInstances always answers with DBInstances'],
    ['EC2', 'DescribeSecurityGroups', [['sg-1']], 'the answer is a list, not an answer object'],
    ['EC2', 'DescribeSecurityGroups', [{ SecurityGroups: [] }, 'text'], 'page 2 is a string, not an answer object'],
  ])('%s.%s %j is ERROR BadRecording', async (service, method, content, message) => {
    const root = snapshotWith({ [aws(`${service}.${method}`)]: content });
    const error = await openSnapshot(root).list(EAST, call(service, method)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TargetReadError', code: 'BadRecording' });
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).toContain(join(root, aws(`${service}.${method}`)));
  });

  it.each([
    ['EC2', 'DescribeSecurityGroups', { SecurityGroups: [] }],
    ['KMS', 'ListKeys', {}], // JSON 1.1: an empty list may be left out
    ['EFS', 'DescribeFileSystems', {}], // REST-JSON likewise
    ['S3', 'ListBuckets', {}], // REST-XML likewise
  ])('%s.%s %j is an empty answer', async (service, method, content) => {
    const root = snapshotWith({ [aws(`${service}.${method}`)]: content });
    expect(await openSnapshot(root).list(EAST, call(service, method))).toEqual([]);
  });

  it('a Get… answer with no list is one item, as before', async () => {
    const root = snapshotWith({ [aws('EC2.GetEbsEncryptionByDefault')]: { EbsEncryptionByDefault: false } });
    expect(await openSnapshot(root).list(EAST, call('EC2', 'GetEbsEncryptionByDefault'))).toEqual([{ EbsEncryptionByDefault: false }]);
  });
});

describe('Azure and GCP recordings', () => {
  const SUB: Target = { provider: 'azure', account: '00000000-0000-0000-0000-000000000001', region: 'global' };
  const PROJECT: Target = { provider: 'gcp', account: 'my-project', region: 'global' };
  const storage: ApiCall = { service: 'ResourceGraph', method: 'Resources', params: { type: 'microsoft.storage/storageaccounts' } };
  const buckets: ApiCall = { service: 'CloudAsset', method: 'ListAssets', params: { assetTypes: ['storage.googleapis.com/Bucket'] } };

  it('a Resource Graph file without data is ERROR BadRecording; { data: [] } is no resources', async () => {
    const file = `azure/${SUB.account}/global/ResourceGraph.Resources.json`;
    await expect(openSnapshot(snapshotWith({ [file]: {} })).list(SUB, storage)).rejects.toMatchObject({
      code: 'BadRecording',
      message: expect.stringContaining('the answer has no "data" list: a Resource Graph recording is { "data": [rows] } ([] when there are none)'),
    });
    await expect(openSnapshot(snapshotWith({ [file]: { value: [{ id: 'x' }] } })).list(SUB, storage)).rejects.toMatchObject({ code: 'BadRecording' });
    expect(await openSnapshot(snapshotWith({ [file]: { data: [] } })).list(SUB, storage)).toEqual([]);
  });

  it('a Cloud Asset file without assets is ERROR BadRecording; { assets: [] } is no resources', async () => {
    const file = `gcp/${PROJECT.account}/global/CloudAsset.ListAssets.json`;
    await expect(openSnapshot(snapshotWith({ [file]: {} })).list(PROJECT, buckets)).rejects.toMatchObject({
      code: 'BadRecording',
      message: expect.stringContaining('the answer has no "assets" list: a Cloud Asset recording is { "assets": [...] } ([] when there are none)'),
    });
    expect(await openSnapshot(snapshotWith({ [file]: { assets: [] } })).list(PROJECT, buckets)).toEqual([]);
  });
});

describe('a scan over a bad recording', () => {
  it('says ERROR BadRecording for the controls that read it and exits 3, where it said "no resources" and 0', async () => {
    const root = tempDir();
    cpSync(join(REPO, 'test/fixtures/inventories/basic'), root, { recursive: true });
    writeFileSync(join(root, 'aws/111111111111/us-east-1/EC2.DescribeSecurityGroups.json'), '{}');
    const out = tempDir();
    const { code } = await cli('scan', ...CONTENT, '--inventory', root, '--out', out, '--format', 'json', '--only', 'TEST-SG-001');
    expect(code).toBe(3);
    expect(readReport(out).results.map((r) => `${r.controlId} ${r.region} ${r.status} ${r.resourceId ?? r.errorCode}`)).toEqual(['TEST-SG-001 eu-west-1 PASS sg-0e5', 'TEST-SG-001 us-east-1 ERROR BadRecording']);
  }, 20_000);
});
