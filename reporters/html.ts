import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { ACTION_STATUS_TEXT, callsText, pendingActions } from '../src/model/action.js';
import type { ControlSummary, Result, ScanReport, Status } from '../src/model/result.js';
import { SEVERITIES, type Severity } from '../src/model/severity.js';
import type { Reporter } from './types.js';

/** Rows shown open per control; longer lists start collapsed. */
const OPEN_ROWS = 10;
const STATUS_COLOURS: Record<Status, string> = { FAIL: '#c0392b', ERROR: '#b9770e', EXCEPTED: '#6c5ce7', PASS: '#1e8449' };

// A private instance: no helper registered elsewhere leaks in. Templates escape every {{value}}.
const hbs = Handlebars.create();
hbs.registerHelper('json', (value: unknown) => JSON.stringify(value, null, 1));
hbs.registerHelper('lower', (value: unknown) => String(value).toLowerCase());
const template = hbs.compile(readFileSync(new URL('./html/report.hbs', import.meta.url), 'utf8'), { strict: false });

/** One self-contained HTML file (inline CSS and JS, no network): summary, controls table, details. */
export const html: Reporter = {
  format: 'html',
  extension: 'html',
  summary: 'one self-contained page for people and auditors',
  render: (report) => template(view(report)),
};

function view(report: ScanReport) {
  const byControl = new Map<string, Result[]>();
  for (const r of report.results) {
    const list = byControl.get(r.controlId);
    if (list) list.push(r);
    else byControl.set(r.controlId, [r]);
  }
  const total = Math.max(1, report.results.length);
  let x = 0;
  const bars = (['FAIL', 'ERROR', 'EXCEPTED', 'PASS'] as const).map((status) => {
    const width = (report.totals[status] / total) * 100;
    const bar = { status, count: report.totals[status], x, width, colour: STATUS_COLOURS[status] };
    x += width;
    return bar;
  });
  return {
    report,
    title: `ctrlflow report — ${report.finishedAt}`,
    accounts: [...new Set(report.targets.map((t) => `${t.provider} ${t.account}`))],
    regions: [...new Set(report.targets.map((t) => t.region))].sort(),
    bars,
    severityChart: severityChart(report),
    controls: report.controls.map((c) => control(c, byControl.get(c.id) ?? [])),
    compliance: complianceView(report.controls),
    // Condition keys no item had: the condition checked nothing (--strict makes it ERROR).
    warnings: report.controls.flatMap((c) => (c.warnings ?? []).map((w) => ({ control: c.id, message: w.message }))),
    // After --remediate the report's summary; before, what a run with it would do.
    plan: report.remediation ? undefined : pendingActions(report.results),
  };
}

function control(c: ControlSummary, results: Result[]) {
  const ordered = [...results].sort((a, b) => rank(a.status) - rank(b.status));
  return {
    ...c,
    statusClass: c.status.toLowerCase().replace('_', '-'),
    frameworks: Object.entries(c.compliance).map(([framework, ids]) => ({ framework, ids: ids.join(', ') })),
    // Newline-separated: framework names may hold spaces but not newlines.
    frameworkList: Object.keys(c.compliance).join('\n'),
    complianceText: Object.entries(c.compliance).map(([f, ids]) => `${f} ${ids.join(' ')}`).join(' '),
    open: ordered.slice(0, OPEN_ROWS).map(row),
    more: ordered.slice(OPEN_ROWS).map(row),
    noResources: c.status === 'NO_RESOURCES',
  };
}

const SEVERITY_COLOURS: Record<Severity, string> = { critical: '#7b241c', high: '#c0392b', medium: '#e67e22', low: '#f1c40f', info: '#95a5a6' };
const BAR_WIDTH = 300;

/** Horizontal bars of FAIL counts per severity, scaled to the largest. */
function severityChart(report: ScanReport) {
  const counts = SEVERITIES.map((severity) => ({ severity, fail: report.results.filter((r) => r.status === 'FAIL' && r.severity === severity).length }));
  const max = Math.max(1, ...counts.map((c) => c.fail));
  const bars = counts.map((c, i) => {
    const width = Math.round((c.fail / max) * BAR_WIDTH);
    return { ...c, y: i * 20, width, labelX: 76 + width, colour: SEVERITY_COLOURS[c.severity] };
  });
  return { bars, height: bars.length * 20 };
}

function row(r: Result) {
  const actions = (r.actions ?? []).map((a) => ({ ...a, statusText: ACTION_STATUS_TEXT[a.status], outcomeText: a.outcome?.replace('-', ' '), callsText: callsText(a) }));
  return { ...r, statusClass: r.status.toLowerCase(), hasEvidence: Object.keys(r.evidence).length > 0, actions };
}

function rank(status: Status): number {
  return ['FAIL', 'ERROR', 'EXCEPTED', 'PASS'].indexOf(status);
}

/** Framework -> section -> the controls mapped to it, with their status. */
function complianceView(controls: ControlSummary[]) {
  const frameworks = new Map<string, Map<string, ControlSummary[]>>();
  for (const c of controls) {
    for (const [framework, sections] of Object.entries(c.compliance)) {
      const bySection = frameworks.get(framework) ?? new Map<string, ControlSummary[]>();
      for (const section of sections) bySection.set(section, [...(bySection.get(section) ?? []), c]);
      frameworks.set(framework, bySection);
    }
  }
  const natural = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });
  return [...frameworks.keys()].sort(natural).map((framework) => ({
    framework,
    sections: [...frameworks.get(framework)!.entries()]
      .sort(([a], [b]) => natural(a, b))
      .map(([section, list]) => ({ section, controls: list.map((c) => ({ id: c.id, status: c.status, statusClass: c.status.toLowerCase().replace('_', '-') })) })),
  }));
}
