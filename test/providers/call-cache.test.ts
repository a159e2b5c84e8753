import { describe, expect, it } from 'vitest';
import { markPerItemRead, withCallCache } from '../../src/providers/call-cache.js';
import { memoryProvider, TARGET } from '../helpers/memory-provider.js';

describe('call cache', () => {
  it('makes each distinct call once, whatever the params key order', async () => {
    const inner = memoryProvider({ 'aws/111111111111/us-east-1': { 'EC2.DescribeSnapshots[OwnerIds=self,RestorableByUserIds=all]': [{ SnapshotId: 's' }] } });
    const cached = withCallCache(inner);
    const call = (params: Record<string, unknown>) => cached.list(TARGET, { service: 'EC2', method: 'DescribeSnapshots', params });
    await Promise.all([call({ OwnerIds: ['self'], RestorableByUserIds: ['all'] }), call({ RestorableByUserIds: ['all'], OwnerIds: ['self'] })]);
    await call({ OwnerIds: ['self'], RestorableByUserIds: ['all'] });
    expect(inner.calls).toHaveLength(1);
    expect(cached.stats()).toEqual({ calls: { 'EC2.DescribeSnapshots': 1 } });
  });

  it('shares a failure too, so an unreadable target is asked once', async () => {
    const inner = memoryProvider({});
    const cached = withCallCache(inner);
    const call = () => cached.list(TARGET, { service: 'EC2', method: 'DescribeVpcs', params: {} });
    await expect(call()).rejects.toMatchObject({ code: 'NotRecorded' });
    await expect(call()).rejects.toMatchObject({ code: 'NotRecorded' });
    expect(inner.calls).toHaveLength(1);
  });

  it('lets the per-item reads go when asked, and keeps every other read', async () => {
    const inner = memoryProvider({ 'aws/111111111111/us-east-1': { 'S3.ListBuckets': [{ Name: 'b' }], 'S3.GetBucketPolicy[Bucket=b]': [{ Policy: '{}' }] } });
    const cached = withCallCache(inner);
    const buckets = () => cached.list(TARGET, { service: 'S3', method: 'ListBuckets', params: {} });
    const policy = () => cached.list(TARGET, markPerItemRead({ service: 'S3', method: 'GetBucketPolicy', params: { Bucket: 'b' } }));
    await buckets();
    await policy();
    await policy();
    expect(inner.calls).toHaveLength(2);
    cached.forgetPerItemReads();
    await buckets();
    await policy();
    expect(inner.calls).toEqual(['S3.ListBuckets', 'S3.GetBucketPolicy[Bucket=b]', 'S3.GetBucketPolicy[Bucket=b]']);
  });
});
