import { callsText, planOf, type ActionRecord } from '../model/action.js';
import { REQUIREMENT_STATUSES, type FrameworkReport } from '../model/framework-report.js';
import { splitReport, type ControlSummary, type ReportHead, type ReportSummary, type Result, type ScanReport } from '../model/result.js';
import { partialBanner } from '../model/partial.js';
import { severityRank } from '../model/severity.js';
import type { ResultStream } from '../model/stream.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { say, type Io } from './io.js';
import { shortId, type RichLine, type Span, type Style } from './terminal.js';

/** How much the summary says: totals and the exit line; the default; or passing controls too. */
export type Verbosity = 'quiet' | 'normal' | 'verbose';

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

  begin(head: ReportHead): void {
    this.head = head;
  }

  results(batch: readonly Result[]): void {
    for (const r of batch) if (r.status === 'FAIL' || r.status === 'ERROR' || fixed(r)) this.keep(r);
  }

  /** A result the summary names: counted, and kept while its control shows fewer than SHOWN_PER_CONTROL. */
  private keep(r: Result): void {
    this.listed.set(r.controlId, (this.listed.get(r.controlId) ?? 0) + 1);
    const own = this.shown.get(r.controlId);
    if (!own) this.shown.set(r.controlId, [r]);
    else if (own.length < SHOWN_PER_CONTROL) own.push(r);
  }

  end(summary: ReportSummary): void {
    this.summary = summary;
  }

  print(code: ExitCode, io: Io, onlyNew = false, verbosity: Verbosity = 'normal'): void {
    const head = this.head!;
    const summary = this.summary!;
    const { controls, totals } = summary;
    const banner = partialBanner(head);
    if (banner) say(io, { spans: [{ text: banner, style: 'warn' }] });
    if (verbosity !== 'quiet') {
      const shard = head.shard ? ` · shard ${head.shard.index}/${head.shard.count}` : '';
      say(io, { spans: [{ text: `ctrlflow ${head.tool.version} · ${head.inventory} · ${head.targets.length} target(s) · ${controls.length} control(s)${shard}`, style: 'strong' }] });
      const attention = controls
        .filter((c) => c.status === 'FAIL' || c.status === 'ERROR' || (this.listed.get(c.id) ?? 0) > 0)
        .sort(worstFirst);
      for (const control of attention) printControl(control, this.shown.get(control.id) ?? [], this.listed.get(control.id) ?? 0, io);
      // A key no item had: the condition checked nothing, whatever the status says.
      const warned = controls.filter((c) => (c.warnings ?? []).length > 0);
      if (warned.length > 0) io.out('');
      for (const c of warned) for (const w of c.warnings!) say(io, { spans: [{ text: 'WARN  ', style: 'warn' }, { text: `${c.id}  ${w.message} (--strict makes this ERROR)` }], hang: 2 });
      if (verbosity === 'verbose') {
        const passing = controls.filter((c) => !attention.includes(c) && (c.status === 'PASS' || c.status === 'EXCEPTED')).sort(worstFirst);
        if (passing.length > 0) io.out('');
        for (const control of passing) say(io, controlLine(control, true));
      }
      const quiet = controls.filter((c) => c.status === 'NO_RESOURCES').map((c) => c.id);
      if (quiet.length > 0) say(io, { spans: [{ text: 'No resources (not applicable): ', style: 'dim' }, { text: quiet.join(', ') }], hang: 2 });
      if (summary.apiCalls && Object.keys(summary.apiCalls).length > 0) {
        const calls = Object.entries(summary.apiCalls);
        say(io, { spans: [{ text: `API requests: ${calls.reduce((n, [, c]) => n + c, 0)} (${calls.map(([name, c]) => `${name} ${c}`).join(', ')})` }], hang: 2 });
      }
      for (const e of summary.exceptions ?? []) {
        if (e.state !== 'active') say(io, { spans: [{ text: `Exception ${e.state}: `, style: 'warn' }, { text: `${e.control} ${e.resource} (${e.source}, expires ${e.expires}, owner ${e.owner})` }], hang: 2 });
      }
      const remediation = remediationLine(summary);
      if (remediation) say(io, { spans: [{ text: remediation }], hang: 2 });
      for (const f of summary.frameworks ?? []) say(io, { spans: [{ text: frameworkLine(f) }], hang: 2 });
      if (summary.baseline) say(io, { spans: [{ text: `Against ${summary.baseline.file}: ${summary.baseline.new} new, ${summary.baseline.unchanged} unchanged, ${summary.baseline.excepted ?? 0} excepted, ${summary.baseline.resolved.length} resolved` }], hang: 2 });
    }
    say(io, {
      spans: [
        { text: 'Totals: ' },
        { text: `${totals.FAIL} FAIL`, style: totals.FAIL > 0 ? 'fail' : undefined },
        { text: ' · ' },
        { text: `${totals.PASS} PASS`, style: 'pass' },
        { text: ' · ' },
        { text: `${totals.ERROR} ERROR`, style: totals.ERROR > 0 ? 'error' : undefined },
        { text: ' · ' },
        { text: `${totals.EXCEPTED} EXCEPTED`, style: totals.EXCEPTED > 0 ? 'excepted' : undefined },
      ],
    });
    say(io, { spans: [{ text: verdict(code, head.failOn, onlyNew), style: code === EXIT.OK ? 'pass' : code === EXIT.UNREADABLE ? 'error' : 'fail' }], hang: 2 });
  }
}

const worstFirst = (a: ControlSummary, b: ControlSummary) => severityRank(b.severity) - severityRank(a.severity) || a.id.localeCompare(b.id);

const STATUS_STYLE: Record<ControlSummary['status'], Style | undefined> = { FAIL: 'fail', PASS: 'pass', ERROR: 'error', EXCEPTED: 'excepted', NO_RESOURCES: 'dim' };

/** `FAIL  high     AWS-RDS-001  Title (1 failed of 3)`: continuation lines under the title. */
function controlLine(control: ControlSummary, passing = false): RichLine {
  const { counts } = control;
  const parts = [];
  if (passing) parts.push(`${counts.PASS} passed`, ...(counts.EXCEPTED > 0 ? [`${counts.EXCEPTED} excepted`] : []));
  else if (counts.FAIL + counts.PASS > 0) parts.push(`${counts.FAIL} failed of ${counts.FAIL + counts.PASS}`);
  if (counts.ERROR > 0) parts.push(`${counts.ERROR} target(s) not read`);
  const status = control.status.padEnd(5);
  const severity = control.severity.padEnd(8);
  return {
    spans: [
      { text: status, style: STATUS_STYLE[control.status] },
      { text: ' ' },
      { text: severity, style: control.severity },
      { text: ' ' },
      { text: control.id, style: 'strong' },
      { text: `  ${control.title} (${parts.join(', ')})` },
    ],
    hang: 6 + 9 + control.id.length + 2,
  };
}

/** The summary of a whole report (a fixture, a merged file). */
export function printSummary(report: ScanReport, code: ExitCode, io: Io, onlyNew = false, verbosity: Verbosity = 'normal'): void {
  const { head, summary } = splitReport(report);
  const printer = new SummaryPrinter();
  printer.begin(head);
  printer.results(report.results);
  printer.end(summary);
  printer.print(code, io, onlyNew, verbosity);
}

/** `Framework cis-aws-7.0: pass rate 60% · coverage 14.7% · 3 pass, 2 fail, 29 not-evaluated, 36 manual-missing`. */
function frameworkLine(f: FrameworkReport): string {
  const { passRate, coverage, statuses } = f.summary;
  const counts = REQUIREMENT_STATUSES.filter((s) => statuses[s] > 0).map((s) => `${statuses[s]} ${s}`);
  const rate = passRate === null ? 'no automated requirement evaluated' : `pass rate ${passRate}%`;
  return `Framework ${f.id}: ${rate} · automated coverage ${coverage}% · ${counts.join(', ')}`;
}

function printControl(control: ControlSummary, shown: Result[], listed: number, io: Io): void {
  io.out('');
  say(io, controlLine(control));
  // After --remediate a fixed resource is a PASS: shown with what fixed it.
  for (const r of shown) {
    const where = `${r.provider} ${r.account}/${r.region}`;
    if (!r.resourceId) {
      say(io, { spans: [{ text: `  - ${where} ` }, { text: 'could not be read', style: 'error' }, { text: `: ${r.reason ?? ''}` }], hang: 4 });
      continue;
    }
    // The terminal shortens long ids (Azure, ARNs); the reports carry them whole.
    const id = shortId(r.resourceId);
    const what: Span[] = r.displayName && r.displayName !== r.resourceId ? [{ text: r.displayName, style: 'strong' }, { text: ` (${id})` }] : [{ text: id, style: 'strong' }];
    const outcome: Span = r.status === 'PASS' ? { text: 'now PASS', style: 'pass' } : { text: r.reason ?? '' };
    say(io, { spans: [{ text: '  - ' }, ...what, { text: ` in ${where}: ` }, outcome], hang: 4 });
    for (const action of r.actions ?? []) say(io, { spans: [{ text: `    ${actionLine(action)}`, style: 'dim' }], hang: 6 });
  }
  const more = listed - shown.length;
  if (more > 0) say(io, { spans: [{ text: `  … and ${more} more (see the reports)`, style: 'dim' }] });
  // The whole fix, wrapped by the terminal, never cut: its CLI command is usually at the end.
  if (control.status === 'FAIL' && control.remediation) say(io, { spans: [{ text: '  ' }, { text: 'Fix:', style: 'strong' }, { text: ` ${firstParagraph(control.remediation)}` }], hang: 7 });
}

/** A PASS that --remediate fixed (asked of every PASS: no list or closure made for one without actions). */
const fixed = (r: Result) => r.status === 'PASS' && r.actions !== undefined && r.actions.some(fixedBy);
const fixedBy = (a: ActionRecord) => a.outcome === 'fixed';

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
function remediationLine(summary: ReportSummary): string | undefined {
  const done = summary.remediation;
  if (done) {
    return `Remediation: ${done.applied} applied, ${done.noOp} no-op, ${done.failed} failed, ${done.interrupted} interrupted; re-evaluated: ${done.fixed} fixed, ${done.stillFailing} still failing; audit log ${done.auditLog}`;
  }
  const plan = planOf(summary);
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

/** The remediation's first paragraph, its lines joined: a folded YAML block is one already. */
export function firstParagraph(text: string): string {
  const paragraph = text.trim().split(/\n\s*\n/)[0] ?? '';
  return paragraph.split('\n').map((l) => l.trim()).join(' ');
}
