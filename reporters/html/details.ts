import { ACTION_STATUS_TEXT, callsText, type ActionRecord } from '../../src/model/action.js';
import type { ControlSummary, Result } from '../../src/model/result.js';
import { breakable, esc, joined, json, statusClass } from './markup.js';
import { reasonWords } from './reason.js';

/** What the page shows of one control's results: its first findings (worst first) and how many it lists in all. */
export interface ControlRows {
  worst: Result[];
  listed: number;
}

/**
 * A control's section: what it checks, why and how to fix it, then its first findings. Each
 * finding row carries what the page's one filter reads (status, new since the baseline, the
 * text it searches: resource id, name, account, region and reason); the rest of the
 * control's findings are in the page's compressed data, and the button shows them.
 */
export function controlSection(c: ControlSummary, rows: ControlRows): string {
  const frameworks = Object.entries(c.compliance);
  const passNote = c.counts.PASS > 0 ? `<p class="muted">${c.counts.PASS} resource(s) pass (listed in the CSV and JSON reports).</p>\n  ` : '';
  const results =
    c.status === 'NO_RESOURCES'
      ? '<p class="muted">No resources of this type were found (not applicable).</p>'
      : `${passNote}${
          rows.worst.length > 0
            ? `<table class="results stack" data-control="${esc(c.id)}">
    <thead><tr><th>Status</th><th>Resource</th><th>Account / region</th><th>Reason</th><th>Evidence</th></tr></thead>
    <tbody>
    ${joined(rows.worst, resultRow)}
    </tbody>
  </table>`
            : ''
        }${rows.listed > rows.worst.length ? `\n  <button class="more-rows" type="button" data-control="${esc(c.id)}">Show all ${rows.listed} results</button>` : ''}`;
  return `<section class="control" id="control-${esc(c.id)}" data-listed="${rows.listed}">
  <header><h3><span class="cid">${esc(c.id)}</span> — ${esc(c.title)}</h3><span class="badge ${statusClass(c.status)}">${esc(c.status)}</span><span class="sev-${esc(c.severity)}">${esc(c.severity)}</span><span class="muted rid">${esc(c.provider)} · ${breakable(c.resourceType)} · flow ${breakable(c.flowId)}</span></header>
  ${joined(c.warnings ?? [], (w) => `<p class="warning"><span class="label">Warning.</span> ${esc(w.message)}</p>`)}
  ${c.description ? `<p>${esc(c.description)}</p>` : ''}
  ${c.rationale ? `<p><span class="label">Rationale.</span> ${esc(c.rationale)}</p>` : ''}
  ${c.remediation ? `<p><span class="label">Remediation.</span> ${esc(c.remediation)}</p>` : ''}
  ${frameworks.length > 0 ? `<p><span class="label">Compliance.</span> ${joined(frameworks, ([f, ids]) => `${esc(f)} ${esc(ids.join(', '))}`, '; ')}</p>` : ''}
  ${c.references.length > 0 ? `<p class="refs"><span class="label">References.</span> ${joined(c.references, (ref) => `<a href="${esc(ref)}" rel="noreferrer noopener">${breakable(ref)}</a>`, ', ')}</p>` : ''}
  ${results}
</section>
`;
}

function actionPart(a: ActionRecord): string {
  return `<div class="action"><span class="label">Action</span> <span class="badge act-${esc(a.status)}">${esc(ACTION_STATUS_TEXT[a.status])}</span>${a.outcome ? ` <span class="badge outcome-${esc(a.outcome)}">${esc(a.outcome.replace('-', ' '))}</span>` : ''} ${a.name ? `${esc(a.name)} ` : ''}<span class="muted">(node ${esc(a.node)})</span>${a.error ? `<div>${esc(a.error.code)}: ${esc(a.error.message)}</div>` : ''}
<details><summary>${esc(callsText(a))}</summary>${joined(a.calls, (call) => `<div>${esc(call.service)} ${esc(call.method)} <span class="muted">via ${esc(call.via)}, step ${esc(call.step)}</span><pre>${json(call.params)}</pre></div>`)}</details></div>`;
}

/** The conditions as the engine wrote them, when the reason shows them in words. */
export function rawConditions(r: Result, words: string): string[] {
  if (!r.matches || r.matches.length === 0 || words === (r.reason ?? '')) return [];
  return r.matches.map((m) => m.text);
}

/** Lower-case text the page's search looks in: resource id, display name, account, region, reason (words and raw). */
export function searchText(r: Result, words: string): string {
  const raw = words === r.reason ? '' : ` ${r.reason ?? ''}`;
  return `${r.resourceId ?? ''} ${r.displayName ?? ''} ${r.account} ${r.region} ${words}${raw}`.toLowerCase();
}

function resultRow(r: Result): string {
  const words = reasonWords(r);
  const exception = r.exception
    ? `<div class="exception"><span class="label">Excepted</span> until ${esc(r.exception.expires)} by ${esc(r.exception.owner)}: ${esc(r.exception.reason)} <span class="muted">(${esc(r.exception.source)})</span></div>`
    : '';
  const raw = rawConditions(r, words);
  const hasEvidence = r.evidence && Object.keys(r.evidence).length > 0;
  const evidence =
    hasEvidence || raw.length > 0
      ? `<details><summary>evidence</summary>${joined(raw, (text) => `<div class="cond"><span class="label">Condition</span> <code>${esc(text)}</code></div>`)}${hasEvidence ? `<pre>${json(r.evidence)}</pre>` : ''}</details>`
      : '';
  return `<tr data-status="${esc(r.status)}"${r.baseline === 'new' ? ' data-new="1"' : ''} data-text="${esc(searchText(r, words))}"><td data-label="Status"><span class="badge ${statusClass(r.status)}">${esc(r.status)}</span>${r.baseline ? ` <span class="badge delta-${esc(r.baseline)}">${esc(r.baseline)}</span>` : ''}</td>
<td data-label="Resource">${r.displayName ? `${esc(r.displayName)}<br>` : ''}<span class="muted rid">${r.resourceId ? breakable(r.resourceId) : 'whole target'}</span></td>
<td data-label="Account / region">${esc(r.account)}<br><span class="muted">${esc(r.region)}</span></td>
<td data-label="Reason">${esc(words)}${exception}
${joined(r.actions ?? [], actionPart)}</td>
<td data-label="Evidence">${evidence}</td></tr>
`;
}
