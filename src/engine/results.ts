import type { LoadedControl } from '../load/catalog.js';
import { STATUSES, type ControlStatus, type ControlSummary, type Result, type Status } from '../model/result.js';
import type { FlowExecution } from './run-flow.js';

/** The results of one control on one target: one per resource, or one ERROR when the run failed. */
export function resultsFor(loaded: LoadedControl, execution: FlowExecution): Result[] {
  const { control } = loaded;
  const base = {
    controlId: control.id,
    title: control.title,
    severity: control.severity,
    provider: control.provider,
    account: execution.target.account,
    region: execution.target.region,
    resourceType: control.resourceType,
    ...(control.remediation === undefined ? {} : { remediation: control.remediation }),
    compliance: control.compliance ?? {},
    flowId: execution.flowId,
    executionId: execution.executionId,
    time: execution.finishedAt,
  };
  if (execution.error) {
    // Never PASS what could not be read: one ERROR for the control on this target.
    return [{ ...base, status: 'ERROR', evidence: {}, reason: execution.error.message, matches: [], errorCode: execution.error.code }];
  }
  return execution.verdicts.map((v) => ({
    ...base,
    status: v.status,
    resourceId: v.resourceId,
    ...(v.displayName === undefined ? {} : { displayName: v.displayName }),
    evidence: v.evidence,
    reason: v.matches.map((m) => m.text).join('; '),
    matches: v.matches,
  }));
}

export function controlSummary(loaded: LoadedControl, results: Result[]): ControlSummary {
  const { control } = loaded;
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of results) counts[r.status] += 1;
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

/** The worst status present, in STATUSES order; nothing at all means not applicable. */
function overall(counts: Record<Status, number>): ControlStatus {
  return STATUSES.find((s) => counts[s] > 0) ?? 'NO_RESOURCES';
}
