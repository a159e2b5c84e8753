// The floors a scan is held against, each run as its own process by scan-bench.mjs:
//   node bench/floors.mjs parse DIR          read and JSON.parse every recording (all held at once)
//   node bench/floors.mjs parse-target DIR   … one target's recordings at a time, let go before the next
//                                            (the memory floor of a scan that reads target by target, as ctrlflow's does)
//   node bench/floors.mjs loop DIR           … then a hand-written loop of the bundled controls' conditions
//   node bench/floors.mjs write DIR BYTES…   write files of these sizes (the reports' bytes) in 1 MB pieces
// `loop` prints its in-process evaluation time and its FAIL/PASS counts as JSON on stdout.
import { closeSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const [mode, dir, ...rest] = process.argv.slice(2);

function recordings(root) {
  return readdirSync(root, { recursive: true })
    .map((f) => join(root, String(f)))
    .filter((f) => f.endsWith('.json') && statSync(f).isFile());
}

/** Each target's recordings by file name (without .json), in target order. */
function byTarget(root) {
  const files = new Map();
  for (const file of recordings(root)) {
    const parts = file.slice(root.length + 1).split('/');
    const target = parts.slice(0, 3).join('/');
    if (!files.has(target)) files.set(target, []);
    files.get(target).push([parts[3].replace(/\.json$/, ''), file]);
  }
  return files;
}

function readTarget(files) {
  const calls = {};
  for (const [name, file] of files) calls[name] = JSON.parse(readFileSync(file, 'utf8'));
  return calls;
}

function readAll(root) {
  return new Map([...byTarget(root)].map(([target, files]) => [target, readTarget(files)]));
}

// --- the hand-written loop: what each bundled control checks, written out for this inventory's shapes ---

const WORLD = (cidr) => cidr === '0.0.0.0/0' || cidr === '::/0';
const TRUSTED = [['10.', 8], ['172.16.', 12], ['192.168.', 16]];

function ranges(rule) {
  const out = [];
  for (const r of rule.IpRanges ?? []) out.push(r.CidrIp);
  for (const r of rule.Ipv6Ranges ?? []) out.push(r.CidrIpv6);
  return out;
}

function covers(rule, port) {
  if (rule.IpProtocol === '-1') return true;
  if (rule.IpProtocol !== 'tcp' && rule.IpProtocol !== 'udp' && rule.IpProtocol !== '6' && rule.IpProtocol !== '17') return false;
  return rule.FromPort <= port && port <= rule.ToPort;
}

function openTo(group, test) {
  for (const rule of group.IpPermissions ?? []) if (ranges(rule).some(WORLD) && test(rule)) return true;
  return false;
}

function outside(group) {
  for (const rule of group.IpPermissions ?? []) {
    for (const cidr of ranges(rule)) {
      const [prefix, bits] = cidr.split('/');
      if (cidr.includes(':')) return true;
      if (!TRUSTED.some(([start, size]) => prefix.startsWith(start) && Number(bits) >= size)) return true;
    }
  }
  return false;
}

function evaluateAll(inventory) {
  const counts = {};
  const tally = (id, fail) => {
    const c = (counts[id] ??= { FAIL: 0, PASS: 0 });
    if (fail) c.FAIL += 1;
    else c.PASS += 1;
  };
  for (const [target, calls] of inventory) {
    if (target.startsWith('aws/')) {
      const groups = calls['EC2.DescribeSecurityGroups']?.SecurityGroups ?? [];
      const byId = new Map();
      for (const g of groups) {
        byId.set(g.GroupId, g);
        tally('AWS-EC2-001', openTo(g, (r) => covers(r, 22)));
        tally('AWS-EC2-002', openTo(g, (r) => covers(r, 3389)));
        tally('AWS-EC2-003', openTo(g, (r) => r.IpProtocol === '-1' || (r.FromPort <= 0 && r.ToPort >= 65535)));
        tally('AWS-EC2-005', outside(g));
      }
      for (const reservation of calls['EC2.DescribeInstances']?.Reservations ?? []) {
        for (const i of reservation.Instances ?? []) {
          if (i.State?.Name !== 'running') continue;
          tally('AWS-EC2-004', i.PublicIpAddress !== undefined && i.MetadataOptions?.HttpTokens !== 'required' && i.MetadataOptions?.HttpEndpoint !== 'disabled');
        }
      }
      for (const db of calls['RDS.DescribeDBInstances']?.DBInstances ?? []) {
        const open = (db.VpcSecurityGroups ?? []).some((v) => {
          const g = byId.get(v.VpcSecurityGroupId);
          return g !== undefined && openTo(g, () => true);
        });
        tally('AWS-RDS-001', db.PubliclyAccessible === true || open);
        tally('AWS-RDS-002', db.StorageEncrypted !== true);
      }
      const snaps = calls['EC2.DescribeSnapshots[OwnerIds=self]']?.Snapshots ?? [];
      const publicIds = new Set((calls['EC2.DescribeSnapshots[OwnerIds=self,RestorableByUserIds=all]']?.Snapshots ?? []).map((s) => s.SnapshotId));
      for (const s of snaps) {
        tally('AWS-EBS-001', s.Encrypted !== true);
        tally('AWS-EBS-002', publicIds.has(s.SnapshotId));
      }
    } else if (target.startsWith('azure/')) {
      for (const r of calls['ResourceGraph.Resources']?.data ?? []) {
        if (String(r.type).toLowerCase() !== 'microsoft.storage/storageaccounts') continue;
        const p = r.properties ?? {};
        tally('AZ-STG-001', p.allowBlobPublicAccess !== false);
        tally('AZ-STG-002', p.supportsHttpsTrafficOnly !== true);
        tally('AZ-STG-003', p.minimumTlsVersion !== 'TLS1_2' && p.minimumTlsVersion !== 'TLS1_3');
      }
    } else if (target.startsWith('gcp/')) {
      for (const a of calls['CloudAsset.ListAssets']?.assets ?? []) {
        if (a.assetType === 'storage.googleapis.com/Bucket') {
          const members = (a.iamPolicy?.bindings ?? []).flatMap((b) => b.members ?? []);
          tally('GCP-GCS-001', members.includes('allUsers') || members.includes('allAuthenticatedUsers'));
          tally('GCP-GCS-002', a.resource?.data?.iamConfiguration?.uniformBucketLevelAccess?.enabled !== true);
        } else if (a.assetType === 'compute.googleapis.com/Firewall') {
          const d = a.resource?.data ?? {};
          if (d.direction === 'EGRESS' || d.disabled === true) continue;
          const world = (d.sourceRanges ?? []).some(WORLD);
          const admin = (d.allowed ?? []).some((x) => (x.IPProtocol === 'tcp' || x.IPProtocol === 'all') && (!x.ports || x.ports.some((p) => {
            const [from, to = from] = String(p).split('-').map(Number);
            return (from <= 22 && 22 <= to) || (from <= 3389 && 3389 <= to);
          })));
          tally('GCP-VPC-001', world && admin);
        }
      }
    }
  }
  return counts;
}

// Last: the constants above are defined by now.
if (mode === 'write') {
  let i = 0;
  const block = Buffer.alloc(1 << 20, 'x');
  for (const size of rest.map(Number)) {
    const fd = openSync(join(dir, `floor-${i++}.bin`), 'w');
    for (let left = size; left > 0; left -= block.length) writeSync(fd, block, 0, Math.min(left, block.length));
    closeSync(fd);
  }
} else if (mode === 'parse-target') {
  let items = 0;
  for (const files of byTarget(dir).values()) items += Object.keys(readTarget(files)).length;
  process.stdout.write(JSON.stringify({ recordings: items }));
} else {
  const inventory = readAll(dir);
  if (mode === 'loop') {
    const started = process.hrtime.bigint();
    const counts = evaluateAll(inventory);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    process.stdout.write(JSON.stringify({ ms, counts }));
  }
}

