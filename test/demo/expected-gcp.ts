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
const firewall = (name: string) => `${DEMO} //compute.googleapis.com/projects/ctrlflow-demo/global/firewalls/${name}`;
const vm = (zone: string, name: string) => `${DEMO} //compute.googleapis.com/projects/ctrlflow-demo/zones/${zone}/instances/${name}`;
const cloudSql = (name: string) => `${DEMO} //cloudsql.googleapis.com/projects/ctrlflow-demo/instances/${name}`;
const kmsKey = (name: string) => `${DEMO} //cloudkms.googleapis.com/projects/ctrlflow-demo/locations/europe-west1/keyRings/app/cryptoKeys/${name}`;
/** A project as the resource of a project-level control. */
const DEMO_PROJECT = `${DEMO} //cloudresourcemanager.googleapis.com/projects/123456789012`;
const SEC_PROJECT = `${SEC} //cloudresourcemanager.googleapis.com/projects/210987654321`;
const PROJECTS = [DEMO_PROJECT, SEC_PROJECT];

const BUCKETS = ['ctrlflow-demo-public-site', 'ctrlflow-demo-logs', 'ctrlflow-demo-legacy', 'ctrlflow-demo-data'].map(bucket);
/** Enabled ingress rules only: disabled-ssh and egress-all are left out by the filter node. */
const FIREWALLS = ['default-allow-ssh', 'allow-rdp-range', 'allow-https', 'allow-internal', 'allow-all-world'].map(firewall);
const VMS = [vm('europe-west1-b', 'web-1'), vm('europe-west1-b', 'batch-1'), vm('europe-west1-c', 'bastion-1')];
const CLOUD_SQL = ['orders-pg', 'reporting-mysql', 'analytics-pg'].map(cloudSql);
/** ENCRYPT_DECRYPT keys only: the signing key release-signing is left out by the filter node. */
const KMS_KEYS = ['data-key', 'legacy-key', 'backup-key'].map(kmsKey);

export const GCP_EXPECTED: Record<string, DemoExpectation> = {
  'GCP-GCE-001': { universe: VMS, fail: [vm('europe-west1-b', 'web-1')], counts: [1, 2] },
  'GCP-GCS-001': { universe: BUCKETS, fail: [bucket('ctrlflow-demo-public-site'), bucket('ctrlflow-demo-legacy')], counts: [2, 2] },
  'GCP-GCS-002': { universe: BUCKETS, fail: [bucket('ctrlflow-demo-legacy'), bucket('ctrlflow-demo-data')], counts: [2, 2] },
  'GCP-IAM-002': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-IAM-003': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-IAM-005': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-IAM-006': { universe: PROJECTS, fail: [DEMO_PROJECT], counts: [1, 1] },
  'GCP-KMS-001': { universe: KMS_KEYS, fail: [kmsKey('legacy-key'), kmsKey('backup-key')], counts: [2, 1] },
  'GCP-SQL-001': { universe: CLOUD_SQL, fail: [cloudSql('reporting-mysql')], counts: [1, 2] },
  'GCP-VPC-001': { universe: FIREWALLS, fail: [firewall('default-allow-ssh'), firewall('allow-rdp-range'), firewall('allow-all-world')], counts: [3, 2] },
};

/** Left out by filter nodes or by type, so they have no result at all. */
export const GCP_ABSENT = ['disabled-ssh', 'egress-all', 'release-signing'];
