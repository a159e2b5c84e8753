import type { ActionRecord } from './action.js';
import type { Cloud } from './control.js';
import type { ExceptionUse } from './exception.js';
import type { FrameworkReport } from './framework-report.js';
import type { Severity } from './severity.js';

export const STATUSES = ['FAIL', 'ERROR', 'EXCEPTED', 'PASS'] as const;
export type Status = (typeof STATUSES)[number];

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

/** One result per (control, target, resource), or per (control, target) when the target was unreadable. */
export interface Result {
  controlId: string;
  title: string;
  severity: Severity;
  status: Status;
  provider: Cloud;
  account: string;
  region: string;
  resourceType: string;
  /** Absent on a target-level ERROR. */
  resourceId?: string;
  displayName?: string;
  /** Evidence key (JSONPath as written) -> value(s) seen. */
  evidence: Record<string, unknown>;
  /** Why it failed or errored, one line; empty for PASS. */
  reason: string;
  /** The matched conditions behind a FAIL. */
  matches: Match[];
  remediation?: string;
  compliance: Record<string, string[]>;
  flowId: string;
  executionId: string;
  /** ISO time of the evaluation. */
  time: string;
  /** Cloud or node error code on ERROR, e.g. `AccessDenied` or `node-failed`. */
  errorCode?: string;
  /** On EXCEPTED: the exception that covers it (`source` is its `file:line`). */
  exception?: { reason: string; owner: string; expires: string; source: string };
  /** With --baseline: on a FAIL whether the previous run failed it too (`new`, `unchanged`); every EXCEPTED result is `excepted`. */
  baseline?: 'new' | 'unchanged' | 'excepted';
  /** On a FAIL (or, after --remediate, the result it became): what the flow's action nodes plan or did. */
  actions?: ActionRecord[];
}

/** A FAIL of the baseline run that is fixed: it now PASSes, or is no longer seen. (Now EXCEPTED is `excepted`; now ERROR is not known to be fixed.) */
export interface ResolvedFinding {
  controlId: string;
  provider: Cloud;
  account: string;
  region: string;
  resourceId?: string;
  now: 'PASS' | 'absent';
}

/** How a control came out overall. NO_RESOURCES: nothing of its type was found (not applicable). */
export type ControlStatus = Status | 'NO_RESOURCES';

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

export interface ControlSummary {
  id: string;
  title: string;
  severity: Severity;
  provider: Cloud;
  resourceType: string;
  flowId: string;
  status: ControlStatus;
  counts: Record<Status, number>;
  description?: string;
  rationale?: string;
  remediation?: string;
  references: string[];
  compliance: Record<string, string[]>;
  tags: string[];
  /** Repo-relative control file and the line of its `id`, for SARIF locations. */
  file: string;
  line: number;
  warnings?: ControlWarning[];
}

export interface TargetSummary {
  provider: Cloud;
  account: string;
  region: string;
}

/** A whole scan: what the JSON reporter writes and every other reporter reads. */
export interface ScanReport {
  schemaVersion: '1.0';
  tool: { name: 'ctrlflow'; version: string; informationUri: string };
  scanId: string;
  startedAt: string;
  finishedAt: string;
  inventory: string;
  failOn: Severity | 'none';
  /** Present when this report is one shard (`--shard 2/4`) of a scan; `ctrlflow report --merge` joins them. */
  shard?: { index: number; count: number };
  targets: TargetSummary[];
  /** Live scans: HTTP requests made, retries included, by `Service.Method`. */
  apiCalls?: Record<string, number>;
  controls: ControlSummary[];
  results: Result[];
  totals: Record<Status, number>;
  /** The git commit (HEAD) of the repository holding the controls, when they are in one. */
  controlsCommit?: string;
  /**
   * The control set as loaded (src/load/provenance.ts): the content hash of every control, flow
   * and framework file read, how many, and the git commit holding them with `dirty` when some
   * loaded file is not as committed (`changed` names them).
   */
  controlSet?: { contentHash: string; files: number; commit?: string; dirty?: boolean; changed?: string[] };
  /** With --exceptions: every exception and what became of it. */
  exceptions?: ExceptionUse[];
  /** With --baseline: the delta against the previous run's JSON report. */
  baseline?: { file: string; scanId: string; new: number; unchanged: number; excepted?: number; resolved: ResolvedFinding[] };
  /** With --remediate: what was applied, and the audit log it was recorded in. */
  remediation?: { auditLog: string; applied: number; noOp: number; failed: number; interrupted: number; fixed: number; stillFailing: number };
  /** Set by `ctrlflow report` when it merged several results: the scans it read. */
  sources?: { file: string; scanId: string }[];
  /** The frameworks of the scanned clouds (or those of --framework): each requirement's status, pass rate, coverage. */
  frameworks?: FrameworkReport[];
}
