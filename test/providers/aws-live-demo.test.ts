import { join } from 'node:path';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveRecordings, type ServedEstate } from '../helpers/aws-recorded-estate.js';
import { cli, readReport, REPO, tempDir } from '../helpers/cli.js';
import { comparableResult } from '../helpers/comparable-result.js';

/**
 * Every bundled AWS control scanned live (CLI, real SDK clients, HTTP mocked) over the demo
 * estate: 2 accounts (assumed roles) x 2 regions (us-east-1, eu-west-1) + each account's global
 * target, the services answering with the demo inventory's recordings in their own wire
 * protocols (test/helpers/aws-recorded-estate.ts). Two listings are served as two pages (IAM
 * ListPolicies by Marker, query XML; KMS ListKeys by NextMarker, JSON 1.1), so paging is
 * exercised. The live results must equal the snapshot scan of the same recordings, and the
 * scan must make exactly the least requests: one per distinct request and page (global
 * services once per account, per-item reads once per item, S3 bucket reads in the bucket's
 * region), as the server counted them and as the provider's own counter (`apiCalls`) says.
 */
const DEMO = join(REPO, 'examples/demo-inventory');
const ONE = '111111111111';
const TWO = '222222222222';
const ESTATE = ['--cloud', 'aws', '--aws-role-arn', `arn:aws:iam::${ONE}:role/Audit`, '--aws-role-arn', `arn:aws:iam::${TWO}:role/Audit`, '--region', 'us-east-1', '--region', 'eu-west-1'];
const comparable = comparableResult;
/** Both scans at one instant: remediation plans carry the time (tags such as ctrlflow:flagged-at). */
const NOW = new Date('2026-12-01T08:00:00Z');
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

const saved = { ...process.env };
let estate: ServedEstate;
beforeAll(async () => {
  nock.disableNetConnect();
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDBASE', AWS_SECRET_ACCESS_KEY: 'base-secret', AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent' });
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_REGION;
  estate = await serveRecordings(DEMO, {
    home: 'us-east-1',
    splits: [
      { account: ONE, folder: 'global', file: 'IAM.ListPolicies[OnlyAttached=true].json', list: 'Policies', split: 2, first: { IsTruncated: true, Marker: 'page-2' }, last: { IsTruncated: false }, next: { Marker: 'page-2' } },
      { account: ONE, folder: 'us-east-1', file: 'KMS.ListKeys.json', list: 'Keys', split: 1, first: { Truncated: true, NextMarker: 'keys-2' }, last: { Truncated: false }, next: { Marker: 'keys-2' } },
    ],
  });
}, 30_000);
afterAll(() => {
  vi.useRealTimers();
  nock.cleanAll();
  nock.enableNetConnect();
  process.env = saved;
});

describe('every bundled AWS control, live over the demo estate (2 accounts x 2 regions, HTTP mocked)', () => {
  it('gives the snapshot\'s results with exactly one request per distinct call and page: 185 requests, the minimum 185', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    const liveOut = tempDir();
    const live = await cli('scan', ...ESTATE, '--format', 'json', '--out', liveOut, '--fail-on', 'none');
    expect(estate.unmatched).toEqual([]);
    const report = readReport(liveOut);
    const snapshotOut = tempDir();
    const snapshot = await cli('scan', '--cloud', 'aws', '--inventory', DEMO, '--format', 'json', '--out', snapshotOut, '--fail-on', 'none');
    expect(snapshot.code).toBe(0);
    const expected = readReport(snapshotOut).results;
    expect(expected.filter((r) => r.status === 'ERROR')).toEqual([]);
    expect(report.results.map(comparable).sort()).toEqual(expected.map(comparable).sort());
    expect(live.stderr).not.toMatch(/error/i);

    expect(estate.repeated).toEqual([]);
    expect(estate.unasked).toEqual([]);
    expect(estate.served).toEqual(estate.minimum);
    // 183 recordings, less the 2 S3.ListBuckets of a us-east-1 folder that are the same request as
    // their account's (global) one, plus 2 credential report generations and 2 second pages.
    expect([total(estate.served), total(estate.minimum)]).toEqual([185, 185]);
    // The provider's own count is the same, plus the one AssumeRole per account that its
    // credentials cost (not a recorded call: 187 requests on the wire in all).
    expect(report.apiCalls).toEqual({ ...estate.minimum, 'STS.AssumeRole': 2 });
    expect(estate.assumed).toBe(2);
  }, 60_000);
});
