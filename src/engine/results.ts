import type { LoadedControl } from '../load/catalog.js';
import { STATUSES, type ControlStatus, type ControlSummary, type Result, type ScanReport, type Status } from '../model/result.js';
import type { FlowExecution } from './run-flow.js';

/**
 * The results of one control on one target: one per resource, or one ERROR when the run
 * failed. Each is one object literal of a fixed shape (absent fields are undefined, which
 * JSON leaves out): at 200k results, spreading a shared base cost a second.
 */
export function resultsFor(loaded: LoadedControl, execution: FlowExecution): Result[] {
  const { control } = loaded;
  const { account, region } = execution.target;
  const compliance = control.compliance ?? {};
  const make = (status: Result['status'], fields: Pick<Result, 'resourceId' | 'displayName' | 'evidence' | 'reason' | 'matches' | 'errorCode'>): Result => ({
    controlId: control.id,
    title: control.title,
    severity: control.severity,
    status,
    provider: control.provider,
    account,
    region,
    resourceType: control.resourceType,
    resourceId: fields.resourceId,
    displayName: fields.displayName,
    evidence: fields.evidence,
    reason: fields.reason,
    matches: fields.matches,
    remediation: control.remediation,
    compliance,
    flowId: execution.flowId,
    executionId: execution.executionId,
    time: execution.finishedAt,
    errorCode: fields.errorCode,
  });
  if (execution.error) {
    // Never PASS what could not be read: one ERROR for the control on this target.
    const { message, code } = execution.error;
    return [make('ERROR', { resourceId: undefined, displayName: undefined, evidence: {}, reason: message, matches: [], errorCode: code })];
  }
  return execution.verdicts.map((v) =>
    make(v.status, {
      resourceId: v.resourceId,
      displayName: v.displayName,
      evidence: v.evidence,
      reason: v.error ? v.error.message : v.matches.map((m) => m.text).join('; '),
      matches: v.matches,
      errorCode: v.error?.code,
    }),
  );
}

export function controlSummary(loaded: LoadedControl, results: Result[]): ControlSummary {
  const { control } = loaded;
  const counts = countStatuses(results);
  return {
    id: control.id,
    title: control.title,
    severity: control.severity,
    provider: control.provider,
    resourceType: control.resourceType,
    flowId: loaded.flowId,
    status: overall(counts),
    counts,
    ...(control.description === undefined ? {} : { description: control.description }),
    ...(control.rationale === undefined ? {} : { rationale: control.rationale }),
    ...(control.remediation === undefined ? {} : { remediation: control.remediation }),
    references: control.references ?? [],
    compliance: control.compliance ?? {},
    tags: control.tags ?? [],
    file: loaded.file,
    line: loaded.line,
  };
}

export function countStatuses(results: Result[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of results) counts[r.status] += 1;
  return counts;
}

/** The report with its results replaced (e.g. some now EXCEPTED): control counts, statuses and totals follow. */
export function withResults(report: ScanReport, results: Result[]): ScanReport {
  const byControl = new Map<string, Result[]>();
  for (const r of results) {
    const list = byControl.get(r.controlId);
    if (list) list.push(r);
    else byControl.set(r.controlId, [r]);
  }
  const controls = report.controls.map((c) => {
    const counts = countStatuses(byControl.get(c.id) ?? []);
    return { ...c, counts, status: overall(counts) };
  });
  return { ...report, controls, results, totals: countStatuses(results) };
}

/** The worst status present, in STATUSES order; nothing at all means not applicable. */
function overall(counts: Record<Status, number>): ControlStatus {
  return STATUSES.find((s) => counts[s] > 0) ?? 'NO_RESOURCES';
}
