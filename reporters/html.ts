import { gzipSync } from 'node:zlib';
import { planOf } from '../src/model/action.js';
import type { ControlSummary, ReportHead, ReportSummary, Result, Status } from '../src/model/result.js';
import { partialBanner } from '../src/model/partial.js';
import { SEVERITIES, type Severity } from '../src/model/severity.js';
import { SCRIPT, STYLE } from './html/assets.js';
import { controlSection } from './html/details.js';
import { frameworksPart } from './html/frameworks.js';
import { breakable, esc, joined, sortValue, statusClass } from './html/markup.js';
import { reasonWords } from './html/reason.js';
import type { Reporter, TextSink } from './types.js';

/** Results shown in the page itself per control, worst first; the rest are shown on demand. */
const OPEN_ROWS = 10;
/** Uncompressed bytes of result lines per gzip block of the page's data. */
const BLOCK = 1 << 20;
const STATUS_COLOURS: Record<Status, string> = { FAIL: '#c0392b', ERROR: '#b9770e', EXCEPTED: '#6c5ce7', PASS: '#1e8449' };
const SEVERITY_COLOURS: Record<Severity, string> = { critical: '#7b241c', high: '#c0392b', medium: '#e67e22', low: '#f1c40f', info: '#95a5a6' };
const BAR_WIDTH = 300;
const RANK: Record<Status, number> = { FAIL: 0, ERROR: 1, EXCEPTED: 2, PASS: 3 };

/**
 * One self-contained HTML file (inline CSS and JS, no network) that opens fast at any size:
 * the summary, each framework's requirement statuses (the summary's `frameworks` section),
 * the controls table, the compliance view and a section per control with its
 * first results (worst first) in the page; every other FAIL, ERROR and EXCEPTED result (and a
 * PASS that --remediate fixed) travels in the page as gzip-compressed JSON lines, shown on
 * demand. PASS results are counted per control; the CSV and JSON reports list them.
 * The page is written in parts once the summary is known: nothing builds it as one string.
 */
export const html: Reporter = {
  format: 'html',
  extension: 'html',
  summary: 'one self-contained page for people and auditors',
  open(head, out) {
    const shown = new Map<string, Result[][]>(head.controls.map((c) => [c.id, [[], [], [], []]]));
    const listed = new Map<string, number>();
    const fresh = new Map<string, number>();
    const blocks: Buffer[] = [];
    let pending: string[] = [];
    let pendingBytes = 0;
    const seal = () => {
      if (pending.length === 0) return;
      // Level 1: four times faster than the default for a page a fifth larger.
      blocks.push(gzipSync(pending.join(''), { level: 1 }));
      pending = [];
      pendingBytes = 0;
    };
    return {
      result(r) {
        if (r.status === 'PASS' && !r.actions) return;
        const byRank = shown.get(r.controlId)!;
        const bucket = byRank[RANK[r.status]]!;
        if (bucket.length < OPEN_ROWS) bucket.push(r);
        listed.set(r.controlId, (listed.get(r.controlId) ?? 0) + 1);
        if (r.baseline === 'new') fresh.set(r.controlId, (fresh.get(r.controlId) ?? 0) + 1);
        const line = `${JSON.stringify(pageRow(r))}\n`;
        pending.push(line);
        pendingBytes += line.length;
        if (pendingBytes >= BLOCK) seal();
      },
      async end(summary) {
        seal();
        await page(out, head, summary, { shown, listed, fresh, blocks });
      },
    };
  },
};

/**
 * A finding as the page's data carries it: what the page shows and searches, nothing more (its
 * execution, time, cloud and each match's structure are in the JSON report; at 100k resources
 * they were 40% of the page's data, parsed by the browser on opening and decoded on a search).
 * The reason in words travels with the result; then the conditions as written are the matches'
 * texts, and the raw reason, when it is just those joined, is left for the page to join again.
 * `controlId` and `status` come first: the page reads them off a line's start without parsing it.
 */
export interface PageRow {
  controlId: string;
  status: Status;
  account: string;
  region: string;
  resourceId?: string;
  displayName?: string;
  words?: string;
  conditions?: string[];
  reason?: string;
  evidence?: Record<string, unknown>;
  exception?: Result['exception'];
  baseline?: Result['baseline'];
  actions?: Result['actions'];
}

function pageRow(r: Result): PageRow {
  const row: PageRow = { controlId: r.controlId, status: r.status, account: r.account, region: r.region };
  if (r.resourceId !== undefined) row.resourceId = r.resourceId;
  if (r.displayName !== undefined) row.displayName = r.displayName;
  const words = reasonWords(r);
  if (words !== (r.reason ?? '') && r.matches) {
    row.words = words;
    row.conditions = r.matches.map((m) => m.text);
    if (r.reason !== row.conditions.join('; ')) row.reason = r.reason;
  } else if (r.reason !== undefined) row.reason = r.reason;
  if (r.evidence !== undefined) row.evidence = r.evidence;
  if (r.exception !== undefined) row.exception = r.exception;
  if (r.baseline !== undefined) row.baseline = r.baseline;
  if (r.actions !== undefined) row.actions = r.actions;
  return row;
}

interface Collected {
  shown: Map<string, Result[][]>;
  listed: Map<string, number>;
  fresh: Map<string, number>;
  blocks: Buffer[];
}

/** The esc of the page, for modules that import it from here. */
export { esc };

async function page(out: TextSink, head: ReportHead, summary: ReportSummary, collected: Collected): Promise<void> {
  const { totals } = summary;
  const frameworks = complianceView(summary.controls);
  out.write(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>ctrlflow report — ${esc(summary.finishedAt)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>ctrlflow compliance report</h1>
${partialPart(head)}<dl class="meta">
  <dt>Scan</dt><dd>${esc(head.startedAt)} → ${esc(summary.finishedAt)}</dd>
  <dt>Inventory</dt><dd>${esc(head.inventory)}</dd>
  <dt>Tool</dt><dd>ctrlflow ${esc(head.tool.version)}</dd>
  <dt>Control set</dt><dd>${controlSetText(head)}</dd>
  <dt>Fail on</dt><dd>${esc(head.failOn)}</dd>
  ${summary.sources ? `<dt>Merged from</dt><dd>${joined(summary.sources, (s) => `${esc(s.file)} (${esc(s.scanId)})`, ', ')}</dd>` : ''}
</dl>
<dl class="meta">
  <dt>Accounts</dt><dd>${joined([...new Set(head.targets.map((t) => `${t.provider} ${t.account}`))], esc, ', ') || 'none'}</dd>
  <dt>Regions</dt><dd>${joined([...new Set(head.targets.map((t) => t.region))].sort(), esc, ', ') || 'none'}</dd>
</dl>
`);
  out.write(summaryPart(summary));
  out.write(baselinePart(summary));
  out.write(warningsPart(summary.controls));
  out.write(exceptionsPart(summary));
  out.write(frameworksPart(summary, esc));
  out.write(controlsTable(summary, frameworks, collected.fresh));
  out.write(compliancePart(frameworks));
  out.write('<h2>Details</h2>\n');
  for (const control of summary.controls) {
    const worst = (collected.shown.get(control.id) ?? []).flat().slice(0, OPEN_ROWS);
    out.write(controlSection(control, { worst, listed: collected.listed.get(control.id) ?? 0 }));
    await out.drained();
  }
  out.write(`
<footer>Generated by ctrlflow ${esc(head.tool.version)} · scan ${esc(head.scanId)} · ${totals.PASS} PASS result(s) are counted here and listed in the CSV and JSON reports</footer>
<script type="application/json" id="ctrlflow-rows">[`);
  for (let i = 0; i < collected.blocks.length; i += 1) {
    out.write(`${i > 0 ? ',' : ''}"${collected.blocks[i]!.toString('base64')}"`);
    await out.drained();
  }
  out.write(`]</script>
<script>${SCRIPT}</script>
</body>
</html>
`);
}

/** A shard, or shards merged with --allow-partial: said before anything else. */
function partialPart(head: ReportHead): string {
  const banner = partialBanner(head);
  return banner ? `<p class="partial" role="alert"><strong>${esc(banner)}</strong></p>\n` : '';
}

function summaryPart(summary: ReportSummary): string {
  const plan = planOf(summary);
  const total = Math.max(1, summary.totals.FAIL + summary.totals.ERROR + summary.totals.EXCEPTED + summary.totals.PASS);
  let x = 0;
  const bars = (['FAIL', 'ERROR', 'EXCEPTED', 'PASS'] as const).map((status) => {
    const width = (summary.totals[status] / total) * 100;
    const bar = { status, count: summary.totals[status], x, width, colour: STATUS_COLOURS[status] };
    x += width;
    return bar;
  });
  const fails = SEVERITIES.map((severity) => ({ severity, fail: summary.controls.reduce((n, c) => (c.severity === severity ? n + c.counts.FAIL : n), 0) }));
  const max = fails.reduce((m, c) => Math.max(m, c.fail), 1);
  const chart = fails.map((c, i) => ({ ...c, y: i * 20, width: Math.round((c.fail / max) * BAR_WIDTH), colour: SEVERITY_COLOURS[c.severity] }));
  const done = summary.remediation;
  const card = (cls: string, label: string, value: number) => `<div class="card"><span class="badge ${cls}">${label}</span><b>${value}</b></div>`;
  const remediation = done
    ? `<h2 id="remediation">Remediation</h2>
<div class="cards">
  ${card('act-applied', 'applied', done.applied)}
  ${card('act-no-op', 'no-op', done.noOp)}
  ${card('act-failed', 'failed', done.failed)}
  ${card('act-interrupted', 'interrupted', done.interrupted)}
  ${card('outcome-fixed', 'fixed', done.fixed)}
  ${card('outcome-still-failing', 'still failing', done.stillFailing)}
</div>
<p>Re-evaluated after the actions ran. Every call is recorded in the audit log <code>${esc(done.auditLog)}</code>.</p>
`
    : plan.actions > 0
      ? `<h2 id="remediation">Remediation</h2>
<p><b>${plan.actions}</b> planned action(s) on ${plan.results} FAIL result(s)${plan.awaitingApproval > 0 ? `, ${plan.awaitingApproval} awaiting approval` : ''}: run with <code>--remediate</code> to apply. Each is shown under its resource below.</p>
`
      : '';
  return `
<h2>Summary</h2>
<div class="cards">
  ${joined(bars, (b) => `<div class="card"><span class="badge ${b.status.toLowerCase()}">${b.status}</span><b>${b.count}</b></div>`)}
</div>
<svg role="img" aria-label="Results by status" width="100%" height="22" viewBox="0 0 100 4" preserveAspectRatio="none">
  ${joined(bars, (b) => `<rect x="${b.x}" y="0" width="${b.width}" height="4" fill="${b.colour}"><title>${b.status}: ${b.count}</title></rect>`)}
</svg>
<h3>Failures by severity</h3>
<svg class="chart" role="img" aria-label="Failures by severity" width="420" height="${chart.length * 20}" viewBox="0 0 420 ${chart.length * 20}">
  ${joined(chart, (b) => `<g transform="translate(0 ${b.y})"><text x="0" y="14" font-size="12">${b.severity}</text><rect x="70" y="2" width="${b.width}" height="14" fill="${b.colour}"><title>${b.severity}: ${b.fail} FAIL</title></rect><text x="${76 + b.width}" y="14" font-size="12">${b.fail}</text></g>`)}
</svg>

${remediation}`;
}

/** The git commit (dirty, naming the loaded files that differ from it) and the content hash of the control set. */
function controlSetText(head: ReportHead): string {
  const set = head.controlSet;
  const changed = set?.changed ?? [];
  const dirty = set?.dirty ? `-dirty (${changed.length} loaded file(s) differ from it${changed.length > 0 ? `: ${joined(changed, esc, ', ')}` : ''})` : '';
  const commit = head.controlsCommit ? `git ${esc(head.controlsCommit)}${dirty}` : 'commit unknown';
  return `${commit}${set ? ` · content ${esc(set.contentHash)} (${set.files} file(s))` : ''}`;
}

/** Condition keys no item had: the condition checked nothing (--strict makes it ERROR). */
function warningsPart(controls: readonly ControlSummary[]): string {
  const list = controls.flatMap((c) => (c.warnings ?? []).map((w) => ({ control: c.id, message: w.message })));
  if (list.length === 0) return '';
  return `
<h2 id="warnings">Warnings</h2>
<p>A condition key that none of the items had: the condition checked nothing there (a misspelt key, or a property the estate never sets). <code>--strict</code> makes these ERROR.</p>
<ul class="warnings">${joined(list, (w) => `<li><a href="#control-${esc(w.control)}">${esc(w.control)}</a>: ${esc(w.message)}</li>`)}</ul>
`;
}

function baselinePart(summary: ReportSummary): string {
  const b = summary.baseline;
  if (!b) return '';
  const resolved =
    b.resolved.length > 0
      ? `<details><summary>${b.resolved.length} resolved since the baseline</summary>
<table id="resolved" class="stack">
  <thead><tr><th>Control</th><th>Resource</th><th>Account / region</th><th>Now</th></tr></thead>
  <tbody>${joined(b.resolved, (r) => `<tr><td data-label="Control" class="cid">${esc(r.controlId)}</td><td data-label="Resource" class="rid">${r.resourceId ? breakable(r.resourceId) : 'whole target'}</td><td data-label="Account / region">${esc(r.provider)} ${esc(r.account)} / ${esc(r.region)}</td><td data-label="Now">${esc(r.now)}</td></tr>`)}</tbody>
</table>
</details>
`
      : '';
  return `
<h2>Since the baseline</h2>
<p>Compared with ${esc(b.file)} (scan ${esc(b.scanId)}):</p>
<div class="cards">
  <div class="card"><span class="badge fail">new</span><b>${b.new}</b></div>
  <div class="card"><span class="badge error">unchanged</span><b>${b.unchanged}</b></div>
  <div class="card"><span class="badge delta-excepted">excepted</span><b>${b.excepted ?? 0}</b></div>
  <div class="card"><span class="badge pass">resolved</span><b>${b.resolved.length}</b></div>
</div>
${b.new > 0 ? `<p><button id="show-new" type="button">Show the ${b.new} new finding(s) only</button> <span class="muted">(the filter's "New since the baseline" below)</span></p>\n` : ''}${resolved}`;
}

function exceptionsPart(summary: ReportSummary): string {
  if (!summary.exceptions || summary.exceptions.length === 0) return '';
  return `
<h2>Exceptions</h2>
<table id="exceptions" class="stack">
  <thead><tr><th>State</th><th>Control</th><th>Resource</th><th>Excepted</th><th>Reason</th><th>Owner</th><th>Expires</th><th>Defined at</th></tr></thead>
  <tbody>
  ${joined(summary.exceptions, (e) => `<tr data-state="${esc(e.state)}"><td data-label="State"><span class="badge exc-${esc(e.state)}">${esc(e.state)}</span></td><td data-label="Control">${esc(e.control)}</td><td data-label="Resource" class="rid">${breakable(e.resource)}</td><td data-label="Excepted">${e.applied}</td><td data-label="Reason">${esc(e.reason)}</td><td data-label="Owner">${esc(e.owner)}</td><td data-label="Expires">${esc(e.expires)}</td><td data-label="Defined at" class="muted">${esc(e.source)}</td></tr>`)}
  </tbody>
</table>
`;
}

const STATUS_ORDER: Record<string, number> = { FAIL: 0, ERROR: 1, EXCEPTED: 2, PASS: 3, NO_RESOURCES: 4 };

/**
 * The controls table under THE filter of the page: one state (status, severity, provider,
 * framework, new since the baseline, text) that the page's script applies to this table and
 * to the sections under Details alike. Severity and status sort by rank, not by name.
 */
function controlsTable(summary: ReportSummary, frameworks: Framework[], fresh: Map<string, number>): string {
  const row = (c: ControlSummary) => {
    const complianceText = Object.entries(c.compliance).map(([f, ids]) => `${f} ${ids.join(' ')}`).join(' ');
    const data = `${c.id} ${c.title} ${complianceText}`.toLowerCase();
    return `
    <tr data-status="${esc(c.status)}" data-severity="${esc(c.severity)}" data-provider="${esc(c.provider)}" data-frameworks="${esc(Object.keys(c.compliance).join('\n'))}" data-new="${fresh.get(c.id) ?? 0}" data-text="${esc(data)}">
      <td data-label="Control"><a class="cid" href="#control-${esc(c.id)}">${esc(c.id)}</a></td><td data-label="Title">${esc(c.title)}</td><td data-label="Severity" class="sev-${esc(c.severity)}"${sortValue(SEVERITIES.indexOf(c.severity))}>${esc(c.severity)}</td><td data-label="Provider">${esc(c.provider)}</td>
      <td data-label="Status"${sortValue(STATUS_ORDER[c.status] ?? 5)}><span class="badge ${statusClass(c.status)}">${esc(c.status)}</span></td><td data-label="FAIL">${c.counts.FAIL}</td><td data-label="PASS">${c.counts.PASS}</td><td data-label="ERROR">${c.counts.ERROR}</td><td data-label="EXCEPTED">${c.counts.EXCEPTED}</td>
    </tr>`;
  };
  const baseline = summary.baseline
    ? `\n  <label class="check"><input id="filter-new" type="checkbox"> New since the baseline (${summary.baseline.new})</label>`
    : '';
  return `
<h2 id="controls-title">Controls</h2>
<div class="controls-filter" role="search">
  <input id="filter-text" type="search" placeholder="Search ids, resources, accounts, reasons…" aria-label="Search controls and their results">
  <select id="filter-status" aria-label="Status">
    <option value="">All statuses</option><option>FAIL</option><option>ERROR</option><option>EXCEPTED</option><option>PASS</option><option value="NO_RESOURCES">No resources</option>
  </select>
  <select id="filter-severity" aria-label="Severity">
    <option value="">All severities</option>${joined(SEVERITIES, (s) => `<option>${s}</option>`)}
  </select>
  <select id="filter-provider" aria-label="Provider">
    <option value="">All providers</option><option>aws</option><option>azure</option><option>gcp</option>
  </select>
  <select id="filter-framework" aria-label="Compliance framework">
    <option value="">All frameworks</option>${joined(frameworks, (f) => `<option>${esc(f.framework)}</option>`)}
  </select>${baseline}
  <button id="filter-clear" type="button">Clear</button>
  <span id="filter-count" class="muted" aria-live="polite">${summary.controls.length} of ${summary.controls.length} controls</span>
</div>
<p class="muted hint">The filter applies to this table and to each control's results under Details.</p>
<table id="controls" class="stack">
  <thead><tr><th data-sort="0">Control</th><th data-sort="1">Title</th><th data-sort="2">Severity</th><th data-sort="3">Provider</th><th data-sort="4">Status</th><th data-sort="5">FAIL</th><th data-sort="6">PASS</th><th data-sort="7">ERROR</th><th data-sort="8">EXCEPTED</th></tr></thead>
  <tbody>${joined(summary.controls, row)}
  </tbody>
</table>
<p id="filter-empty" class="muted" hidden>No control matches the filter.</p>
`;
}

interface Framework {
  framework: string;
  sections: { section: string; controls: ControlSummary[] }[];
}

/**
 * Framework and section names in natural order (`1.10` after `1.9`): one collator, as
 * localeCompare with options makes a new one on every call (50 ms for 600 names).
 */
const natural = new Intl.Collator(undefined, { numeric: true }).compare;

/** Framework -> section -> the controls mapped to it, with their status. */
function complianceView(controls: ControlSummary[]): Framework[] {
  const frameworks = new Map<string, Map<string, ControlSummary[]>>();
  for (const c of controls) {
    for (const [framework, sections] of Object.entries(c.compliance)) {
      const bySection = frameworks.get(framework) ?? new Map<string, ControlSummary[]>();
      for (const section of sections) bySection.set(section, [...(bySection.get(section) ?? []), c]);
      frameworks.set(framework, bySection);
    }
  }
  return [...frameworks.keys()].sort(natural).map((framework) => ({
    framework,
    sections: [...frameworks.get(framework)!.entries()].sort(([a], [b]) => natural(a, b)).map(([section, list]) => ({ section, controls: list })),
  }));
}

function compliancePart(frameworks: Framework[]): string {
  if (frameworks.length === 0) return '';
  return `
<h2>Compliance</h2>
${joined(
  frameworks,
  (f) => `<h3>${esc(f.framework)}</h3>
<table>
  <thead><tr><th>Section</th><th>Controls</th></tr></thead>
  <tbody>
  ${joined(f.sections, (s) => `<tr><td>§${esc(s.section)}</td><td>${joined(s.controls, (c) => `<a class="cid" href="#control-${esc(c.id)}">${esc(c.id)}</a> <span class="badge ${statusClass(c.status)}">${esc(c.status)}</span> `)}</td></tr>`)}
  </tbody>
</table>
`,
)}`;
}
