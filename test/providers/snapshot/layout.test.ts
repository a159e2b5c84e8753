import { describe, expect, it } from 'vitest';
import { callErrorFileName, callFileName, hashedCallFileName, recordingFileNames } from '../../../src/providers/snapshot/layout.js';

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

  it.each([
    [{ KeyId: 'arn:aws:kms:eu-west-1:111111111111:key/1a2b' }, 'KMS.M[KeyId=arn:aws:kms:eu-west-1:111111111111:key%2F1a2b].json'],
    [{ LogGroupName: '/aws/cloudtrail/org' }, 'KMS.M[LogGroupName=%2Faws%2Fcloudtrail%2Forg].json'],
    // The separators inside a value are encoded: a user named "a+b" is not the list [a, b].
    [{ UserName: 'a+b,c=d' }, 'KMS.M[UserName=a%2Bb%2Cc%3Dd].json'],
    [{ UserName: ['a', 'b'] }, 'KMS.M[UserName=a+b].json'],
    [{ Name: 'café 100%' }, 'KMS.M[Name=caf%C3%A9%20100%25].json'],
    [{ Name: 'x'.repeat(175) }, `KMS.M[Name=${'x'.repeat(175)}].json`],
  ])('percent-encodes %j -> %s', (params, name) => {
    expect(callFileName({ service: 'KMS', method: 'M', params })).toBe(name);
  });

  it('hashes what would not make a short name, and keeps the older hashed name readable', () => {
    expect(callFileName({ service: 'S', method: 'M', params: { Name: 'x'.repeat(176) } })).toMatch(/^S\.M\[sha256-[0-9a-f]{12}\]\.json$/);
    const call = { service: 'KMS', method: 'GetKeyRotationStatus', params: { KeyId: 'arn:aws:kms:eu-west-1:1:key/k' } };
    expect(hashedCallFileName(call)).toBe('KMS.GetKeyRotationStatus[sha256-caa8a69ac5d5].json');
    expect(recordingFileNames('aws', call)).toEqual(['KMS.GetKeyRotationStatus[KeyId=arn:aws:kms:eu-west-1:1:key%2Fk].json', 'KMS.GetKeyRotationStatus[sha256-caa8a69ac5d5].json']);
    // Names without a character to encode are the same either way; Azure and GCP keep the hashed names.
    expect(recordingFileNames('aws', { service: 'EC2', method: 'DescribeSnapshots', params: { OwnerIds: ['self'] } })).toEqual(['EC2.DescribeSnapshots[OwnerIds=self].json']);
    expect(recordingFileNames('azure', { service: 'ResourceGraph', method: 'Resources', params: { query: 'Resources | take 1' } })).toEqual([expect.stringMatching(/^ResourceGraph\.Resources\[sha256-[0-9a-f]{12}\]\.json$/)]);
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
