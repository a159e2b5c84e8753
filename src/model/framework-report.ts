import type { AttestationEntry } from './attestation.js';
import type { Cloud } from './control.js';
import type { Assessment } from './framework.js';
import type { ControlStatus, Status } from './status.js';

/**
 * A requirement's status in one scan, worst first:
 * - fail: a control found a breach (for a manual requirement: an evidence control did, or it was attested non-compliant)
 * - error: a control could not read a target, and none failed
 * - manual-expired / manual-missing: a manual requirement whose attestation has expired / does not exist
 * - not-evaluated: an automated requirement with no control, or with a control that did not run in this scan
 * - manual-attested: a manual requirement attested compliant and unexpired (never "pass")
 * - not-applicable: its controls found no resource, or it was attested not applicable
 * - pass: an automated requirement all of whose controls ran and none failed or errored
 */
export const REQUIREMENT_STATUSES = ['fail', 'error', 'manual-expired', 'manual-missing', 'not-evaluated', 'manual-attested', 'not-applicable', 'pass'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

/** A control behind a requirement: how it came out, or NOT_RUN when this scan did not run it. */
export interface RequirementControl {
  id: string;
  status: ControlStatus | 'NOT_RUN';
  counts?: Record<Status, number>;
}

/** An attestation as a report shows it: where it was written, and whether it had expired at scan time. */
export interface AttestationRecord extends Omit<AttestationEntry, 'framework' | 'requirement'> {
  /** `file:line` of the entry. */
  source: string;
  expired: boolean;
}

export interface RequirementReport {
  id: string;
  title: string;
  section?: string;
  level?: number;
  assessment: Assessment;
  status: RequirementStatus;
  controls: RequirementControl[];
  attestation?: AttestationRecord;
}

export interface FrameworkCoverage {
  requirements: number;
  automated: number;
  /** Automated requirements with at least one control. */
  automatedCovered: number;
  /** Manual requirements with at least one evidence control. */
  manualWithEvidence: number;
  /** Manual requirements without a control: shown by their attestation alone. */
  attestableOnly: number;
  /** automatedCovered of automated, in percent (one decimal). */
  coverage: number;
}

export interface FrameworkSummary extends FrameworkCoverage {
  statuses: Record<RequirementStatus, number>;
  /** pass of (pass + fail + error) among automated requirements, in percent (one decimal); null when none was evaluated. */
  passRate: number | null;
}

/** One framework in a scan report: every requirement with its status, and the framework's figures. */
export interface FrameworkReport {
  id: string;
  title: string;
  version: string;
  provider: Cloud;
  source?: string;
  summary: FrameworkSummary;
  requirements: RequirementReport[];
}
