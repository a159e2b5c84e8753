import type { DemoExpectation } from './expected.js';

/*
 * What the demo inventory's two GCP projects were built to contain, worked out by hand from
 * their JSON files (examples/demo-inventory/README.md lists each breach and why): ctrlflow-demo
 * (number 123456789012) holds the breaches, ctrlflow-security (number 210987654321, a
 * hardened logging and security project) mostly passes.
 */
const DEMO = 'ctrlflow-demo/global';
const SEC = 'ctrlflow-security/global';
const bucket = (name: string) => `${DEMO} //storage.googleapis.com/${name}`;
const fn = (location: string, name: string) => `${DEMO} //cloudfunctions.googleapis.com/projects/ctrlflow-demo/locations/${location}/functions/${name}`;
const gaeVersion = (service: string, version: string) => `${DEMO} //appengine.googleapis.com/apps/ctrlflow-demo/services/${service}/versions/${version}`;
const proxy = (collection: string, name: string) => `${DEMO} //compute.googleapis.com/projects/ctrlflow-demo/global/${collection}/${name}`;
const firewall = (name: string) => `${DEMO} //compute.googleapis.com/projects/ctrlflow-demo/global/firewalls/${name}`;
const vm = (zone: string, name: string) => `${DEMO} //compute.googleapis.com/projects/ctrlflow-demo/zones/${zone}/instances/${name}`;
const cloudSql = (name: string) => `${DEMO} //cloudsql.googleapis.com/projects/ctrlflow-demo/instances/${name}`;
const kmsKey = (name: string) => `${DEMO} //cloudkms.googleapis.com/projects/ctrlflow-demo/locations/europe-west1/keyRings/app/cryptoKeys/${name}`;
/** A project as the resource of a project-level control. */
const DEMO_PROJECT = `${DEMO} //cloudresourcemanager.googleapis.com/projects/123456789012`;
const SEC_PROJECT = `${SEC} //cloudresourcemanager.googleapis.com/projects/210987654321`;
const PROJECTS = [DEMO_PROJECT, SEC_PROJECT];
/** Both projects belong to organization 987654321098: each scan judges its contacts. */
const ORGANIZATION = '//cloudresourcemanager.googleapis.com/organizations/987654321098';
/** A project's Compute Engine settings (GET compute/v1/projects/PROJECT). */
const DEMO_COMPUTE_PROJECT = `${DEMO} //compute.googleapis.com/projects/ctrlflow-demo`;
const SEC_COMPUTE_PROJECT = `${SEC} //compute.googleapis.com/projects/ctrlflow-security`;
const saKey = (target: string, project: string, account: string, id: string) =>
  `${target} //iam.googleapis.com/projects/${project}/serviceAccounts/${account}@${project}.iam.gserviceaccount.com/keys/${id}`;
const CI_DEPLOYER_KEY = saKey(DEMO, 'ctrlflow-demo', 'ci-deployer', '3f1c9a7e5b2d4c6a8e0f1a2b3c4d5e6f7a8b9c0d');
const SA_KEYS = [
  CI_DEPLOYER_KEY,
  saKey(DEMO, 'ctrlflow-demo', 'bastion', '8d2e4f6a0b1c3d5e7f9a1b2c3d4e5f6a7b8c9d0e'),
  saKey(SEC, 'ctrlflow-security', 'log-exporter', '5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b'),
];
const apiKey = (uid: string) => `${DEMO} //apikeys.googleapis.com/projects/123456789012/locations/global/keys/${uid}`;
const MAPS_FRONTEND = apiKey('0c5e2b6a-1d7f-4e3a-9b8c-2f4d6a8b0c1e');
const LEGACY_UNRESTRICTED = apiKey('7a9c1e3f-5b2d-4f6a-8c0e-1a3b5c7d9e2f');
const REPORTING_ALL_APIS = apiKey('2e4a6c8e-0f1b-4d3f-a5b7-9c1d3e5f7a9b');
/** Not deleted: the deleted key old-translate is left out by the filter nodes. */
const API_KEYS = [MAPS_FRONTEND, LEGACY_UNRESTRICTED, REPORTING_ALL_APIS];

const SEC_AUDIT_LOGS = `${SEC} //storage.googleapis.com/ctrlflow-security-audit-logs`;
const BUCKETS = [...['ctrlflow-demo-public-site', 'ctrlflow-demo-logs', 'ctrlflow-demo-legacy', 'ctrlflow-demo-data'].map(bucket), SEC_AUDIT_LOGS];
/** The resources with an IAM policy of their own: the projects, buckets, KMS keys and datasets (as searchAllIamPolicies names them). */
const IAM_POLICIES = [
  ...PROJECTS, ...BUCKETS,
  ...['data-key', 'legacy-key', 'release-signing'].map((k) => `${DEMO} //cloudkms.googleapis.com/projects/ctrlflow-demo/locations/europe-west1/keyRings/app/cryptoKeys/${k}`),
  ...['marketing_public', 'finance', 'staging'].map((d) => `${DEMO} //bigquery.googleapis.com/projects/ctrlflow-demo/datasets/${d}`),
];
const backendService = (name: string, region?: string) =>
  `${DEMO} //compute.googleapis.com/projects/ctrlflow-demo/${region ? `regions/${region}` : 'global'}/backendServices/${name}`;
const network = (target: string, project: string, name: string) => `${target} //compute.googleapis.com/projects/${project}/global/networks/${name}`;
const DEFAULT_NETWORK = network(DEMO, 'ctrlflow-demo', 'default');
const LEGACY_NETWORK = network(DEMO, 'ctrlflow-demo', 'legacy-net');
const NETWORKS = [DEFAULT_NETWORK, network(DEMO, 'ctrlflow-demo', 'prod-vpc'), LEGACY_NETWORK, network(SEC, 'ctrlflow-security', 'security-vpc')];
const subnet = (target: string, project: string, region: string, name: string) =>
  `${target} //compute.googleapis.com/projects/${project}/regions/${region}/subnetworks/${name}`;
/** Workload subnets only: the proxy-only subnet prod-proxy-only is left out by the filter node. */
const SUBNETS = [
  subnet(DEMO, 'ctrlflow-demo', 'europe-west1', 'default'),
  subnet(DEMO, 'ctrlflow-demo', 'us-central1', 'default'),
  subnet(DEMO, 'ctrlflow-demo', 'europe-west1', 'prod-europe-west1'),
  subnet(DEMO, 'ctrlflow-demo', 'us-east1', 'prod-us-east1'),
  subnet(SEC, 'ctrlflow-security', 'europe-west1', 'security-europe-west1'),
];
const zone = (name: string) => `${DEMO} //dns.googleapis.com/projects/123456789012/managedZones/${name}`;
/** Public zones only: corp-internal is private; shop-example-net is unsigned, so the RSASHA1 controls leave it out too. */
const PUBLIC_ZONES = ['example-com', 'legacy-example-org', 'shop-example-net'].map(zone);
const SIGNED_ZONES = ['example-com', 'legacy-example-org'].map(zone);
const dataset = (name: string) => `${DEMO} //bigquery.googleapis.com/projects/ctrlflow-demo/datasets/${name}`;
const DATASETS = ['marketing_public', 'finance', 'staging'].map(dataset);
/** Tables holding data: the view finance.ledger_summary is left out by the filter node. */
const bqTable = (ds: string, table: string) => `${dataset(ds)}/tables/${table}`;
const BQ_TABLES = [bqTable('finance', 'ledger'), bqTable('marketing_public', 'campaigns'), bqTable('staging', 'raw_events')];
const dataproc = (name: string) => `${DEMO} //dataproc.googleapis.com/projects/ctrlflow-demo/regions/europe-west1/clusters/${name}`;
/** Application load balancers only: tcp-proxy-backend and ilb-passthrough are left out by the filter nodes. */
const HTTP_BACKENDS = [backendService('web-backend'), backendService('api-backend'), backendService('legacy-web-backend'), backendService('internal-api', 'europe-west1')];
/**
 * Enabled ingress allow rules only: disabled-ssh, egress-all and the deny rules deny-ssh-web and
 * prod-deny-admin-world are left out by the filter nodes. prod-allow-admin (tcp 22 and 3389
 * from the world) passes because prod-deny-admin-world (priority 900, all instances of
 * prod-vpc) takes it; deny-ssh-web targets tag web only, so default-allow-ssh still fails.
 */
const FIREWALLS = [
  'default-allow-ssh', 'allow-rdp-range', 'allow-https', 'allow-internal', 'allow-all-world', 'prod-allow-admin', 'prod-allow-iap', 'prod-allow-health-checks',
].map(firewall);
const WEB_1 = vm('europe-west1-b', 'web-1');
const BATCH_1 = vm('europe-west1-b', 'batch-1');
const BASTION_1 = vm('europe-west1-c', 'bastion-1');
const LEGACY_APP_1 = vm('europe-west1-b', 'legacy-app-1');
const NAT_GW_1 = vm('europe-west1-b', 'nat-gw-1');
const ANALYTICS_1 = vm('europe-west1-c', 'analytics-1');
const VAULT_1 = vm('europe-west1-c', 'vault-1');
const VMS = [WEB_1, BATCH_1, BASTION_1, LEGACY_APP_1, NAT_GW_1, ANALYTICS_1, VAULT_1];
const disk = (zone: string, name: string) => `${DEMO} //compute.googleapis.com/projects/ctrlflow-demo/zones/${zone}/disks/${name}`;
const CSEK_DISKS = [disk('europe-west1-c', 'vault-1'), `${DEMO} //compute.googleapis.com/projects/ctrlflow-demo/regions/europe-west1/disks/vault-shared`];
const PLAIN_DISKS = [
  disk('europe-west1-b', 'web-1'), disk('europe-west1-b', 'batch-1'), disk('europe-west1-b', 'batch-1-data'), disk('europe-west1-c', 'bastion-1'),
  disk('europe-west1-b', 'legacy-app-1'), disk('europe-west1-b', 'nat-gw-1'), disk('europe-west1-c', 'analytics-1'),
];
const CLOUD_SQL = ['orders-pg', 'reporting-mysql', 'analytics-pg', 'inventory-mysql', 'orders-pg-replica', 'erp-sqlserver', 'hr-sqlserver'].map(cloudSql);
const MYSQL = ['reporting-mysql', 'inventory-mysql'].map(cloudSql);
const POSTGRES = ['orders-pg', 'analytics-pg', 'orders-pg-replica'].map(cloudSql);
const SQLSERVER = ['erp-sqlserver', 'hr-sqlserver'].map(cloudSql);
/** Primary instances: the read replica orders-pg-replica is left out of GCP-SQL-020 and -021. */
const CLOUD_SQL_PRIMARIES = CLOUD_SQL.filter((i) => !i.endsWith('orders-pg-replica'));
const sqlFlagControls = (ids: string[], universe: string[], failing: string) =>
  Object.fromEntries(ids.map((id) => [id, { universe, fail: [cloudSql(failing)], counts: [1, universe.length - 1] as [number, number] }]));
/** ENCRYPT_DECRYPT keys only: the signing key release-signing is left out by the filter node. */
const KMS_KEYS = ['data-key', 'legacy-key', 'backup-key'].map(kmsKey);
/** Every key, whatever its purpose. */
const ALL_KMS_KEYS = [...KMS_KEYS, kmsKey('release-signing')];

export const GCP_EXPECTED: Record<string, DemoExpectation> = {
  'GCP-API-001': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-API-002': { universe: API_KEYS, fail: [LEGACY_UNRESTRICTED, REPORTING_ALL_APIS], counts: [2, 1] },
  // Age is measured against the scan's clock: every demo key is old, none can pass for long.
  'GCP-API-003': { universe: API_KEYS, fail: API_KEYS, counts: [3, 0] },
  // Evidence (1.14): maps-frontend is limited to https://shop.example.com/*, reporting-all-apis to one address.
  'GCP-API-005': { universe: API_KEYS, fail: [LEGACY_UNRESTRICTED], counts: [1, 2] },
  'GCP-API-004': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-BQ-001': { universe: DATASETS, fail: [dataset('marketing_public')], counts: [1, 2] },
  'GCP-BQ-002': { universe: BQ_TABLES, fail: [bqTable('marketing_public', 'campaigns'), bqTable('staging', 'raw_events')], counts: [2, 1] },
  'GCP-BQ-003': { universe: DATASETS, fail: [dataset('marketing_public'), dataset('staging')], counts: [2, 1] },
  'GCP-DP-001': { universe: [dataproc('etl-cluster'), dataproc('secure-etl')], fail: [dataproc('etl-cluster')], counts: [1, 1] },
  'GCP-DNS-001': { universe: PUBLIC_ZONES, fail: [zone('shop-example-net')], counts: [1, 2] },
  'GCP-DNS-002': { universe: SIGNED_ZONES, fail: [zone('legacy-example-org')], counts: [1, 1] },
  'GCP-DNS-003': { universe: SIGNED_ZONES, fail: [zone('legacy-example-org')], counts: [1, 1] },
  'GCP-DNS-004': { universe: NETWORKS, fail: [DEFAULT_NETWORK, LEGACY_NETWORK], counts: [2, 2] },
  // Evidence (1.18): the v2 assets, and the v1 asset nightly-export, which the v2 listing does not hold (legacy-report's v1 asset is judged once, as v2).
  'GCP-FN-001': {
    universe: [fn('europe-west1', 'order-webhook'), fn('europe-west1', 'thumbnailer'), fn('us-central1', 'legacy-report'), fn('us-central1', 'nightly-export')],
    fail: [fn('europe-west1', 'order-webhook'), fn('us-central1', 'legacy-report')],
    counts: [2, 2],
  },
  // Evidence (4.10): serving standard versions; the stopped version 20250601t090000 is left out.
  'GCP-GAE-001': { universe: [gaeVersion('default', '20261001t120000'), gaeVersion('api', 'v3')], fail: [gaeVersion('default', '20261001t120000')], counts: [1, 1] },
  'GCP-GCE-001': { universe: VMS, fail: [WEB_1], counts: [1, 6] },
  'GCP-GCE-002': { universe: VMS, fail: [WEB_1, BATCH_1, LEGACY_APP_1], counts: [3, 4] },
  'GCP-GCE-003': { universe: VMS, fail: [LEGACY_APP_1], counts: [1, 6] },
  'GCP-GCE-004': { universe: VMS, fail: [WEB_1, BATCH_1, LEGACY_APP_1, NAT_GW_1, ANALYTICS_1], counts: [5, 2] },
  'GCP-GCE-005': { universe: VMS, fail: [LEGACY_APP_1], counts: [1, 6] },
  'GCP-GCE-006': { universe: VMS, fail: [BATCH_1], counts: [1, 6] },
  'GCP-GCE-007': { universe: VMS, fail: [NAT_GW_1], counts: [1, 6] },
  'GCP-GCE-008': { universe: [...PLAIN_DISKS, ...CSEK_DISKS], fail: PLAIN_DISKS, counts: [7, 2] },
  'GCP-GCE-009': { universe: VMS, fail: [WEB_1, LEGACY_APP_1], counts: [2, 5] },
  'GCP-GCE-010': { universe: VMS, fail: [WEB_1, BASTION_1, NAT_GW_1], counts: [3, 4] },
  /** N2D machine types only (the default confidentialMachineTypes): the e2 and n1 instances are left out. */
  // The project half of CIS 4.4: ctrlflow-demo's metadata has no enable-oslogin, ctrlflow-security's says TRUE.
  'GCP-GCE-012': { universe: [DEMO_COMPUTE_PROJECT, SEC_COMPUTE_PROJECT], fail: [DEMO_COMPUTE_PROJECT], counts: [1, 1] },
  // Evidence (4.12): web-1 has two updates waiting, legacy-app-1 turns VM Manager off, nat-gw-1 reports no inventory.
  'GCP-GCE-013': { universe: VMS, fail: [WEB_1, LEGACY_APP_1, NAT_GW_1], counts: [3, 4] },
  'GCP-GCE-011': { universe: [ANALYTICS_1, VAULT_1], fail: [ANALYTICS_1], counts: [1, 1] },
  'GCP-GCS-001': { universe: BUCKETS, fail: [bucket('ctrlflow-demo-public-site'), bucket('ctrlflow-demo-legacy')], counts: [2, 3] },
  'GCP-GCS-002': { universe: BUCKETS, fail: [bucket('ctrlflow-demo-legacy'), bucket('ctrlflow-demo-data')], counts: [2, 3] },
  'GCP-IAM-001': { universe: SA_KEYS, fail: [CI_DEPLOYER_KEY], counts: [1, 2] },
  'GCP-IAM-002': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-IAM-003': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  // USER_MANAGED keys only; like GCP-API-003, a fresh key would not stay fresh.
  'GCP-IAM-004': { universe: [CI_DEPLOYER_KEY], fail: [CI_DEPLOYER_KEY], counts: [1, 0] },
  'GCP-IAM-005': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  // Evidence (1.2): every IAM policy in each project (searchAllIamPolicies); two grant to consumer Gmail accounts.
  'GCP-IAM-008': { universe: IAM_POLICIES, fail: [DEMO_PROJECT, bucket('ctrlflow-demo-data')], counts: [2, 11] },
  'GCP-IAM-006': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  // The organization's contacts cover SECURITY, TECHNICAL and LEGAL; its ALL contact is INVALID, so SUSPENSION has none.
  'GCP-IAM-007': { universe: [`${DEMO} ${ORGANIZATION}`, `${SEC} ${ORGANIZATION}`], fail: [`${DEMO} ${ORGANIZATION}`, `${SEC} ${ORGANIZATION}`], counts: [2, 0] },
  'GCP-KMS-001': { universe: KMS_KEYS, fail: [kmsKey('legacy-key'), kmsKey('backup-key')], counts: [2, 1] },
  'GCP-KMS-002': { universe: ALL_KMS_KEYS, fail: [kmsKey('legacy-key')], counts: [1, 3] },
  'GCP-LOG-001': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  // Buckets some sink exports to: ctrlflow-demo-logs (sink errors-to-gcs), ctrlflow-security-audit-logs (all-logs-archive).
  'GCP-LOG-002': { universe: [bucket('ctrlflow-demo-logs'), SEC_AUDIT_LOGS], fail: [bucket('ctrlflow-demo-logs')], counts: [1, 1] },
  'GCP-LOG-003': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-LOG-004': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-LOG-005': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-LOG-006': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-LOG-007': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-LOG-008': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-LOG-009': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-LOG-010': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  // ctrlflow-demo: its own config lacks DATA_READ and exempts ci-deployer; ctrlflow-security inherits a full one from its folder.
  'GCP-LOG-012': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  // Evidence (2.16): ctrlflow-demo answers FAILED_PRECONDITION (Access Transparency off); ctrlflow-security enrolls all services.
  'GCP-LOG-013': {
    universe: [`${DEMO} projects/ctrlflow-demo/accessApprovalSettings`, `${SEC} projects/ctrlflow-security/accessApprovalSettings`],
    fail: [`${DEMO} projects/ctrlflow-demo/accessApprovalSettings`],
    counts: [1, 1],
  },
  // Evidence (2.15): the same read; FAILED_PRECONDITION in ctrlflow-demo says Access Transparency is off.
  'GCP-LOG-014': {
    universe: [`${DEMO} projects/ctrlflow-demo/accessApprovalSettings`, `${SEC} projects/ctrlflow-security/accessApprovalSettings`],
    fail: [`${DEMO} projects/ctrlflow-demo/accessApprovalSettings`],
    counts: [1, 1],
  },
  'GCP-LOG-011': { universe: HTTP_BACKENDS, fail: [backendService('web-backend'), backendService('legacy-web-backend')], counts: [2, 2] },
  'GCP-SQL-001': { universe: CLOUD_SQL, fail: [cloudSql('reporting-mysql')], counts: [1, 6] },
  // Database flags, one engine each: reporting-mysql, analytics-pg and erp-sqlserver break every flag of their engine.
  ...sqlFlagControls(['GCP-SQL-002', 'GCP-SQL-003'], MYSQL, 'reporting-mysql'),
  ...sqlFlagControls(['GCP-SQL-004', 'GCP-SQL-005', 'GCP-SQL-006', 'GCP-SQL-007', 'GCP-SQL-008', 'GCP-SQL-009', 'GCP-SQL-010', 'GCP-SQL-011'], POSTGRES, 'analytics-pg'),
  ...sqlFlagControls(['GCP-SQL-012', 'GCP-SQL-013', 'GCP-SQL-014', 'GCP-SQL-015', 'GCP-SQL-016', 'GCP-SQL-017', 'GCP-SQL-018'], SQLSERVER, 'erp-sqlserver'),
  'GCP-SQL-019': { universe: CLOUD_SQL, fail: [cloudSql('reporting-mysql')], counts: [1, 6] },
  'GCP-SQL-020': { universe: CLOUD_SQL_PRIMARIES, fail: [cloudSql('reporting-mysql'), cloudSql('analytics-pg')], counts: [2, 4] },
  'GCP-SQL-021': { universe: CLOUD_SQL_PRIMARIES, fail: [cloudSql('reporting-mysql')], counts: [1, 5] },
  // Evidence (6.6): MySQL and PostgreSQL only; orders-pg, its replica and inventory-mysql turn the flag on.
  'GCP-SQL-022': { universe: [...MYSQL, ...POSTGRES], fail: [cloudSql('reporting-mysql'), cloudSql('analytics-pg')], counts: [2, 3] },
  // Evidence (6.9): every instance, the read replica included.
  'GCP-SQL-023': { universe: CLOUD_SQL, fail: [cloudSql('reporting-mysql'), cloudSql('analytics-pg')], counts: [2, 5] },
  'GCP-VPC-001': { universe: FIREWALLS, fail: [firewall('default-allow-ssh'), firewall('allow-rdp-range'), firewall('allow-all-world')], counts: [3, 5] },
  // Evidence (3.11): web-https-proxy has no SSL policy (Google's COMPATIBLE default), legacy-ssl-proxy uses legacy-compatible.
  'GCP-VPC-005': {
    universe: [proxy('targetHttpsProxies', 'web-https-proxy'), proxy('targetHttpsProxies', 'api-https-proxy'), proxy('targetHttpsProxies', 'partner-https-proxy'), proxy('targetSslProxies', 'legacy-ssl-proxy')],
    fail: [proxy('targetHttpsProxies', 'web-https-proxy'), proxy('targetSslProxies', 'legacy-ssl-proxy')],
    counts: [2, 2],
  },
  // Evidence (3.12): the same rules as GCP-VPC-001; allow-https fails too (80-90 and 443 from the world), Google's ranges pass.
  'GCP-VPC-006': {
    universe: FIREWALLS,
    fail: [firewall('default-allow-ssh'), firewall('allow-rdp-range'), firewall('allow-https'), firewall('allow-all-world')],
    counts: [4, 4],
  },
  // Evidence (3.8): the organization's perimeter security_data enforces ctrlflow-security; ctrlflow-demo is only in its dry-run spec.
  'GCP-VPC-007': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-VPC-002': { universe: NETWORKS, fail: [DEFAULT_NETWORK], counts: [1, 3] },
  'GCP-VPC-003': { universe: NETWORKS, fail: [LEGACY_NETWORK], counts: [1, 3] },
  'GCP-VPC-004': {
    universe: SUBNETS,
    fail: [subnet(DEMO, 'ctrlflow-demo', 'europe-west1', 'default'), subnet(DEMO, 'ctrlflow-demo', 'us-central1', 'default'), subnet(DEMO, 'ctrlflow-demo', 'us-east1', 'prod-us-east1')],
    counts: [3, 2],
  },
};

/**
 * Left out by filter nodes or by type, so they have no result at all (release-signing, left out
 * of GCP-KMS-001 by its filter, has a GCP-KMS-002 result: that control reads every key).
 */
export const GCP_ABSENT = ['disabled-ssh', 'egress-all', 'deny-ssh-web', 'prod-deny-admin-world', '20250601t090000', '9b1d3f5a-7c2e-4a6b-8d0f-3e5a7c9b1d4f', 'tcp-proxy-backend', 'ilb-passthrough', 'prod-proxy-only', 'corp-internal', 'ledger_summary'];
