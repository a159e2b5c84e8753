import { describe, expect, it } from 'vitest';
import { awsResource } from '../../src/nodes/aws-resource.js';
import { TargetReadError, type ApiCall, type InventoryProvider, type Item, type Target } from '../../src/providers/types.js';
import { memoryProvider, TARGET } from '../helpers/memory-provider.js';
import { NOW, testNode } from '../helpers/node-tester.js';

const target = 'aws/111111111111/us-east-1';
const groups = [
  { GroupId: 'sg-1', GroupName: 'a', IpPermissions: [] },
  { GroupId: 'sg-2', GroupName: 'b', IpPermissions: [{ IpProtocol: '-1' }] },
];

describe('aws.resource', () => {
  const instances = memoryProvider({
    [target]: {
      'EC2.DescribeInstances': [{ InstanceId: 'i-1', SubnetId: 'subnet-1', SecurityGroups: [{ GroupId: 'sg-2', GroupName: 'b' }] }],
      'EC2.DescribeSecurityGroups': groups,
      'EC2.DescribeNetworkAcls': [{ NetworkAclId: 'acl-1', Associations: [{ SubnetId: 'subnet-1' }] }],
    },
  });
  const snapshots = memoryProvider({
    [target]: {
      'EC2.DescribeSnapshots[OwnerIds=self]': [{ SnapshotId: 'snap-1' }, { SnapshotId: 'snap-2' }],
      'EC2.DescribeSnapshots[OwnerIds=self,RestorableByUserIds=all]': [{ SnapshotId: 'snap-2' }],
    },
  });
  const dbs = memoryProvider({
    [target]: {
      'RDS.DescribeDBInstances': [{ DBInstanceIdentifier: 'db', VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-2' }, { VpcSecurityGroupId: 'sg-9' }] }],
      'EC2.DescribeSecurityGroups': groups,
    },
  });
  const denied = memoryProvider({ [target]: { 'EC2.DescribeVpcs': new TargetReadError('AccessDenied', 'no') } });
  const settings = memoryProvider({
    [target]: {
      'IAM.GetAccountPasswordPolicy': new TargetReadError('NoSuchEntity', 'no policy'),
      'S3Control.GetPublicAccessBlock[AccountId=111111111111]': [{ PublicAccessBlockConfiguration: { BlockPublicAcls: true } }],
    },
  });
  const buckets = [
    { Name: 'logs', BucketRegion: 'us-east-1' },
    { Name: 'site', BucketRegion: 'eu-west-1' },
    { Name: 'old' }, // no BucketRegion: read where the target's calls go
  ];

  testNode(awsResource, {
    valid: [
      {
        name: 'instances with their security groups and network ACL, one call per addon',
        config: { service: 'EC2', method: 'DescribeInstances', addons: ['SecurityGroups', 'NetworkAcl'] },
        provider: instances,
        expect: (out) => {
          const [item] = out.ports.out!;
          expect(item!.SecurityGroups).toEqual([groups[1]]);
          expect((item!.NetworkAcl as { NetworkAclId: string }).NetworkAclId).toBe('acl-1');
          expect(instances.calls).toEqual(['EC2.DescribeInstances', 'EC2.DescribeSecurityGroups', 'EC2.DescribeNetworkAcls']);
        },
      },
      {
        name: 'RDS instances keep the id of a group missing from the listing',
        config: { service: 'RDS', method: 'DescribeDBInstances', addons: ['SecurityGroups'] },
        provider: dbs,
        expect: (out) => expect(out.ports.out![0]!.SecurityGroups).toEqual([groups[1], { GroupId: 'sg-9', Missing: true }]),
      },
      {
        name: 'snapshots marked public through one RestorableByUserIds=all call',
        config: { service: 'EC2', method: 'DescribeSnapshots', params: { OwnerIds: ['self'] }, addons: ['CreateVolumePermissions'] },
        provider: snapshots,
        expect: {
          ports: {
            out: [
              { SnapshotId: 'snap-1', CreateVolumePermissions: [] },
              { SnapshotId: 'snap-2', CreateVolumePermissions: [{ Group: 'all' }] },
            ],
          },
        },
      },
      {
        name: 'a page with no list is one item; absentOn makes "not configured" one empty item',
        config: { service: 'IAM', method: 'GetAccountPasswordPolicy', absentOn: ['NoSuchEntity'] },
        provider: settings,
        expect: { ports: { out: [{}] } },
      },
      {
        name: 'params are templates over the target',
        config: { service: 'S3Control', method: 'GetPublicAccessBlock', params: { AccountId: '{{@account}}' } },
        provider: settings,
        expect: { ports: { out: [{ PublicAccessBlockConfiguration: { BlockPublicAcls: true } }] } },
      },
      {
        name: 'perItem: one call per item, routed to the item\'s region, the whole answer under into (single)',
        config: { service: 'S3', method: 'GetBucketVersioning', input: 'buckets', perItem: { params: { Bucket: '{{Name}}' }, region: '{{BucketRegion}}', into: 'Versioning', single: true } },
        inputs: [buckets],
        provider: recording({ Status: 'Enabled', MFADelete: 'Disabled' }),
        expect: (out) => {
          expect(out.ports.out!.map((b) => [b.Name, b.Versioning])).toEqual([
            ['logs', { Status: 'Enabled', MFADelete: 'Disabled' }],
            ['site', { Status: 'Enabled', MFADelete: 'Disabled' }],
            ['old', { Status: 'Enabled', MFADelete: 'Disabled' }],
          ]);
          expect(seen).toEqual([
            { service: 'S3', method: 'GetBucketVersioning', params: { Bucket: 'logs' }, items: '$', region: 'us-east-1' },
            { service: 'S3', method: 'GetBucketVersioning', params: { Bucket: 'site' }, items: '$', region: 'eu-west-1' },
            { service: 'S3', method: 'GetBucketVersioning', params: { Bucket: 'old' }, items: '$' },
          ]);
        },
      },
      {
        name: 'perItem without single: a list under into; items: and the node\'s params go with each call',
        config: { service: 'SNS', method: 'ListSubscriptionsByTopic', input: 't', params: { Extra: 1 }, items: '$.Subscriptions[*]', perItem: { params: { TopicArn: '{{TopicArn}}' }, into: 'Subscriptions' } },
        inputs: [[{ TopicArn: 'arn:aws:sns:us-east-1:1:alarms' }]],
        provider: recording({ Protocol: 'email' }),
        expect: (out) => {
          expect(out.ports.out).toEqual([{ TopicArn: 'arn:aws:sns:us-east-1:1:alarms', Subscriptions: [{ Protocol: 'email' }] }]);
          expect(seen.at(-1)).toEqual({ service: 'SNS', method: 'ListSubscriptionsByTopic', params: { Extra: 1, TopicArn: 'arn:aws:sns:us-east-1:1:alarms' }, items: '$.Subscriptions[*]' });
        },
      },
    ],
    invalid: [
      { name: 'missing method', config: { service: 'EC2' }, problems: [' missing-key'] },
      { name: 'perItem without input', config: { service: 'S3', method: 'GetBucketPolicy', perItem: { into: 'Policy' } }, problems: ['perItem missing-key'] },
      { name: 'perItem over two inputs', config: { service: 'S3', method: 'GetBucketPolicy', input: ['a', 'b'], perItem: { into: 'Policy' } }, problems: ['perItem bad-node'] },
      { name: 'perItem without into', config: { service: 'S3', method: 'GetBucketPolicy', input: 'b', perItem: { single: true } }, problems: ['perItem missing-key'] },
      { name: 'into that is not a key', config: { service: 'S3', method: 'GetBucketPolicy', input: 'b', perItem: { into: 'a.b' } }, problems: ['perItem.into bad-value'] },
      { name: 'an unknown perItem key', config: { service: 'S3', method: 'GetBucketPolicy', input: 'b', perItem: { into: 'P', absent: ['X'] } }, problems: ['perItem.absent unknown-key'] },
      {
        name: 'absentOn and addons beside perItem',
        config: { service: 'EC2', method: 'DescribeInstances', input: 'b', absentOn: ['X'], addons: ['SecurityGroups'], perItem: { into: 'P' } },
        problems: ['absentOn bad-node', 'addons bad-node'],
      },
      { name: 'a bad perItem template', config: { service: 'S3', method: 'GetBucketPolicy', input: 'b', perItem: { params: { Bucket: '{{Name' }, region: '{{#if}}', into: 'P' } }, problems: ['perItem.params.Bucket bad-template', 'perItem.region bad-template'] },
      { name: 'a bad params template', config: { service: 'S3Control', method: 'GetPublicAccessBlock', params: { AccountId: '{{@account' } }, problems: ['params.AccountId bad-template'] },
      { name: 'items that is not a JSONPath', config: { service: 'CloudTrail', method: 'GetEventSelectors', items: 'EventSelectors' }, problems: ['items bad-jsonpath'] },
      { name: 'a scope other than account', config: { service: 'CloudTrail', method: 'DescribeTrails', scope: 'region' }, problems: ['scope bad-value'] },
      { name: 'absentOn that is not a list of codes', config: { service: 'IAM', method: 'GetAccountPasswordPolicy', absentOn: 'NoSuchEntity' }, problems: ['absentOn bad-type'] },
      { name: 'a write method', config: { service: 'EC2', method: 'DeleteSecurityGroup' }, problems: ['method write-method'] },
      { name: 'unknown addon', config: { service: 'EC2', method: 'DescribeVpcs', addons: ['Peers'] }, problems: ['addons.0 unknown-addon'] },
      { name: 'addon on the wrong call', config: { service: 'EC2', method: 'DescribeVpcs', addons: ['SecurityGroups'] }, problems: ['addons.0 unknown-addon'] },
    ],
  });

  it('decides the flow\'s scope: global services and scope: account read per account, a routed per-item read follows', () => {
    const scope = (config: Record<string, unknown>) => awsResource.scope!({ id: 'n', type: 'aws.resource', service: 'EC2', method: 'DescribeVpcs', ...config });
    expect(scope({})).toBe('region');
    expect(['IAM', 'S3', 'Organizations', 'Account', 'CloudFront'].map((service) => scope({ service, method: 'ListThings' }))).toEqual(['account', 'account', 'account', 'account', 'account']);
    expect(scope({ service: 'S3Control', method: 'GetPublicAccessBlock' })).toBe('account');
    expect(scope({ service: 'S3Control', method: 'ListAccessPoints' })).toBe('region');
    expect(scope({ service: 'CloudTrail', method: 'DescribeTrails', scope: 'account' })).toBe('account');
    expect(scope({ service: 'CloudTrail', method: 'GetTrailStatus', perItem: { into: 'S', region: '{{HomeRegion}}' } })).toBeUndefined();
    expect(scope({ service: 'KMS', method: 'GetKeyRotationStatus', perItem: { into: 'S' } })).toBe('region');
  });

  it('lets a read failure through, so the engine records an ERROR with the cloud code', async () => {
    const run = awsResource.compile({ id: 'n', type: 'aws.resource', service: 'EC2', method: 'DescribeVpcs' }, { now: NOW, environment: {} });
    await expect(run([], { target: TARGET, provider: denied, flowId: 'f', nodeId: 'n', now: NOW })).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

/** Every call the node makes, answered with one item: to see exactly what is asked for. */
const seen: ApiCall[] = [];
function recording(answer: Item): InventoryProvider {
  return {
    description: 'recording',
    targets: async (): Promise<Target[]> => [],
    list: async (_target, call) => (seen.push(call), [answer]),
  };
}
