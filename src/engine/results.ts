import type { LoadedControl } from '../load/catalog.js';
import type { ExceptionUse } from '../model/exception.js';
import { STATUSES, type ControlInfo, type ControlStatus, type ControlSummary, type EvidenceLevel, type ResolvedFinding, type Result, type Status } from '../model/result.js';
import { atOrAbove, type Severity } from '../model/severity.js';
import type { Verdict } from '../nodes/types.js';
import type { FlowExecution } from './run-flow.js';

/** What a report states once about a control. */
export function controlInfo(loaded: LoadedControl): ControlInfo {
  const { control } = loaded;
  return {
    id: control.id,
    title: control.title,
    severity: control.severity,
    provider: control.provider,
    resourceType: control.resourceType,
    flowId: loaded.flowId,
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

/** How many results one control's execution on one target gives: one per resource, or one ERROR when the run failed. */
export function resultCount(execution: FlowExecution): number {
  return execution.error ? 1 : execution.verdicts.length;
}

/**
 * The results of one control on one target, `from` up to `to` (all by default): one per
 * resource, or one ERROR when the run failed. Each is one object literal of one fixed shape (a
 * field not there is undefined, which JSON leaves out), fields in the order the JSON report
 * writes them. A PASS carries identity, status and target only, unless `level` is `full`.
 */
export function resultsOf(controlId: string, execution: FlowExecution, level: EvidenceLevel, from = 0, to = resultCount(execution)): Result[] {
  const { provider, account, region } = execution.target;
  if (execution.error) {
    // Never PASS what could not be read: one ERROR for the control on this target.
    const { message, code } = execution.error;
    return from > 0 || to < 1 ? [] : [make(controlId, 'ERROR', provider, account, region, undefined, undefined, {}, message, [], execution.executionId, execution.finishedAt, code)];
  }
  const { verdicts } = execution;
  const end = Math.min(to, verdicts.length);
  const results = new Array<Result>(Math.max(0, end - from));
  for (let i = from; i < end; i += 1) results[i - from] = fromVerdict(controlId, verdicts[i]!, execution, level);
  return results;
}

function fromVerdict(controlId: string, v: Verdict, execution: FlowExecution, level: EvidenceLevel): Result {
  const { provider, account, region } = execution.target;
  if (v.status === 'PASS' && level === 'findings') return make(controlId, 'PASS', provider, account, region, v.resourceId, v.displayName, undefined, undefined, undefined, undefined, undefined, undefined);
  let reason = '';
  if (v.error) reason = v.error.message;
  else for (let i = 0; i < v.matches.length; i += 1) reason += i === 0 ? v.matches[i]!.text : `; ${v.matches[i]!.text}`;
  return make(controlId, v.status, provider, account, region, v.resourceId, v.displayName, v.evidence, reason, v.matches, execution.executionId, execution.finishedAt, v.error?.code);
}

function make(
  controlId: string,
  status: Status,
  provider: Result['provider'],
  account: string,
  region: string,
  resourceId: string | undefined,
  displayName: string | undefined,
  evidence: Result['evidence'],
  reason: string | undefined,
  matches: Result['matches'],
  executionId: string | undefined,
  time: string | undefined,
  errorCode: string | undefined,
): Result {
  return { controlId, status, provider, account, region, resourceId, displayName, evidence, reason, matches, executionId, time, errorCode, exception: undefined, baseline: undefined, actions: undefined };
}

export function zeroCounts(): Record<Status, number> {
  return { FAIL: 0, ERROR: 0, EXCEPTED: 0, PASS: 0 };
}

/** The worst status present, in STATUSES order; nothing at all means not applicable. */
export function overall(counts: Record<Status, number>): ControlStatus {
  return STATUSES.find((s) => counts[s] > 0) ?? 'NO_RESOURCES';
}

/**
 * Everything a summary counts, counted once as the results stream by: each control's counts,
 * the totals, the exit-code facts, each exception's uses, and the current status of every
 * FAIL of the baseline run.
 */
export class Tally {
  readonly totals = zeroCounts();
  private readonly counts = new Map<string, Record<Status, number>>();
  private readonly severity = new Map<string, Severity>();
  private readonly exceptionUses = new Map<string, number>();
  private readonly now = new Map<string, Status>();
  private lastId: string | undefined;
  private last = zeroCounts();
  anyError = false;
  gates = false;
  baselineNew = 0;
  baselineUnchanged = 0;
  baselineExcepted = 0;

  constructor(
    private readonly controls: readonly ControlInfo[],
    private readonly failOn: Severity | 'none',
    private readonly onlyNew: boolean,
    /** The baseline run's FAILs by finding key, when there is one. */
    private readonly previous?: ReadonlyMap<string, Omit<ResolvedFinding, 'now'>>,
  ) {
    for (const c of controls) {
      this.counts.set(c.id, zeroCounts());
      this.severity.set(c.id, c.severity);
    }
  }

  count(r: Result): void {
    this.totals[r.status] += 1;
    // Results come control by control: the last control's counts are looked up once per batch, not per result.
    if (r.controlId !== this.lastId) {
      this.lastId = r.controlId;
      this.last = this.counts.get(r.controlId)!;
    }
    this.last[r.status] += 1;
    if (r.status === 'ERROR') this.anyError = true;
    else if (r.status === 'FAIL') {
      if (this.failOn !== 'none' && (!this.onlyNew || r.baseline === 'new') && atOrAbove(this.severity.get(r.controlId)!, this.failOn)) this.gates = true;
      if (r.baseline === 'new') this.baselineNew += 1;
      else if (r.baseline === 'unchanged') this.baselineUnchanged += 1;
    } else if (r.status === 'EXCEPTED') {
      if (r.baseline === 'excepted') this.baselineExcepted += 1;
      if (r.exception) this.exceptionUses.set(r.exception.source, (this.exceptionUses.get(r.exception.source) ?? 0) + 1);
    }
    if (this.previous) {
      const key = findingKey(r);
      if (this.previous.has(key)) this.now.set(key, r.status);
    }
  }

  controlSummaries(): ControlSummary[] {
    return this.controls.map((c) => {
      const counts = this.counts.get(c.id)!;
      return { ...c, status: overall(counts), counts };
    });
  }

  /** How often each exception (by its `file:line`) turned a FAIL into EXCEPTED. */
  applied(source: string): number {
    return this.exceptionUses.get(source) ?? 0;
  }

  /** The baseline's FAILs that no longer fail, with what they are now. */
  resolved(): ResolvedFinding[] {
    const resolved: ResolvedFinding[] = [];
    for (const [key, old] of this.previous ?? []) {
      const now = this.now.get(key) ?? 'absent';
      // Resolved only when it now PASSes or is gone: EXCEPTED is accepted, ERROR is unknown.
      if (now === 'PASS' || now === 'absent') resolved.push({ ...old, now });
    }
    return resolved;
  }

  exceptions(uses: readonly Omit<ExceptionUse, 'applied' | 'state'>[], expired: (u: Omit<ExceptionUse, 'applied' | 'state'>) => boolean): ExceptionUse[] {
    return uses.map((u) => {
      const applied = this.applied(u.source);
      return { ...u, state: expired(u) ? 'expired' : applied > 0 ? 'active' : 'unused', applied };
    });
  }
}

/** One finding across runs: the same control on the same resource (or whole target) in the same place. */
export function findingKey(r: Pick<Result, 'controlId' | 'provider' | 'account' | 'region' | 'resourceId'>): string {
  return `${r.controlId}\u0000${r.provider}\u0000${r.account}\u0000${r.region}\u0000${r.resourceId ?? ''}`;
}
