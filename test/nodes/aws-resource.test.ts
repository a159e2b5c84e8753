import { describe, expect, it } from 'vitest';
import { awsResource } from '../../src/nodes/aws-resource.js';
import { TargetReadError } from '../../src/providers/types.js';
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
    ],
    invalid: [
      { name: 'missing method', config: { service: 'EC2' }, problems: [' missing-key'] },
      { name: 'a write method', config: { service: 'EC2', method: 'DeleteSecurityGroup' }, problems: ['method bad-value'] },
      { name: 'unknown addon', config: { service: 'EC2', method: 'DescribeVpcs', addons: ['Peers'] }, problems: ['addons.0 unknown-addon'] },
      { name: 'addon on the wrong call', config: { service: 'EC2', method: 'DescribeVpcs', addons: ['SecurityGroups'] }, problems: ['addons.0 unknown-addon'] },
    ],
  });

  it('lets a read failure through, so the engine records an ERROR with the cloud code', async () => {
    const run = awsResource.compile({ id: 'n', type: 'aws.resource', service: 'EC2', method: 'DescribeVpcs' }, { now: NOW, environment: {} });
    await expect(run([], { target: TARGET, provider: denied, flowId: 'f', nodeId: 'n', now: NOW })).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});
