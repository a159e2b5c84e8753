import type { Argv } from 'yargs';

/**
 * How `--help` groups the flags of scan (and of the commands sharing its inventory flags): by
 * what a user is deciding. Every flag of the tables in scan-options.ts is in exactly one group
 * (test/cli/help.test.ts checks it); a flag a command does not have is left out of its help.
 */
export const LIVE_GROUP = 'Live inventory (or a snapshot):';

export const HELP_GROUPS: Record<string, readonly string[]> = {
  'Selection (what runs):': ['controls', 'flows', 'bundled', 'cloud', 'only', 'framework', 'severity', 'var', 'shard', 'config', 'due', 'state'],
  'Output (reports and exit code):': ['out', 'format', 'fail-on', 'evidence', 'exceptions', 'baseline', 'baseline-optional', 'fail-on-new', 'attestations', 'history', 'strict', 'quiet', 'verbose', 'sign-key', 'security-hub', 'security-hub-region'],
  [LIVE_GROUP]: [
    'inventory',
    'region',
    'aws-profile',
    'aws-role-arn',
    'aws-organization',
    'aws-role-name',
    'aws-external-id',
    'aws-session-name',
    'aws-endpoint-url',
    'concurrency',
    'azure-subscription',
    'azure-management-group',
    'gcp-project',
    'gcp-folder',
    'gcp-organization',
  ],
  'Remediation (plan only unless --remediate):': ['remediate', 'yes', 'max-actions', 'approve', 'approvals', 'audit-log'],
};

/** Groups the flags a command has; the rest (help, version, debug) stay under "Options:". */
export function groupFlags(y: Argv, flags: readonly string[]): Argv {
  for (const [title, names] of Object.entries(HELP_GROUPS)) {
    const own = names.filter((n) => flags.includes(n));
    if (own.length > 0) y.group(own, title);
  }
  return y;
}

/** The examples `scan --help` ends with. */
export const SCAN_EXAMPLES: readonly [string, string][] = [
  ['$0 scan --inventory examples/demo-inventory --fail-on none', 'the demo: bundled controls against a snapshot, reports in ./reports'],
  ['$0 scan --cloud aws --region all --fail-on high', 'every enabled AWS region of the current credentials; exit 1 on a high or critical FAIL'],
  ['$0 scan --framework cis-azure-6.0 --azure-subscription SUB_ID', 'only the controls of a benchmark, its requirements in the reports'],
  ['$0 scan --only "AWS-EC2-*" --format sarif html --out out', 'some controls, two report formats'],
  ['$0 scan --baseline last/ctrlflow.json --fail-on-new', 'fail only on findings that are new since the last run'],
  ['$0 scan --remediate AWS-RDS-001 --yes --max-actions 5', 'apply the planned fixes of one control, at most 5 calls'],
];
