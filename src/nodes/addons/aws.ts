import { BOOLEAN, listOf, STRING, struct, withMembers, type Shape } from '../../providers/shape.js';
import type { ApiCall, Item } from '../../providers/types.js';

/**
 * Related resources joined onto each item of an aws.resource node (QFlow "addons"). Each
 * addon makes ONE call per target — never one per item — and joins in memory, so the
 * same call is shared with any flow that lists those resources itself.
 */
export interface AwsAddon {
  name: string;
  /** `Service.Method` of the node calls it may follow. */
  appliesTo: readonly string[];
  related: ApiCall;
  join(items: Item[], related: Item[]): Item[];
  /** What `join` makes of an item's shape, given the shape of the related items (validate's shape check). */
  shape(item: Shape, related: Shape): Shape;
}

const asArray = (v: unknown): Item[] => (Array.isArray(v) ? (v as Item[]) : []);

function indexBy(items: Item[], key: string): Map<unknown, Item> {
  return new Map(items.map((it) => [it[key], it]));
}

/** Full security group objects (rules included) in place of the bare ids an item carries. */
const securityGroups: AwsAddon = {
  name: 'SecurityGroups',
  appliesTo: ['RDS.DescribeDBInstances', 'RDS.DescribeDBClusters', 'EC2.DescribeInstances'],
  related: { service: 'EC2', method: 'DescribeSecurityGroups', params: {} },
  join(items, related) {
    const groups = indexBy(related, 'GroupId');
    return items.map((item) => {
      const refs = asArray(item.VpcSecurityGroups).map((g) => g.VpcSecurityGroupId);
      const ids = refs.length > 0 ? refs : asArray(item.SecurityGroups).map((g) => g.GroupId);
      // A referenced group missing from the listing keeps its id, so the evidence shows it.
      const full = ids.map((id) => groups.get(id) ?? { GroupId: id, Missing: true });
      return { ...item, SecurityGroups: full };
    });
  },
  shape: (item, group) => withMembers(item, { SecurityGroups: listOf(withMembers(group, { Missing: BOOLEAN })) }),
};

/**
 * Public snapshots: DescribeSnapshots with RestorableByUserIds=all lists exactly the snapshots
 * whose createVolumePermission includes group "all", in one call instead of one
 * DescribeSnapshotAttribute per snapshot.
 */
const createVolumePermissions: AwsAddon = {
  name: 'CreateVolumePermissions',
  appliesTo: ['EC2.DescribeSnapshots'],
  related: { service: 'EC2', method: 'DescribeSnapshots', params: { OwnerIds: ['self'], RestorableByUserIds: ['all'] } },
  join(items, related) {
    const publicIds = new Set(related.map((s) => s.SnapshotId));
    return items.map((item) => ({
      ...item,
      CreateVolumePermissions: publicIds.has(item.SnapshotId) ? [{ Group: 'all' }] : [],
    }));
  },
  shape: (item) => withMembers(item, { CreateVolumePermissions: listOf(struct('CreateVolumePermission', { Group: STRING })) }),
};

/** The network ACL associated with an instance's subnet. */
const networkAcl: AwsAddon = {
  name: 'NetworkAcl',
  appliesTo: ['EC2.DescribeInstances'],
  related: { service: 'EC2', method: 'DescribeNetworkAcls', params: {} },
  join(items, related) {
    const bySubnet = new Map<unknown, Item>();
    for (const acl of related) {
      for (const assoc of asArray(acl.Associations)) bySubnet.set(assoc.SubnetId, acl);
    }
    return items.map((item) => ({ ...item, NetworkAcl: bySubnet.get(item.SubnetId) ?? null }));
  },
  shape: (item, acl) => withMembers(item, { NetworkAcl: acl }),
};

export const AWS_ADDONS: readonly AwsAddon[] = [createVolumePermissions, networkAcl, securityGroups];

export function findAwsAddon(name: string): AwsAddon | undefined {
  return AWS_ADDONS.find((a) => a.name === name);
}
