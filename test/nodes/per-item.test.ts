import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/nodes/evaluate.js';
import { filter } from '../../src/nodes/filter.js';
import { formatter } from '../../src/nodes/formatter.js';
import { compileItemValue, joinPerItem, readErrorOf } from '../../src/nodes/per-item.js';
import type { NodeContext } from '../../src/nodes/types.js';
import { TargetReadError, type Item } from '../../src/providers/types.js';
import { memoryProvider, TARGET } from '../helpers/memory-provider.js';
import { NOW } from '../helpers/node-tester.js';

const buckets = [{ Name: 'logs' }, { Name: 'site' }, { Name: 'denied' }, { Name: 'bare' }];
const provider = memoryProvider({
  'aws/111111111111/us-east-1': {
    'S3.GetBucketPolicyStatus[Bucket=logs]': [{ PolicyStatus: { IsPublic: false } }],
    'S3.GetBucketPolicyStatus[Bucket=site]': [{ PolicyStatus: { IsPublic: true } }],
    'S3.GetBucketPolicyStatus[Bucket=denied]': new TargetReadError('AccessDenied', 'Access Denied'),
    'S3.GetBucketPolicyStatus[Bucket=bare]': new TargetReadError('NoSuchBucketPolicy', 'The bucket policy does not exist'),
  },
});
const ctx: NodeContext = { target: TARGET, provider, flowId: 'f', nodeId: 'n', now: NOW };
const params = compileItemValue({ Bucket: '{{Name}}' });
const callOf = (item: Item) => ({ service: 'S3', method: 'GetBucketPolicyStatus', params: params(item, ctx) as Record<string, unknown> });

describe('per-item reads', () => {
  it('joins each answer, makes "not configured" data and a failed read an ERROR for that resource only', async () => {
    const joined = await joinPerItem(buckets, ctx, { into: 'Status', single: true, absentOn: ['NoSuchBucketPolicy'] }, callOf);
    expect(JSON.parse(JSON.stringify(joined))).toEqual([
      { Name: 'logs', Status: { PolicyStatus: { IsPublic: false } } },
      { Name: 'site', Status: { PolicyStatus: { IsPublic: true } } },
      { Name: 'denied', Status: null },
      { Name: 'bare', Status: null },
    ]);
    expect(joined.map(readErrorOf)).toEqual([undefined, undefined, { code: 'AccessDenied', message: 'Access Denied', call: 'S3.GetBucketPolicyStatus' }, undefined]);

    // A filter cannot judge the unreadable item, so it goes on; a formatter keeps its mark.
    const kept = await filter.compile({ id: 'f', type: 'filter', match: { conditions: [{ id: 'c', type: 'param', key: '$.Status', operator: 'exists' }] } } as never, { now: NOW, environment: {} })([joined], ctx);
    expect(kept.ports.matched!.map((i) => i.Name)).toEqual(['logs', 'site', 'denied']);
    const reshaped = await formatter.compile({ id: 'r', type: 'formatter', rename: { Name: 'Bucket' } } as never, { now: NOW, environment: {} })([kept.ports.matched!], ctx);

    const judged = await evaluate.compile(
      {
        id: 'v',
        type: 'evaluate',
        input: 'r',
        fail_if: { conditions: [{ id: 'pub', type: 'param', key: '$.Status.PolicyStatus.IsPublic', operator: '==', value: true }] },
        evidence: { resourceId: '$.Bucket' },
      } as never,
      { now: NOW, environment: {} },
    )([reshaped.ports.out!], ctx);
    expect(judged.verdicts!.map((v) => [v.resourceId, v.status, v.error?.code])).toEqual([
      ['logs', 'PASS', undefined],
      ['site', 'FAIL', undefined],
      ['denied', 'ERROR', 'AccessDenied'],
    ]);
    expect(judged.verdicts![2]!.error!.message).toBe('AccessDenied: Access Denied (S3.GetBucketPolicyStatus)');
    // Neither port carries an ERROR item: no action is ever planned on it.
    expect(judged.ports.failed!.map((i) => i.Bucket)).toEqual(['site']);
    expect(judged.ports.passed!.map((i) => i.Bucket)).toEqual(['logs']);
  });

  it('gives a list by default, [] when absent, and marks a single answer that holds several items', async () => {
    const lists = memoryProvider({
      'aws/111111111111/us-east-1': {
        'S3.GetBucketPolicyStatus[Bucket=logs]': [{ a: 1 }, { a: 2 }],
        'S3.GetBucketPolicyStatus[Bucket=site]': new TargetReadError('NoSuchBucketPolicy', 'none'),
      },
    });
    const c = { ...ctx, provider: lists };
    expect(await joinPerItem(buckets.slice(0, 2), c, { into: 'All', absentOn: ['NoSuchBucketPolicy'] }, callOf)).toEqual([
      { Name: 'logs', All: [{ a: 1 }, { a: 2 }] },
      { Name: 'site', All: [] },
    ]);
    const single = await joinPerItem(buckets.slice(0, 1), c, { into: 'One', single: true }, callOf);
    expect(readErrorOf(single[0]!)?.code).toBe('UnexpectedAnswer');
  });

  it('renders values with the target as @account and @region, a lone expression keeping its type', () => {
    const render = compileItemValue({ Ids: '{{Ids}}', Arn: 'arn:aws:iam::{{@account}}:root', Region: '{{@region}}' });
    expect(render({ Ids: ['a', 'b'] }, ctx)).toEqual({ Ids: ['a', 'b'], Arn: 'arn:aws:iam::111111111111:root', Region: 'us-east-1' });
  });
});
