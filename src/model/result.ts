import type { ActionRecord, PendingActions } from './action.js';
import type { Cloud } from './control.js';
import type { ExceptionUse } from './exception.js';
import type { FrameworkReport } from './framework-report.js';
import type { Severity } from './severity.js';
import type { ControlStatus, Status } from './status.js';

// The statuses live in status.ts, which framework-report.ts reads too (no import cycle); they are part of this module's API.
export { STATUSES, type ControlStatus, type Status } from './status.js';

/** The JSON report's version: 2.0 states control-level fields once per control, and PASS results lean. */
export const SCHEMA_VERSION = '2.0';

/**
 * How much a result carries. `findings` (default): PASS results carry identity, status and
 * target only; FAIL, ERROR and EXCEPTED carry their evidence, reason, matches, execution and
 * time. `full`: every result carries all of it (1.0's detail, without the control fields).
 */
export const EVIDENCE_LEVELS = ['findings', 'full'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** Why a resource failed: one matched condition, with what was expected and what was seen. */
export interface Match {
  /** Condition id, e.g. `c1`. */
  condition: string;
  type: string;
  /** Human sentence, e.g. `$.PubliclyAccessible == true (seen: true)`. */
  text: string;
  key?: string;
  operator?: string;
  expected?: unknown;
  seen?: unknown;
  /** securityGroup on AWS: the matched permissions, one per peer, as RevokeSecurityGroupIngress takes them. */
  rules?: Record<string, unknown>[];
}

/**
 * One result per (control, target, resource), or per (control, target) when the target was
 * unreadable. Only what varies per resource: the control's title, severity, remediation,
 * compliance, resource type and flow are in its ControlInfo, once.
 */
export interface Result {
  controlId: string;
  status: Status;
  provider: Cloud;
  account: string;
  region: string;
  /** Absent on a target-level ERROR. */
  resourceId?: string;
  displayName?: string;
  /** Evidence key (JSONPath as written) -> value(s) seen. Absent on a PASS unless `--evidence full`. */
  evidence?: Record<string, unknown>;
  /** Why it failed or errored, one line; empty for PASS; absent on a lean PASS. */
  reason?: string;
  /** The matched conditions behind a FAIL. */
  matches?: Match[];
  /** The flow execution (history record) that produced it; absent on a lean PASS. */
  executionId?: string;
  /** ISO time of the evaluation; absent on a lean PASS. */
  time?: string;
  /** Cloud or node error code on ERROR, e.g. `AccessDenied` or `node-failed`. */
  errorCode?: string;
  /** On EXCEPTED: the exception that covers it (`source` is its `file:line`). */
  exception?: { reason: string; owner: string; expires: string; source: string };
  /** With --baseline: on a FAIL whether the previous run failed it too (`new`, `unchanged`); every EXCEPTED result is `excepted`. */
  baseline?: 'new' | 'unchanged' | 'excepted';
  /** On a FAIL (or, after --remediate, the result it became): what the flow's action nodes plan or did. */
  actions?: ActionRecord[];
}

/**
 * ctrlflow.json on disk only (the in-memory Result is unchanged): at `--evidence findings`,
 * consecutive lean PASS results (identity, status and target, nothing else) of one control
 * and target are written as one line, at most PASS_GROUP_SIZE resources a line. Readers
 * (src/load/report-file.ts) expand it back into the same PASS results, in order.
 */
export interface PassGroup {
  controlId: string;
  status: 'PASS';
  provider: Cloud;
  account: string;
  region: string;
  /** Each PASS: its resourceId, and its displayName when it has one. */
  resources: PassResource[];
}
export interface PassResource {
  id: string;
  name?: string;
}
/** At most this many resources in one PassGroup line, so a line stays bounded. */
export const PASS_GROUP_SIZE = 1000;

/** A match as ctrlflow.json writes it: `text` is omitted when it equals the result's `reason` (a reader restores it). */
export type StoredMatch = Omit<Match, 'text'> & { text?: string };
/** A result as ctrlflow.json writes it: its matches as StoredMatch. */
export type StoredResult = Omit<Result, 'matches'> & { matches?: StoredMatch[] };
/** One line of ctrlflow.json's `results`. */
export type ResultLine = StoredResult | PassGroup;

/** A FAIL of the baseline run that is fixed: it now PASSes, or is no longer seen. (Now EXCEPTED is `excepted`; now ERROR is not known to be fixed.) */
export interface ResolvedFinding {
  controlId: string;
  provider: Cloud;
  account: string;
  region: string;
  resourceId?: string;
  now: 'PASS' | 'absent';
}


/**
 * What makes a control's results less than they seem, though none is wrong by itself:
 * `KeyNeverFound`, a condition key that none of the items judged had (where no schema let
 * `validate` check it), so the condition checked nothing. `--strict` turns its PASS into ERROR.
 */
export interface ControlWarning {
  code: 'KeyNeverFound';
  message: string;
  /** The evaluate node, the condition and its key as written. */
  node: string;
  condition: string;
  key: string;
  /** The items judged, on every target of the control, none of which had the key. */
  items: number;
}

/** What a control is, stated once per report: known before its first result. */
export interface ControlInfo {
  id: string;
  title: string;
  severity: Severity;
  provider: Cloud;
  resourceType: string;
  flowId: string;
  description?: string;
  rationale?: string;
  remediation?: string;
  references: string[];
  compliance: Record<string, string[]>;
  tags: string[];
  /** Repo-relative control file and the line of its `id`, for SARIF locations. */
  file: string;
  line: number;
}

/** A control with how it came out: known after its last result. */
export interface ControlSummary extends ControlInfo {
  status: ControlStatus;
  counts: Record<Status, number>;
  warnings?: ControlWarning[];
}

export interface TargetSummary {
  provider: Cloud;
  account: string;
  region: string;
}

export type Remediation = { auditLog: string; applied: number; noOp: number; failed: number; interrupted: number; fixed: number; stillFailing: number };
export type ControlSet = { contentHash: string; files: number; commit?: string; dirty?: boolean; changed?: string[] };
export type BaselineDelta = { file: string; scanId: string; new: number; unchanged: number; excepted?: number; resolved: ResolvedFinding[] };

/** What every report knows before the first result: the scan, its scope and the controls it evaluates. */
export interface ReportHead {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'ctrlflow'; version: string; informationUri: string };
  scanId: string;
  startedAt: string;
  inventory: string;
  failOn: Severity | 'none';
  /** What PASS results carry (see EvidenceLevel). */
  evidence: EvidenceLevel;
  /**
   * Present when this report is one shard (`--shard 2/4`) of a scan; `ctrlflow report` joins
   * them. `controls` fingerprints the control set of the whole run (every shard's share), so a
   * merge can tell shards of one run from shards of another.
   */
  shard?: { index: number; count: number; controls?: string };
  /** Set by `ctrlflow report --allow-partial` when the shards merged are not one complete run: the shards given and what is wrong. */
  partial?: { shards: string[]; problem: string };
  targets: TargetSummary[];
  /** The controls evaluated, in id order. */
  controls: ControlInfo[];
  /** The git commit (HEAD) of the repository holding the controls, when they are in one. */
  controlsCommit?: string;
  /**
   * The control set as loaded (src/load/provenance.ts): the content hash of every control, flow
   * and framework file read, how many, and the git commit holding them with `dirty` when some
   * loaded file is not as committed (`changed` names them).
   */
  controlSet?: ControlSet;
}

/**
 * What every report knows after the last result. An open object: a section added by another
 * part of ctrlflow (e.g. `frameworks`) is one more optional key here, computed by a
 * SummarySection the pipeline is given, and passed on untouched to every reporter.
 */
export interface ReportSummary {
  finishedAt: string;
  /** Each control of the head, in the same order, with its status and counts. */
  controls: ControlSummary[];
  totals: Record<Status, number>;
  /** Live scans: HTTP requests made, retries included, by `Service.Method`. */
  apiCalls?: Record<string, number>;
  /** With --exceptions: every exception and what became of it. */
  exceptions?: ExceptionUse[];
  /** With --baseline: the delta against the previous run's JSON report. */
  baseline?: BaselineDelta;
  /** With --remediate: what was applied, and the audit log it was recorded in. */
  remediation?: Remediation;
  /**
   * Without --remediate, when some FAIL has an action still to run: the actions as distinct
   * calls (one call planned by several controls is one, as --max-actions counts them), the
   * FAIL results they would fix, and how many await approval.
   */
  plan?: PendingActions;
  /** Set by `ctrlflow report` when it merged several results: the scans it read. */
  sources?: { file: string; scanId: string }[];
  /** The frameworks of the scanned clouds (or those of --framework): each requirement's status, pass rate, coverage. */
  frameworks?: FrameworkReport[];
}

/**
 * A whole scan as one object: what `JSON.parse(ctrlflow.json)` gives for a 2.0 file (the
 * head's fields, the results, then the summary's fields, `controls` being the summary's).
 * Reporters never need it: they read the stream.
 */
export type ScanReport = Omit<ReportHead, 'controls'> & ReportSummary & { results: Result[] };

/** The head and summary of a whole report (a fixture, a merged 1.0 file) to stream it. */
export function splitReport(report: ScanReport): { head: ReportHead; summary: ReportSummary } {
  const { schemaVersion, tool, scanId, startedAt, inventory, failOn, evidence, shard, partial, targets, controlsCommit, controlSet, results: _results, ...summary } = report;
  const controls: ControlInfo[] = summary.controls.map(({ status: _s, counts: _c, warnings: _w, ...info }) => info);
  const head: ReportHead = {
    schemaVersion, tool, scanId, startedAt, inventory, failOn, evidence, ...(shard ? { shard } : {}), ...(partial ? { partial } : {}), targets, controls,
    ...(controlsCommit ? { controlsCommit } : {}),
    ...(controlSet ? { controlSet } : {}),
  };
  return { head, summary };
}
