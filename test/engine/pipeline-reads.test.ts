import { describe, expect, it } from 'vitest';
import { runScan } from '../../src/engine/scan.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { openSnapshot } from '../../src/providers/snapshot/index.js';
import type { ApiCall, InventoryProvider, Item, Target } from '../../src/providers/types.js';
import { REPO } from '../helpers/cli.js';

/** Two AWS regions, each with one snapshot, one security group and one RDS instance; every read counted. */
function estate(): { provider: InventoryProvider; reads: string[]; released: string[] } {
  const reads: string[] = [];
  const released: string[] = [];
  const answers: Record<string, (region: string) => Item[]> = {
    'EC2.DescribeSnapshots': (region) => [{ SnapshotId: `snap-${region}`, VolumeId: 'vol-1', Encrypted: false, StartTime: '2026-01-01T00:00:00.000Z', OwnerId: '111111111111' }],
    'EC2.DescribeSnapshotAttribute': () => [{ CreateVolumePermissions: [] }],
    'EC2.DescribeSecurityGroups': (region) => [
      { GroupId: `sg-${region}`, GroupName: 'g', OwnerId: '111111111111', VpcId: 'vpc-1', IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], UserIdGroupPairs: [] }], IpPermissionsEgress: [] },
    ],
    'RDS.DescribeDBInstances': (region) => [{ DBInstanceIdentifier: `db-${region}`, DBInstanceArn: `arn:aws:rds:${region}:111111111111:db:db-1`, PubliclyAccessible: true, StorageEncrypted: true }],
  };
  const provider: InventoryProvider = {
    description: 'counted',
    targets: async (cloud) => (cloud === 'aws' ? ['eu-west-1', 'us-east-1'].map((region) => ({ provider: 'aws' as const, account: '111111111111', region })) : []),
    async list(target: Target, call: ApiCall) {
      reads.push(`${target.region} ${call.service}.${call.method} ${JSON.stringify(call.params)}`);
      return (answers[`${call.service}.${call.method}`]?.(target.region) ?? []).map((item) => structuredClone(item));
    },
    release: (target) => void released.push(target.region),
  };
  return { provider, reads, released };
}

describe('a snapshot scan (one flow at a time) lets a target’s reads go when no later flow needs them', () => {
  it('reads each call once per target, and gives the results of a scan that holds every read', async () => {
    const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
    const controls = catalog.controls.filter((c) => ['AWS-EBS-001', 'AWS-EC2-001', 'AWS-EC2-002', 'AWS-RDS-001', 'AWS-RDS-002'].includes(c.control.id));
    const scan = async (concurrency: number) => {
      const { provider, reads, released } = estate();
      const { report } = await runScan({ controls, flows: catalog.flows, provider, overrides: {}, now: new Date('2026-11-01T00:00:00Z'), environment: {}, failOn: 'none', concurrency });
      return { results: report.results.map((r) => [r.controlId, r.region, r.resourceId, r.status, r.reason]), reads, released };
    };
    const oneAtATime = await scan(1);
    const together = await scan(8);
    expect(oneAtATime.results).toEqual(together.results);
    expect(oneAtATime.results).toHaveLength(10);
    // The security groups are read once per region for both flows that use them, the RDS instances once for two controls.
    expect(oneAtATime.reads).toEqual(together.reads);
    expect(oneAtATime.reads.filter((r) => r.includes('DescribeSecurityGroups'))).toEqual(['eu-west-1 EC2.DescribeSecurityGroups {}', 'us-east-1 EC2.DescribeSecurityGroups {}']);
    expect(oneAtATime.reads.filter((r) => r.includes('DescribeDBInstances'))).toEqual(['eu-west-1 RDS.DescribeDBInstances {}', 'us-east-1 RDS.DescribeDBInstances {}']);
    expect(oneAtATime.released).toEqual(['eu-west-1', 'us-east-1']);
  });
});

describe('a snapshot scan lets a flow’s per-item reads go when that flow is done', () => {
  it('each of the three file-service flows reads each account’s file service itself, with the results of flows that share those reads', async () => {
    const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
    const controls = catalog.controls.filter((c) => ['AZ-STG-014', 'AZ-STG-015', 'AZ-STG-016'].includes(c.control.id));
    const scan = async (concurrency: number) => {
      const snapshot = openSnapshot(`${REPO}/examples/demo-inventory`);
      const reads: string[] = [];
      const provider: InventoryProvider = {
        ...snapshot,
        targets: (cloud) => snapshot.targets(cloud),
        list: (target, call) => {
          reads.push(`${call.service}.${call.method} ${String(call.params.path ?? '')}`);
          return snapshot.list(target, call);
        },
      };
      const { report } = await runScan({ controls, flows: catalog.flows, provider, overrides: {}, now: new Date('2026-11-01T00:00:00Z'), environment: {}, failOn: 'none', concurrency });
      return { results: report.results.map((r) => [r.controlId, r.resourceId, r.status, r.reason]), reads };
    };
    const oneAtATime = await scan(1);
    const together = await scan(8);
    expect(oneAtATime.results).toEqual(together.results);
    expect(oneAtATime.results.filter(([, , status]) => status === 'FAIL').length).toBeGreaterThan(0);
    const fileServices = (reads: string[]) => reads.filter((r) => r.endsWith('/fileServices/default'));
    const accounts = new Set(fileServices(together.reads)).size;
    expect(accounts).toBeGreaterThan(1);
    // Flows running together share each account's read; one at a time, each flow reads them again
    // (they were let go with the flow before), and the shared table of resources is read once.
    expect(fileServices(together.reads)).toHaveLength(accounts);
    expect(fileServices(oneAtATime.reads)).toHaveLength(3 * accounts);
    expect(new Set(fileServices(oneAtATime.reads)).size).toBe(accounts);
    expect(oneAtATime.reads.filter((r) => r.startsWith('ResourceGraph.'))).toHaveLength(1);
  });
});
