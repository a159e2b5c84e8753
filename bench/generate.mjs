// Writes a synthetic snapshot inventory of about N resources that the flows of the bench's
// controls (bench/controls.mjs) can read: node bench/generate.mjs N DIR. Uses the built package (npm run build first).
// Resources are spread over 2 AWS accounts x 2 regions, one Azure subscription and one GCP
// project, with a fixed share of breaches, from a seeded generator (same N, same files).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../dist/src/load/catalog.js';
import { AWS_ADDONS } from '../dist/src/nodes/addons/aws.js';
import { callFileName } from '../dist/src/providers/snapshot/layout.js';
import { BENCH_CONTROLS } from './controls.mjs';

const [n = '10000', dir = `bench/.data/${n}`] = process.argv.slice(2);
const total = Number(n);
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const chance = (p) => random() < p;
const pick = (list) => list[Math.floor(random() * list.length)];

const AWS_TARGETS = ['111111111111/us-east-1', '111111111111/eu-west-1', '222222222222/us-east-1', '222222222222/eu-west-1'];
const perAwsKind = Math.round((total * 0.7) / AWS_TARGETS.length / 4);
const perCloud = Math.round(total * 0.15);

function rule(port, cidr) {
  return { IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: cidr }], Ipv6Ranges: [], UserIdGroupPairs: [] };
}

function securityGroups(account, count) {
  return Array.from({ length: count }, (_, i) => {
    const rules = [rule(443, '0.0.0.0/0'), rule(5432, '10.0.0.0/8')];
    if (chance(0.1)) rules.push(rule(22, '0.0.0.0/0'));
    if (chance(0.05)) rules.push(rule(3389, '0.0.0.0/0'));
    if (chance(0.03)) rules.push({ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [], UserIdGroupPairs: [] });
    if (chance(0.02)) rules.push({ ...rule(22, '10.0.0.0/8'), Ipv6Ranges: [{ CidrIpv6: '::/0' }] });
    return { GroupId: `sg-${i.toString(16).padStart(8, '0')}`, GroupName: `group-${i}`, OwnerId: account, VpcId: 'vpc-1', Description: 'bench', IpPermissions: rules, IpPermissionsEgress: [], Tags: [{ Key: 'env', Value: pick(['prod', 'dev']) }] };
  });
}

function instances(count, groups) {
  const list = Array.from({ length: count }, (_, i) => ({
    InstanceId: `i-${i.toString(16).padStart(12, '0')}`,
    InstanceType: 't3.micro',
    State: { Code: 16, Name: chance(0.9) ? 'running' : 'stopped' },
    SubnetId: 'subnet-1',
    ...(chance(0.3) ? { PublicIpAddress: `203.0.113.${i % 250}` } : {}),
    MetadataOptions: { HttpTokens: chance(0.2) ? 'optional' : 'required', HttpEndpoint: 'enabled' },
    SecurityGroups: [{ GroupId: pick(groups).GroupId, GroupName: 'g' }],
  }));
  return { Reservations: list.map((inst, i) => ({ ReservationId: `r-${i}`, OwnerId: '111111111111', Instances: [inst] })) };
}

function dbInstances(account, region, count, groups) {
  return Array.from({ length: count }, (_, i) => ({
    DBInstanceIdentifier: `db-${i}`,
    DBInstanceArn: `arn:aws:rds:${region}:${account}:db:db-${i}`,
    Engine: 'postgres',
    PubliclyAccessible: chance(0.05),
    StorageEncrypted: !chance(0.1),
    VpcSecurityGroups: [{ VpcSecurityGroupId: pick(groups).GroupId, Status: 'active' }],
  }));
}

function snapshots(account, count) {
  return Array.from({ length: count }, (_, i) => ({
    SnapshotId: `snap-${i.toString(16).padStart(12, '0')}`,
    VolumeId: `vol-${i}`,
    OwnerId: account,
    Encrypted: !chance(0.2),
    State: 'completed',
    StartTime: '2026-01-01T00:00:00.000Z',
  }));
}

function storageAccounts(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st${i}`,
    name: `st${i}`,
    type: 'microsoft.storage/storageaccounts',
    location: 'westeurope',
    tags: {},
    properties: { allowBlobPublicAccess: chance(0.1), supportsHttpsTrafficOnly: !chance(0.05), minimumTlsVersion: chance(0.1) ? 'TLS1_0' : 'TLS1_2' },
  }));
}

function gcpAssets(count) {
  const half = Math.floor(count / 2);
  const buckets = Array.from({ length: half }, (_, i) => ({
    name: `//storage.googleapis.com/bucket-${i}`,
    assetType: 'storage.googleapis.com/Bucket',
    resource: { data: { name: `bucket-${i}`, iamConfiguration: { uniformBucketLevelAccess: { enabled: !chance(0.2) } }, labels: {} } },
    iamPolicy: { bindings: [{ role: 'roles/storage.objectViewer', members: chance(0.05) ? ['allUsers'] : ['group:eng@example.com'] }] },
  }));
  const firewalls = Array.from({ length: count - half }, (_, i) => ({
    name: `//compute.googleapis.com/projects/ctrlflow-demo/global/firewalls/fw-${i}`,
    assetType: 'compute.googleapis.com/Firewall',
    resource: { data: { name: `fw-${i}`, direction: 'INGRESS', disabled: false, sourceRanges: [chance(0.1) ? '0.0.0.0/0' : '10.0.0.0/8'], allowed: [{ IPProtocol: 'tcp', ports: [pick(['22', '443', '3389', '8080'])] }] } },
  }));
  return [...buckets, ...firewalls];
}

/** Every AWS call the flows of the bench's controls make, addons included. */
async function awsCalls() {
  const catalog = await loadCatalog(['controls', 'flows']);
  if (catalog.diagnostics.length > 0) throw new Error('bundled content does not validate: run ctrlflow validate');
  const flowIds = new Set(catalog.controls.filter((c) => BENCH_CONTROLS.includes(c.control.id)).map((c) => c.flowId));
  const calls = new Map();
  for (const { nodes } of [...catalog.flows.values()].filter((f) => flowIds.has(f.flow.id))) {
    for (const node of nodes.filter((x) => x.type === 'aws.resource')) {
      const call = { service: node.service, method: node.method, params: node.params ?? {} };
      calls.set(callFileName(call), call);
      for (const name of node.addons ?? []) {
        const addon = AWS_ADDONS.find((a) => a.name === name);
        calls.set(callFileName(addon.related), addon.related);
      }
    }
  }
  return [...calls.values()];
}

function awsResponse(call, account, region, groups, snaps) {
  const key = `${call.service}.${call.method}`;
  if (key === 'EC2.DescribeSecurityGroups') return { SecurityGroups: groups };
  if (key === 'EC2.DescribeInstances') return instances(perAwsKind, groups);
  if (key === 'RDS.DescribeDBInstances') return { DBInstances: dbInstances(account, region, perAwsKind, groups) };
  if (key === 'EC2.DescribeSnapshots') {
    const isPublicList = JSON.stringify(call.params.RestorableByUserIds ?? []).includes('all');
    return { Snapshots: isPublicList ? snaps.filter((_, i) => i % 50 === 0) : snaps };
  }
  return {}; // a call no generator covers answers with an empty list
}

rmSync(dir, { recursive: true, force: true });
const calls = await awsCalls();
for (const t of AWS_TARGETS) {
  const [account, region] = t.split('/');
  const folder = join(dir, 'aws', account, region);
  mkdirSync(folder, { recursive: true });
  const groups = securityGroups(account, perAwsKind);
  const snaps = snapshots(account, perAwsKind);
  for (const call of calls) writeFileSync(join(folder, callFileName(call)), JSON.stringify(awsResponse(call, account, region, groups, snaps)));
}
const azure = join(dir, 'azure', '00000000-0000-0000-0000-000000000001', 'global');
mkdirSync(azure, { recursive: true });
writeFileSync(join(azure, 'ResourceGraph.Resources.json'), JSON.stringify({ data: storageAccounts(perCloud) }));
const gcp = join(dir, 'gcp', 'ctrlflow-demo', 'global');
mkdirSync(gcp, { recursive: true });
writeFileSync(join(gcp, 'CloudAsset.ListAssets.json'), JSON.stringify({ assets: gcpAssets(perCloud) }));
console.log(`wrote ~${perAwsKind * 4 * AWS_TARGETS.length + perCloud * 2} resources to ${dir}`);
