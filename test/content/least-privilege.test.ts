import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findAwsAddon } from '../../src/nodes/addons/aws.js';
import { findNodeKind } from '../../src/nodes/index.js';
import { canonicalService } from '../../src/providers/aws/names.js';
import { REPO } from '../helpers/cli.js';

/*
 * Least privilege, derived (issue 15): the README's two AWS policies hold exactly the IAM
 * actions the bundled flows need, worked out from the flow files themselves, so a new control
 * that reads (or a remediation that writes) something else fails here until the policy says so.
 */

/** The IAM prefix of each SDK client's actions (Service Authorization Reference). */
const PREFIX: Readonly<Record<string, string>> = {
  AccessAnalyzer: 'access-analyzer',
  Account: 'account',
  CloudFront: 'cloudfront',
  CloudTrail: 'cloudtrail',
  CloudWatch: 'cloudwatch',
  CloudWatchLogs: 'logs',
  ConfigService: 'config',
  EC2: 'ec2',
  EFS: 'elasticfilesystem',
  ElasticLoadBalancingV2: 'elasticloadbalancing',
  IAM: 'iam',
  KMS: 'kms',
  Macie2: 'macie2',
  Organizations: 'organizations',
  RDS: 'rds',
  S3: 's3',
  S3Control: 's3',
  SecurityHub: 'securityhub',
  SNS: 'sns',
  STS: 'sts',
};

/** Calls whose IAM action is not `prefix:Method` (or that need more than one action). */
const ACTIONS_OF: Readonly<Record<string, readonly string[]>> = {
  'S3.ListBuckets': ['s3:ListAllMyBuckets'],
  'S3.GetPublicAccessBlock': ['s3:GetBucketPublicAccessBlock'],
  'S3Control.GetPublicAccessBlock': ['s3:GetAccountPublicAccessBlock'],
  // ctrlflow generates the report before reading it (src/providers/aws/credential-report.ts).
  'IAM.GetCredentialReport': ['iam:GenerateCredentialReport', 'iam:GetCredentialReport'],
};

/** Calls the live provider makes itself: naming each account, and --region all. */
const PROVIDER_CALLS = ['STS.GetCallerIdentity', 'EC2.DescribeRegions'];

interface Call {
  call: string;
  flow: string;
}

function iamActions(call: string): string[] {
  const [service, method] = call.split('.') as [string, string];
  const name = canonicalService(service);
  const renamed = ACTIONS_OF[`${name}.${method}`];
  if (renamed) return [...renamed];
  const prefix = PREFIX[name];
  if (!prefix) throw new Error(`${call}: add the IAM prefix of ${name} to PREFIX in test/content/least-privilege.test.ts`);
  return [`${prefix}:${method}`];
}

type Node = Record<string, unknown>;

/** Every node of the bundled flows, loop bodies included, with its flow's file name. */
function bundledNodes(): { node: Node; flow: string }[] {
  const out: { node: Node; flow: string }[] = [];
  const visit = (node: Node, flow: string): void => {
    out.push({ node, flow });
    const body = findNodeKind(String(node.type))?.bodyKey;
    if (body && Array.isArray(node[body])) for (const inner of node[body] as Node[]) visit(inner, flow);
  };
  for (const file of readdirSync(join(REPO, 'flows')).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    const flow = parse(readFileSync(join(REPO, 'flows', file), 'utf8')) as { nodes?: Node[] };
    for (const node of flow.nodes ?? []) visit(node, file);
  }
  return out;
}

/** The read calls: aws.resource (with its addons), aws.config, and the reads of find-or-create action steps. */
function readCalls(): Call[] {
  const calls: Call[] = [];
  for (const { node, flow } of bundledNodes()) {
    if (node.type === 'aws.resource') {
      calls.push({ call: `${String(node.service)}.${String(node.method)}`, flow });
      for (const addon of (node.addons as string[] | undefined) ?? []) {
        const related = findAwsAddon(addon)!.related;
        calls.push({ call: `${related.service}.${related.method}`, flow });
      }
    }
    if (node.type === 'aws.config') calls.push({ call: node.aggregator ? 'ConfigService.SelectAggregateResourceConfig' : 'ConfigService.SelectResourceConfig', flow });
    if (node.type === 'aws.action') {
      for (const step of actionSteps(node)) {
        const reuse = step.reuse as Node | undefined;
        if (reuse) calls.push({ call: `${String(reuse.service ?? step.service)}.${String(reuse.method)}`, flow });
      }
    }
  }
  return calls;
}

function actionSteps(node: Node): Node[] {
  return Array.isArray(node.steps) ? (node.steps as Node[]) : [node];
}

/** The write calls of the bundled remediations (aws.action nodes and their steps). */
function writeCalls(): Call[] {
  return bundledNodes()
    .filter(({ node }) => node.type === 'aws.action')
    .flatMap(({ node, flow }) => actionSteps(node).map((step) => ({ call: `${String(step.service)}.${String(step.method)}`, flow })));
}

/** The Action list of the README policy statement with this Sid. */
function readmePolicy(sid: string): string[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const policies = blocks.filter((b) => b.includes('"Statement"')).map((b) => JSON.parse(b) as { Statement: { Sid?: string; Action: string[] }[] });
  const statement = policies.flatMap((p) => p.Statement).find((s) => s.Sid === sid);
  if (!statement) throw new Error(`README.md has no policy statement with Sid ${sid}`);
  return statement.Action;
}

const sorted = (actions: Iterable<string>): string[] => [...new Set(actions)].sort();

describe('the IAM policies in the README', () => {
  it('the read-only policy lists exactly the actions the bundled read flows and the provider call', () => {
    const needed = sorted([...readCalls().map((c) => c.call), ...PROVIDER_CALLS].flatMap(iamActions));
    const listed = readmePolicy('CtrlflowBundledControls');
    expect(listed, 'keep the README list sorted, one action a line').toEqual(sorted(listed));
    expect(sorted(listed)).toEqual(needed);
  });

  it('the remediation policy lists exactly the write actions of the bundled aws.action nodes', () => {
    const needed = sorted(writeCalls().flatMap((c) => iamActions(c.call)));
    const listed = readmePolicy('CtrlflowBundledRemediations');
    expect(listed).toEqual(sorted(listed));
    expect(sorted(listed)).toEqual(needed);
    // Writes only: a read a remediation makes first (find-or-create) is in the read-only policy.
    expect(needed.filter((a) => /:(Describe|Get|List)/.test(a))).toEqual([]);
  });

  it('derives actions, not just names: renamed S3 actions, the credential report, addons and reuse reads', () => {
    const reads = readCalls().map((c) => c.call);
    // Addons are calls too: the SecurityGroups addon of aws-rds-public-access reads every group.
    expect(reads).toContain('EC2.DescribeSecurityGroups');
    expect(readCalls().filter((c) => c.flow === 'aws-ebs-snapshot-public.yaml').map((c) => c.call)).toEqual(['EC2.DescribeSnapshots', 'EC2.DescribeSnapshots']);
    expect(iamActions('S3.ListBuckets')).toEqual(['s3:ListAllMyBuckets']);
    expect(iamActions('S3Control.GetPublicAccessBlock')).toEqual(['s3:GetAccountPublicAccessBlock']);
    expect(iamActions('IAM.GetCredentialReport')).toEqual(['iam:GenerateCredentialReport', 'iam:GetCredentialReport']);
    expect(iamActions('Config.SelectResourceConfig')).toEqual(['config:SelectResourceConfig']);
    expect(() => iamActions('Neptune.DescribeDBClusters')).toThrow(/add the IAM prefix of Neptune/);
  });
});
