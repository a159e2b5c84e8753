import type { ControlInfo, ReportHead, Result, Status } from '../src/model/result.js';
import type { Severity } from '../src/model/severity.js';
import { clip, findingDigest } from './common/ids.js';
import type { Reporter } from './types.js';

/**
 * AWS Security Finding Format (ASFF, schema 2018-10-08), the format AWS Security Hub imports
 * (BatchImportFindings; `--security-hub` sends them). One finding per AWS result; Azure and
 * GCP results are left out (a finding needs an AWS account). The file is a JSON array, one
 * finding per line, as `aws securityhub batch-import-findings --findings file://…` takes it
 * (100 at a time).
 *
 * - Id: `ctrlflow/<control>/<SHA-256 of control, cloud, account, region and resource>`: the
 *   same finding has the same id in every run, and two findings never share one (no cut ids).
 * - Compliance.Status: PASS → PASSED, FAIL → FAILED, ERROR → WARNING (the resource could not
 *   be read: information is missing), EXCEPTED → NOT_AVAILABLE with the StatusReason
 *   CTRLFLOW_EXCEPTED naming the exception. ASFF has no status for an accepted risk, and a
 *   finding provider may set Workflow only when it creates a finding, so the exception rides
 *   on the status, which every import may change: a FAIL excepted later leaves FAILED.
 * - Workflow.Status (heeded when the finding is new): FAIL and ERROR NEW, PASS RESOLVED,
 *   EXCEPTED SUPPRESSED. Security Hub sets RESOLVED itself when a finding turns PASSED or is
 *   archived. RecordState: ACTIVE (the importer archives findings no longer produced).
 * - Severity: the control's; PASSED findings INFORMATIONAL, as Security Hub's own controls.
 */
export const asff: Reporter = {
  format: 'asff',
  extension: 'asff.json',
  summary: 'AWS Security Finding Format for AWS Security Hub (AWS results)',
  open(head, out) {
    const controls = new Map(head.controls.map((c) => [c.id, c]));
    const homes = homeRegions(head);
    let first = true;
    return {
      result(r) {
        if (r.provider !== 'aws') return;
        const finding = toAsff(r, controls.get(r.controlId)!, { region: hubRegionOf(r, homes), time: r.time ?? head.startedAt });
        out.write(`${first ? '[\n' : ',\n'}${JSON.stringify(finding)}`);
        first = false;
      },
      end() {
        out.write(first ? '[]\n' : '\n]\n');
      },
    };
  },
};

export const ASFF_SCHEMA_VERSION = '2018-10-08';
/** The ASFF field limits ctrlflow's text can reach (Security Hub refuses a finding over them). */
export const ASFF_LIMITS = { title: 256, description: 1024, recommendation: 512, productFieldValue: 2048, statusReason: 2048, relatedRequirements: 32 };

export interface AsffResource {
  Type: string;
  Id: string;
  Partition: AwsPartition;
  Region?: string;
}

/** The ASFF fields ctrlflow writes (test/reporters/asff.test.ts checks them against the SDK's AwsSecurityFinding type). */
export interface AsffFinding {
  SchemaVersion: string;
  Id: string;
  ProductArn: string;
  GeneratorId: string;
  AwsAccountId: string;
  Types: string[];
  CreatedAt: string;
  UpdatedAt: string;
  Severity: { Label: AsffSeverity };
  Title: string;
  Description: string;
  Resources: AsffResource[];
  Compliance: { Status: AsffComplianceStatus; RelatedRequirements?: string[]; StatusReasons?: { ReasonCode: string; Description?: string }[] };
  Workflow?: { Status: 'NEW' | 'NOTIFIED' | 'RESOLVED' | 'SUPPRESSED' };
  RecordState: 'ACTIVE' | 'ARCHIVED';
  Remediation?: { Recommendation: { Text?: string; Url?: string } };
  SourceUrl?: string;
  ProductFields: Record<string, string>;
  CompanyName?: string;
  ProductName?: string;
}
export type AsffSeverity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export type AsffComplianceStatus = 'PASSED' | 'WARNING' | 'FAILED' | 'NOT_AVAILABLE';

export const COMPLIANCE_STATUS: Record<Status, AsffComplianceStatus> = { PASS: 'PASSED', FAIL: 'FAILED', ERROR: 'WARNING', EXCEPTED: 'NOT_AVAILABLE' };
const WORKFLOW: Record<Status, NonNullable<AsffFinding['Workflow']>['Status']> = { PASS: 'RESOLVED', FAIL: 'NEW', ERROR: 'NEW', EXCEPTED: 'SUPPRESSED' };
const SEVERITY: Record<Severity, AsffSeverity> = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW', info: 'INFORMATIONAL' };
/** ProductFields keys are ours under this prefix; Security Hub adds its own under aws/securityhub/. */
export const FIELD = 'ctrlflow/';

export function asffId(r: Pick<Result, 'controlId' | 'provider' | 'account' | 'region' | 'resourceId'>): string {
  return `ctrlflow/${r.controlId}/${findingDigest(r)}`;
}

export type AwsPartition = 'aws' | 'aws-cn' | 'aws-us-gov';

export function partitionOf(region: string): AwsPartition {
  return region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
}

/** The default product of an account's hub in a region: what findings of a custom integration name. */
export function productArn(account: string, region: string): string {
  return `arn:${partitionOf(region)}:securityhub:${region}:${account}:product/${account}/default`;
}

/** `AWS::RDS::DBInstance` → `AwsRdsDbInstance`, ASFF's resource type names; a type of another form is `Other`. */
export function asffResourceType(resourceType: string): string {
  const parts = /^AWS::([A-Za-z0-9]+)::([A-Za-z0-9]+)$/.exec(resourceType);
  if (!parts) return 'Other';
  // A run of capitals is one word: EC2 → Ec2, DBInstance → DbInstance.
  const word = (w: string) => w.replace(/[A-Z]+(?=[A-Z][a-z]|[0-9]|$)/g, (run) => run[0] + run.slice(1).toLowerCase()).replace(/^[a-z]/, (c) => c.toUpperCase());
  return `Aws${word(parts[1]!)}${word(parts[2]!)}`;
}

/** One result as an ASFF finding for the hub of `at.region`, stamped `at.time`. */
export function toAsff(r: Result, control: ControlInfo, at: { region: string; time: string }): AsffFinding {
  const requirements = Object.entries(control.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}/${id}`));
  const reasons = statusReasons(r);
  const fields: Record<string, string | undefined> = {
    ControlId: r.controlId,
    Status: r.status,
    Account: r.account,
    Region: r.region,
    ResourceId: r.resourceId,
    DisplayName: r.displayName,
    Reason: r.reason,
    ErrorCode: r.errorCode,
    Exception: r.exception ? exceptionText(r.exception) : undefined,
    Baseline: r.baseline,
    FlowId: control.flowId,
  };
  const text = [control.description ?? control.title, r.reason ? `Result: ${r.reason}` : ''].filter(Boolean).join(' ');
  return {
    SchemaVersion: ASFF_SCHEMA_VERSION,
    Id: asffId(r),
    ProductArn: productArn(r.account, at.region),
    GeneratorId: `ctrlflow/${r.controlId}`,
    AwsAccountId: r.account,
    Types: requirements.length > 0 ? ['Software and Configuration Checks/Industry and Regulatory Standards'] : ['Software and Configuration Checks/AWS Security Best Practices'],
    CreatedAt: at.time,
    UpdatedAt: at.time,
    Severity: { Label: r.status === 'PASS' ? 'INFORMATIONAL' : SEVERITY[control.severity] },
    Title: clip(`${control.id} ${control.title}`, ASFF_LIMITS.title),
    Description: clip(text, ASFF_LIMITS.description),
    Resources: [resourceOf(r, control, at.region)],
    Compliance: {
      Status: COMPLIANCE_STATUS[r.status],
      ...(requirements.length > 0 ? { RelatedRequirements: requirements.slice(0, ASFF_LIMITS.relatedRequirements) } : {}),
      ...(reasons ? { StatusReasons: [reasons] } : {}),
    },
    Workflow: { Status: WORKFLOW[r.status] },
    RecordState: 'ACTIVE',
    ...(control.remediation || control.references[0]
      ? { Remediation: { Recommendation: { ...(control.remediation ? { Text: clip(control.remediation, ASFF_LIMITS.recommendation) } : {}), ...(control.references[0] ? { Url: control.references[0] } : {}) } } }
      : {}),
    ...(control.references[0] ? { SourceUrl: control.references[0] } : {}),
    ProductFields: Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '').map(([k, v]) => [`${FIELD}${k}`, clip(v, ASFF_LIMITS.productFieldValue)])),
    CompanyName: 'ctrlflow',
    ProductName: 'ctrlflow',
  };
}

function resourceOf(r: Result, control: ControlInfo, hubRegion: string): AsffResource {
  // A target that could not be read has no resource: the finding is the account's, as Security Hub's own account-level findings are.
  if (r.resourceId === undefined) return { Type: 'AwsAccount', Id: `AWS::::Account:${r.account}`, Partition: partitionOf(hubRegion) };
  const region = r.region === 'global' ? undefined : r.region;
  return { Type: asffResourceType(control.resourceType), Id: r.resourceId, Partition: partitionOf(region ?? hubRegion), ...(region ? { Region: region } : {}) };
}

function statusReasons(r: Result): { ReasonCode: string; Description?: string } | undefined {
  const describe = (text: string | undefined) => (text ? { Description: clip(text, ASFF_LIMITS.statusReason) } : {});
  if (r.status === 'EXCEPTED') return { ReasonCode: 'CTRLFLOW_EXCEPTED', ...describe(r.exception ? `Accepted risk: ${exceptionText(r.exception)}` : r.reason) };
  if (r.status === 'ERROR') return { ReasonCode: r.errorCode ? `CTRLFLOW_ERROR_${r.errorCode}` : 'CTRLFLOW_ERROR', ...describe(r.reason) };
  return undefined;
}

function exceptionText(e: NonNullable<Result['exception']>): string {
  return `${e.reason} (owner ${e.owner}, expires ${e.expires}, ${e.source})`;
}

/** Each AWS account's first regional target: where its account-wide (`global`) findings go. */
export function homeRegions(head: Pick<ReportHead, 'targets'>): Map<string, string> {
  const homes = new Map<string, string>();
  for (const t of head.targets) if (t.provider === 'aws' && t.region !== 'global' && !homes.has(t.account)) homes.set(t.account, t.region);
  return homes;
}

/** The hub a result belongs to: its own region, or for an account-wide (`global`) one its account's home region (us-east-1 when it has none). */
export function hubRegionOf(r: Pick<Result, 'account' | 'region'>, homes: Map<string, string>): string {
  return r.region !== 'global' ? r.region : (homes.get(r.account) ?? 'us-east-1');
}
