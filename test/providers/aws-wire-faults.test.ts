import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { afterEach, describe, expect, it } from 'vitest';
import { openAws, type AwsOptions } from '../../src/providers/aws/live.js';
import { MAX_PAGES } from '../../src/providers/paging.js';
import type { ApiCall, Target } from '../../src/providers/types.js';
import { awsLoopback, callerIdentity, groupsPage, type Loopback, type Reply } from '../helpers/aws-loopback.js';
import { cli, readReport, tempDir } from '../helpers/cli.js';

/**
 * Faults on the wire, served by a real HTTP server on 127.0.0.1 to the real SDK clients: a
 * page token that repeats forever (the unguarded loop made 43,599 requests in 30 s), pages
 * that never end, an answer that never comes or stops halfway. Each read ends as ERROR for
 * its call, after a small, known number of requests.
 */
const ACCOUNT = '111111111111';
const US: Target = { provider: 'aws', account: ACCOUNT, region: 'us-east-1' };
const GROUPS: ApiCall = { service: 'EC2', method: 'DescribeSecurityGroups', params: {} };
const base = async () => ({ accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' });

let server: Loopback | undefined;
const serve = async (answer: (action: string, form: Record<string, string>) => Reply) => {
  server = await awsLoopback((action, form) => (action === 'GetCallerIdentity' ? callerIdentity(ACCOUNT) : answer(action, form)));
  return server;
};
const open = (options: AwsOptions = {}) =>
  openAws({ credentials: base, retryStrategy: new ConfiguredRetryStrategy(3, () => 1), regions: ['us-east-1'], endpoint: server!.endpoint, ...options });

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('AWS paging guards (loopback server)', () => {
  it('stops a NextToken that repeats forever after the second page: ERROR RepeatedPageToken, 2 requests', async () => {
    const wire = await serve(() => groupsPage(['sg-1'], 'same-token'));
    const aws = open();
    await expect(aws.list(US, GROUPS)).rejects.toMatchObject({
      name: 'TargetReadError',
      code: 'RepeatedPageToken',
      message: expect.stringContaining('EC2.DescribeSecurityGroups: the service sent a page token it had sent before (page 2)'),
    });
    expect(wire.seen.DescribeSecurityGroups).toBe(2);
    expect(aws.requests()['EC2.DescribeSecurityGroups']).toBe(2);
  });

  it('stops a token cycle (a, b, a) at its first repeat', async () => {
    const tokens = ['a', 'b', 'a', 'b'];
    let i = 0;
    const wire = await serve(() => groupsPage([`sg-${i}`], tokens[i++]));
    await expect(open().list(US, GROUPS)).rejects.toMatchObject({ code: 'RepeatedPageToken' });
    expect(wire.seen.DescribeSecurityGroups).toBe(3);
  });

  it('stops pages that never end at the page cap: ERROR TooManyPages, never the pages so far', async () => {
    let page = 0;
    const wire = await serve(() => groupsPage([`sg-${page}`], `token-${++page}`));
    await expect(open({ maxPages: 25 }).list(US, GROUPS)).rejects.toMatchObject({ code: 'TooManyPages', message: 'EC2.DescribeSecurityGroups: more than 25 pages; stopped rather than pass on a partial list' });
    expect(wire.seen.DescribeSecurityGroups).toBe(25);
    expect(MAX_PAGES).toBe(5000);
  });

  it('a scan through the CLI makes the control ERROR with the code, after 2 requests, and exits 3', async () => {
    const wire = await serve((action) => (action === 'DescribeSecurityGroups' ? groupsPage(['sg-1'], 'same-token') : { status: 400, body: '<Response><Errors><Error><Code>Unexpected</Code><Message>not in this test</Message></Error></Errors></Response>' }));
    const out = tempDir();
    const env = { ...process.env };
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent' });
    delete process.env.AWS_PROFILE;
    try {
      const run = await cli('scan', '--cloud', 'aws', '--only', 'AWS-EC2-001', '--region', 'us-east-1', '--aws-endpoint-url', wire.endpoint, '--format', 'json', '--out', out);
      expect(run.code).toBe(3);
      const report = readReport(out);
      expect(report.results.map((r) => [r.controlId, r.status, r.errorCode])).toEqual([['AWS-EC2-001', 'ERROR', 'RepeatedPageToken']]);
      expect(wire.seen).toEqual({ GetCallerIdentity: 1, DescribeSecurityGroups: 2 });
    } finally {
      process.env = env;
    }
  });
});

describe('AWS per-attempt timeout (loopback server)', () => {
  it('aborts an attempt that gets no answer and retries it within the budget', async () => {
    let calls = 0;
    const wire = await serve(() => (++calls === 1 ? 'hang' : groupsPage(['sg-late'])));
    const aws = open({ requestTimeoutMs: 150 });
    expect((await aws.list(US, GROUPS)).map((g) => g.GroupId)).toEqual(['sg-late']);
    expect(wire.seen.DescribeSecurityGroups).toBe(2);
    expect(aws.requests()['EC2.DescribeSecurityGroups']).toBe(2);
  });

  it('ends a read that is never answered as ERROR ETIMEDOUT within timeout × attempts', async () => {
    const wire = await serve(() => 'hang');
    const aws = open({ requestTimeoutMs: 150 });
    const started = Date.now();
    const error = await aws.list(US, GROUPS).catch((e: unknown) => e);
    const elapsed = Date.now() - started;
    expect(error).toMatchObject({ name: 'TargetReadError', code: 'ETIMEDOUT', message: expect.stringContaining('no answer in time, 3 attempt(s)') });
    expect(wire.seen.DescribeSecurityGroups).toBe(3);
    expect(elapsed).toBeGreaterThanOrEqual(3 * 150 - 20);
    expect(elapsed).toBeLessThan(3 * 150 + 1000);
  });

  it('ends an answer that stops halfway through its body as ERROR ETIMEDOUT, each attempt aborted', async () => {
    const wire = await serve(() => 'stall');
    const started = Date.now();
    await expect(open({ requestTimeoutMs: 150 }).list(US, GROUPS)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    expect(wire.seen.DescribeSecurityGroups).toBe(3);
    expect(Date.now() - started).toBeLessThan(3 * 150 + 1000);
  });

  it('times out the STS call that names the account too: a setup error, not a hang', async () => {
    server = await awsLoopback(() => 'hang');
    await expect(open({ requestTimeoutMs: 100 }).targets('aws')).rejects.toThrow(/could not use the default credentials \(ETIMEDOUT: no answer in time, 3 attempt\(s\)/);
  });
});


describe('AWS answers that are not answers (loopback server): ERROR BadResponse naming the call', () => {
  const KEYS: ApiCall = { service: 'KMS', method: 'ListKeys', params: {} };
  const USERS: ApiCall = { service: 'IAM', method: 'ListUsers', params: {} };
  const json = (body: string): Reply => ({ body, headers: { 'content-type': 'application/x-amz-json-1.1' } });

  it.each([
    ['an empty body (Query protocol)', GROUPS, { body: '' }, 'EC2.DescribeSecurityGroups answered HTTP 200 with an empty body, where an answer always has one'],
    ['a captive portal\'s HTML page', GROUPS, { body: '<!DOCTYPE html><html><head><title>Hotel Wi-Fi login</title></head><body>Sign in</body></html>', headers: { 'content-type': 'text/html' } }, 'EC2.DescribeSecurityGroups answered HTTP 200 with an HTML page ("Hotel Wi-Fi login"), not an AWS answer (a proxy or captive portal in the way?)'],
    ['HTML sent as XML', USERS, { body: '<html><body>Please log in</body></html>' }, 'IAM.ListUsers answered HTTP 200 with an HTML page, not an AWS answer (a proxy or captive portal in the way?)'],
    ['text that is not XML', GROUPS, { body: 'hello world', headers: { 'content-type': 'text/plain' } }, 'EC2.DescribeSecurityGroups answered HTTP 200 with a body that is not XML'],
    ['XML of another answer', USERS, { body: '<ListRolesResponse><ListRolesResult><Roles/></ListRolesResult></ListRolesResponse>' }, 'IAM.ListUsers answered HTTP 200 with <ListRolesResponse>, not <ListUsersResponse>'],
    ['an EC2 answer without its list', GROUPS, { body: '<DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId></DescribeSecurityGroupsResponse>' }, 'EC2.DescribeSecurityGroups answered without SecurityGroups, which its every answer holds (empty as [])'],
    ['an empty body (JSON protocol)', KEYS, json(''), 'KMS.ListKeys answered HTTP 200 with an empty body, where an answer always has one'],
    ['a JSON list, not an object', KEYS, json('[1,2]'), 'KMS.ListKeys answered HTTP 200 with a body that is not a JSON object'],
    ['broken JSON', KEYS, json('{"Keys": ['), 'KMS.ListKeys answered HTTP 200 with a body the AWS SDK could not read'],
  ])('%s', async (_what, call, reply, message) => {
    const wire = await serve(() => reply);
    const error = await open().list(US, call).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TargetReadError', code: 'BadResponse', call });
    expect((error as Error).message).toContain(message);
    // Not retried: the answer came, and it is wrong.
    expect(wire.seen).toEqual({ GetCallerIdentity: 1, [call.method]: 1 });
  });

  it('an empty list stays an empty answer: written as an element (EC2, IAM) or left out (JSON)', async () => {
    await serve((action) =>
      action === 'DescribeSecurityGroups'
        ? groupsPage([])
        : action === 'ListUsers'
          ? { body: '<ListUsersResponse><ListUsersResult><Users/><IsTruncated>false</IsTruncated></ListUsersResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListUsersResponse>' }
          : json('{}'),
    );
    const aws = open();
    expect(await aws.list(US, GROUPS)).toEqual([]);
    expect(await aws.list(US, USERS)).toEqual([]);
    expect(await aws.list(US, KEYS)).toEqual([]);
  });
});
