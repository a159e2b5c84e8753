import { actionRecordSchema } from './action.js';
import { ATTESTATION_STATUSES } from './attestation.js';
import { CLOUDS } from './control.js';
import { ASSESSMENTS } from './framework.js';
import { REQUIREMENT_STATUSES, type AttestationRecord, type FrameworkReport, type FrameworkSummary, type RequirementControl, type RequirementReport } from './framework-report.js';
import { EVIDENCE_LEVELS, PASS_GROUP_SIZE, SCHEMA_VERSION, STATUSES, type ControlSet, type ControlSummary, type ControlWarning, type PassGroup, type PassResource, type ReportHead, type ReportSummary, type ResolvedFinding, type StoredMatch, type StoredResult } from './result.js';
import { SEVERITIES } from './severity.js';

/*
 * The JSON Schema of ctrlflow.json 2.0, built from the model's types: each `properties` table
 * is typed by the interface it describes (every key, no other), and each `required` list by
 * its required keys, so adding a field to src/model/result.ts without describing it here is a
 * compile error. schemas/results.schema.json is this object written out (`npm run schema`);
 * test/model/report-schema.test.ts fails when the file and this object differ.
 */

type Schema = Record<string, unknown>;
/** Every key of T, each with its schema. */
type PropertiesOf<T> = { [K in keyof Required<T>]: Schema };
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** Exactly the required keys of T (a missing or extra one is a compile error where it is used). */
function requiredOf<T>() {
  return <const K extends readonly RequiredKeys<T>[]>(keys: K & ([RequiredKeys<T>] extends [K[number]] ? unknown : never)): K => keys;
}

const ref = (name: string) => ({ $ref: `#/definitions/${name}` });
const text = { type: 'string' };
const count = { type: 'integer', minimum: 0 };
const counts = {
  type: 'object',
  required: [...STATUSES],
  additionalProperties: false,
  properties: Object.fromEntries(STATUSES.map((s) => [s, count])),
};

const matchProperties: PropertiesOf<StoredMatch> = {
  condition: text,
  type: text,
  text: { type: 'string', description: "omitted when it equals the result's reason (always so for a result with one match): a reader takes the reason" },
  key: text,
  operator: text,
  expected: {},
  seen: {},
  rules: { type: 'array', items: { type: 'object' }, description: 'securityGroup on AWS: the matched permissions, one per peer, as RevokeSecurityGroupIngress takes them' },
};

const resultProperties: PropertiesOf<StoredResult> = {
  controlId: { type: 'string', minLength: 1 },
  status: ref('status'),
  provider: ref('provider'),
  account: text,
  region: text,
  resourceId: { type: 'string', description: 'absent on a target-level ERROR' },
  displayName: text,
  evidence: { type: 'object', description: 'evidence key (JSONPath as written) -> value(s) seen; on a PASS only with --evidence full' },
  reason: text,
  matches: { type: 'array', items: { type: 'object', required: requiredOf<StoredMatch>()(['condition', 'type']), additionalProperties: false, properties: matchProperties } },
  executionId: text,
  time: { type: 'string', format: 'date-time' },
  errorCode: text,
  exception: {
    type: 'object',
    required: ['reason', 'owner', 'expires', 'source'],
    additionalProperties: false,
    properties: { reason: text, owner: text, expires: { type: 'string', format: 'date' }, source: text },
  },
  baseline: { enum: ['new', 'unchanged', 'excepted'], description: 'with --baseline: on a FAIL new or unchanged since the previous run; every EXCEPTED result is excepted' },
  actions: { type: 'array', items: ref('actionRecord'), description: "on a FAIL (or, after --remediate, the result it became): what the flow's action nodes plan or did" },
};

const passResourceProperties: PropertiesOf<PassResource> = { id: { type: 'string', description: 'the resourceId' }, name: { type: 'string', description: 'the displayName, when it has one' } };

const passGroupProperties: PropertiesOf<PassGroup> = {
  controlId: { type: 'string', minLength: 1 },
  status: { const: 'PASS' },
  provider: ref('provider'),
  account: text,
  region: text,
  resources: {
    type: 'array',
    minItems: 1,
    maxItems: PASS_GROUP_SIZE,
    items: { type: 'object', required: requiredOf<PassResource>()(['id']), additionalProperties: false, properties: passResourceProperties },
  },
};

const controlProperties: PropertiesOf<ControlSummary> = {
  id: { type: 'string', minLength: 1 },
  title: text,
  severity: ref('severity'),
  provider: ref('provider'),
  resourceType: text,
  flowId: text,
  status: { enum: [...STATUSES, 'NO_RESOURCES'] },
  counts: ref('counts'),
  description: text,
  rationale: text,
  remediation: text,
  references: { type: 'array', items: text },
  compliance: ref('compliance'),
  tags: { type: 'array', items: text },
  file: { type: 'string', description: 'repo-relative control file, the SARIF location' },
  line: { type: 'integer', minimum: 1 },
  warnings: {
    type: 'array',
    description: "what makes the control's results less than they seem: KeyNeverFound, a condition key none of the items judged had (where no schema let validate check it); --strict makes its PASS results ERROR",
    items: {
      type: 'object',
      required: requiredOf<ControlWarning>()(['code', 'message', 'node', 'condition', 'key', 'items']),
      additionalProperties: false,
      properties: { code: { enum: ['KeyNeverFound'] }, message: text, node: text, condition: text, key: text, items: { type: 'integer', minimum: 1 } },
    },
  },
};

const resolvedProperties: PropertiesOf<ResolvedFinding> = {
  controlId: text,
  provider: ref('provider'),
  account: text,
  region: text,
  resourceId: text,
  now: { enum: ['PASS', 'EXCEPTED', 'ERROR', 'absent'] },
};

const percent = ref('percent');

const frameworkSummaryProperties: PropertiesOf<FrameworkSummary> = {
  requirements: count,
  automated: count,
  automatedCovered: { ...count, description: 'automated requirements with at least one control' },
  manualWithEvidence: { ...count, description: 'manual requirements with at least one evidence control' },
  attestableOnly: { ...count, description: 'manual requirements shown by their attestation alone' },
  coverage: { ...percent, description: 'automatedCovered of automated, percent' },
  statuses: { type: 'object', required: [...REQUIREMENT_STATUSES], additionalProperties: false, properties: Object.fromEntries(REQUIREMENT_STATUSES.map((s) => [s, count])) },
  passRate: { oneOf: [percent, { type: 'null' }], description: 'pass of pass + fail + error among automated requirements, percent; null when none was evaluated' },
};

const requirementControlProperties: PropertiesOf<RequirementControl> = {
  id: text,
  status: { enum: [...STATUSES, 'NO_RESOURCES', 'NOT_RUN'] },
  counts: ref('counts'),
};

const attestationProperties: PropertiesOf<AttestationRecord> = {
  status: { enum: [...ATTESTATION_STATUSES] },
  owner: text,
  evidence: text,
  date: { type: 'string', format: 'date' },
  expires: { type: 'string', format: 'date' },
  source: text,
  expired: { type: 'boolean' },
};

const requirementProperties: PropertiesOf<RequirementReport> = {
  id: { type: 'string', minLength: 1 },
  title: text,
  section: text,
  level: { type: 'integer', minimum: 1 },
  assessment: { enum: [...ASSESSMENTS] },
  status: ref('requirementStatus'),
  controls: {
    type: 'array',
    items: { type: 'object', required: requiredOf<RequirementControl>()(['id', 'status']), additionalProperties: false, properties: requirementControlProperties },
  },
  attestation: {
    type: 'object',
    required: requiredOf<AttestationRecord>()(['status', 'owner', 'evidence', 'date', 'expires', 'source', 'expired']),
    additionalProperties: false,
    properties: attestationProperties,
  },
};

const frameworkProperties: PropertiesOf<FrameworkReport> = {
  id: { type: 'string', minLength: 1 },
  title: text,
  version: text,
  provider: ref('provider'),
  source: text,
  summary: {
    type: 'object',
    required: requiredOf<FrameworkSummary>()(['requirements', 'automated', 'automatedCovered', 'manualWithEvidence', 'attestableOnly', 'coverage', 'statuses', 'passRate']),
    additionalProperties: false,
    properties: frameworkSummaryProperties,
  },
  requirements: { type: 'array', items: ref('requirement') },
};

type HeadFields = Omit<ReportHead, 'controls'>;
const headProperties: PropertiesOf<HeadFields> = {
  schemaVersion: { const: SCHEMA_VERSION },
  tool: {
    type: 'object',
    required: ['name', 'version', 'informationUri'],
    additionalProperties: false,
    properties: { name: { const: 'ctrlflow' }, version: text, informationUri: { type: 'string', format: 'uri' } },
  },
  scanId: { type: 'string', minLength: 1 },
  startedAt: { type: 'string', format: 'date-time' },
  inventory: text,
  failOn: { enum: [...SEVERITIES, 'none'] },
  evidence: { enum: [...EVIDENCE_LEVELS], description: 'findings: PASS results carry identity, status and target only; full: every result carries its evidence' },
  shard: {
    description: 'This report is one shard of a scan (partial by itself): its index, the number of shards, and a fingerprint of the whole run\'s control set',
    type: 'object',
    required: ['index', 'count'],
    additionalProperties: false,
    properties: { index: { type: 'integer', minimum: 1 }, count: { type: 'integer', minimum: 1 }, controls: { type: 'string', pattern: '^[0-9a-f]{16}$' } },
  },
  partial: {
    description: 'Set by `ctrlflow report --allow-partial` when the shards it merged are not one complete run',
    type: 'object',
    required: ['shards', 'problem'],
    additionalProperties: false,
    properties: { shards: { type: 'array', items: { type: 'string', pattern: '^[0-9]+/[0-9]+$' } }, problem: text },
  },
  targets: { type: 'array', items: ref('target') },
  controlsCommit: { type: 'string', pattern: '^[0-9a-f]{7,64}$', description: 'git commit (HEAD) of the repository holding the controls, when known' },
  controlSet: {
    type: 'object',
    description: 'the control set as loaded: content hash of every control, flow and framework file read, and the git commit holding them (dirty: some loaded file is not as committed)',
    required: requiredOf<ControlSet>()(['contentHash', 'files']),
    additionalProperties: false,
    properties: {
      contentHash: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
      files: { type: 'integer', minimum: 0 },
      commit: { type: 'string', pattern: '^[0-9a-f]{7,64}$' },
      dirty: { type: 'boolean' },
      changed: { type: 'array', items: text },
    },
  },
};

const summaryProperties: PropertiesOf<ReportSummary> = {
  finishedAt: { type: 'string', format: 'date-time' },
  controls: { type: 'array', items: ref('control'), description: 'each control once: what it checks, how it is fixed, and how it came out' },
  totals: ref('counts'),
  apiCalls: { type: 'object', additionalProperties: count, description: 'live scans: HTTP requests made, retries included, by Service.Method' },
  exceptions: { type: 'array', items: ref('exceptionUse') },
  baseline: {
    type: 'object',
    required: ['file', 'scanId', 'new', 'unchanged', 'resolved'],
    additionalProperties: false,
    properties: {
      file: text,
      scanId: text,
      new: count,
      unchanged: count,
      excepted: { ...count, description: 'EXCEPTED results (an accepted risk is neither fixed nor new)' },
      resolved: { type: 'array', items: { type: 'object', required: requiredOf<ResolvedFinding>()(['controlId', 'provider', 'account', 'region', 'now']), additionalProperties: false, properties: resolvedProperties } },
    },
  },
  remediation: {
    description: 'With --remediate: what was applied, and the audit log (JSON lines) it was recorded in.',
    type: 'object',
    required: ['auditLog', 'applied', 'noOp', 'failed', 'interrupted', 'fixed', 'stillFailing'],
    additionalProperties: false,
    properties: { auditLog: text, applied: count, noOp: count, failed: count, interrupted: count, fixed: count, stillFailing: count },
  },
  plan: {
    description: 'Without --remediate, when some FAIL has an action still to run: the actions as distinct calls (the count --max-actions applies to), the FAIL results they would fix, and how many await approval (--approve).',
    type: 'object',
    required: ['actions', 'results', 'awaitingApproval'],
    additionalProperties: false,
    properties: { actions: count, results: count, awaitingApproval: count },
  },
  sources: {
    description: 'Set by `ctrlflow report` when several results were merged: the scans it read.',
    type: 'array',
    items: { type: 'object', required: ['file', 'scanId'], properties: { file: text, scanId: text } },
  },
  frameworks: {
    description:
      'Each framework the scan reports on (those of --framework, else those of the scanned clouds): every requirement with its status, the pass rate and coverage; computed again by `ctrlflow report` when it merges.',
    type: 'array',
    items: ref('framework'),
  },
};

const definitions = {
  provider: { enum: [...CLOUDS] },
  severity: { enum: [...SEVERITIES] },
  status: { enum: [...STATUSES] },
  counts,
  compliance: { type: 'object', additionalProperties: { type: 'array', items: text } },
  target: { type: 'object', required: ['provider', 'account', 'region'], additionalProperties: false, properties: { provider: ref('provider'), account: text, region: text } },
  control: { type: 'object', required: requiredOf<ControlSummary>()(['id', 'title', 'severity', 'provider', 'resourceType', 'flowId', 'status', 'counts', 'references', 'compliance', 'tags', 'file', 'line']), additionalProperties: false, properties: controlProperties },
  result: { type: 'object', required: requiredOf<StoredResult>()(['controlId', 'status', 'provider', 'account', 'region']), additionalProperties: false, properties: resultProperties },
  passGroup: {
    type: 'object',
    description: `At evidence findings: consecutive PASS results of one control and target that carry nothing but their identity, as one line of at most ${PASS_GROUP_SIZE} resources; each stands for the result {controlId, status, provider, account, region, resourceId: id, displayName: name}`,
    required: requiredOf<PassGroup>()(['controlId', 'status', 'provider', 'account', 'region', 'resources']),
    additionalProperties: false,
    properties: passGroupProperties,
  },
  resultLine: { if: { type: 'object', required: ['resources'], properties: { resources: {} } }, then: ref('passGroup'), else: ref('result') },
  actionRecord: actionRecordSchema,
  percent: { type: 'number', minimum: 0, maximum: 100 },
  requirementStatus: { enum: [...REQUIREMENT_STATUSES] },
  requirement: { type: 'object', required: requiredOf<RequirementReport>()(['id', 'title', 'assessment', 'status', 'controls']), additionalProperties: false, properties: requirementProperties },
  framework: { type: 'object', required: requiredOf<FrameworkReport>()(['id', 'title', 'version', 'provider', 'summary', 'requirements']), additionalProperties: false, properties: frameworkProperties },
  exceptionUse: {
    type: 'object',
    required: ['control', 'resource', 'reason', 'owner', 'expires', 'source', 'state', 'applied'],
    additionalProperties: false,
    properties: { control: text, resource: text, reason: text, owner: text, expires: { type: 'string', format: 'date' }, source: text, state: { enum: ['active', 'expired', 'unused'] }, applied: count },
  },
};

const headRequired = requiredOf<HeadFields>()(['schemaVersion', 'tool', 'scanId', 'startedAt', 'inventory', 'failOn', 'evidence', 'targets']);
const summaryRequired = requiredOf<ReportSummary>()(['finishedAt', 'controls', 'totals']);

/**
 * The whole document. Summary sections other parts of ctrlflow add (e.g. `frameworks`) are
 * described here; any other key is allowed at the top level: a 2.x reader must ignore keys it
 * does not know.
 */
export const RESULTS_SCHEMA_V2 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/ctrlflow/ctrlflow/schemas/results.schema.json',
  title: 'ctrlflow scan result (ctrlflow.json)',
  description:
    'The JSON report of one ctrlflow scan, schemaVersion 2.0. Each control is stated once under `controls` (title, severity, remediation, compliance…); each result carries only what varies per resource. With the default `evidence: findings`, PASS results carry identity, status and target only, and consecutive ones of one control and target are one line (passGroup). The text of a match equal to the reason of its result is omitted. Written as one result per line between the head and the summary, so it can be read as a stream. Fields may be added in a minor version.',
  type: 'object',
  required: [...headRequired, 'results', ...summaryRequired],
  properties: { ...headProperties, results: { type: 'array', items: ref('resultLine') }, ...summaryProperties },
  definitions,
} as const;

/** The parts a streaming reader checks one at a time: the head line, each result line (a result or a PASS group), the summary line. */
export const HEAD_SCHEMA = { type: 'object', required: [...headRequired], properties: headProperties, definitions } as const;
export const RESULT_SCHEMA = { ...ref('resultLine'), definitions } as const;
export const SUMMARY_SCHEMA = { type: 'object', required: [...summaryRequired], properties: summaryProperties, definitions } as const;
