import { callsText, pendingActions, type ActionRecord } from '../model/action.js';
import { REQUIREMENT_STATUSES, type FrameworkReport } from '../model/framework-report.js';
import type { ControlSummary, Result, ScanReport } from '../model/result.js';
import { severityRank } from '../model/severity.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { Io } from './io.js';

const SHOWN_PER_CONTROL = 5;

/**
 * The terminal summary: one line per control that needs attention, worst first, with the
 * failing resources (which one, where, why) and how to fix it; then totals and the verdict.
 */
export function printSummary(report: ScanReport, code: ExitCode, io: Io, onlyNew = false): void {
  const { targets, controls, totals } = report;
  const shard = report.shard ? ` · shard ${report.shard.index}/${report.shard.count}` : '';
  io.out(`ctrlflow ${report.tool.version} · ${report.inventory} · ${targets.length} target(s) · ${controls.length} control(s)${shard}`);
  const fixedOf = new Set(report.results.filter(fixed).map((r) => r.controlId));
  const attention = controls
    .filter((c) => c.status === 'FAIL' || c.status === 'ERROR' || fixedOf.has(c.id))
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || a.id.localeCompare(b.id));
  for (const control of attention) printControl(control, report.results.filter((r) => r.controlId === control.id), io);
  // A key no item had: the condition checked nothing, whatever the status says.
  const warned = controls.filter((c) => (c.warnings ?? []).length > 0);
  if (warned.length > 0) io.out('');
  for (const c of warned) for (const w of c.warnings!) io.out(`WARN  ${c.id}  ${w.message} (--strict makes this ERROR)`);
  const quiet = controls.filter((c) => c.status === 'NO_RESOURCES').map((c) => c.id);
  if (quiet.length > 0) io.out(`No resources (not applicable): ${quiet.join(', ')}`);
  if (report.apiCalls && Object.keys(report.apiCalls).length > 0) {
    const calls = Object.entries(report.apiCalls);
    io.out(`API requests: ${calls.reduce((n, [, c]) => n + c, 0)} (${calls.map(([name, c]) => `${name} ${c}`).join(', ')})`);
  }
  for (const e of report.exceptions ?? []) {
    if (e.state !== 'active') io.out(`Exception ${e.state}: ${e.control} ${e.resource} (${e.source}, expires ${e.expires}, owner ${e.owner})`);
  }
  const remediation = remediationLine(report);
  if (remediation) io.out(remediation);
  for (const f of report.frameworks ?? []) io.out(frameworkLine(f));
  if (report.baseline) {
    const b = report.baseline;
    io.out(`Against ${b.file}: ${b.new} new, ${b.unchanged} unchanged, ${b.excepted ?? 0} excepted, ${b.resolved.length} resolved`);
  }
  io.out(`Totals: ${totals.FAIL} FAIL · ${totals.PASS} PASS · ${totals.ERROR} ERROR · ${totals.EXCEPTED} EXCEPTED`);
  io.out(verdict(code, report, onlyNew));
}

/** `Framework cis-aws-7.0: pass rate 60% · coverage 14.7% · 3 pass, 2 fail, 29 not-evaluated, 36 manual-missing`. */
function frameworkLine(f: FrameworkReport): string {
  const { passRate, coverage, statuses } = f.summary;
  const counts = REQUIREMENT_STATUSES.filter((s) => statuses[s] > 0).map((s) => `${statuses[s]} ${s}`);
  const rate = passRate === null ? 'no automated requirement evaluated' : `pass rate ${passRate}%`;
  return `Framework ${f.id}: ${rate} · automated coverage ${coverage}% · ${counts.join(', ')}`;
}

function printControl(control: ControlSummary, results: Result[], io: Io): void {
  const { counts } = control;
  const parts = [];
  if (counts.FAIL + counts.PASS > 0) parts.push(`${counts.FAIL} failed of ${counts.FAIL + counts.PASS}`);
  if (counts.ERROR > 0) parts.push(`${counts.ERROR} target(s) not read`);
  const tally = parts.join(', ');
  io.out('');
  io.out(`${control.status.padEnd(5)} ${control.severity.padEnd(8)} ${control.id}  ${control.title} (${tally})`);
  // After --remediate a fixed resource is a PASS: shown with what fixed it.
  const listed = results.filter((r) => r.status === 'FAIL' || r.status === 'ERROR' || fixed(r));
  const shown = listed.slice(0, SHOWN_PER_CONTROL);
  for (const r of shown) {
    const where = `${r.provider} ${r.account}/${r.region}`;
    if (!r.resourceId) {
      io.out(`  - ${where} could not be read: ${r.reason}`);
      continue;
    }
    const what = r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId;
    io.out(`  - ${what} in ${where}: ${r.status === 'PASS' ? 'now PASS' : r.reason}`);
    for (const action of r.actions ?? []) io.out(`    ${actionLine(action)}`);
  }
  const more = listed.length - shown.length;
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
function remediationLine(report: ScanReport): string | undefined {
  const done = report.remediation;
  if (done) {
    return `Remediation: ${done.applied} applied, ${done.noOp} no-op, ${done.failed} failed, ${done.interrupted} interrupted; re-evaluated: ${done.fixed} fixed, ${done.stillFailing} still failing; audit log ${done.auditLog}`;
  }
  const plan = pendingActions(report.results);
  if (plan.actions === 0) return undefined;
  const waiting = plan.awaitingApproval > 0 ? `, ${plan.awaitingApproval} awaiting approval (--approve)` : '';
  return `Remediation plan: ${plan.actions} action(s) on ${plan.results} FAIL result(s)${waiting}: run with --remediate to apply (see README "Remediation")`;
}

function verdict(code: ExitCode, report: ScanReport, onlyNew: boolean): string {
  const which = onlyNew ? 'new failures' : 'failures';
  switch (code) {
    case EXIT.UNREADABLE:
      return 'Exit 3: some targets could not be read (ERROR results); their controls were not evaluated there.';
    case EXIT.FAILED:
      return `Exit 1: ${which} at or above --fail-on ${report.failOn}.`;
    default:
      if (report.failOn === 'none') return 'Exit 0 (--fail-on none).';
      return onlyNew ? `Exit 0: no new failure at or above --fail-on ${report.failOn} (--fail-on-new).` : `Exit 0: nothing at or above --fail-on ${report.failOn} failed.`;
  }
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
