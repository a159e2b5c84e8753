import { actionStatusText, callsText, pendingActions } from '../src/model/action.js';
import type { ControlSummary, Result, ScanReport } from '../src/model/result.js';
import { SEVERITIES, severityRank } from '../src/model/severity.js';
import type { Reporter } from './types.js';

/** GitHub caps a step summary at 1 MiB; stay well under with room for other steps. */
export const MAX_SUMMARY_BYTES = 900 * 1024;
const TOP = 10;
/** Action rows shown; the HTML and JSON reports have them all. */
const TOP_ACTIONS = 20;

/** Escapes what would break a Markdown table cell or start markup. */
function cell(text: string): string {
  return text.replace(/[\\|`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** A job summary for `$GITHUB_STEP_SUMMARY`: totals, failures by severity, the worst controls. */
export const markdown: Reporter = {
  format: 'markdown',
  extension: 'md',
  summary: 'a job summary for $GITHUB_STEP_SUMMARY',
  render(report) {
    const lines = [
      `## ctrlflow scan: ${report.totals.FAIL} failed, ${report.totals.ERROR} not evaluated`,
      '',
      `${cell(report.inventory)} · ${report.targets.length} target(s) · ${report.controls.length} control(s) · ${report.finishedAt}`,
      '',
      ...controlSet(report),
      '| FAIL | PASS | ERROR | EXCEPTED |',
      '|---:|---:|---:|---:|',
      `| ${report.totals.FAIL} | ${report.totals.PASS} | ${report.totals.ERROR} | ${report.totals.EXCEPTED} |`,
      '',
      ...bySeverity(report),
      ...delta(report),
      ...topControls(report.controls),
      ...warnings(report.controls),
      ...remediation(report),
      ...errors(report.results),
      ...exceptions(report),
    ];
    const quiet = report.controls.filter((c) => c.status === 'NO_RESOURCES').map((c) => c.id);
    if (quiet.length > 0) lines.push(`No resources of their type (not applicable): ${quiet.join(', ')}`, '');
    return capped(lines);
  },
};

/** The control set: git commit (dirty when a loaded file differs from it) and content hash. */
function controlSet(report: ScanReport): string[] {
  const set = report.controlSet;
  if (!set && !report.controlsCommit) return [];
  const commit = report.controlsCommit ? `git ${report.controlsCommit}${set?.dirty ? `-dirty (${set.changed?.length ?? 0} loaded file(s) differ from it)` : ''}` : 'commit unknown';
  return [`Control set: ${commit}${set ? ` · content ${set.contentHash} (${set.files} file(s))` : ''}`, ''];
}

function bySeverity(report: ScanReport): string[] {
  const counts = SEVERITIES.map((s) => [s, report.results.filter((r) => r.status === 'FAIL' && r.severity === s).length] as const).filter(([, n]) => n > 0);
  if (counts.length === 0) return ['No failures.', ''];
  return ['### Failures by severity', '', ...counts.map(([s, n]) => `- **${s}**: ${n}`), ''];
}

/** With --baseline: what changed since the previous run, new failures listed first. */
function delta(report: ScanReport): string[] {
  if (!report.baseline) return [];
  const { new: added, unchanged, excepted = 0, resolved } = report.baseline;
  const fresh = report.results.filter((r) => r.baseline === 'new');
  const rows = fresh.slice(0, TOP).map((r) => `- **${r.severity}** ${cell(r.controlId)} ${cell(r.resourceId ?? '')} (${r.provider} ${cell(r.account)}/${cell(r.region)})`);
  const more = fresh.length > TOP ? [`- …and ${fresh.length - TOP} more`] : [];
  return [`### Since the baseline (${cell(report.baseline.scanId)})`, '', `**${added} new** · ${unchanged} unchanged · ${excepted} excepted · ${resolved.length} resolved`, '', ...rows, ...more, ...(rows.length > 0 ? [''] : [])];
}

/** With --exceptions: each exception's state, expired and unused first as they need action. */
function exceptions(report: ScanReport): string[] {
  if (!report.exceptions || report.exceptions.length === 0) return [];
  const order = { expired: 0, unused: 1, active: 2 };
  const list = [...report.exceptions].sort((a, b) => order[a.state] - order[b.state]);
  const rows = list.slice(0, TOP).map((e) => `| ${e.state} | ${cell(e.control)} | ${cell(e.resource)} | ${e.applied} | ${cell(e.expires)} | ${cell(e.owner)} | ${cell(e.reason)} |`);
  const more = list.length > TOP ? [`…and ${list.length - TOP} more exceptions (see the HTML report).`, ''] : [];
  return ['### Exceptions', '', '| State | Control | Resource | Excepted | Expires | Owner | Reason |', '|---|---|---|---:|---|---|---|', ...rows, '', ...more];
}

/** The plan (or, after --remediate, what it did) and the first actions, one row each. */
function remediation(report: ScanReport): string[] {
  const rows = report.results.flatMap((r) => (r.actions ?? []).map((a) => `| ${cell(r.controlId)} | ${cell(r.resourceId ?? '')} | ${cell(callsText(a))} | ${cell(actionStatusText(a))} |`));
  if (rows.length === 0 && !report.remediation) return [];
  const done = report.remediation;
  const plan = pendingActions(report.results);
  const headline = done
    ? `**${done.applied} applied** · ${done.noOp} no-op · ${done.failed} failed · ${done.interrupted} interrupted; re-evaluated: **${done.fixed} fixed**, ${done.stillFailing} still failing. Audit log: ${cell(done.auditLog)}`
    : `${plan.actions} planned action(s) on ${plan.results} FAIL result(s)${plan.awaitingApproval > 0 ? `, ${plan.awaitingApproval} awaiting approval` : ''}: run with \`--remediate\` to apply.`;
  const table = rows.length > 0 ? ['| Control | Resource | Call | Status |', '|---|---|---|---|', ...rows.slice(0, TOP_ACTIONS), ''] : [];
  const more = rows.length > TOP_ACTIONS ? [`…and ${rows.length - TOP_ACTIONS} more actions (see the HTML report).`, ''] : [];
  return ['### Remediation', '', headline, '', ...table, ...more];
}

function topControls(controls: ControlSummary[]): string[] {
  const failing = controls
    .filter((c) => c.counts.FAIL > 0)
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || b.counts.FAIL - a.counts.FAIL || a.id.localeCompare(b.id));
  if (failing.length === 0) return [];
  const rows = failing.slice(0, TOP).map((c) => `| ${cell(c.id)} | ${cell(c.title)} | ${c.severity} | ${c.counts.FAIL} |`);
  const more = failing.length > TOP ? [`…and ${failing.length - TOP} more failing controls (see the HTML report).`, ''] : [];
  return ['### Top failing controls', '', '| Control | Title | Severity | FAIL |', '|---|---|---|---:|', ...rows, '', ...more];
}

/** Condition keys no item had: the condition checked nothing (`--strict` makes it ERROR). */
function warnings(controls: ControlSummary[]): string[] {
  const list = controls.flatMap((c) => (c.warnings ?? []).map((w) => `- ${cell(c.id)}: ${cell(w.message)}`));
  if (list.length === 0) return [];
  const more = list.length > TOP ? [`- …and ${list.length - TOP} more`] : [];
  return ['### Warnings (keys no item had)', '', ...list.slice(0, TOP), ...more, ''];
}

function errors(results: Result[]): string[] {
  const list = results.filter((r) => r.status === 'ERROR');
  if (list.length === 0) return [];
  const rows = list.slice(0, TOP).map((r) => `- ${cell(r.controlId)} on ${r.provider} ${cell(r.account)}/${cell(r.region)}: ${cell(r.reason)}`);
  const more = list.length > TOP ? [`- …and ${list.length - TOP} more`] : [];
  return ['### Not evaluated (targets that could not be read)', '', ...rows, ...more, ''];
}

/** Cut at a line boundary under the cap, and say so. */
function capped(lines: string[]): string {
  const note = '\n> Truncated to fit the job summary limit: the HTML and JSON reports have everything.\n';
  let size = 0;
  const kept: string[] = [];
  for (const line of lines) {
    size += Buffer.byteLength(line) + 1;
    if (size > MAX_SUMMARY_BYTES - note.length) return `${kept.join('\n')}\n${note}`;
    kept.push(line);
  }
  return `${kept.join('\n')}\n`;
}
