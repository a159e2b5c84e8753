import { existsSync, readFileSync } from 'node:fs';
import type { Log } from 'sarif';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../src/model/result.js';
import { cli, readReport, tempDir } from './helpers/cli.js';
import { resultsSchemaProblems } from './helpers/results-schema.js';
import { sarifProblems } from './helpers/sarif-validate.js';

/*
 * What the demo inventory was built to contain, worked out by hand from its JSON files
 * (examples/demo-inventory/README.md lists each breach and why). Resources are named
 * `<account>/<region> <resource id>`, the way a result places them.
 */
const PROD = '111111111111';
const DEV = '222222222222';
const SUB = '00000000-0000-0000-0000-000000000001';
const at = (account: string, region: string) => (id: string) => `${account}/${region} ${id}`;
const prodUs = at(PROD, 'us-east-1');
const prodEu = at(PROD, 'eu-west-1');
const devUs = at(DEV, 'us-east-1');
const devEu = at(DEV, 'eu-west-1');
const arm = (path: string) => (group: string, name: string) => `${SUB}/global /subscriptions/${SUB}/resourceGroups/${group}/providers/${path}/${name}`;
const azure = arm('Microsoft.Storage/storageAccounts');
const nsg = arm('Microsoft.Network/networkSecurityGroups');
const sqlServer = arm('Microsoft.Sql/servers');
const vault = arm('Microsoft.KeyVault/vaults');
const bucket = (name: string) => `ctrlflow-demo/global //storage.googleapis.com/${name}`;
const firewall = (name: string) => `ctrlflow-demo/global //compute.googleapis.com/projects/ctrlflow-demo/global/firewalls/${name}`;
const vm = (zone: string, name: string) => `ctrlflow-demo/global //compute.googleapis.com/projects/ctrlflow-demo/zones/${zone}/instances/${name}`;
const cloudSql = (name: string) => `ctrlflow-demo/global //cloudsql.googleapis.com/projects/ctrlflow-demo/instances/${name}`;
const kmsKey = (name: string) => `ctrlflow-demo/global //cloudkms.googleapis.com/projects/ctrlflow-demo/locations/europe-west1/keyRings/app/cryptoKeys/${name}`;
const rds = (account: string, region: string, name: string) => at(account, region)(`arn:aws:rds:${region}:${account}:db:${name}`);

/** Every resource each kind of control evaluates: the universe its PASS and FAIL results split. */
const GROUPS = [
  ...['sg-0a11', 'sg-0a12', 'sg-0a13', 'sg-0a14', 'sg-0a15'].map(prodUs),
  ...['sg-0b11', 'sg-0b12'].map(prodEu),
  ...['sg-0c11', 'sg-0c12', 'sg-0c13'].map(devUs),
  ...['sg-0d11', 'sg-0d12'].map(devEu),
];
const SNAPSHOTS = [prodUs('snap-0a01'), prodUs('snap-0a02'), prodEu('snap-0b01'), devUs('snap-0c01'), devUs('snap-0c02')];
/** Running instances only: the stopped i-0a03 is left out by the flow's filter node. */
const INSTANCES = [prodUs('i-0a01'), prodUs('i-0a02'), prodEu('i-0b01'), devUs('i-0c01')];
const DATABASES = [
  rds(PROD, 'us-east-1', 'orders-db'),
  rds(PROD, 'us-east-1', 'analytics-db'),
  rds(DEV, 'us-east-1', 'dev-pg'),
  rds(DEV, 'us-east-1', 'dev-mysql'),
  rds(DEV, 'eu-west-1', 'dev-reports'),
];
const ACCOUNTS = [
  azure('rg-prod', 'stprodlogs'),
  azure('rg-web', 'stpublicassets'),
  azure('rg-legacy', 'stlegacy'),
  azure('rg-dev', 'stdevdata'),
  azure('rg-prod', 'stbackup'),
];
const NSGS = [nsg('rg-prod', 'nsg-web'), nsg('rg-prod', 'nsg-jump'), nsg('rg-dev', 'nsg-dev'), nsg('rg-prod', 'nsg-bastion')];
const SQL_SERVERS = [sqlServer('rg-prod', 'sql-orders'), sqlServer('rg-legacy', 'sql-legacy-reports')];
const VAULTS = [vault('rg-prod', 'kv-prod-keys'), vault('rg-dev', 'kv-dev-secrets')];
const BUCKETS = ['ctrlflow-demo-public-site', 'ctrlflow-demo-logs', 'ctrlflow-demo-legacy', 'ctrlflow-demo-data'].map(bucket);
/** Enabled ingress rules only: disabled-ssh and egress-all are left out by the filter node. */
const FIREWALLS = ['default-allow-ssh', 'allow-rdp-range', 'allow-https', 'allow-internal', 'allow-all-world'].map(firewall);
const VMS = [vm('europe-west1-b', 'web-1'), vm('europe-west1-b', 'batch-1'), vm('europe-west1-c', 'bastion-1')];
const CLOUD_SQL = ['orders-pg', 'reporting-mysql', 'analytics-pg'].map(cloudSql);
/** ENCRYPT_DECRYPT keys only: the signing key release-signing is left out by the filter node. */
const KMS_KEYS = ['data-key', 'legacy-key', 'backup-key'].map(kmsKey);

const EXPECTED: Record<string, { universe: string[]; fail: string[] }> = {
  'AWS-EBS-001': { universe: SNAPSHOTS, fail: [prodUs('snap-0a02'), devUs('snap-0c01')] },
  'AWS-EBS-002': { universe: SNAPSHOTS, fail: [prodUs('snap-0a02')] },
  'AWS-EC2-001': {
    universe: GROUPS,
    fail: [prodUs('sg-0a11'), prodUs('sg-0a14'), devUs('sg-0c11'), devUs('sg-0c12'), devEu('sg-0d11')],
  },
  'AWS-EC2-002': { universe: GROUPS, fail: [prodEu('sg-0b12'), devUs('sg-0c11'), devEu('sg-0d11')] },
  'AWS-EC2-003': { universe: GROUPS, fail: [devUs('sg-0c11'), devEu('sg-0d11')] },
  'AWS-EC2-004': { universe: INSTANCES, fail: [prodUs('i-0a01'), devUs('i-0c01')] },
  'AWS-EC2-005': {
    universe: GROUPS,
    fail: [
      ...['sg-0a11', 'sg-0a12', 'sg-0a14'].map(prodUs),
      ...['sg-0b11', 'sg-0b12'].map(prodEu),
      ...['sg-0c11', 'sg-0c12'].map(devUs),
      devEu('sg-0d11'),
    ],
  },
  'AWS-RDS-001': { universe: DATABASES, fail: [rds(PROD, 'us-east-1', 'analytics-db'), rds(DEV, 'us-east-1', 'dev-pg')] },
  'AWS-RDS-002': { universe: DATABASES, fail: [rds(DEV, 'us-east-1', 'dev-pg')] },
  'AZ-KV-001': { universe: VAULTS, fail: [vault('rg-dev', 'kv-dev-secrets')] },
  'AZ-NSG-001': { universe: NSGS, fail: [nsg('rg-prod', 'nsg-jump'), nsg('rg-dev', 'nsg-dev')] },
  'AZ-SQL-001': { universe: SQL_SERVERS, fail: [sqlServer('rg-legacy', 'sql-legacy-reports')] },
  'AZ-STG-001': { universe: ACCOUNTS, fail: [azure('rg-web', 'stpublicassets'), azure('rg-legacy', 'stlegacy')] },
  'AZ-STG-002': { universe: ACCOUNTS, fail: [azure('rg-legacy', 'stlegacy')] },
  'AZ-STG-003': { universe: ACCOUNTS, fail: [azure('rg-legacy', 'stlegacy'), azure('rg-dev', 'stdevdata'), azure('rg-prod', 'stbackup')] },
  'GCP-GCE-001': { universe: VMS, fail: [vm('europe-west1-b', 'web-1')] },
  'GCP-GCS-001': { universe: BUCKETS, fail: [bucket('ctrlflow-demo-public-site'), bucket('ctrlflow-demo-legacy')] },
  'GCP-GCS-002': { universe: BUCKETS, fail: [bucket('ctrlflow-demo-legacy'), bucket('ctrlflow-demo-data')] },
  'GCP-KMS-001': { universe: KMS_KEYS, fail: [kmsKey('legacy-key'), kmsKey('backup-key')] },
  'GCP-SQL-001': { universe: CLOUD_SQL, fail: [cloudSql('reporting-mysql')] },
  'GCP-VPC-001': { universe: FIREWALLS, fail: [firewall('default-allow-ssh'), firewall('allow-rdp-range'), firewall('allow-all-world')] },
};

/** The hand count, per control: FAIL and PASS numbers as the summary line and the table above say. */
const COUNTS: Record<string, [fail: number, pass: number]> = {
  'AWS-EBS-001': [2, 3],
  'AWS-EBS-002': [1, 4],
  'AWS-EC2-001': [5, 7],
  'AWS-EC2-002': [3, 9],
  'AWS-EC2-003': [2, 10],
  'AWS-EC2-004': [2, 2],
  'AWS-EC2-005': [8, 4],
  'AWS-RDS-001': [2, 3],
  'AWS-RDS-002': [1, 4],
  'AZ-KV-001': [1, 1],
  'AZ-NSG-001': [2, 2],
  'AZ-SQL-001': [1, 1],
  'AZ-STG-001': [2, 3],
  'AZ-STG-002': [1, 4],
  'AZ-STG-003': [3, 2],
  'GCP-GCE-001': [1, 2],
  'GCP-GCS-001': [2, 2],
  'GCP-GCS-002': [2, 2],
  'GCP-KMS-001': [2, 1],
  'GCP-SQL-001': [1, 2],
  'GCP-VPC-001': [3, 2],
};

const place = (r: Result) => `${r.account}/${r.region} ${r.resourceId ?? '(target)'}`;
const sorted = (xs: string[]) => [...xs].sort();

describe('the demo scan (README quick start)', () => {
  it('the hand table is consistent: failures inside the universe, counts as listed', () => {
    expect(Object.keys(COUNTS)).toEqual(Object.keys(EXPECTED));
    for (const [id, { universe, fail }] of Object.entries(EXPECTED)) {
      expect(new Set(universe).size, id).toBe(universe.length);
      expect(fail.filter((f) => !universe.includes(f)), id).toEqual([]);
      expect([fail.length, universe.length - fail.length], id).toEqual(COUNTS[id]);
    }
  });

  it('finds exactly the breaches the demo inventory was built with, in every format', async () => {
    const out = tempDir();
    const { code, stdout } = await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out);
    expect(code).toBe(1);
    for (const file of ['ctrlflow.json', 'ctrlflow.csv', 'ctrlflow.sarif', 'ctrlflow.html', 'ctrlflow.md']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
    const report = readReport(out);
    expect(resultsSchemaProblems(report)).toEqual([]);
    expect(report.controls.map((c) => c.id)).toEqual(Object.keys(EXPECTED));
    expect(report.targets).toHaveLength(6);
    // Every call every flow makes is recorded for every target: nothing is "not recorded".
    expect(report.results.filter((r) => r.status !== 'PASS' && r.status !== 'FAIL').map((r) => `${r.controlId} ${place(r)} ${r.status} ${r.reason}`)).toEqual([]);
    expect(report.results.filter((r) => !(r.controlId in EXPECTED)).map((r) => r.controlId)).toEqual([]);

    for (const [id, { universe, fail }] of Object.entries(EXPECTED)) {
      const own = report.results.filter((r) => r.controlId === id);
      const failing = sorted(own.filter((r) => r.status === 'FAIL').map(place));
      const passing = sorted(own.filter((r) => r.status === 'PASS').map(place));
      expect({ id, failing }).toEqual({ id, failing: sorted(fail) });
      expect({ id, passing }).toEqual({ id, passing: sorted(universe.filter((u) => !fail.includes(u))) });
      const [failCount, passCount] = COUNTS[id]!;
      const summary = report.controls.find((c) => c.id === id)!;
      expect({ id, status: summary.status, counts: summary.counts }).toEqual({
        id,
        status: 'FAIL',
        counts: { FAIL: failCount, PASS: passCount, ERROR: 0, EXCEPTED: 0 },
      });
    }

    // Left out by filter nodes or by type, so they have no result at all.
    const named = report.results.map((r) => r.resourceId ?? '');
    for (const absent of ['i-0a03', 'disabled-ssh', 'egress-all', 'release-signing']) {
      expect(named.filter((id) => id.endsWith(absent)), absent).toEqual([]);
    }
    expect(report.totals).toEqual({ FAIL: 47, ERROR: 0, EXCEPTED: 0, PASS: 70 });
    expect(stdout).toContain('Totals: 47 FAIL · 70 PASS · 0 ERROR · 0 EXCEPTED');
  });

  it('applies the example exceptions file: active, pattern, expired and unused', async () => {
    const out = tempDir();
    const { code, stdout } = await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json', '--exceptions', 'examples/demo-exceptions.yaml');
    expect(code).toBe(1);
    const report = readReport(out);
    expect(resultsSchemaProblems(report)).toEqual([]);
    expect(report.results.filter((r) => r.status === 'EXCEPTED').map((r) => `${r.controlId} ${r.resourceId}`)).toEqual(['AWS-EBS-001 snap-0c01', 'AWS-EC2-001 sg-0a11']);
    expect(report.exceptions!.map((e) => `${e.state} ${e.applied}`)).toEqual(['active 1', 'active 1', 'expired 0', 'unused 0']);
    expect(report.totals).toEqual({ FAIL: 45, ERROR: 0, EXCEPTED: 2, PASS: 70 });
    expect(stdout).toContain('Exception expired: AWS-EC2-002 sg-0b12 (examples/demo-exceptions.yaml:14, expires 2025-06-30, owner it-ops@example.com)');
  });

  it('writes SARIF that Microsoft\'s validator accepts, with fingerprints that hold across two scans', async () => {
    const [first, second] = [tempDir(), tempDir()];
    for (const out of [first, second]) await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'sarif', 'json');
    const texts = [first, second].map((out) => readFileSync(join(out, 'ctrlflow.sarif'), 'utf8'));
    expect(sarifProblems(texts[0]!)).toEqual([]);
    const [a, b] = texts.map((t) => (JSON.parse(t) as Log).runs[0]!.results!);
    expect(a!.map((r) => r.partialFingerprints!.primaryLocationLineHash)).toEqual(b!.map((r) => r.partialFingerprints!.primaryLocationLineHash));
    expect(new Set(a!.map((r) => r.partialFingerprints!.primaryLocationLineHash)).size).toBe(47);
    for (const r of a!) expect(r.locations![0]!.physicalLocation!.artifactLocation!.uri).toMatch(/^controls\/.+\.yaml$/);
  });

  it('gates CI on severity: only the critical ones with --fail-on critical, nothing with none', async () => {
    const out = tempDir();
    expect((await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json', '--only', 'AZ-STG-002', '--fail-on', 'high')).code).toBe(0);
    expect((await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json', '--severity', 'critical', '--fail-on', 'critical')).code).toBe(1);
    expect(readReport(out).controls.map((c) => c.id)).toEqual(['AWS-EBS-002', 'AWS-EC2-003', 'GCP-GCS-001']);
  });

  it('reproduces the "Security groups allowing outside IPs" template, with trustedCidrs overridable', async () => {
    const out = tempDir();
    await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json', '--only', 'AWS-EC2-005', '--var', 'trustedCidrs=10.0.0.0/8,0.0.0.0/0');
    // Everything IPv4 is now trusted: only the IPv6 ::/0 rule of sg-0c12 is outside.
    expect(readReport(out).results.filter((r) => r.status === 'FAIL').map((r) => `${r.resourceId}: ${r.reason}`)).toEqual([
      'sg-0c12: sg-0c12 inbound tcp 22 from ::/0',
    ]);
  });

  it('validates the bundled content', async () => {
    const { code, stdout } = await cli('validate', 'controls', 'flows');
    expect(code).toBe(0);
    expect(stdout).toBe('21 control(s) and 21 flow(s) are valid');
  });
});
