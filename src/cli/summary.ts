import { callsText, countPending, noPendingActions, type ActionRecord, type PendingActions, type PendingTally } from '../model/action.js';
import { REQUIREMENT_STATUSES, type FrameworkReport } from '../model/framework-report.js';
import { splitReport, type ControlSummary, type ReportHead, type ReportSummary, type Result, type ScanReport } from '../model/result.js';
import { partialBanner } from '../model/partial.js';
import { severityRank } from '../model/severity.js';
import type { ResultStream } from '../engine/stream.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { Io } from './io.js';

const SHOWN_PER_CONTROL = 5;

/**
 * The terminal summary, as a consumer of the result stream: per control it keeps the first
 * few results that need attention (FAIL, ERROR, and a PASS that --remediate fixed) and how
 * many there are; `print` then writes one line per such control, worst first, with the
 * failing resources (which one, where, why) and how to fix it; then totals and the verdict.
 */
export class SummaryPrinter implements ResultStream {
  private head: ReportHead | undefined;
  private summary: ReportSummary | undefined;
  private readonly shown = new Map<string, Result[]>();
  private readonly listed = new Map<string, number>();
  private readonly plan: PendingTally = noPendingActions();

  begin(head: ReportHead): void {
    this.head = head;
  }

  results(batch: readonly Result[]): void {
    for (const r of batch) {
      countPending(this.plan, r);
      if (r.status !== 'FAIL' && r.status !== 'ERROR' && !fixed(r)) continue;
      this.listed.set(r.controlId, (this.listed.get(r.controlId) ?? 0) + 1);
      const own = this.shown.get(r.controlId);
      if (!own) this.shown.set(r.controlId, [r]);
      else if (own.length < SHOWN_PER_CONTROL) own.push(r);
    }
  }

  end(summary: ReportSummary): void {
    this.summary = summary;
  }

  print(code: ExitCode, io: Io, onlyNew = false): void {
    const head = this.head!;
    const summary = this.summary!;
    const { controls, totals } = summary;
    const shard = head.shard ? ` · shard ${head.shard.index}/${head.shard.count}` : '';
    const banner = partialBanner(head);
    if (banner) io.out(banner);
    io.out(`ctrlflow ${head.tool.version} · ${head.inventory} · ${head.targets.length} target(s) · ${controls.length} control(s)${shard}`);
    const attention = controls
      .filter((c) => c.status === 'FAIL' || c.status === 'ERROR' || (this.listed.get(c.id) ?? 0) > 0)
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.id.localeCompare(b.id));
    for (const control of attention) printControl(control, this.shown.get(control.id) ?? [], this.listed.get(control.id) ?? 0, io);
    // A key no item had: the condition checked nothing, whatever the status says.
    const warned = controls.filter((c) => (c.warnings ?? []).length > 0);
    if (warned.length > 0) io.out('');
    for (const c of warned) for (const w of c.warnings!) io.out(`WARN  ${c.id}  ${w.message} (--strict makes this ERROR)`);
    const quiet = controls.filter((c) => c.status === 'NO_RESOURCES').map((c) => c.id);
    if (quiet.length > 0) io.out(`No resources (not applicable): ${quiet.join(', ')}`);
    if (summary.apiCalls && Object.keys(summary.apiCalls).length > 0) {
      const calls = Object.entries(summary.apiCalls);
      io.out(`API requests: ${calls.reduce((n, [, c]) => n + c, 0)} (${calls.map(([name, c]) => `${name} ${c}`).join(', ')})`);
    }
    for (const e of summary.exceptions ?? []) {
      if (e.state !== 'active') io.out(`Exception ${e.state}: ${e.control} ${e.resource} (${e.source}, expires ${e.expires}, owner ${e.owner})`);
    }
    const remediation = remediationLine(summary, this.plan);
    if (remediation) io.out(remediation);
    for (const f of summary.frameworks ?? []) io.out(frameworkLine(f));
    if (summary.baseline) {
      const b = summary.baseline;
      io.out(`Against ${b.file}: ${b.new} new, ${b.unchanged} unchanged, ${b.excepted ?? 0} excepted, ${b.resolved.length} resolved`);
    }
    io.out(`Totals: ${totals.FAIL} FAIL · ${totals.PASS} PASS · ${totals.ERROR} ERROR · ${totals.EXCEPTED} EXCEPTED`);
    io.out(verdict(code, head.failOn, onlyNew));
  }
}

/** The summary of a whole report (a fixture, a merged file). */
export function printSummary(report: ScanReport, code: ExitCode, io: Io, onlyNew = false): void {
  const { head, summary } = splitReport(report);
  const printer = new SummaryPrinter();
  printer.begin(head);
  printer.results(report.results);
  printer.end(summary);
  printer.print(code, io, onlyNew);
}

/** `Framework cis-aws-7.0: pass rate 60% · coverage 14.7% · 3 pass, 2 fail, 29 not-evaluated, 36 manual-missing`. */
function frameworkLine(f: FrameworkReport): string {
  const { passRate, coverage, statuses } = f.summary;
  const counts = REQUIREMENT_STATUSES.filter((s) => statuses[s] > 0).map((s) => `${statuses[s]} ${s}`);
  const rate = passRate === null ? 'no automated requirement evaluated' : `pass rate ${passRate}%`;
  return `Framework ${f.id}: ${rate} · automated coverage ${coverage}% · ${counts.join(', ')}`;
}

function printControl(control: ControlSummary, shown: Result[], listed: number, io: Io): void {
  const { counts } = control;
  const parts = [];
  if (counts.FAIL + counts.PASS > 0) parts.push(`${counts.FAIL} failed of ${counts.FAIL + counts.PASS}`);
  if (counts.ERROR > 0) parts.push(`${counts.ERROR} target(s) not read`);
  const tally = parts.join(', ');
  io.out('');
  io.out(`${control.status.padEnd(5)} ${control.severity.padEnd(8)} ${control.id}  ${control.title} (${tally})`);
  // After --remediate a fixed resource is a PASS: shown with what fixed it.
  for (const r of shown) {
    const where = `${r.provider} ${r.account}/${r.region}`;
    if (!r.resourceId) {
      io.out(`  - ${where} could not be read: ${r.reason ?? ''}`);
      continue;
    }
    const what = r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId;
    io.out(`  - ${what} in ${where}: ${r.status === 'PASS' ? 'now PASS' : (r.reason ?? '')}`);
    for (const action of r.actions ?? []) io.out(`    ${actionLine(action)}`);
  }
  const more = listed - shown.length;
  if (more > 0) io.out(`  … and ${more} more (see the reports)`);
  if (control.status === 'FAIL' && control.remediation) io.out(`  Fix: ${firstLine(control.remediation)}`);
}

/** A PASS that --remediate fixed. */
const fixed = (r: Result) => r.status === 'PASS' && (r.actions ?? []).some((a) => a.outcome === 'fixed');

/** What one action would do or did, under its resource. */
function actionLine(a: ActionRecord): string {
  const calls = callsText(a);
  const node = `(node ${a.node})`;
  const outcome = a.outcome ? `: ${a.outcome.replace('-', ' ')}` : '';
  switch (a.status) {
    case 'planned':
      return `would call ${calls} ${node}`;
    case 'awaiting-approval':
      return `would call ${calls} once approved (--approve) ${node}`;
    case 'not-selected':
      return `not selected by --remediate: ${calls} ${node}`;
    case 'over-limit':
      return `not run, over --max-actions: ${calls} ${node}`;
    case 'applied':
      return `applied ${calls}${outcome}`;
    case 'no-op':
      return `no change needed by ${calls}${outcome}`;
    case 'failed':
      return `failed ${calls}${a.error ? `: ${a.error.code}: ${a.error.message}` : ''}`;
    case 'interrupted':
      return `interrupted before ${calls} ${node}`;
  }
}

/** After --remediate what it did; before, what it would do. */
function remediationLine(summary: ReportSummary, plan: PendingActions): string | undefined {
  const done = summary.remediation;
  if (done) {
    return `Remediation: ${done.applied} applied, ${done.noOp} no-op, ${done.failed} failed, ${done.interrupted} interrupted; re-evaluated: ${done.fixed} fixed, ${done.stillFailing} still failing; audit log ${done.auditLog}`;
  }
  if (plan.actions === 0) return undefined;
  const waiting = plan.awaitingApproval > 0 ? `, ${plan.awaitingApproval} awaiting approval (--approve)` : '';
  return `Remediation plan: ${plan.actions} action(s) on ${plan.results} FAIL result(s)${waiting}: run with --remediate to apply (see README "Remediation")`;
}

export function verdict(code: ExitCode, failOn: ReportHead['failOn'], onlyNew: boolean): string {
  const which = onlyNew ? 'new failures' : 'failures';
  switch (code) {
    case EXIT.UNREADABLE:
      return 'Exit 3: some targets could not be read (ERROR results); their controls were not evaluated there.';
    case EXIT.FAILED:
      return `Exit 1: ${which} at or above --fail-on ${failOn}.`;
    default:
      if (failOn === 'none') return 'Exit 0 (--fail-on none).';
      return onlyNew ? `Exit 0: no new failure at or above --fail-on ${failOn} (--fail-on-new).` : `Exit 0: nothing at or above --fail-on ${failOn} failed.`;
  }
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
