import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/model/action.ts
function callsText(record) {
  return record.calls.map((c) => `${c.service} ${c.method}`).join(" \u2192 ") || `node ${record.node}`;
}
function notes(record) {
  const parts = [record.error && `${record.error.code}: ${record.error.message}`, record.outcome?.replace("-", " ")].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}
function actionStatusText(record) {
  return `${ACTION_STATUS_TEXT[record.status]}${notes(record)}`;
}
function actionText(record) {
  return `${ACTION_STATUS_TEXT[record.status]}: ${callsText(record)}${notes(record)}`;
}
function actionKey(place, resourceId, record) {
  return JSON.stringify([place.provider, place.account, place.region, record.node, resourceId, record.calls.map((c) => [c.step, c.service, c.method, c.params])]);
}
function noPendingActions() {
  return { actions: 0, results: 0, awaitingApproval: 0, seen: /* @__PURE__ */ new Set(), waiting: /* @__PURE__ */ new Set() };
}
function countPending(tally, result2) {
  if (!result2.actions) return;
  let any = false;
  for (const a of result2.actions) {
    if (a.status !== "planned" && a.status !== "awaiting-approval") continue;
    any = true;
    const key = actionKey(result2, result2.resourceId ?? "", a);
    if (!tally.seen.has(key)) {
      tally.seen.add(key);
      tally.actions += 1;
    }
    if (a.status === "awaiting-approval" && !tally.waiting.has(key)) {
      tally.waiting.add(key);
      tally.awaitingApproval += 1;
    }
  }
  if (any) tally.results += 1;
}
var ACTION_STATUSES, actionRecordSchema, ACTION_STATUS_TEXT;
var init_action = __esm({
  "src/model/action.ts"() {
    "use strict";
    ACTION_STATUSES = ["planned", "awaiting-approval", "not-selected", "over-limit", "applied", "no-op", "failed", "interrupted"];
    actionRecordSchema = {
      type: "object",
      additionalProperties: false,
      required: ["node", "status", "calls"],
      properties: {
        node: { type: "string" },
        name: { type: "string" },
        status: { enum: [...ACTION_STATUSES] },
        approval: { const: "required" },
        calls: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["step", "via", "service", "method", "params"],
            properties: { step: { type: "string" }, via: { type: "string" }, service: { type: "string" }, method: { type: "string" }, params: { type: "object" } }
          }
        },
        error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } },
        outcome: { enum: ["fixed", "still-failing"] }
      }
    };
    ACTION_STATUS_TEXT = {
      planned: "planned",
      "awaiting-approval": "awaiting approval",
      "not-selected": "not selected",
      "over-limit": "over limit",
      applied: "applied",
      "no-op": "no-op",
      failed: "failed",
      interrupted: "interrupted"
    };
  }
});

// reporters/spreadsheet.ts
function spreadsheetSafe(cell2) {
  return FORMULA_START.test(cell2) ? `'${cell2}` : cell2;
}
function toCell(value) {
  if (value === void 0 || value === null) return "";
  return spreadsheetSafe(typeof value === "object" ? JSON.stringify(value) : String(value));
}
function csvField(cell2) {
  const text = cell2.includes("\0") ? cell2.replace(/\0/g, "") : cell2;
  if (text.includes('"')) return `"${text.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(text) ? `"${text}"` : text;
}
var FORMULA_START, NEEDS_QUOTES;
var init_spreadsheet = __esm({
  "reporters/spreadsheet.ts"() {
    "use strict";
    FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
    NEEDS_QUOTES = /[,\r\n|]/;
  }
});

// reporters/csv.ts
var csv_exports = {};
__export(csv_exports, {
  CSV_COLUMNS: () => CSV_COLUMNS,
  csv: () => csv
});
function complianceCell(c) {
  return Object.entries(c.compliance).flatMap(([framework2, ids]) => ids.map((id) => `${framework2}:${id}`)).join("; ");
}
var CSV_COLUMNS, CONTROL_COLUMNS, csv;
var init_csv = __esm({
  "reporters/csv.ts"() {
    "use strict";
    init_action();
    init_spreadsheet();
    CSV_COLUMNS = [
      ["control_id", (r) => r.controlId],
      ["title", (_, c) => c.title],
      ["severity", (_, c) => c.severity],
      ["status", (r) => r.status],
      ["provider", (r) => r.provider],
      ["account", (r) => r.account],
      ["region", (r) => r.region],
      ["resource_type", (_, c) => c.resourceType],
      ["resource_id", (r) => r.resourceId],
      ["display_name", (r) => r.displayName],
      ["reason", (r) => r.reason],
      ["evidence", (r) => r.evidence && Object.keys(r.evidence).length > 0 ? r.evidence : ""],
      ["remediation", (r, c) => r.status === "PASS" ? "" : c.remediation],
      ["compliance", (_, c) => complianceCell(c)],
      ["flow_id", (_, c) => c.flowId],
      ["execution_id", (r) => r.executionId],
      ["time", (r) => r.time],
      ["exception", (r) => r.exception ? `${r.exception.reason} (owner ${r.exception.owner}, expires ${r.exception.expires}, ${r.exception.source})` : ""],
      ["baseline", (r) => r.baseline ?? ""],
      ["action", (r) => (r.actions ?? []).map(actionText).join(" | ")]
    ];
    CONTROL_COLUMNS = new Set(["title", "severity", "resource_type", "compliance", "flow_id"].map((name) => CSV_COLUMNS.findIndex(([n]) => n === name)));
    csv = {
      format: "csv",
      extension: "csv",
      summary: "one row per result, spreadsheet-safe",
      open(head, out) {
        const controls = new Map(head.controls.map((c) => [c.id, { info: c, cells: /* @__PURE__ */ new Map() }]));
        out.write(`\uFEFF${CSV_COLUMNS.map(([name]) => csvField(name)).join(",")}\r
`);
        return {
          result(r) {
            const control = controls.get(r.controlId);
            let row = "";
            for (let i = 0; i < CSV_COLUMNS.length; i += 1) {
              if (i > 0) row += ",";
              if (CONTROL_COLUMNS.has(i)) {
                let cell2 = control.cells.get(i);
                if (cell2 === void 0) control.cells.set(i, cell2 = csvField(toCell(CSV_COLUMNS[i][1](r, control.info))));
                row += cell2;
              } else row += csvField(toCell(CSV_COLUMNS[i][1](r, control.info)));
            }
            out.write(`${row}\r
`);
          },
          end() {
          }
        };
      }
    };
  }
});

// src/model/partial.ts
function partialBanner(head) {
  if (head.partial) return `Partial report: ${head.partial.problem} (merged with --allow-partial from shard(s) ${head.partial.shards.join(", ")})`;
  if (head.shard) return `shard ${head.shard.index} of ${head.shard.count} \u2014 partial: this report covers 1/${head.shard.count} of the scan's work; merge all ${head.shard.count} shards with ctrlflow report`;
  return void 0;
}
var init_partial = __esm({
  "src/model/partial.ts"() {
    "use strict";
  }
});

// src/model/severity.ts
function severityRank(severity) {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(severity);
}
var SEVERITIES;
var init_severity = __esm({
  "src/model/severity.ts"() {
    "use strict";
    SEVERITIES = ["critical", "high", "medium", "low", "info"];
  }
});

// reporters/html/assets.ts
var STYLE, SCRIPT;
var init_assets = __esm({
  "reporters/html/assets.ts"() {
    "use strict";
    STYLE = `
  :root { --fail: #c0392b; --error: #b9770e; --excepted: #6c5ce7; --pass: #1e8449; --muted: #5d6d7e; --line: #d5d8dc; }
  * { box-sizing: border-box; }
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b2631; margin: 0 auto; max-width: 1200px; padding: 24px; }
  h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
  h3 { font-size: 15px; margin: 0; }
  .meta { color: var(--muted); margin: 0 0 16px; }
  .partial { border: 2px solid var(--error); background: #fdf2e9; border-radius: 6px; padding: 8px 14px; margin: 8px 0 16px; }
  .meta dt { font-weight: 600; display: inline; } .meta dd { display: inline; margin: 0 16px 0 4px; }
  .cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0; }
  .card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 110px; }
  .card b { display: block; font-size: 22px; }
  table { border-collapse: collapse; width: 100%; margin: 8px 0; }
  th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
  th { background: #f4f6f7; cursor: pointer; user-select: none; white-space: nowrap; }
  .badge { display: inline-block; padding: 1px 7px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; }
  .fail { background: var(--fail); } .error { background: var(--error); } .excepted { background: var(--excepted); }
  .pass { background: var(--pass); } .no-resources { background: #95a5a6; }
  .exc-active { background: var(--excepted); } .exc-expired { background: var(--fail); } .exc-unused { background: #95a5a6; }
  .req-fail { background: var(--fail); } .req-error, .req-manual-expired { background: var(--error); } .req-manual-missing, .req-not-evaluated, .req-not-applicable { background: #95a5a6; }
  .req-manual-attested { background: #2e86c1; } .req-pass { background: var(--pass); }
  div.framework { margin: 14px 0; }
  .delta-new { background: var(--fail); } .delta-unchanged { background: #95a5a6; } .delta-excepted { background: #6c5ce7; }
  .exception, .action { margin-top: 4px; font-size: 12px; }
  .act-planned { background: #2e86c1; } .act-awaiting-approval { background: var(--error); } .act-applied, .outcome-fixed { background: var(--pass); }
  .act-failed, .outcome-still-failing { background: var(--fail); } .act-not-selected, .act-over-limit, .act-no-op, .act-interrupted { background: #95a5a6; }
  #exceptions td:nth-child(2), #exceptions td:nth-child(7) { white-space: nowrap; }
  svg.chart { display: block; margin: 8px 0; }
  .sev-critical, .sev-high { font-weight: 700; }
  .controls-filter { display: flex; gap: 8px; flex-wrap: wrap; margin: 8px 0; }
  .controls-filter input, .controls-filter select { padding: 4px 6px; font: inherit; }
  section.control { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 14px 0; break-inside: avoid-page; }
  section.control header { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
  .label { font-weight: 600; color: var(--muted); }
  pre { white-space: pre-wrap; word-break: break-word; margin: 0; font-size: 12px; }
  .muted { color: var(--muted); }
  button.more-rows { font: inherit; padding: 4px 10px; cursor: pointer; }
  footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
  @media print {
    .controls-filter, .no-print, button.more-rows { display: none; }
    /* Collapsed evidence and long resource lists print in full (Chromium 131+, Firefox 143+). */
    details::details-content { content-visibility: visible; display: block; }
    body { padding: 0; max-width: none; }
    a { color: inherit; }
  }
`;
    SCRIPT = `
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('#controls tbody tr'));
  var text = document.getElementById('filter-text');
  var selects = ['status', 'severity', 'provider'].map(function (k) { return [k, document.getElementById('filter-' + k)]; });
  var framework = document.getElementById('filter-framework');
  function apply() {
    var q = text.value.trim().toLowerCase();
    rows.forEach(function (row) {
      var ok = !q || row.getAttribute('data-text').indexOf(q) >= 0;
      selects.forEach(function (s) { if (s[1].value && row.getAttribute('data-' + s[0]) !== s[1].value) ok = false; });
      if (framework.value && row.getAttribute('data-frameworks').split('\\n').indexOf(framework.value) < 0) ok = false;
      row.hidden = !ok;
    });
  }
  text.addEventListener('input', apply);
  // Browsers without ::details-content: open every <details> while printing, then restore.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); });
  selects.forEach(function (s) { s[1].addEventListener('change', apply); });
  framework.addEventListener('change', apply);
  document.querySelectorAll('#controls th[data-sort]').forEach(function (th) {
    th.addEventListener('click', function () {
      var i = Number(th.getAttribute('data-sort'));
      var asc = th.getAttribute('data-dir') !== 'asc';
      th.setAttribute('data-dir', asc ? 'asc' : 'desc');
      var body = th.closest('table').tBodies[0];
      rows.slice().sort(function (a, b) {
        var x = a.cells[i].textContent.trim(), y = b.cells[i].textContent.trim();
        var n = Number(x) - Number(y);
        var c = isNaN(n) ? x.localeCompare(y) : n;
        return asc ? c : -c;
      }).forEach(function (row) { body.appendChild(row); });
    });
  });

  var PAGE = 500;
  var RANK = { FAIL: 0, ERROR: 1, EXCEPTED: 2, PASS: 3 };
  var ACTION_TEXT = { planned: 'planned', 'awaiting-approval': 'awaiting approval', 'not-selected': 'not selected', 'over-limit': 'over limit', applied: 'applied', 'no-op': 'no-op', failed: 'failed', interrupted: 'interrupted' };
  var decoded;
  function decode() {
    if (decoded) return decoded;
    var blocks = JSON.parse(document.getElementById('ctrlflow-rows').textContent);
    decoded = Promise.all(blocks.map(function (b) {
      var bytes = Uint8Array.from(atob(b), function (c) { return c.charCodeAt(0); });
      return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    })).then(function (texts) {
      var byControl = {};
      texts.join('').split('\\n').forEach(function (line) {
        if (!line) return;
        var r = JSON.parse(line);
        (byControl[r.controlId] = byControl[r.controlId] || []).push(r);
      });
      Object.keys(byControl).forEach(function (id) { byControl[id].sort(function (a, b) { return RANK[a.status] - RANK[b.status]; }); });
      return byControl;
    });
    return decoded;
  }
  function el(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (content !== undefined) e.textContent = content;
    return e;
  }
  function badge(cls, content) { return el('span', 'badge ' + cls, content); }
  function row(r) {
    var tr = el('tr');
    var status = el('td'); status.appendChild(badge(r.status.toLowerCase(), r.status));
    if (r.baseline) { status.appendChild(document.createTextNode(' ')); status.appendChild(badge('delta-' + r.baseline, r.baseline)); }
    var resource = el('td');
    if (r.displayName) { resource.appendChild(document.createTextNode(r.displayName)); resource.appendChild(el('br')); }
    resource.appendChild(el('span', 'muted', r.resourceId || 'whole target'));
    var where = el('td'); where.appendChild(document.createTextNode(r.account)); where.appendChild(el('br')); where.appendChild(el('span', 'muted', r.region));
    var reason = el('td', '', r.reason || '');
    if (r.exception) {
      var ex = el('div', 'exception'); ex.appendChild(el('span', 'label', 'Excepted'));
      ex.appendChild(document.createTextNode(' until ' + r.exception.expires + ' by ' + r.exception.owner + ': ' + r.exception.reason + ' '));
      ex.appendChild(el('span', 'muted', '(' + r.exception.source + ')')); reason.appendChild(ex);
    }
    (r.actions || []).forEach(function (a) {
      var d = el('div', 'action'); d.appendChild(el('span', 'label', 'Action')); d.appendChild(document.createTextNode(' '));
      d.appendChild(badge('act-' + a.status, ACTION_TEXT[a.status] || a.status));
      if (a.outcome) { d.appendChild(document.createTextNode(' ')); d.appendChild(badge('outcome-' + a.outcome, a.outcome.replace('-', ' '))); }
      d.appendChild(document.createTextNode(' ' + (a.name ? a.name + ' ' : ''))); d.appendChild(el('span', 'muted', '(node ' + a.node + ')'));
      if (a.error) d.appendChild(el('div', '', a.error.code + ': ' + a.error.message));
      var calls = el('details'); calls.appendChild(el('summary', '', a.calls.map(function (c) { return c.service + ' ' + c.method; }).join(' \\u2192 ') || 'node ' + a.node));
      a.calls.forEach(function (c) { var x = el('div', '', c.service + ' ' + c.method + ' '); x.appendChild(el('span', 'muted', 'via ' + c.via + ', step ' + c.step)); x.appendChild(el('pre', '', JSON.stringify(c.params, null, 1))); calls.appendChild(x); });
      d.appendChild(calls); reason.appendChild(d);
    });
    var evidence = el('td');
    if (r.evidence && Object.keys(r.evidence).length > 0) { var det = el('details'); det.appendChild(el('summary', '', 'evidence')); det.appendChild(el('pre', '', JSON.stringify(r.evidence, null, 1))); evidence.appendChild(det); }
    [status, resource, where, reason, evidence].forEach(function (td) { tr.appendChild(td); });
    return tr;
  }
  document.querySelectorAll('button.more-rows').forEach(function (button) {
    var shown = 0;
    button.addEventListener('click', function () {
      button.disabled = true;
      decode().then(function (byControl) {
        var id = button.getAttribute('data-control');
        var list = byControl[id] || [];
        var body = document.querySelector('table.results[data-control="' + CSS.escape(id) + '"] tbody');
        if (shown === 0) body.textContent = '';
        var next = list.slice(shown, shown + PAGE);
        var frag = document.createDocumentFragment();
        next.forEach(function (r) { frag.appendChild(row(r)); });
        body.appendChild(frag);
        shown += next.length;
        button.disabled = false;
        if (shown >= list.length) button.remove();
        else button.textContent = 'Show ' + Math.min(PAGE, list.length - shown) + ' more (' + (list.length - shown) + ' not shown)';
      });
    });
  });
})();
`;
  }
});

// src/model/framework-report.ts
var REQUIREMENT_STATUSES;
var init_framework_report = __esm({
  "src/model/framework-report.ts"() {
    "use strict";
    REQUIREMENT_STATUSES = ["fail", "error", "manual-expired", "manual-missing", "not-evaluated", "manual-attested", "not-applicable", "pass"];
  }
});

// reporters/html/frameworks.ts
function frameworksPart(summary, esc2) {
  const frameworks2 = summary.frameworks ?? [];
  if (frameworks2.length === 0) return "";
  return `
<h2 id="frameworks">Frameworks</h2>
${frameworks2.map((f) => framework(f, esc2)).join("")}`;
}
function framework(f, esc2) {
  const s = f.summary;
  const rate = s.passRate === null ? "no automated requirement evaluated" : `pass rate <b>${s.passRate}%</b>`;
  const counts = REQUIREMENT_STATUSES.filter((status) => s.statuses[status] > 0);
  const open2 = f.requirements.filter((r) => r.status !== "pass" && r.status !== "not-applicable" && r.status !== "manual-attested").length;
  return `<div class="framework" id="framework-${esc2(f.id)}">
<h3>${esc2(f.title)} ${esc2(f.version)} <span class="muted">${esc2(f.id)}</span></h3>
<p>${rate} \xB7 automated coverage ${s.coverage}% (${s.automatedCovered} of ${s.automated} automated requirements have a control) \xB7 ${s.requirements} requirements, ${s.manualWithEvidence} manual with evidence controls, ${s.attestableOnly} by attestation only${f.source && /^https?:\/\//.test(f.source) ? ` \xB7 <a href="${esc2(f.source)}" rel="noopener">source</a>` : ""}</p>
<div class="cards">
  ${counts.map((status) => `<div class="card"><span class="badge req-${status}">${status}</span><b>${s.statuses[status]}</b></div>`).join("\n  ")}
</div>
<details><summary>${f.requirements.length} requirements (${open2} need attention)</summary>
<table class="requirements">
  <thead><tr><th>Requirement</th><th>Title</th><th>Level</th><th>Assessment</th><th>Status</th><th>Controls</th></tr></thead>
  <tbody>
  ${f.requirements.map((r) => requirement(r, esc2)).join("\n  ")}
  </tbody>
</table>
</details>
</div>
`;
}
function requirement(r, esc2) {
  const controls = r.controls.map((c) => c.status === "NOT_RUN" ? `${esc2(c.id)} <span class="muted">not run</span>` : `<a href="#control-${esc2(c.id)}">${esc2(c.id)}</a> ${esc2(c.status)}`).join(", ");
  const a = r.attestation;
  const attestation = a ? `<div class="muted">attested ${esc2(a.status)} by ${esc2(a.owner)} on ${esc2(a.date)}, ${a.expired ? "expired" : "holds until"} ${esc2(a.expires)}; evidence: ${esc2(a.evidence)} (${esc2(a.source)})</div>` : "";
  return `<tr data-requirement-status="${esc2(r.status)}"><td>${r.section ? `<span title="${esc2(r.section)}">${esc2(r.id)}</span>` : esc2(r.id)}</td><td>${esc2(r.title)}</td><td>${r.level ?? ""}</td><td>${esc2(r.assessment)}</td><td><span class="badge req-${esc2(r.status)}">${esc2(r.status)}</span></td><td>${controls || '<span class="muted">none</span>'}${attestation}</td></tr>`;
}
var init_frameworks = __esm({
  "reporters/html/frameworks.ts"() {
    "use strict";
    init_framework_report();
  }
});

// reporters/html.ts
var html_exports = {};
__export(html_exports, {
  esc: () => esc,
  html: () => html
});
import { gzipSync } from "node:zlib";
function esc(value) {
  const text = value === void 0 || value === null ? "" : String(value);
  return /[&<>"'`=]/.test(text) ? text.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]) : text;
}
async function page(out, head, summary, collected) {
  const { totals } = summary;
  const frameworks2 = complianceView(summary.controls);
  out.write(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>ctrlflow report \u2014 ${esc(summary.finishedAt)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>ctrlflow compliance report</h1>
${partialPart(head)}<dl class="meta">
  <dt>Scan</dt><dd>${esc(head.startedAt)} \u2192 ${esc(summary.finishedAt)}</dd>
  <dt>Inventory</dt><dd>${esc(head.inventory)}</dd>
  <dt>Tool</dt><dd>ctrlflow ${esc(head.tool.version)}</dd>
  <dt>Control set</dt><dd>${controlSetText(head)}</dd>
  <dt>Fail on</dt><dd>${esc(head.failOn)}</dd>
  ${summary.sources ? `<dt>Merged from</dt><dd>${joined(summary.sources, (s) => `${esc(s.file)} (${esc(s.scanId)})`, ", ")}</dd>` : ""}
</dl>
<dl class="meta">
  <dt>Accounts</dt><dd>${joined([...new Set(head.targets.map((t) => `${t.provider} ${t.account}`))], esc, ", ") || "none"}</dd>
  <dt>Regions</dt><dd>${joined([...new Set(head.targets.map((t) => t.region))].sort(), esc, ", ") || "none"}</dd>
</dl>
`);
  out.write(summaryPart(summary, collected.plan));
  out.write(baselinePart(summary));
  out.write(warningsPart(summary.controls));
  out.write(exceptionsPart(summary));
  out.write(frameworksPart(summary, esc));
  out.write(controlsTable(summary.controls, frameworks2));
  out.write(compliancePart(frameworks2));
  out.write("<h2>Details</h2>\n");
  for (const control of summary.controls) {
    out.write(controlSection(control, collected));
    await out.drained();
  }
  out.write(`
<footer>Generated by ctrlflow ${esc(head.tool.version)} \xB7 scan ${esc(head.scanId)} \xB7 ${totals.PASS} PASS result(s) are counted here and listed in the CSV and JSON reports</footer>
<script type="application/json" id="ctrlflow-rows">[`);
  for (let i = 0; i < collected.blocks.length; i += 1) {
    out.write(`${i > 0 ? "," : ""}"${collected.blocks[i].toString("base64")}"`);
    await out.drained();
  }
  out.write(`]</script>
<script>${SCRIPT}</script>
</body>
</html>
`);
}
function partialPart(head) {
  const banner = partialBanner(head);
  return banner ? `<p class="partial" role="alert"><strong>${esc(banner)}</strong></p>
` : "";
}
function summaryPart(summary, plan) {
  const total = Math.max(1, summary.totals.FAIL + summary.totals.ERROR + summary.totals.EXCEPTED + summary.totals.PASS);
  let x = 0;
  const bars = ["FAIL", "ERROR", "EXCEPTED", "PASS"].map((status) => {
    const width = summary.totals[status] / total * 100;
    const bar = { status, count: summary.totals[status], x, width, colour: STATUS_COLOURS[status] };
    x += width;
    return bar;
  });
  const fails = SEVERITIES.map((severity) => ({ severity, fail: summary.controls.reduce((n, c) => c.severity === severity ? n + c.counts.FAIL : n, 0) }));
  const max = fails.reduce((m, c) => Math.max(m, c.fail), 1);
  const chart = fails.map((c, i) => ({ ...c, y: i * 20, width: Math.round(c.fail / max * BAR_WIDTH), colour: SEVERITY_COLOURS[c.severity] }));
  const done = summary.remediation;
  const card = (cls, label, value) => `<div class="card"><span class="badge ${cls}">${label}</span><b>${value}</b></div>`;
  const remediation2 = done ? `<h2 id="remediation">Remediation</h2>
<div class="cards">
  ${card("act-applied", "applied", done.applied)}
  ${card("act-no-op", "no-op", done.noOp)}
  ${card("act-failed", "failed", done.failed)}
  ${card("act-interrupted", "interrupted", done.interrupted)}
  ${card("outcome-fixed", "fixed", done.fixed)}
  ${card("outcome-still-failing", "still failing", done.stillFailing)}
</div>
<p>Re-evaluated after the actions ran. Every call is recorded in the audit log <code>${esc(done.auditLog)}</code>.</p>
` : plan.actions > 0 ? `<h2 id="remediation">Remediation</h2>
<p><b>${plan.actions}</b> planned action(s) on ${plan.results} FAIL result(s)${plan.awaitingApproval > 0 ? `, ${plan.awaitingApproval} awaiting approval` : ""}: run with <code>--remediate</code> to apply. Each is shown under its resource below.</p>
` : "";
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

${remediation2}`;
}
function controlSetText(head) {
  const set = head.controlSet;
  const changed = set?.changed ?? [];
  const dirty = set?.dirty ? `-dirty (${changed.length} loaded file(s) differ from it${changed.length > 0 ? `: ${joined(changed, esc, ", ")}` : ""})` : "";
  const commit = head.controlsCommit ? `git ${esc(head.controlsCommit)}${dirty}` : "commit unknown";
  return `${commit}${set ? ` \xB7 content ${esc(set.contentHash)} (${set.files} file(s))` : ""}`;
}
function warningsPart(controls) {
  const list = controls.flatMap((c) => (c.warnings ?? []).map((w) => ({ control: c.id, message: w.message })));
  if (list.length === 0) return "";
  return `
<h2 id="warnings">Warnings</h2>
<p>A condition key that none of the items had: the condition checked nothing there (a misspelt key, or a property the estate never sets). <code>--strict</code> makes these ERROR.</p>
<ul class="warnings">${joined(list, (w) => `<li><a href="#control-${esc(w.control)}">${esc(w.control)}</a>: ${esc(w.message)}</li>`)}</ul>
`;
}
function baselinePart(summary) {
  const b = summary.baseline;
  if (!b) return "";
  const resolved = b.resolved.length > 0 ? `<details><summary>${b.resolved.length} resolved since the baseline</summary>
<table id="resolved">
  <thead><tr><th>Control</th><th>Resource</th><th>Account / region</th><th>Now</th></tr></thead>
  <tbody>${joined(b.resolved, (r) => `<tr><td>${esc(r.controlId)}</td><td>${r.resourceId ? esc(r.resourceId) : "whole target"}</td><td>${esc(r.provider)} ${esc(r.account)} / ${esc(r.region)}</td><td>${esc(r.now)}</td></tr>`)}</tbody>
</table>
</details>
` : "";
  return `
<h2>Since the baseline</h2>
<p>Compared with ${esc(b.file)} (scan ${esc(b.scanId)}):</p>
<div class="cards">
  <div class="card"><span class="badge fail">new</span><b>${b.new}</b></div>
  <div class="card"><span class="badge error">unchanged</span><b>${b.unchanged}</b></div>
  <div class="card"><span class="badge delta-excepted">excepted</span><b>${b.excepted ?? 0}</b></div>
  <div class="card"><span class="badge pass">resolved</span><b>${b.resolved.length}</b></div>
</div>
${resolved}`;
}
function exceptionsPart(summary) {
  if (!summary.exceptions || summary.exceptions.length === 0) return "";
  return `
<h2>Exceptions</h2>
<table id="exceptions">
  <thead><tr><th>State</th><th>Control</th><th>Resource</th><th>Excepted</th><th>Reason</th><th>Owner</th><th>Expires</th><th>Defined at</th></tr></thead>
  <tbody>
  ${joined(summary.exceptions, (e) => `<tr data-state="${esc(e.state)}"><td><span class="badge exc-${esc(e.state)}">${esc(e.state)}</span></td><td>${esc(e.control)}</td><td>${esc(e.resource)}</td><td>${e.applied}</td><td>${esc(e.reason)}</td><td>${esc(e.owner)}</td><td>${esc(e.expires)}</td><td class="muted">${esc(e.source)}</td></tr>`)}
  </tbody>
</table>
`;
}
function controlsTable(controls, frameworks2) {
  const row = (c) => {
    const complianceText = Object.entries(c.compliance).map(([f, ids]) => `${f} ${ids.join(" ")}`).join(" ");
    const data = `${c.id} ${c.title} ${complianceText}`.toLowerCase();
    return `
    <tr data-status="${esc(c.status)}" data-severity="${esc(c.severity)}" data-provider="${esc(c.provider)}" data-frameworks="${esc(Object.keys(c.compliance).join("\n"))}" data-text="${esc(data)}">
      <td><a href="#control-${esc(c.id)}">${esc(c.id)}</a></td><td>${esc(c.title)}</td><td class="sev-${esc(c.severity)}">${esc(c.severity)}</td><td>${esc(c.provider)}</td>
      <td><span class="badge ${statusClass(c.status)}">${esc(c.status)}</span></td><td>${c.counts.FAIL}</td><td>${c.counts.PASS}</td><td>${c.counts.ERROR}</td><td>${c.counts.EXCEPTED}</td>
    </tr>`;
  };
  return `
<h2>Controls</h2>
<div class="controls-filter">
  <input id="filter-text" type="search" placeholder="Filter by id, title, framework\u2026" aria-label="Filter controls">
  <select id="filter-status" aria-label="Status">
    <option value="">All statuses</option><option>FAIL</option><option>ERROR</option><option>EXCEPTED</option><option>PASS</option><option value="NO_RESOURCES">No resources</option>
  </select>
  <select id="filter-severity" aria-label="Severity">
    <option value="">All severities</option><option>critical</option><option>high</option><option>medium</option><option>low</option><option>info</option>
  </select>
  <select id="filter-provider" aria-label="Provider">
    <option value="">All providers</option><option>aws</option><option>azure</option><option>gcp</option>
  </select>
  <select id="filter-framework" aria-label="Compliance framework">
    <option value="">All frameworks</option>${joined(frameworks2, (f) => `<option>${esc(f.framework)}</option>`)}
  </select>
</div>
<table id="controls">
  <thead><tr><th data-sort="0">Control</th><th data-sort="1">Title</th><th data-sort="2">Severity</th><th data-sort="3">Provider</th><th data-sort="4">Status</th><th data-sort="5">FAIL</th><th data-sort="6">PASS</th><th data-sort="7">ERROR</th><th data-sort="8">EXCEPTED</th></tr></thead>
  <tbody>${joined(controls, row)}
  </tbody>
</table>
`;
}
function complianceView(controls) {
  const frameworks2 = /* @__PURE__ */ new Map();
  for (const c of controls) {
    for (const [framework2, sections] of Object.entries(c.compliance)) {
      const bySection = frameworks2.get(framework2) ?? /* @__PURE__ */ new Map();
      for (const section of sections) bySection.set(section, [...bySection.get(section) ?? [], c]);
      frameworks2.set(framework2, bySection);
    }
  }
  const natural = (a, b) => a.localeCompare(b, void 0, { numeric: true });
  return [...frameworks2.keys()].sort(natural).map((framework2) => ({
    framework: framework2,
    sections: [...frameworks2.get(framework2).entries()].sort(([a], [b]) => natural(a, b)).map(([section, list]) => ({ section, controls: list }))
  }));
}
function compliancePart(frameworks2) {
  if (frameworks2.length === 0) return "";
  return `
<h2>Compliance</h2>
${joined(
    frameworks2,
    (f) => `<h3>${esc(f.framework)}</h3>
<table>
  <thead><tr><th>Section</th><th>Controls</th></tr></thead>
  <tbody>
  ${joined(f.sections, (s) => `<tr><td>\xA7${esc(s.section)}</td><td>${joined(s.controls, (c) => `<a href="#control-${esc(c.id)}">${esc(c.id)}</a> <span class="badge ${statusClass(c.status)}">${esc(c.status)}</span> `)}</td></tr>`)}
  </tbody>
</table>
`
  )}`;
}
function controlSection(c, collected) {
  const frameworks2 = Object.entries(c.compliance);
  const worst = (collected.shown.get(c.id) ?? []).flat().slice(0, OPEN_ROWS);
  const listed = collected.listed.get(c.id) ?? 0;
  const passNote = c.counts.PASS > 0 ? `<p class="muted">${c.counts.PASS} resource(s) pass (listed in the CSV and JSON reports).</p>
  ` : "";
  const results = c.status === "NO_RESOURCES" ? '<p class="muted">No resources of this type were found (not applicable).</p>' : `${passNote}${worst.length > 0 ? `<table class="results" data-control="${esc(c.id)}">
    <thead><tr><th>Status</th><th>Resource</th><th>Account / region</th><th>Reason</th><th>Evidence</th></tr></thead>
    <tbody>
    ${joined(worst, resultRow)}
    </tbody>
  </table>` : ""}${listed > worst.length ? `
  <button class="more-rows" type="button" data-control="${esc(c.id)}">Show all ${listed} results</button>` : ""}`;
  return `<section class="control" id="control-${esc(c.id)}">
  <header><h3>${esc(c.id)} \u2014 ${esc(c.title)}</h3><span class="badge ${statusClass(c.status)}">${esc(c.status)}</span><span class="sev-${esc(c.severity)}">${esc(c.severity)}</span><span class="muted">${esc(c.provider)} \xB7 ${esc(c.resourceType)} \xB7 flow ${esc(c.flowId)}</span></header>
  ${joined(c.warnings ?? [], (w) => `<p class="warning"><span class="label">Warning.</span> ${esc(w.message)}</p>`)}
  ${c.description ? `<p>${esc(c.description)}</p>` : ""}
  ${c.rationale ? `<p><span class="label">Rationale.</span> ${esc(c.rationale)}</p>` : ""}
  ${c.remediation ? `<p><span class="label">Remediation.</span> ${esc(c.remediation)}</p>` : ""}
  ${frameworks2.length > 0 ? `<p><span class="label">Compliance.</span> ${joined(frameworks2, ([f, ids]) => `${esc(f)} ${esc(ids.join(", "))}`, "; ")}</p>` : ""}
  ${c.references.length > 0 ? `<p><span class="label">References.</span> ${joined(c.references, (ref) => `<a href="${esc(ref)}" rel="noreferrer noopener">${esc(ref)}</a>`, ", ")}</p>` : ""}
  ${results}
</section>
`;
}
function actionPart(a) {
  return `<div class="action"><span class="label">Action</span> <span class="badge act-${esc(a.status)}">${esc(ACTION_STATUS_TEXT[a.status])}</span>${a.outcome ? ` <span class="badge outcome-${esc(a.outcome)}">${esc(a.outcome.replace("-", " "))}</span>` : ""} ${a.name ? `${esc(a.name)} ` : ""}<span class="muted">(node ${esc(a.node)})</span>${a.error ? `<div>${esc(a.error.code)}: ${esc(a.error.message)}</div>` : ""}
<details><summary>${esc(callsText(a))}</summary>${joined(a.calls, (call) => `<div>${esc(call.service)} ${esc(call.method)} <span class="muted">via ${esc(call.via)}, step ${esc(call.step)}</span><pre>${json(call.params)}</pre></div>`)}</details></div>`;
}
function resultRow(r) {
  const exception = r.exception ? `<div class="exception"><span class="label">Excepted</span> until ${esc(r.exception.expires)} by ${esc(r.exception.owner)}: ${esc(r.exception.reason)} <span class="muted">(${esc(r.exception.source)})</span></div>` : "";
  const evidence = r.evidence && Object.keys(r.evidence).length > 0 ? `<details><summary>evidence</summary><pre>${json(r.evidence)}</pre></details>` : "";
  return `<tr><td><span class="badge ${statusClass(r.status)}">${esc(r.status)}</span>${r.baseline ? ` <span class="badge delta-${esc(r.baseline)}">${esc(r.baseline)}</span>` : ""}</td>
<td>${r.displayName ? `${esc(r.displayName)}<br>` : ""}<span class="muted">${r.resourceId ? esc(r.resourceId) : "whole target"}</span></td>
<td>${esc(r.account)}<br><span class="muted">${esc(r.region)}</span></td>
<td>${esc(r.reason)}${exception}
${joined(r.actions ?? [], actionPart)}</td>
<td>${evidence}</td></tr>
`;
}
var OPEN_ROWS, BLOCK, STATUS_COLOURS, SEVERITY_COLOURS, BAR_WIDTH, RANK, html, ESCAPES, json, statusClass, joined;
var init_html = __esm({
  "reporters/html.ts"() {
    "use strict";
    init_action();
    init_partial();
    init_severity();
    init_assets();
    init_frameworks();
    OPEN_ROWS = 10;
    BLOCK = 1 << 20;
    STATUS_COLOURS = { FAIL: "#c0392b", ERROR: "#b9770e", EXCEPTED: "#6c5ce7", PASS: "#1e8449" };
    SEVERITY_COLOURS = { critical: "#7b241c", high: "#c0392b", medium: "#e67e22", low: "#f1c40f", info: "#95a5a6" };
    BAR_WIDTH = 300;
    RANK = { FAIL: 0, ERROR: 1, EXCEPTED: 2, PASS: 3 };
    html = {
      format: "html",
      extension: "html",
      summary: "one self-contained page for people and auditors",
      open(head, out) {
        const shown = new Map(head.controls.map((c) => [c.id, [[], [], [], []]]));
        const listed = /* @__PURE__ */ new Map();
        const plan = noPendingActions();
        const blocks = [];
        let pending = [];
        let pendingBytes = 0;
        const seal = () => {
          if (pending.length === 0) return;
          blocks.push(gzipSync(pending.join(""), { level: 1 }));
          pending = [];
          pendingBytes = 0;
        };
        return {
          result(r) {
            countPending(plan, r);
            if (r.status === "PASS" && !r.actions) return;
            const byRank = shown.get(r.controlId);
            const bucket = byRank[RANK[r.status]];
            if (bucket.length < OPEN_ROWS) bucket.push(r);
            listed.set(r.controlId, (listed.get(r.controlId) ?? 0) + 1);
            const line = `${JSON.stringify(r)}
`;
            pending.push(line);
            pendingBytes += line.length;
            if (pendingBytes >= BLOCK) seal();
          },
          async end(summary) {
            seal();
            await page(out, head, summary, { shown, listed, plan, blocks });
          }
        };
      }
    };
    ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;", "=": "&#x3D;" };
    json = (value) => esc(JSON.stringify(value, null, 1));
    statusClass = (status) => status.toLowerCase().replace("_", "-");
    joined = (items, each, separator = "") => items.map(each).join(separator);
  }
});

// reporters/json.ts
var json_exports = {};
__export(json_exports, {
  headLine: () => headLine,
  json: () => json2,
  summaryLine: () => summaryLine
});
function headLine(head) {
  const { controls: _controls, ...fields } = head;
  return `${JSON.stringify(fields).slice(0, -1)},"results":[`;
}
function summaryLine(summary) {
  return `],${JSON.stringify(summary).slice(1)}`;
}
var json2;
var init_json = __esm({
  "reporters/json.ts"() {
    "use strict";
    json2 = {
      format: "json",
      extension: "json",
      summary: "every result, each control once (schemaVersion 2.0)",
      open(head, out) {
        out.write(`${headLine(head)}
`);
        let first = true;
        return {
          result(r) {
            out.write(first ? JSON.stringify(r) : `,
${JSON.stringify(r)}`);
            first = false;
          },
          end(summary) {
            out.write(`${first ? "" : "\n"}${summaryLine(summary)}
`);
          }
        };
      }
    };
  }
});

// reporters/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  MAX_SUMMARY_BYTES: () => MAX_SUMMARY_BYTES,
  markdown: () => markdown
});
function cell(text) {
  return text.replace(/[\\|`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}
function controlSet(head) {
  const set = head.controlSet;
  if (!set && !head.controlsCommit) return [];
  const commit = head.controlsCommit ? `git ${head.controlsCommit}${set?.dirty ? `-dirty (${set.changed?.length ?? 0} loaded file(s) differ from it)` : ""}` : "commit unknown";
  return [`Control set: ${commit}${set ? ` \xB7 content ${set.contentHash} (${set.files} file(s))` : ""}`, ""];
}
function bySeverity(controls) {
  const counts = SEVERITIES.map((s) => [s, controls.reduce((n, c) => c.severity === s ? n + c.counts.FAIL : n, 0)]).filter(([, n]) => n > 0);
  if (counts.length === 0) return ["No failures.", ""];
  return ["### Failures by severity", "", ...counts.map(([s, n]) => `- **${s}**: ${n}`), ""];
}
function frameworks(summary) {
  const list = summary.frameworks ?? [];
  if (list.length === 0) return [];
  const rows = list.map((f) => {
    const { passRate, coverage, statuses } = f.summary;
    const counts = REQUIREMENT_STATUSES.filter((st) => statuses[st] > 0).map((st) => `${statuses[st]} ${st}`);
    return `| ${cell(f.title)} ${cell(f.version)} (${cell(f.id)}) | ${passRate === null ? "\u2013" : `${passRate}%`} | ${coverage}% | ${counts.join(", ")} |`;
  });
  const failing = list.flatMap((f) => f.requirements.filter((r) => r.status === "fail").map((r) => ({ f, r })));
  const listed = failing.slice(0, TOP).map(({ f, r }) => `- ${cell(f.id)} **${cell(r.id)}** ${cell(r.title)} (${r.controls.filter((c) => c.status === "FAIL").map((c) => cell(c.id)).join(", ") || "attested non-compliant"})`);
  const more = failing.length > TOP ? [`- \u2026and ${failing.length - TOP} more failing requirements (see the HTML report)`] : [];
  return ["### Frameworks", "", "| Framework | Pass rate | Automated coverage | Requirements |", "|---|---:|---:|---|", ...rows, "", ...listed.length > 0 ? ["Failing requirements:", "", ...listed, ...more, ""] : []];
}
function delta(summary, fresh) {
  if (!summary.baseline) return [];
  const { new: added, unchanged, excepted = 0, resolved } = summary.baseline;
  const severity = new Map(summary.controls.map((c) => [c.id, c.severity]));
  const rows = fresh.map((r) => `- **${severity.get(r.controlId)}** ${cell(r.controlId)} ${cell(r.resourceId ?? "")} (${r.provider} ${cell(r.account)}/${cell(r.region)})`);
  const more = added > TOP ? [`- \u2026and ${added - TOP} more`] : [];
  return [`### Since the baseline (${cell(summary.baseline.scanId)})`, "", `**${added} new** \xB7 ${unchanged} unchanged \xB7 ${excepted} excepted \xB7 ${resolved.length} resolved`, "", ...rows, ...more, ...rows.length > 0 ? [""] : []];
}
function exceptions(summary) {
  if (!summary.exceptions || summary.exceptions.length === 0) return [];
  const order = { expired: 0, unused: 1, active: 2 };
  const list = [...summary.exceptions].sort((a, b) => order[a.state] - order[b.state]);
  const rows = list.slice(0, TOP).map((e) => `| ${e.state} | ${cell(e.control)} | ${cell(e.resource)} | ${e.applied} | ${cell(e.expires)} | ${cell(e.owner)} | ${cell(e.reason)} |`);
  const more = list.length > TOP ? [`\u2026and ${list.length - TOP} more exceptions (see the HTML report).`, ""] : [];
  return ["### Exceptions", "", "| State | Control | Resource | Excepted | Expires | Owner | Reason |", "|---|---|---|---:|---|---|---|", ...rows, "", ...more];
}
function remediation(summary, rows, total, plan) {
  if (total === 0 && !summary.remediation) return [];
  const done = summary.remediation;
  const headline = done ? `**${done.applied} applied** \xB7 ${done.noOp} no-op \xB7 ${done.failed} failed \xB7 ${done.interrupted} interrupted; re-evaluated: **${done.fixed} fixed**, ${done.stillFailing} still failing. Audit log: ${cell(done.auditLog)}` : `${plan.actions} planned action(s) on ${plan.results} FAIL result(s)${plan.awaitingApproval > 0 ? `, ${plan.awaitingApproval} awaiting approval` : ""}: run with \`--remediate\` to apply.`;
  const table = rows.length > 0 ? ["| Control | Resource | Call | Status |", "|---|---|---|---|", ...rows, ""] : [];
  const more = total > TOP_ACTIONS ? [`\u2026and ${total - TOP_ACTIONS} more actions (see the HTML report).`, ""] : [];
  return ["### Remediation", "", headline, "", ...table, ...more];
}
function topControls(controls) {
  const failing = controls.filter((c) => c.counts.FAIL > 0).sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || b.counts.FAIL - a.counts.FAIL || a.id.localeCompare(b.id));
  if (failing.length === 0) return [];
  const rows = failing.slice(0, TOP).map((c) => `| ${cell(c.id)} | ${cell(c.title)} | ${c.severity} | ${c.counts.FAIL} |`);
  const more = failing.length > TOP ? [`\u2026and ${failing.length - TOP} more failing controls (see the HTML report).`, ""] : [];
  return ["### Top failing controls", "", "| Control | Title | Severity | FAIL |", "|---|---|---|---:|", ...rows, "", ...more];
}
function warnings(controls) {
  const list = controls.flatMap((c) => (c.warnings ?? []).map((w) => `- ${cell(c.id)}: ${cell(w.message)}`));
  if (list.length === 0) return [];
  const more = list.length > TOP ? [`- \u2026and ${list.length - TOP} more`] : [];
  return ["### Warnings (keys no item had)", "", ...list.slice(0, TOP), ...more, ""];
}
function errors(list, total) {
  if (total === 0) return [];
  const rows = list.map((r) => `- ${cell(r.controlId)} on ${r.provider} ${cell(r.account)}/${cell(r.region)}: ${cell(r.reason ?? "")}`);
  const more = total > TOP ? [`- \u2026and ${total - TOP} more`] : [];
  return ["### Not evaluated (targets that could not be read)", "", ...rows, ...more, ""];
}
function capped(lines) {
  const note = "\n> Truncated to fit the job summary limit: the HTML and JSON reports have everything.\n";
  let size = 0;
  const kept = [];
  for (const line of lines) {
    size += Buffer.byteLength(line) + 1;
    if (size > MAX_SUMMARY_BYTES - note.length) return `${kept.join("\n")}
${note}`;
    kept.push(line);
  }
  return `${kept.join("\n")}
`;
}
var MAX_SUMMARY_BYTES, TOP, TOP_ACTIONS, markdown;
var init_markdown = __esm({
  "reporters/markdown.ts"() {
    "use strict";
    init_action();
    init_framework_report();
    init_partial();
    init_severity();
    MAX_SUMMARY_BYTES = 900 * 1024;
    TOP = 10;
    TOP_ACTIONS = 20;
    markdown = {
      format: "markdown",
      extension: "md",
      summary: "a job summary for $GITHUB_STEP_SUMMARY",
      open(head, out) {
        const fresh = [];
        const errored = [];
        const actionRows = [];
        let actionCount = 0;
        const plan = noPendingActions();
        return {
          result(r) {
            if (r.baseline === "new" && fresh.length < TOP) fresh.push(r);
            if (r.status === "ERROR" && errored.length < TOP) errored.push(r);
            if (r.actions) {
              countPending(plan, r);
              for (const a of r.actions) {
                actionCount += 1;
                if (actionRows.length < TOP_ACTIONS) actionRows.push(`| ${cell(r.controlId)} | ${cell(r.resourceId ?? "")} | ${cell(callsText(a))} | ${cell(actionStatusText(a))} |`);
              }
            }
          },
          end(summary) {
            const { totals } = summary;
            const banner = partialBanner(head);
            const lines = [
              ...banner ? [`> **${cell(banner)}**`, ""] : [],
              `## ctrlflow scan: ${totals.FAIL} failed, ${totals.ERROR} not evaluated`,
              "",
              `${cell(head.inventory)} \xB7 ${head.targets.length} target(s) \xB7 ${summary.controls.length} control(s) \xB7 ${summary.finishedAt}`,
              "",
              ...controlSet(head),
              "| FAIL | PASS | ERROR | EXCEPTED |",
              "|---:|---:|---:|---:|",
              `| ${totals.FAIL} | ${totals.PASS} | ${totals.ERROR} | ${totals.EXCEPTED} |`,
              "",
              ...bySeverity(summary.controls),
              ...frameworks(summary),
              ...delta(summary, fresh),
              ...topControls(summary.controls),
              ...warnings(summary.controls),
              ...remediation(summary, actionRows, actionCount, plan),
              ...errors(errored, totals.ERROR),
              ...exceptions(summary)
            ];
            const quiet = summary.controls.filter((c) => c.status === "NO_RESOURCES").map((c) => c.id);
            if (quiet.length > 0) lines.push(`No resources of their type (not applicable): ${quiet.join(", ")}`, "");
            out.write(capped(lines));
          }
        };
      }
    };
  }
});

// reporters/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  LIMITS: () => LIMITS,
  automationId: () => automationId,
  sarif: () => sarif,
  sarifReporter: () => sarifReporter
});
import { createHash } from "node:crypto";
import { gzipSync as gzipSync2 } from "node:zlib";
function sarifReporter(limits) {
  return {
    format: "sarif",
    extension: "sarif",
    summary: "SARIF 2.1.0 for GitHub code scanning",
    open(head, out) {
      const controls = new Map(head.controls.map((c, i) => [c.id, { control: c, index: i }]));
      const kept = SEVERITIES.map(() => []);
      let held = 0;
      let reportable = 0;
      return {
        result(r) {
          if (r.status !== "FAIL" && r.status !== "ERROR") return;
          reportable += 1;
          const { control, index } = controls.get(r.controlId);
          const rank = SEVERITIES.indexOf(control.severity);
          if (held >= limits.results && !kept.slice(rank + 1).some((list) => list.length > 0)) return;
          kept[rank].push(JSON.stringify(result(r, control, index)));
          held += 1;
          if (held > limits.results) {
            for (let s = kept.length - 1; s >= 0; s -= 1) {
              if (kept[s].length > 0) {
                kept[s].pop();
                held -= 1;
                break;
              }
            }
          }
        },
        async end(summary) {
          const results = kept.flat();
          let keep = results.length;
          for (; ; ) {
            const parts = document(head, summary, results, keep, reportable, limits);
            const size = keep === 0 ? 0 : gzipBound(parts);
            if (size <= limits.gzipBytes) return write(parts, out);
            keep = Math.floor(keep * (limits.gzipBytes / size) * 0.9);
          }
        }
      };
    }
  };
}
async function write(parts, out) {
  for (let i = 0; i < parts.length; i += 1) {
    out.write(parts[i]);
    if (i % 1e3 === 999) await out.drained();
  }
}
function gzipBound(parts) {
  let size = 0;
  let block = [];
  let length = 0;
  const flush = () => {
    if (block.length > 0) size += gzipSync2(block.join("")).length;
    block = [];
    length = 0;
  };
  for (const part of parts) {
    block.push(part);
    length += part.length;
    if (length >= 1 << 20) flush();
  }
  flush();
  return size;
}
function document(head, summary, results, keep, reportable, limits) {
  const capped2 = reportable > keep;
  const run = {
    tool: { driver: { name: "ctrlflow", version: head.tool.version, semanticVersion: head.tool.version, informationUri: head.tool.informationUri, rules: head.controls.map(rule) } },
    automationDetails: { id: automationId(head.targets) },
    columnKind: "utf16CodeUnits",
    invocations: [
      {
        executionSuccessful: true,
        startTimeUtc: head.startedAt,
        endTimeUtc: summary.finishedAt,
        toolExecutionNotifications: [
          ...capped2 ? [{ level: "warning", message: { text: `${reportable} results exceed GitHub's limits (${limits.results} a run, ${limits.gzipBytes / 1e6} MB gzipped); the ${keep} most severe are included. The JSON report has all of them.` } }] : [],
          ...summary.controls.flatMap((c, i) => (c.warnings ?? []).map((w) => warning(c, w, i)))
        ]
      }
    ],
    properties: {
      inventory: head.inventory,
      totals: summary.totals,
      ...head.controlsCommit ? { controlsCommit: head.controlsCommit } : {},
      ...head.controlSet ? { controlSet: head.controlSet } : {},
      ...summary.remediation ? { remediation: summary.remediation } : {},
      ...summary.baseline ? { baseline: { file: summary.baseline.file, scanId: summary.baseline.scanId, new: summary.baseline.new, unchanged: summary.baseline.unchanged, excepted: summary.baseline.excepted ?? 0, resolved: summary.baseline.resolved.length } } : {},
      ...summary.plan ? { plan: summary.plan } : {},
      ...capped2 ? { truncated: true, totalResults: reportable } : {}
    }
  };
  const before = JSON.stringify({ $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs: [{ ...run, results: [] }] });
  const at = before.indexOf('"results":[]') + '"results":['.length;
  const parts = [before.slice(0, at)];
  for (let i = 0; i < keep; i += 1) parts.push(i === 0 ? results[i] : `,${results[i]}`);
  parts.push(`${before.slice(at)}
`);
  return parts;
}
function automationId(targets) {
  const clouds = [...new Set(targets.map((t) => t.provider))].sort().join("-") || "none";
  const accounts = [...new Set(targets.map((t) => t.account))].sort().join("+") || "none";
  const scope = accounts.length <= 80 ? accounts : `${targets.length}-targets-${createHash("sha256").update(accounts).digest("hex").slice(0, 12)}`;
  return `ctrlflow/${clouds}/${scope.replace(/[^A-Za-z0-9+._-]/g, "_")}/`;
}
function rule(c) {
  const compliance = Object.entries(c.compliance).flatMap(([framework2, ids]) => ids.map((id) => `${framework2}/${id}`));
  const allTags = [.../* @__PURE__ */ new Set(["security", c.provider, ...c.tags, ...compliance])];
  const tags = allTags.slice(0, MAX_TAGS);
  const links = c.references.map((ref) => `- <${ref}>`).join("\n");
  const markdown2 = [
    `**${c.title}** (${c.severity})`,
    c.description,
    c.rationale && `### Rationale
${c.rationale}`,
    c.remediation && `### Remediation
${c.remediation}`,
    compliance.length > 0 && `### Compliance
${compliance.join(", ")}`,
    links && `### References
${links}`
  ].filter(Boolean).join("\n\n");
  return {
    id: c.id,
    name: c.id.replace(/[^A-Za-z0-9]/g, ""),
    shortDescription: { text: c.title },
    fullDescription: { text: c.description ?? c.title },
    help: { text: [c.rationale, c.remediation].filter(Boolean).join("\n\n") || c.title, markdown: markdown2 },
    ...c.references[0] ? { helpUri: c.references[0] } : {},
    defaultConfiguration: { level: LEVEL[c.severity] },
    properties: {
      tags,
      ...allTags.length > MAX_TAGS ? { "ctrlflow/tagsDropped": allTags.slice(MAX_TAGS) } : {},
      "security-severity": SECURITY_SEVERITY[c.severity],
      precision: "very-high",
      "problem.severity": LEVEL[c.severity] === "note" ? "recommendation" : LEVEL[c.severity]
    }
  };
}
function warning(c, w, ruleIndex) {
  return {
    level: "warning",
    message: { text: `${c.id}: ${w.message}` },
    descriptor: { id: w.code },
    associatedRule: { id: c.id, index: ruleIndex },
    locations: [{ physicalLocation: { artifactLocation: { uri: c.file }, region: { startLine: c.line } } }],
    properties: { node: w.node, condition: w.condition, key: w.key, items: w.items }
  };
}
function result(r, control, ruleIndex) {
  const where = `${r.provider} ${r.account} ${r.region}`;
  const subject = r.resourceId ? `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId}` : `target ${r.account}/${r.region}`;
  const text = r.status === "ERROR" ? `Could not evaluate ${control.id} on ${where}: ${r.reason ?? ""}` : [`${control.title}: ${subject} in ${where} fails. ${r.reason ?? ""}`.trim(), ...(r.actions ?? []).map((a) => `Action ${actionText(a)}.`)].join(" ");
  const fingerprint = createHash("sha256").update(`${r.controlId}|${r.provider}|${r.account}|${r.region}|${r.resourceId ?? "(target)"}`).digest("hex");
  return {
    ruleId: r.controlId,
    ruleIndex,
    level: r.status === "ERROR" ? "warning" : LEVEL[control.severity],
    message: { text },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: control.file }, region: { startLine: control.line } },
        logicalLocations: [{ fullyQualifiedName: r.resourceId ?? `${r.provider}/${r.account}/${r.region}`, kind: r.resourceId ? "resource" : "target" }]
      }
    ],
    partialFingerprints: { primaryLocationLineHash: fingerprint, "ctrlflow/v1": fingerprint },
    ...r.baseline === "new" || r.baseline === "unchanged" ? { baselineState: r.baseline } : {},
    properties: {
      status: r.status,
      account: r.account,
      region: r.region,
      evidence: r.evidence ?? {},
      ...r.errorCode ? { errorCode: r.errorCode } : {},
      ...r.actions ? { actions: r.actions } : {}
    }
  };
}
var SECURITY_SEVERITY, LEVEL, LIMITS, MAX_TAGS, sarif;
var init_sarif = __esm({
  "reporters/sarif.ts"() {
    "use strict";
    init_action();
    init_severity();
    SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "2.0", info: "0.0" };
    LEVEL = { critical: "error", high: "error", medium: "warning", low: "note", info: "note" };
    LIMITS = { results: 25e3, gzipBytes: 10 * 1e3 * 1e3 };
    MAX_TAGS = 20;
    sarif = sarifReporter(LIMITS);
  }
});

// src/output/render-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// reporters/index.ts
var REPORTERS = [
  { format: "csv", load: async () => (await Promise.resolve().then(() => (init_csv(), csv_exports))).csv },
  { format: "html", load: async () => (await Promise.resolve().then(() => (init_html(), html_exports))).html },
  { format: "json", load: async () => (await Promise.resolve().then(() => (init_json(), json_exports))).json },
  { format: "markdown", load: async () => (await Promise.resolve().then(() => (init_markdown(), markdown_exports))).markdown },
  { format: "sarif", load: async () => (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).sarif }
];
var FORMATS = REPORTERS.map((r) => r.format);
async function findReporter(format) {
  return REPORTERS.find((r) => r.format === format)?.load();
}

// src/output/files.ts
import { once } from "node:events";
import { resolve as resolve2 } from "node:path";

// src/output/redact.ts
var REDACTED = "*****";
var forms = /* @__PURE__ */ new Set();
var pattern;
function secretPattern() {
  if (forms.size === 0) return void 0;
  pattern ??= new RegExp([...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  return pattern;
}
function redactText(text) {
  const re = secretPattern();
  return re ? text.replace(re, REDACTED) : text;
}

// src/output/safe-path.ts
import { constants } from "node:fs";
import { lstat, mkdir, open, realpath } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var UnsafePathError = class extends Error {
  name = "UnsafePathError";
  code = "unsafe-path";
};
function segmentsOf(path) {
  if (path.includes("\0")) throw new UnsafePathError(`"${path}" holds a NUL byte`);
  if (isAbsolute(path)) throw new UnsafePathError(`"${path}" is absolute; only a path inside the output folder is written`);
  const segments = path.split(process.platform === "win32" ? /[\\/]/ : "/");
  for (const s of segments) {
    if (s === ".." || s === "" || s === ".") throw new UnsafePathError(`"${path}" has a "${s === "" ? "//" : s}" segment; only a plain path inside the output folder is written`);
  }
  return segments;
}
function inside(root, path) {
  const rel = relative(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function resolveInside(root, path) {
  const segments = segmentsOf(path);
  const full = resolve(root, ...segments);
  if (!inside(resolve(root), full) || full === resolve(root)) throw new UnsafePathError(`"${path}" leads outside ${root}`);
  return full;
}
async function folderInside(realRoot, segments, shown) {
  let dir2 = realRoot;
  for (const segment of segments) {
    const next = join(dir2, segment);
    let stat = await lstat(next).catch((error) => error.code === "ENOENT" ? void 0 : Promise.reject(error));
    if (!stat) {
      await mkdir(next).catch((error) => error.code === "EEXIST" ? void 0 : Promise.reject(error));
      stat = await lstat(next);
    }
    if (stat.isSymbolicLink()) {
      const real = await realpath(next);
      if (!inside(realRoot, real)) throw new UnsafePathError(`"${shown}" goes through ${next}, a link leading outside the output folder`);
      dir2 = real;
      continue;
    }
    if (!stat.isDirectory()) throw new UnsafePathError(`"${shown}": ${next} is not a folder`);
    dir2 = next;
  }
  return dir2;
}
var NO_FOLLOW = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var WRITE = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | NO_FOLLOW;
var APPEND = constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | NO_FOLLOW;
async function openInside(root, path, options = {}) {
  const segments = segmentsOf(path);
  resolveInside(root, path);
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  const folder = await folderInside(realRoot, segments.slice(0, -1), path);
  const file = join(folder, segments[segments.length - 1]);
  const existing = await lstat(file).catch(() => void 0);
  if (existing && !existing.isFile()) throw new UnsafePathError(`"${path}" is ${existing.isSymbolicLink() ? "a link" : "not a regular file"}; a file is written only in place of a file`);
  const handle = await open(file, (options.append ? APPEND : WRITE) | (options.exclusive ? constants.O_EXCL : 0), 420).catch((error) => {
    if (error.code === "ELOOP") throw new UnsafePathError(`"${path}" is a link; a file is written only in place of a file`);
    throw error;
  });
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw new UnsafePathError(`"${path}" is not a regular file`);
  }
  return { file, handle };
}
async function writeFileInside(root, path, data, options = {}) {
  const { file, handle } = await openInside(root, path, options);
  try {
    await handle.writeFile(typeof data === "string" ? redactText(data) : data);
  } finally {
    await handle.close();
  }
  return file;
}

// src/output/files.ts
var OutputPathError = class extends Error {
  name = "OutputPathError";
};
var OutputRoot = class {
  dir;
  written = [];
  constructor(dir2) {
    this.dir = resolve2(dir2);
  }
  /** The absolute path of `name` inside the folder; throws OutputPathError outside it. */
  path(name) {
    return refused(name, this.dir, () => resolveInside(this.dir, name));
  }
  /** A file written whole (history records, report-node files), through writeFileInside. */
  async writeFile(name, content) {
    const file = this.path(name);
    await refusedAsync(name, this.dir, () => writeFileInside(this.dir, name, content));
    this.written.push(file);
    return file;
  }
  /** Appends to a file (the audit log): made if absent, never rewritten. */
  async appendFile(name, content) {
    const file = this.path(name);
    const { handle } = await refusedAsync(name, this.dir, () => openInside(this.dir, name, { append: true }));
    try {
      await handle.appendFile(redactText(content));
    } finally {
      await handle.close();
    }
    if (!this.written.includes(file)) this.written.push(file);
    return file;
  }
  /** A file written as a stream (the reports). */
  async open(name) {
    const file = this.path(name);
    const { handle } = await refusedAsync(name, this.dir, () => openInside(this.dir, name));
    const stream = handle.createWriteStream();
    this.written.push(file);
    return new FileSink(file, stream);
  }
};
function refused(name, dir2, write2) {
  try {
    return write2();
  } catch (error) {
    if (error instanceof UnsafePathError) throw new OutputPathError(`refusing to write "${name}" in ${dir2}: ${error.message}`);
    throw error;
  }
}
async function refusedAsync(name, dir2, write2) {
  try {
    return await write2();
  } catch (error) {
    if (error instanceof UnsafePathError) throw new OutputPathError(`refusing to write "${name}" in ${dir2}: ${error.message}`);
    throw error;
  }
}
var FileSink = class {
  constructor(file, stream) {
    this.file = file;
    this.stream = stream;
    stream.on("error", (error) => this.failure = error);
  }
  file;
  stream;
  buffer = Buffer.allocUnsafe(BLOCK2);
  used = 0;
  failure;
  write(text) {
    if (text.length * 3 > BLOCK2 - this.used) {
      this.flush();
      if (text.length * 3 > BLOCK2) {
        this.stream.write(text);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }
  async drained() {
    this.flush();
    if (this.failure) throw this.failure;
    if (this.stream.writableNeedDrain) await once(this.stream, "drain");
  }
  async close() {
    this.flush();
    await new Promise((done, fail) => this.stream.end((error) => error ? fail(error) : done()));
    if (this.failure) throw this.failure;
    return this.stream.bytesWritten;
  }
  flush() {
    if (this.used === 0) return;
    this.stream.write(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(BLOCK2);
    this.used = 0;
  }
};
var BLOCK2 = 1 << 20;

// src/output/reports.ts
var ReportHost = class {
  constructor(formats2, dir2) {
    this.formats = formats2;
    this.root = new OutputRoot(dir2);
  }
  formats;
  writers = [];
  root;
  async begin(head) {
    for (const format of this.formats) {
      const reporter = await findReporter(format);
      const sink = await this.root.open(`ctrlflow.${reporter.extension}`);
      this.writers.push({ writer: reporter.open(head, sink), sink });
    }
  }
  async results(batch) {
    for (const { writer, sink } of this.writers) {
      for (let i = 0; i < batch.length; i += 1) writer.result(batch[i]);
      await sink.drained();
    }
  }
  async end(summary) {
    for (const { writer, sink } of this.writers) {
      await writer.end(summary);
      await sink.close();
    }
  }
  files() {
    return [...this.root.written];
  }
};

// src/output/render-worker.ts
var { formats, dir } = workerData;
var host = new ReportHost(formats, dir);
var port = parentPort;
var queue = Promise.resolve();
port.on("message", (message) => {
  queue = queue.then(async () => {
    try {
      if (message.type === "begin") await host.begin(message.head);
      else if (message.type === "results") await host.results(message.batch);
      else {
        await host.end(message.summary);
        post({ type: "done", files: host.files() });
      }
      post({ type: "ack" });
    } catch (error) {
      post({ type: "error", message: error instanceof Error ? error.message : String(error) });
    }
  });
});
function post(message) {
  port.postMessage(message);
}
