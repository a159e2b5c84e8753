import type { Severity } from './severity.js';
import type { ControlSummary, ReportSummary, Result, TargetSummary } from './result.js';

/**
 * A ctrlflow.json of schemaVersion 1.0, as earlier versions wrote it (schemas/results-1.0.schema.json):
 * every result repeated its control's title, severity, resource type, remediation, compliance
 * and flow, and carried its evidence even on a PASS. `ctrlflow report` and `--baseline` still
 * read it; nothing writes it.
 */
export interface ResultV1 extends Required<Pick<Result, 'evidence' | 'reason' | 'matches' | 'executionId' | 'time'>>, Omit<Result, 'evidence' | 'reason' | 'matches' | 'executionId' | 'time'> {
  title: string;
  severity: Severity;
  resourceType: string;
  remediation?: string;
  compliance: Record<string, string[]>;
  flowId: string;
}

export interface ScanReportV1 extends Omit<ReportSummary, 'controls'> {
  schemaVersion: '1.0';
  tool: { name: 'ctrlflow'; version: string; informationUri: string };
  scanId: string;
  startedAt: string;
  inventory: string;
  failOn: Severity | 'none';
  shard?: { index: number; count: number };
  targets: TargetSummary[];
  controls: ControlSummary[];
  results: ResultV1[];
  controlsCommit?: string;
}

/** A 1.0 result as 2.0 states it: the control's fields left to the control. */
export function resultFromV1(r: ResultV1): Result {
  const { title: _t, severity: _s, resourceType: _rt, remediation: _r, compliance: _c, flowId: _f, ...rest } = r;
  return rest;
}
