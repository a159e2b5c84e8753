import { createRequire } from 'node:module';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../../src/engine/scan.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { openAws } from '../../src/providers/aws/live.js';
import { withCallCache } from '../../src/providers/call-cache.js';
import { form, identity, queryReply } from '../helpers/aws-wire.js';
import { REPO } from '../helpers/cli.js';

/**
 * Client packages are loaded when a call of their service is made, not before: what this
 * process has loaded is in Node's module cache (an SDK client is CommonJS, imported or not).
 * Each test file runs in its own process, so nothing else loaded them here first.
 */
const cache = createRequire(import.meta.url).cache;
const loaded = (pkg: string): boolean => Object.keys(cache).some((file) => file.includes(`/node_modules/${pkg}/`));

beforeAll(() => nock.disableNetConnect());
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('AWS SDK clients, loaded lazily', () => {
  it('a scan of EC2 flows loads the EC2 client and not IAM; an IAM read then loads IAM', async () => {
    expect([loaded('@aws-sdk/client-ec2'), loaded('@aws-sdk/client-iam'), loaded('@aws-sdk/client-s3')]).toEqual([false, false, false]);

    identity('111111111111');
    nock('https://ec2.us-east-1.amazonaws.com')
      .post('/', (b) => form(b).Action === 'DescribeSecurityGroups')
      .reply(200, '<DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><securityGroupInfo/></DescribeSecurityGroupsResponse>');
    const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
    const controls = catalog.controls.filter((c) => c.control.id.startsWith('AWS-EC2-00') && c.control.id <= 'AWS-EC2-003');
    const aws = openAws({ credentials: async () => ({ accessKeyId: 'A', secretAccessKey: 'B' }), retryStrategy: new ConfiguredRetryStrategy(1, () => 1), regions: ['us-east-1'] });
    const { report } = await runScan({ controls, flows: catalog.flows, provider: withCallCache(aws), overrides: {}, now: new Date('2026-11-01T00:00:00Z'), environment: {}, failOn: 'none' });
    expect(report.apiCalls).toEqual({ 'EC2.DescribeSecurityGroups': 1, 'STS.GetCallerIdentity': 1 });
    expect([loaded('@aws-sdk/client-ec2'), loaded('@aws-sdk/client-iam'), loaded('@aws-sdk/client-s3')]).toEqual([true, false, false]);

    nock('https://iam.amazonaws.com').post('/').reply(200, queryReply('iam', 'ListUsers', '<Users/><IsTruncated>false</IsTruncated>'));
    expect(await aws.list({ provider: 'aws', account: '111111111111', region: 'global' }, { service: 'IAM', method: 'ListUsers', params: {} })).toEqual([]);
    expect([loaded('@aws-sdk/client-iam'), loaded('@aws-sdk/client-s3')]).toEqual([true, false]);
  });
});
