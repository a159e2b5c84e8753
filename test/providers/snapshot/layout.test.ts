import { describe, expect, it } from 'vitest';
import { callErrorFileName, callFileName } from '../../../src/providers/snapshot/layout.js';

describe('snapshot file names', () => {
  it.each([
    [{}, 'EC2.DescribeSnapshots.json'],
    [{ OwnerIds: ['self'] }, 'EC2.DescribeSnapshots[OwnerIds=self].json'],
    [{ RestorableByUserIds: ['all'], OwnerIds: ['self'] }, 'EC2.DescribeSnapshots[OwnerIds=self,RestorableByUserIds=all].json'],
    [{ MaxResults: 5, OwnerIds: ['a', 'b'] }, 'EC2.DescribeSnapshots[MaxResults=5,OwnerIds=a+b].json'],
    [{ Filters: [{ Name: 'x', Values: ['y'] }] }, 'EC2.DescribeSnapshots[sha256-fd170ecd9c9b].json'],
  ])('%j -> %s', (params, name) => {
    expect(callFileName({ service: 'EC2', method: 'DescribeSnapshots', params })).toBe(name);
  });

  it('hashes params the same whatever their key order', () => {
    const a = callFileName({ service: 'S', method: 'M', params: { a: { x: 1, y: 2 }, b: '/' } });
    const b = callFileName({ service: 'S', method: 'M', params: { b: '/', a: { y: 2, x: 1 } } });
    expect(a).toBe(b);
    expect(a).toMatch(/^S\.M\[sha256-[0-9a-f]{12}\]\.json$/);
  });

  it('names the error file beside the recording', () => {
    expect(callErrorFileName({ service: 'EC2', method: 'DescribeVpcs', params: {} })).toBe('EC2.DescribeVpcs.error.json');
  });
});
