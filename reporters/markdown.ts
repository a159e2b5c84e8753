import { planOf } from '../src/model/action.js';
import { append } from '../src/model/append.js';
import { REQUIREMENT_STATUSES } from '../src/model/framework-report.js';
import type { ControlSummary, ReportHead, ReportSummary, Result } from '../src/model/result.js';
import { partialBanner } from '../src/model/partial.js';
import { SEVERITIES, severityRank, type Severity } from '../src/model/severity.js';
import { reasonWords } from './html/reason.js';
import type { Reporter } from './types.js';

/** GitHub caps a step summary at 1 MiB: stay well under it, with room for other steps' lines. */
export const MAX_SUMMARY_BYTES = 900 * 1024;
/** New, resolved and ERROR results, failing requirements and exceptions listed; the HTML report has them all. */
const TOP = 10;
/** Failing resources named per failing control. */
export const RESOURCES_PER_CONTROL = 5;
/** A reason longer than this is cut (the HTML and JSON reports have it whole). */
const REASON_LENGTH = 200;
/** Severities whose failing controls are listed open; the others are folded (<details>). */
const OPEN_SEVERITIES: readonly Severity[] = ['critical', 'high'];
export const TRUNCATED = '… truncated, see the HTML report';

/** Escapes what would break a Markdown table cell or start markup. */
function cell(text: string): string {
  return text.replace(/[\\|`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const where = (r: Pick<Result, 'provider' | 'account' | 'region'>) => `${r.provider} ${cell(r.account)}/${cell(r.region)}`;
const short = (text: string) => (text.length > REASON_LENGTH ? `${text.slice(0, REASON_LENGTH - 1)}…` : text);
const resource = (r: Pick<Result, 'resourceId' | 'displayName'>) =>
  r.resourceId ? `${cell(r.resourceId)}${r.displayName && r.displayName !== r.resourceId ? ` (${cell(r.displayName)})` : ''}` : 'whole target';

/**
 * A job summary for `$GITHUB_STEP_SUMMARY`, in the words the other reports use (FAIL, ERROR,
 * EXCEPTED, PASS): totals, failures by severity, the frameworks, what changed since the
 * baseline (new AND resolved), every failing control with its first failing resources (what
 * they are, where, why), one line on remediation, the ERROR results and the exceptions.
 * Lists, not wide tables, so long Azure ids wrap. While the results stream by it keeps a few
 * of each per control (bounded); the rest comes from the summary. It stays under GitHub's
 * size limit: the failing controls get the room the other parts leave, and a cut says so.
 */
export const markdown: Reporter = {
  format: 'markdown',
  extension: 'md',
  summary: 'a job summary for $GITHUB_STEP_SUMMARY',
  open(head, out) {
    const fresh: Result[] = [];
    const errored: Result[] = [];
    const failing = new Map<string, string[]>();
    return {
      result(r) {
        if (r.baseline === 'new' && fresh.length < TOP) fresh.push(r);
        if (r.status === 'ERROR' && errored.length < TOP) errored.push(r);
        if (r.status === 'FAIL') {
          const lines = failing.get(r.controlId) ?? [];
          if (lines.length < RESOURCES_PER_CONTROL) lines.push(`${resource(r)} in ${where(r)}: ${cell(short(reasonWords(r)))}`);
          failing.set(r.controlId, lines);
        }
      },
      end(summary) {
        const { totals } = summary;
        const banner = partialBanner(head);
        const before = [
          ...(banner ? [`> **${cell(banner)}**`, ''] : []),
          `## ctrlflow scan: ${headline(summary)}`,
          '',
          `${cell(head.inventory)} · ${head.targets.length} target(s) · ${summary.controls.length} control(s) · ${summary.finishedAt}`,
          '',
          ...controlSet(head),
          '| FAIL | ERROR | EXCEPTED | PASS |',
          '|---:|---:|---:|---:|',
          `| ${totals.FAIL} | ${totals.ERROR} | ${totals.EXCEPTED} | ${totals.PASS} |`,
          '',
          ...verdict(summary),
          ...frameworks(summary),
          ...delta(summary, fresh),
        ];
        const after = [...warnings(summary.controls), ...remediation(summary), ...errors(errored, totals.ERROR), ...exceptions(summary), ...notApplicable(summary.controls)];
        const room = MAX_SUMMARY_BYTES - bytes(before) - bytes(after) - 1024;
        out.write(capped([...before, ...failingControls(summary.controls, failing, room), ...after]));
      },
    };
  },
};

/** The totals in the heading, or what an all-ERROR run means. */
function headline(summary: ReportSummary): string {
  const { FAIL, ERROR, EXCEPTED, PASS } = summary.totals;
  if (ERROR > 0 && FAIL + EXCEPTED + PASS === 0) return `ERROR on every result (${ERROR}): nothing was evaluated`;
  return `${FAIL} FAIL, ${ERROR} ERROR`;
}

/** The control set: git commit (dirty when a loaded file differs from it) and content hash. */
function controlSet(head: ReportHead): string[] {
  const set = head.controlSet;
  if (!set && !head.controlsCommit) return [];
  const commit = head.controlsCommit ? `git ${head.controlsCommit}${set?.dirty ? `-dirty (${set.changed?.length ?? 0} loaded file(s) differ from it)` : ''}` : 'commit unknown';
  return [`Control set: ${commit}${set ? ` · content ${set.contentHash} (${set.files} file(s))` : ''}`, ''];
}

/** Failures by severity; when there are none, what that means (never "No failures." when nothing was evaluated). */
function verdict(summary: ReportSummary): string[] {
  const { FAIL, ERROR, EXCEPTED, PASS } = summary.totals;
  if (FAIL > 0) {
    const counts = SEVERITIES.map((s) => [s, summary.controls.reduce((n, c) => (c.severity === s ? n + c.counts.FAIL : n), 0)] as const).filter(([, n]) => n > 0);
    return ['### Failures by severity', '', ...counts.map(([s, n]) => `- **${s}**: ${n} FAIL`), ''];
  }
  if (ERROR > 0 && EXCEPTED + PASS === 0) return [`**Nothing was evaluated**: all ${ERROR} result(s) are ERROR (targets or resources that could not be read, listed below). This is not a clean scan.`, ''];
  if (ERROR > 0) return [`No FAIL among the results that were evaluated, but ${ERROR} result(s) are ERROR (not evaluated, listed below).`, ''];
  return ['No failures.', ''];
}

/** Each framework's pass rate, coverage and requirement counts, then its first failing requirements. */
function frameworks(summary: ReportSummary): string[] {
  const list = summary.frameworks ?? [];
  if (list.length === 0) return [];
  const rows = list.map((f) => {
    const { passRate, coverage, statuses } = f.summary;
    const counts = REQUIREMENT_STATUSES.filter((st) => statuses[st] > 0).map((st) => `${statuses[st]} ${st}`);
    return `| ${cell(f.title)} ${cell(f.version)} (${cell(f.id)}) | ${passRate === null ? '–' : `${passRate}%`} | ${coverage}% | ${counts.join(', ')} |`;
  });
  const failing = list.flatMap((f) => f.requirements.filter((r) => r.status === 'fail').map((r) => ({ f, r })));
  const listed = failing.slice(0, TOP).map(({ f, r }) => `- ${cell(f.id)} **${cell(r.id)}** ${cell(r.title)} (${r.controls.filter((c) => c.status === 'FAIL').map((c) => cell(c.id)).join(', ') || 'attested non-compliant'})`);
  const more = failing.length > TOP ? [`- … and ${failing.length - TOP} more failing requirements (see the HTML report)`] : [];
  return ['### Frameworks', '', '| Framework | Pass rate | Automated coverage | Requirements |', '|---|---:|---:|---|', ...rows, '', ...(listed.length > 0 ? ['Failing requirements:', '', ...listed, ...more, ''] : [])];
}

/** With --baseline: what changed since the previous run, the new FAIL results and the resolved ones. */
function delta(summary: ReportSummary, fresh: Result[]): string[] {
  if (!summary.baseline) return [];
  const { new: added, unchanged, excepted = 0, resolved } = summary.baseline;
  const severity = new Map(summary.controls.map((c) => [c.id, c.severity]));
  const lines = [`### Since the baseline (${cell(summary.baseline.scanId)})`, '', `**${added} new** · ${unchanged} unchanged · ${excepted} excepted · ${resolved.length} resolved`, ''];
  if (fresh.length > 0) {
    lines.push('New:', '', ...fresh.map((r) => `- **${severity.get(r.controlId)}** ${cell(r.controlId)} ${resource(r)} in ${where(r)}`));
    if (added > fresh.length) lines.push(`- … and ${added - fresh.length} more`);
    lines.push('');
  }
  if (resolved.length > 0) {
    lines.push('Resolved:', '', ...resolved.slice(0, TOP).map((r) => `- ${cell(r.controlId)} ${resource(r)} in ${where(r)}: now ${r.now === 'absent' ? 'no longer seen' : r.now}`));
    if (resolved.length > TOP) lines.push(`- … and ${resolved.length - TOP} more`);
    lines.push('');
  }
  return lines;
}

/**
 * Every failing control, most severe first, with its first failing resources (whether or not
 * a flow plans an action for them), then "… and K more". Critical and high are listed open,
 * the other severities folded. Stops where `room` (bytes) runs out, and says so.
 */
function failingControls(controls: ControlSummary[], failing: Map<string, string[]>, room: number): string[] {
  const list = controls.filter((c) => c.counts.FAIL > 0).sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || b.counts.FAIL - a.counts.FAIL || a.id.localeCompare(b.id));
  if (list.length === 0) return [];
  const lines = ['### Failing controls', ''];
  let used = bytes(lines);
  let listed = 0;
  for (const severity of SEVERITIES) {
    const group = list.filter((c) => c.severity === severity);
    if (group.length === 0) continue;
    const open = OPEN_SEVERITIES.includes(severity);
    const start = open ? [] : [`<details><summary>${severity}: ${group.length} failing control(s)</summary>`, ''];
    const end = open ? [] : ['</details>', ''];
    const body: string[] = [];
    for (const c of group) {
      const names = failing.get(c.id) ?? [];
      const entry = [`- **${cell(c.id)}** ${cell(c.title)} · ${c.severity} · ${c.counts.FAIL} FAIL`, ...names.map((n) => `  - ${n}`), ...(c.counts.FAIL > names.length ? [`  - … and ${c.counts.FAIL - names.length} more`] : [])];
      const size = bytes(entry) + bytes(start) + bytes(end);
      if (used + size > room) {
        append(append(append(lines, start), body), body.length > 0 ? [''] : []);
        append(lines, end).push(`${TRUNCATED} (${list.length - listed} more failing controls).`, '');
        return lines;
      }
      append(body, entry);
      used += bytes(entry);
      listed += 1;
    }
    append(append(lines, start), body).push('');
    append(lines, end);
    used += bytes(start) + bytes(end) + 1;
  }
  return lines;
}

/** One line: the plan (or what --remediate did), with a pointer to where each action is shown. */
function remediation(summary: ReportSummary): string[] {
  const done = summary.remediation;
  const plan = planOf(summary);
  if (!done && plan.actions === 0) return [];
  const line = done
    ? `**${done.applied} applied** · ${done.noOp} no-op · ${done.failed} failed · ${done.interrupted} interrupted; re-evaluated: **${done.fixed} fixed**, ${done.stillFailing} still failing. Audit log: ${cell(done.auditLog)}. Each action is in the HTML report.`
    : `${plan.actions} planned action(s) on ${plan.results} FAIL result(s)${plan.awaitingApproval > 0 ? `, ${plan.awaitingApproval} awaiting approval` : ''}: run with \`--remediate\` to apply. Each action is shown under its resource in the HTML report.`;
  return ['### Remediation', '', line, ''];
}

function errors(list: Result[], total: number): string[] {
  if (total === 0) return [];
  const rows = list.map((r) => `- ${cell(r.controlId)} ${r.resourceId ? `${resource(r)} ` : ''}in ${where(r)}: ${cell(short(r.reason ?? ''))}`);
  const more = total > list.length ? [`- … and ${total - list.length} more`] : [];
  return [`### ERROR (${total}): targets or resources that could not be read`, '', ...rows, ...more, ''];
}

/** With --exceptions: each exception's state, expired and unused first as they need action. */
function exceptions(summary: ReportSummary): string[] {
  if (!summary.exceptions || summary.exceptions.length === 0) return [];
  const order = { expired: 0, unused: 1, active: 2 };
  const list = [...summary.exceptions].sort((a, b) => order[a.state] - order[b.state]);
  const rows = list.slice(0, TOP).map((e) => `| ${e.state} | ${cell(e.control)} | ${cell(e.resource)} | ${e.applied} | ${cell(e.expires)} | ${cell(e.owner)} | ${cell(e.reason)} |`);
  const more = list.length > TOP ? [`… and ${list.length - TOP} more exceptions (see the HTML report).`, ''] : [];
  return ['### Exceptions', '', '| State | Control | Resource | Excepted | Expires | Owner | Reason |', '|---|---|---|---:|---|---|---|', ...rows, '', ...more];
}

/** Controls that found nothing to check: named, the first hundred. */
function notApplicable(controls: ControlSummary[]): string[] {
  const quiet = controls.filter((c) => c.status === 'NO_RESOURCES').map((c) => cell(c.id));
  if (quiet.length === 0) return [];
  const more = quiet.length > 100 ? ` and ${quiet.length - 100} more` : '';
  return [`No resources of their type (not applicable): ${quiet.slice(0, 100).join(', ')}${more}`, ''];
}

function bytes(lines: string[]): number {
  let n = 0;
  for (const line of lines) n += Buffer.byteLength(line) + 1;
  return n;
}

/** Condition keys no item had: the condition checked nothing (`--strict` makes it ERROR). */
function warnings(controls: ControlSummary[]): string[] {
  const list = controls.flatMap((c) => (c.warnings ?? []).map((w) => `- ${cell(c.id)}: ${cell(w.message)}`));
  if (list.length === 0) return [];
  const more = list.length > TOP ? [`- …and ${list.length - TOP} more`] : [];
  return ['### Warnings (keys no item had)', '', ...list.slice(0, TOP), ...more, ''];
}

/** The last guard: cut at a line boundary under the cap, and say so. */
function capped(lines: string[]): string {
  const note = `\n> ${TRUNCATED}: the HTML and JSON reports have everything.\n`;
  let size = 0;
  const kept: string[] = [];
  for (const line of lines) {
    size += Buffer.byteLength(line) + 1;
    if (size > MAX_SUMMARY_BYTES - Buffer.byteLength(note)) return `${kept.join('\n')}\n${note}`;
    kept.push(line);
  }
  return `${kept.join('\n')}\n`;
}
