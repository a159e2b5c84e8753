import { describe, expect, it } from 'vitest';
import { flowTargets } from '../../src/engine/flow-targets.js';
import type { NodeConfig } from '../../src/model/flow.js';
import type { Target } from '../../src/providers/types.js';

const aws = (account: string, region: string): Target => ({ provider: 'aws', account, region });
const TARGETS: Target[] = [aws('1', 'eu-west-1'), aws('1', 'global'), aws('1', 'us-east-1'), aws('2', 'global'), aws('2', 'us-east-1'), { provider: 'azure', account: 'sub', region: 'global' }];
const read = (id: string, service: string, method: string, extra: Record<string, unknown> = {}): NodeConfig => ({ id, type: 'aws.resource', service, method, ...extra });
const verdict: NodeConfig = { id: 'v', type: 'evaluate', input: 'x' };
const where = (nodes: NodeConfig[]) => flowTargets({ nodes }, TARGETS).map((t) => `${t.provider}/${t.account}/${t.region}`);

describe('the targets of a flow', () => {
  it('runs a regional flow on each region, and a cloud without regions on each of its targets', () => {
    expect(where([read('sgs', 'EC2', 'DescribeSecurityGroups'), verdict])).toEqual(['aws/1/eu-west-1', 'aws/1/us-east-1', 'aws/2/us-east-1', 'azure/sub/global']);
    expect(where([{ id: 'h', type: 'http', url: 'https://example.com' }, verdict])).toEqual(['aws/1/eu-west-1', 'aws/1/us-east-1', 'aws/2/us-east-1', 'azure/sub/global']);
  });

  it('runs a flow of account-level reads once per account', () => {
    const global = ['aws/1/global', 'aws/2/global', 'azure/sub/global'];
    expect(where([read('users', 'IAM', 'GetCredentialReport'), verdict])).toEqual(global);
    expect(where([read('b', 'S3', 'ListBuckets'), read('p', 'S3', 'GetBucketPolicy', { input: 'b', perItem: { into: 'P', region: '{{BucketRegion}}' } }), verdict])).toEqual(global);
    // A regional service read account-wide, with each trail's status asked in its home region.
    expect(where([read('t', 'CloudTrail', 'DescribeTrails', { scope: 'account' }), read('s', 'CloudTrail', 'GetTrailStatus', { input: 't', perItem: { into: 'S', region: '{{HomeRegion}}' } }), verdict])).toEqual(global);
    expect(where([{ id: 'l', type: 'loop', times: 1, nodes: [read('u', 'IAM', 'ListUsers')] }, verdict])).toEqual(global);
  });

  it('runs per region when any read is regional', () => {
    expect(where([read('users', 'IAM', 'ListUsers'), read('sgs', 'EC2', 'DescribeSecurityGroups'), verdict])).toEqual(['aws/1/eu-west-1', 'aws/1/us-east-1', 'aws/2/us-east-1', 'azure/sub/global']);
    // A per-item read of a regional service without region: is sent where the target's calls go.
    expect(where([read('t', 'CloudTrail', 'DescribeTrails', { scope: 'account' }), read('s', 'CloudTrail', 'GetTrailStatus', { input: 't', perItem: { into: 'S' } }), verdict])).toEqual([
      'aws/1/eu-west-1',
      'aws/1/us-east-1',
      'aws/2/us-east-1',
      'azure/sub/global',
    ]);
  });
});
