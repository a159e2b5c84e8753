import { actionStatusText, callsText, countPending, noPendingActions, type PendingActions } from '../src/model/action.js';
import { REQUIREMENT_STATUSES } from '../src/model/framework-report.js';
import type { ControlSummary, ReportHead, ReportSummary, Result } from '../src/model/result.js';
import { partialBanner } from '../src/model/partial.js';
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

/**
 * A job summary for `$GITHUB_STEP_SUMMARY`: totals, failures by severity, the worst controls.
 * What it lists from the results (new failures, errors, actions) it keeps while they stream
 * by, a few rows each; the rest comes from the summary.
 */
export const markdown: Reporter = {
  format: 'markdown',
  extension: 'md',
  summary: 'a job summary for $GITHUB_STEP_SUMMARY',
  open(head, out) {
    const fresh: Result[] = [];
    const errored: Result[] = [];
    const actionRows: string[] = [];
    let actionCount = 0;
    const plan = noPendingActions();
    return {
      result(r) {
        if (r.baseline === 'new' && fresh.length < TOP) fresh.push(r);
        if (r.status === 'ERROR' && errored.length < TOP) errored.push(r);
        if (r.actions) {
          countPending(plan, r);
          for (const a of r.actions) {
            actionCount += 1;
            if (actionRows.length < TOP_ACTIONS) actionRows.push(`| ${cell(r.controlId)} | ${cell(r.resourceId ?? '')} | ${cell(callsText(a))} | ${cell(actionStatusText(a))} |`);
          }
        }
      },
      end(summary) {
        const { totals } = summary;
        const banner = partialBanner(head);
        const lines = [
          ...(banner ? [`> **${cell(banner)}**`, ''] : []),
          `## ctrlflow scan: ${totals.FAIL} failed, ${totals.ERROR} not evaluated`,
          '',
          `${cell(head.inventory)} · ${head.targets.length} target(s) · ${summary.controls.length} control(s) · ${summary.finishedAt}`,
          '',
          ...controlSet(head),
          '| FAIL | PASS | ERROR | EXCEPTED |',
          '|---:|---:|---:|---:|',
          `| ${totals.FAIL} | ${totals.PASS} | ${totals.ERROR} | ${totals.EXCEPTED} |`,
          '',
          ...bySeverity(summary.controls),
          ...frameworks(summary),
          ...delta(summary, fresh),
          ...topControls(summary.controls),
          ...warnings(summary.controls),
          ...remediation(summary, actionRows, actionCount, plan),
          ...errors(errored, totals.ERROR),
          ...exceptions(summary),
        ];
        const quiet = summary.controls.filter((c) => c.status === 'NO_RESOURCES').map((c) => c.id);
        if (quiet.length > 0) lines.push(`No resources of their type (not applicable): ${quiet.join(', ')}`, '');
        out.write(capped(lines));
      },
    };
  },
};

/** The control set: git commit (dirty when a loaded file differs from it) and content hash. */
function controlSet(head: ReportHead): string[] {
  const set = head.controlSet;
  if (!set && !head.controlsCommit) return [];
  const commit = head.controlsCommit ? `git ${head.controlsCommit}${set?.dirty ? `-dirty (${set.changed?.length ?? 0} loaded file(s) differ from it)` : ''}` : 'commit unknown';
  return [`Control set: ${commit}${set ? ` · content ${set.contentHash} (${set.files} file(s))` : ''}`, ''];
}

function bySeverity(controls: ControlSummary[]): string[] {
  const counts = SEVERITIES.map((s) => [s, controls.reduce((n, c) => (c.severity === s ? n + c.counts.FAIL : n), 0)] as const).filter(([, n]) => n > 0);
  if (counts.length === 0) return ['No failures.', ''];
  return ['### Failures by severity', '', ...counts.map(([s, n]) => `- **${s}**: ${n}`), ''];
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
  const more = failing.length > TOP ? [`- …and ${failing.length - TOP} more failing requirements (see the HTML report)`] : [];
  return ['### Frameworks', '', '| Framework | Pass rate | Automated coverage | Requirements |', '|---|---:|---:|---|', ...rows, '', ...(listed.length > 0 ? ['Failing requirements:', '', ...listed, ...more, ''] : [])];
}

/** With --baseline: what changed since the previous run, new failures listed first. */
function delta(summary: ReportSummary, fresh: Result[]): string[] {
  if (!summary.baseline) return [];
  const { new: added, unchanged, excepted = 0, resolved } = summary.baseline;
  const severity = new Map(summary.controls.map((c) => [c.id, c.severity]));
  const rows = fresh.map((r) => `- **${severity.get(r.controlId)}** ${cell(r.controlId)} ${cell(r.resourceId ?? '')} (${r.provider} ${cell(r.account)}/${cell(r.region)})`);
  const more = added > TOP ? [`- …and ${added - TOP} more`] : [];
  return [`### Since the baseline (${cell(summary.baseline.scanId)})`, '', `**${added} new** · ${unchanged} unchanged · ${excepted} excepted · ${resolved.length} resolved`, '', ...rows, ...more, ...(rows.length > 0 ? [''] : [])];
}

/** With --exceptions: each exception's state, expired and unused first as they need action. */
function exceptions(summary: ReportSummary): string[] {
  if (!summary.exceptions || summary.exceptions.length === 0) return [];
  const order = { expired: 0, unused: 1, active: 2 };
  const list = [...summary.exceptions].sort((a, b) => order[a.state] - order[b.state]);
  const rows = list.slice(0, TOP).map((e) => `| ${e.state} | ${cell(e.control)} | ${cell(e.resource)} | ${e.applied} | ${cell(e.expires)} | ${cell(e.owner)} | ${cell(e.reason)} |`);
  const more = list.length > TOP ? [`…and ${list.length - TOP} more exceptions (see the HTML report).`, ''] : [];
  return ['### Exceptions', '', '| State | Control | Resource | Excepted | Expires | Owner | Reason |', '|---|---|---|---:|---|---|---|', ...rows, '', ...more];
}

/** The plan (or, after --remediate, what it did) and the first actions, one row each. */
function remediation(summary: ReportSummary, rows: string[], total: number, plan: PendingActions): string[] {
  if (total === 0 && !summary.remediation) return [];
  const done = summary.remediation;
  const headline = done
    ? `**${done.applied} applied** · ${done.noOp} no-op · ${done.failed} failed · ${done.interrupted} interrupted; re-evaluated: **${done.fixed} fixed**, ${done.stillFailing} still failing. Audit log: ${cell(done.auditLog)}`
    : `${plan.actions} planned action(s) on ${plan.results} FAIL result(s)${plan.awaitingApproval > 0 ? `, ${plan.awaitingApproval} awaiting approval` : ''}: run with \`--remediate\` to apply.`;
  const table = rows.length > 0 ? ['| Control | Resource | Call | Status |', '|---|---|---|---|', ...rows, ''] : [];
  const more = total > TOP_ACTIONS ? [`…and ${total - TOP_ACTIONS} more actions (see the HTML report).`, ''] : [];
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

function errors(list: Result[], total: number): string[] {
  if (total === 0) return [];
  const rows = list.map((r) => `- ${cell(r.controlId)} on ${r.provider} ${cell(r.account)}/${cell(r.region)}: ${cell(r.reason ?? '')}`);
  const more = total > TOP ? [`- …and ${total - TOP} more`] : [];
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
