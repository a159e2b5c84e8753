// The controls the bench scans: the 21 the synthetic inventory (bench/generate.mjs) is made
// for and the hand loop (bench/floors.mjs) mirrors, so the figures compare across commits
// and content. Later content (the CIS AWS/Azure/GCP controls: IAM and other account-level
// reads, per-item calls, Resource Graph tables, ARM, Graph, GCP REST) reads calls the
// generator does not record; scanning it here would measure "not recorded" ERRORs.
export const BENCH_CONTROLS = [
  'AWS-EBS-001', 'AWS-EBS-002', 'AWS-EC2-001', 'AWS-EC2-002', 'AWS-EC2-003', 'AWS-EC2-004', 'AWS-EC2-005', 'AWS-RDS-001', 'AWS-RDS-002',
  'AZ-KV-001', 'AZ-NSG-001', 'AZ-SQL-001', 'AZ-STG-001', 'AZ-STG-002', 'AZ-STG-003',
  'GCP-GCE-001', 'GCP-GCS-001', 'GCP-GCS-002', 'GCP-KMS-001', 'GCP-SQL-001', 'GCP-VPC-001',
];
