import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  reasonWords
} from "./chunk-7XNENQRL.js";
import {
  partialBanner
} from "./chunk-TQTATZ4U.js";
import {
  REQUIREMENT_STATUSES
} from "./chunk-3AVUNTQJ.js";
import {
  SEVERITIES
} from "./chunk-NP7VFWU3.js";
import {
  ACTION_STATUS_TEXT,
  callsText,
  planOf
} from "./chunk-AXSZOESS.js";
import {
  STATUSES
} from "./chunk-RF7RP6NI.js";
import "./chunk-VKFPFGRN.js";

// reporters/html.ts
import { gzipSync } from "node:zlib";

// reporters/html/assets.ts
var STYLE = `
  :root { --fail: #c0392b; --error: #b9770e; --excepted: #6c5ce7; --pass: #1e8449; --muted: #5d6d7e; --line: #d5d8dc; }
  * { box-sizing: border-box; }
  /* A word (a CLI command, a JSON value) wider than its line breaks rather than widen the page. */
  body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b2631; margin: 0 auto; max-width: 1200px; padding: 24px; overflow-wrap: break-word; }
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
  svg.chart { display: block; margin: 8px 0; max-width: 100%; height: auto; }
  .sev-critical, .sev-high { font-weight: 700; }
  /* Control ids never wrap; resource ids wrap after their separators (<wbr>), inside a segment only when it alone is too wide. */
  .cid { white-space: nowrap; }
  .rid { overflow-wrap: break-word; }
  .meta, .refs { overflow-wrap: anywhere; }
  .controls-filter { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin: 8px 0; padding: 8px 0; background: #fff; position: sticky; top: 0; z-index: 2; border-bottom: 1px solid var(--line); }
  .controls-filter input[type=search] { flex: 1 1 22em; min-width: 16em; }
  .controls-filter input, .controls-filter select, .controls-filter button { padding: 4px 6px; font: inherit; }
  .controls-filter .check { white-space: nowrap; }
  p.hint { margin: 0 0 4px; font-size: 12px; }
  section.control { border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 14px 0; break-inside: avoid-page; }
  section.control header { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; }
  .label { font-weight: 600; color: var(--muted); }
  .cond code { font-size: 12px; overflow-wrap: anywhere; }
  pre { white-space: pre-wrap; word-break: break-word; margin: 0; font-size: 12px; }
  .muted { color: var(--muted); }
  button.more-rows { font: inherit; padding: 4px 10px; cursor: pointer; }
  footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
  /* A phone (390 px): each table row is a card of "label: value" lines; nothing is wider than the screen. */
  @media (max-width: 700px) {
    body { padding: 12px; }
    .controls-filter { position: static; }
    .controls-filter input[type=search] { flex-basis: 100%; min-width: 0; }
    .controls-filter select { flex: 1 1 40%; min-width: 0; }
    .cards .card { min-width: 0; flex: 1 1 40%; }
    table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
    table.stack thead { display: none; }
    table.stack tr { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 8px; padding: 4px 8px; }
    table.stack td { border: 0; padding: 2px 0; }
    table.stack td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
    table.stack td:empty { display: none; }
    table.stack tr[hidden] { display: none; }
    section.control { padding: 10px; }
    th, td { padding: 4px; }
    table { table-layout: fixed; }
    td { overflow-wrap: anywhere; }
  }
  @media print {
    .controls-filter, .no-print, button.more-rows { display: none; }
    /* Collapsed evidence and long resource lists print in full (Chromium 131+, Firefox 143+). */
    details::details-content { content-visibility: visible; display: block; }
    body { padding: 0; max-width: none; }
    a { color: inherit; }
  }
`;
var SCRIPT = `
(function () {
  var PAGE = 500;
  var RANK = { FAIL: 0, ERROR: 1, EXCEPTED: 2, PASS: 3 };
  var ACTION_TEXT = { planned: 'planned', 'awaiting-approval': 'awaiting approval', 'not-selected': 'not selected', 'over-limit': 'over limit', applied: 'applied', 'no-op': 'no-op', failed: 'failed', interrupted: 'interrupted' };
  function $(id) { return document.getElementById(id); }
  var rows = Array.prototype.slice.call(document.querySelectorAll('#controls tbody tr'));
  var input = { text: $('filter-text'), status: $('filter-status'), severity: $('filter-severity'), provider: $('filter-provider'), framework: $('filter-framework'), fresh: $('filter-new') };
  var controls = rows.map(function (row) {
    var id = row.querySelector('a').getAttribute('href').slice('#control-'.length);
    var section = $('control-' + id);
    var table = section && section.querySelector('table.results');
    var body = table && table.tBodies[0];
    return {
      id: id, row: row, section: section, body: body,
      button: section && section.querySelector('button.more-rows'),
      pageRows: body ? Array.prototype.slice.call(body.rows) : [],
      listed: section ? Number(section.getAttribute('data-listed')) : 0,
      text: row.getAttribute('data-text'),
      list: null, shown: 0, key: '||'
    };
  });

  // ---- the compressed results, decoded once; each line parsed only when it is shown or may match ----
  var decoded, full;
  function bytesOf(base64) {
    var text = atob(base64), bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
    return bytes;
  }
  /** The value of a string field near the start of a JSON line (the reporter writes controlId and status first). */
  function field(line, name) {
    var at = line.indexOf('"' + name + '":"');
    if (at < 0 || at > 300) return undefined;
    var from = at + name.length + 4;
    return line.slice(from, line.indexOf('"', from));
  }
  function decode() {
    if (decoded) return decoded;
    var blocks = JSON.parse($('ctrlflow-rows').textContent);
    decoded = Promise.all(blocks.map(function (b) {
      return new Response(new Blob([bytesOf(b)]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    })).then(function (texts) {
      var byControl = {};
      texts.forEach(function (text) {
        text.split('\\n').forEach(function (line) {
          if (!line) return;
          var id = field(line, 'controlId'), status = field(line, 'status'), r = null;
          if (id === undefined || status === undefined) { r = JSON.parse(line); id = r.controlId; status = r.status; }
          (byControl[id] = byControl[id] || []).push({ line: line, rank: RANK[status], r: r });
        });
      });
      Object.keys(byControl).forEach(function (id) { byControl[id].sort(function (a, b) { return a.rank - b.rank; }); });
      full = byControl;
      return byControl;
    });
    return decoded;
  }
  function parsed(e) {
    if (e.r) return e.r;
    var r = e.r = JSON.parse(e.line);
    // Left out of the data when it is the conditions joined (reporters/html.ts, pageRow).
    if (r.reason === undefined && r.conditions) r.reason = r.conditions.join('; ');
    return r;
  }
  function searchText(r) {
    if (r.t === undefined) r.t = [r.resourceId || '', r.displayName || '', r.account, r.region, r.words || '', r.reason || ''].join(' ').toLowerCase();
    return r.t;
  }

  // ---- rows added by the script, shaped as the page's own ----
  function el(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (content !== undefined) e.textContent = content;
    return e;
  }
  function badge(cls, content) { return el('span', 'badge ' + cls, content); }
  function cell(label) { var td = el('td'); td.setAttribute('data-label', label); return td; }
  /** An id that wraps only after its separators, as the page's own rows. */
  function breakable(text) {
    var span = el('span', 'muted rid');
    text.split(/(?<=[\\/:._,@=-])(?!$)/).forEach(function (part, i) {
      if (i > 0) span.appendChild(el('wbr'));
      span.appendChild(document.createTextNode(part));
    });
    return span;
  }
  function row(r) {
    var tr = el('tr');
    var status = cell('Status'); status.appendChild(badge(r.status.toLowerCase(), r.status));
    if (r.baseline) { status.appendChild(document.createTextNode(' ')); status.appendChild(badge('delta-' + r.baseline, r.baseline)); }
    var resource = cell('Resource');
    if (r.displayName) { resource.appendChild(document.createTextNode(r.displayName)); resource.appendChild(el('br')); }
    resource.appendChild(r.resourceId ? breakable(r.resourceId) : el('span', 'muted', 'whole target'));
    var where = cell('Account / region'); where.appendChild(document.createTextNode(r.account)); where.appendChild(el('br')); where.appendChild(el('span', 'muted', r.region));
    var reason = cell('Reason'); reason.appendChild(document.createTextNode(r.words || r.reason || ''));
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
    var evidence = cell('Evidence');
    var raw = r.conditions || [];
    var hasEvidence = r.evidence && Object.keys(r.evidence).length > 0;
    if (hasEvidence || raw.length > 0) {
      var det = el('details'); det.appendChild(el('summary', '', 'evidence'));
      raw.forEach(function (text) { var c = el('div', 'cond'); c.appendChild(el('span', 'label', 'Condition')); c.appendChild(document.createTextNode(' ')); c.appendChild(el('code', '', text)); det.appendChild(c); });
      if (hasEvidence) det.appendChild(el('pre', '', JSON.stringify(r.evidence, null, 1)));
      evidence.appendChild(det);
    }
    [status, resource, where, reason, evidence].forEach(function (td) { tr.appendChild(td); });
    return tr;
  }

  // ---- a section's results: its own first rows, or a list from the decoded data ----
  /** Shows a section's own rows (list null), or the first entries of a list from the decoded data (first: how many). */
  function render(c, list, first) {
    c.list = list; c.shown = 0;
    c.body.textContent = '';
    if (list === null) {
      c.pageRows.forEach(function (tr) { tr.hidden = false; c.body.appendChild(tr); });
      if (c.button) { c.button.hidden = c.listed <= c.pageRows.length; c.button.textContent = 'Show all ' + c.listed + ' results'; }
      return;
    }
    more(c, first);
  }
  function more(c, count) {
    var next = c.list.slice(c.shown, c.shown + (count || PAGE));
    var frag = document.createDocumentFragment();
    next.forEach(function (e) { frag.appendChild(row(parsed(e))); });
    c.body.appendChild(frag);
    c.shown += next.length;
    if (c.button) {
      c.button.hidden = c.shown >= c.list.length;
      c.button.textContent = 'Show ' + Math.min(PAGE, c.list.length - c.shown) + ' more (' + (c.list.length - c.shown) + ' not shown)';
    }
  }
  controls.forEach(function (c) {
    if (!c.button) return;
    c.button.addEventListener('click', function () {
      if (c.list !== null) { more(c); return; }
      c.button.disabled = true;
      decode().then(function (byControl) {
        c.button.disabled = false;
        var f = state();
        render(c, matching(byControl[c.id], f, textHit(c, f)));
      });
    });
  });

  // ---- THE filter ----
  function state() {
    return {
      q: input.text.value.trim().toLowerCase(), status: input.status.value, severity: input.severity.value,
      provider: input.provider.value, framework: input.framework.value, fresh: !!(input.fresh && input.fresh.checked)
    };
  }
  /** The part of the state a result is held to ('' when every result of a shown control shows). */
  function resultKey(f, hit) { return (f.status ? f.status : '') + '|' + (f.fresh ? 'new' : '') + '|' + (f.q && !hit ? f.q : ''); }
  function textHit(c, f) { return !f.q || c.text.indexOf(f.q) >= 0; }
  function escapeRegExp(text) { return text.replace(/[.*+?^$()|[\\]{}\\\\]/g, '\\\\$&'); }
  /**
   * The decoded entries of a control that the filter lets through. For a text not found in the
   * control itself, a line is parsed only when its JSON text has the words at all (a quote or a
   * backslash in the text, which JSON escapes, means every line is parsed).
   */
  function matching(entries, f, hit) {
    var list = entries || [];
    var q = f.q && !hit ? f.q : '';
    var quick = q && !/["\\\\]/.test(q) ? new RegExp(escapeRegExp(q), 'i') : null;
    return list.filter(function (e) {
      if (quick && !quick.test(e.line)) return false;
      var r = parsed(e);
      return (!f.status || r.status === f.status) && (!f.fresh || r.baseline === 'new') && (!q || searchText(r).indexOf(q) >= 0);
    });
  }
  function pageRowOk(tr, f, hit) {
    return (!f.status || tr.getAttribute('data-status') === f.status) && (!f.fresh || tr.hasAttribute('data-new')) && (hit || tr.getAttribute('data-text').indexOf(f.q) >= 0);
  }
  function controlOk(c, f) {
    var row = c.row;
    if (f.status && row.getAttribute('data-status') !== f.status) return false;
    if (f.severity && row.getAttribute('data-severity') !== f.severity) return false;
    if (f.provider && row.getAttribute('data-provider') !== f.provider) return false;
    if (f.framework && row.getAttribute('data-frameworks').split('\\n').indexOf(f.framework) < 0) return false;
    if (f.fresh && row.getAttribute('data-new') === '0') return false;
    return true;
  }
  var FIRST = 10;
  function apply() {
    var f = state();
    var shown = 0, needFull = false;
    controls.forEach(function (c) {
      var hit = textHit(c, f);
      var key = resultKey(f, hit);
      var complete = c.listed <= c.pageRows.length;
      var ok = controlOk(c, f);
      var list = null;
      // A text not in the control itself: shown when one of its results has it.
      if (ok && f.q && !hit) {
        if (complete) ok = c.pageRows.some(function (tr) { return pageRowOk(tr, f, hit); });
        else if (full) ok = (list = matching(full[c.id], f, hit)).length > 0;
        else { needFull = true; ok = c.pageRows.some(function (tr) { return pageRowOk(tr, f, hit); }); }
      }
      c.row.hidden = !ok;
      if (c.section) c.section.hidden = !ok;
      if (ok) shown += 1;
      if (!ok || !c.body || key === c.key) return;
      if (key === '||') {
        render(c, null);
      } else if (complete) {
        if (c.list !== null) render(c, null);
        c.pageRows.forEach(function (tr) { tr.hidden = !pageRowOk(tr, f, hit); });
      } else if (full) {
        render(c, list || matching(full[c.id], f, hit), FIRST);
      } else {
        // The page's own rows that match; the button finds the others in the data.
        if (c.list !== null) render(c, null);
        c.pageRows.forEach(function (tr) { tr.hidden = !pageRowOk(tr, f, hit); });
        if (c.button) { c.button.hidden = false; c.button.textContent = 'Show all matching results'; }
        if (f.q && !hit) return;
      }
      c.key = key;
    });
    var pending = needFull && !full;
    $('filter-count').textContent = pending ? 'searching the results\\u2026' : shown + ' of ' + controls.length + ' controls';
    // The text the page has finished applying (tests wait for it).
    if (pending) $('filter-count').removeAttribute('data-applied'); else $('filter-count').setAttribute('data-applied', f.q);
    $('filter-empty').hidden = shown > 0 || needFull;
    if (needFull && !full) decode().then(apply);
  }
  var timer;
  input.text.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  ['status', 'severity', 'provider', 'framework', 'fresh'].forEach(function (k) { if (input[k]) input[k].addEventListener('change', apply); });
  $('filter-clear').addEventListener('click', function () {
    input.text.value = '';
    ['status', 'severity', 'provider', 'framework'].forEach(function (k) { input[k].value = ''; });
    if (input.fresh) input.fresh.checked = false;
    apply();
  });
  var showNew = $('show-new');
  if (showNew && input.fresh) showNew.addEventListener('click', function () { input.fresh.checked = true; apply(); $('controls-title').scrollIntoView(); });

  // ---- sorting: by the cell's rank when it has one (severity, status), else numbers, else text ----
  document.querySelectorAll('#controls th[data-sort]').forEach(function (th) {
    th.addEventListener('click', function () {
      var i = Number(th.getAttribute('data-sort'));
      var asc = th.getAttribute('data-dir') !== 'asc';
      th.setAttribute('data-dir', asc ? 'asc' : 'desc');
      var body = th.closest('table').tBodies[0];
      function value(row) { var td = row.cells[i]; return td.hasAttribute('data-sort-value') ? td.getAttribute('data-sort-value') : td.textContent.trim(); }
      rows.slice().sort(function (a, b) {
        var x = value(a), y = value(b);
        var n = Number(x) - Number(y);
        var c = isNaN(n) ? x.localeCompare(y) : n;
        return asc ? c : -c;
      }).forEach(function (row) { body.appendChild(row); });
    });
  });

  // Browsers without ::details-content: open every <details> while printing, then restore.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () { closed.forEach(function (d) { d.open = false; }); });
})();
`;

// reporters/html/markup.ts
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;", "=": "&#x3D;" };
function esc(value) {
  const text = value === void 0 || value === null ? "" : String(value);
  return /[&<>"'`=]/.test(text) ? text.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]) : text;
}
var json = (value) => esc(JSON.stringify(value, null, 1));
var statusClass = (status) => status.toLowerCase().replace("_", "-");
var joined = (items, each, separator = "") => items.map(each).join(separator);
function breakable(id) {
  return esc(id).replace(/([/:._,@-]|&#x3D;)(?!$)/g, "$1<wbr>");
}
var sortValue = (rank) => ` data-sort-value="${rank}"`;

// reporters/html/details.ts
function controlSection(c, rows) {
  const frameworks = Object.entries(c.compliance);
  const passNote = c.counts.PASS > 0 ? `<p class="muted">${c.counts.PASS} resource(s) pass (listed in the CSV and JSON reports).</p>
  ` : "";
  const results = c.status === "NO_RESOURCES" ? '<p class="muted">No resources of this type were found (not applicable).</p>' : `${passNote}${rows.worst.length > 0 ? `<table class="results stack" data-control="${esc(c.id)}">
    <thead><tr><th>Status</th><th>Resource</th><th>Account / region</th><th>Reason</th><th>Evidence</th></tr></thead>
    <tbody>
    ${joined(rows.worst, resultRow)}
    </tbody>
  </table>` : ""}${rows.listed > rows.worst.length ? `
  <button class="more-rows" type="button" data-control="${esc(c.id)}">Show all ${rows.listed} results</button>` : ""}`;
  return `<section class="control" id="control-${esc(c.id)}" data-listed="${rows.listed}">
  <header><h3><span class="cid">${esc(c.id)}</span> \u2014 ${esc(c.title)}</h3><span class="badge ${statusClass(c.status)}">${esc(c.status)}</span><span class="sev-${esc(c.severity)}">${esc(c.severity)}</span><span class="muted rid">${esc(c.provider)} \xB7 ${breakable(c.resourceType)} \xB7 flow ${breakable(c.flowId)}</span></header>
  ${joined(c.warnings ?? [], (w) => `<p class="warning"><span class="label">Warning.</span> ${esc(w.message)}</p>`)}
  ${c.description ? `<p>${esc(c.description)}</p>` : ""}
  ${c.rationale ? `<p><span class="label">Rationale.</span> ${esc(c.rationale)}</p>` : ""}
  ${c.remediation ? `<p><span class="label">Remediation.</span> ${esc(c.remediation)}</p>` : ""}
  ${frameworks.length > 0 ? `<p><span class="label">Compliance.</span> ${joined(frameworks, ([f, ids]) => `${esc(f)} ${esc(ids.join(", "))}`, "; ")}</p>` : ""}
  ${c.references.length > 0 ? `<p class="refs"><span class="label">References.</span> ${joined(c.references, (ref) => `<a href="${esc(ref)}" rel="noreferrer noopener">${breakable(ref)}</a>`, ", ")}</p>` : ""}
  ${results}
</section>
`;
}
function actionPart(a) {
  return `<div class="action"><span class="label">Action</span> <span class="badge act-${esc(a.status)}">${esc(ACTION_STATUS_TEXT[a.status])}</span>${a.outcome ? ` <span class="badge outcome-${esc(a.outcome)}">${esc(a.outcome.replace("-", " "))}</span>` : ""} ${a.name ? `${esc(a.name)} ` : ""}<span class="muted">(node ${esc(a.node)})</span>${a.error ? `<div>${esc(a.error.code)}: ${esc(a.error.message)}</div>` : ""}
<details><summary>${esc(callsText(a))}</summary>${joined(a.calls, (call) => `<div>${esc(call.service)} ${esc(call.method)} <span class="muted">via ${esc(call.via)}, step ${esc(call.step)}</span><pre>${json(call.params)}</pre></div>`)}</details></div>`;
}
function rawConditions(r, words) {
  if (!r.matches || r.matches.length === 0 || words === (r.reason ?? "")) return [];
  return r.matches.map((m) => m.text);
}
function searchText(r, words) {
  const raw = words === r.reason ? "" : ` ${r.reason ?? ""}`;
  return `${r.resourceId ?? ""} ${r.displayName ?? ""} ${r.account} ${r.region} ${words}${raw}`.toLowerCase();
}
function resultRow(r) {
  const words = reasonWords(r);
  const exception = r.exception ? `<div class="exception"><span class="label">Excepted</span> until ${esc(r.exception.expires)} by ${esc(r.exception.owner)}: ${esc(r.exception.reason)} <span class="muted">(${esc(r.exception.source)})</span></div>` : "";
  const raw = rawConditions(r, words);
  const hasEvidence = r.evidence && Object.keys(r.evidence).length > 0;
  const evidence = hasEvidence || raw.length > 0 ? `<details><summary>evidence</summary>${joined(raw, (text) => `<div class="cond"><span class="label">Condition</span> <code>${esc(text)}</code></div>`)}${hasEvidence ? `<pre>${json(r.evidence)}</pre>` : ""}</details>` : "";
  return `<tr data-status="${esc(r.status)}"${r.baseline === "new" ? ' data-new="1"' : ""} data-text="${esc(searchText(r, words))}"><td data-label="Status"><span class="badge ${statusClass(r.status)}">${esc(r.status)}</span>${r.baseline ? ` <span class="badge delta-${esc(r.baseline)}">${esc(r.baseline)}</span>` : ""}</td>
<td data-label="Resource">${r.displayName ? `${esc(r.displayName)}<br>` : ""}<span class="muted rid">${r.resourceId ? breakable(r.resourceId) : "whole target"}</span></td>
<td data-label="Account / region">${esc(r.account)}<br><span class="muted">${esc(r.region)}</span></td>
<td data-label="Reason">${esc(words)}${exception}
${joined(r.actions ?? [], actionPart)}</td>
<td data-label="Evidence">${evidence}</td></tr>
`;
}

// reporters/html/frameworks.ts
function frameworksPart(summary, esc2) {
  const frameworks = summary.frameworks ?? [];
  if (frameworks.length === 0) return "";
  return `
<h2 id="frameworks">Frameworks</h2>
${frameworks.map((f) => framework(f, esc2)).join("")}`;
}
function framework(f, esc2) {
  const s = f.summary;
  const rate = s.passRate === null ? "no automated requirement evaluated" : `pass rate <b>${s.passRate}%</b>`;
  const counts2 = REQUIREMENT_STATUSES.filter((status) => s.statuses[status] > 0);
  const open = f.requirements.filter((r) => r.status !== "pass" && r.status !== "not-applicable" && r.status !== "manual-attested").length;
  return `<div class="framework" id="framework-${esc2(f.id)}">
<h3>${esc2(f.title)} ${esc2(f.version)} <span class="muted">${esc2(f.id)}</span></h3>
<p>${rate} \xB7 automated coverage ${s.coverage}% (${s.automatedCovered} of ${s.automated} automated requirements have a control) \xB7 ${s.requirements} requirements, ${s.manualWithEvidence} manual with evidence controls, ${s.attestableOnly} by attestation only${f.source && /^https?:\/\//.test(f.source) ? ` \xB7 <a href="${esc2(f.source)}" rel="noopener">source</a>` : ""}</p>
<div class="cards">
  ${counts2.map((status) => `<div class="card"><span class="badge req-${status}">${status}</span><b>${s.statuses[status]}</b></div>`).join("\n  ")}
</div>
<details><summary>${f.requirements.length} requirements (${open} need attention)</summary>
<table class="requirements stack">
  <thead><tr><th>Requirement</th><th>Title</th><th>Level</th><th>Assessment</th><th>Status</th><th>Controls</th></tr></thead>
  <tbody>
  ${f.requirements.map((r) => requirement(r, esc2)).join("\n  ")}
  </tbody>
</table>
</details>
</div>
`;
}
var counts = (c) => c.counts ? STATUSES.filter((s) => c.counts[s] > 0).map((s) => `${c.counts[s]} ${s}`).join(", ") : "";
function requirement(r, esc2) {
  const controls = r.controls.map((c) => {
    if (c.status === "NOT_RUN") return `<span class="cid">${esc2(c.id)}</span> <span class="muted">not run</span>`;
    const n = counts(c);
    return `<a class="cid" href="#control-${esc2(c.id)}">${esc2(c.id)}</a> ${esc2(c.status)}${n ? ` <span class="muted">(${n})</span>` : ""}`;
  }).join(", ");
  const a = r.attestation;
  const attestation = a ? `<div class="muted">attested ${esc2(a.status)} by ${esc2(a.owner)} on ${esc2(a.date)}, ${a.expired ? "expired" : "holds until"} ${esc2(a.expires)}; evidence: ${esc2(a.evidence)} (${esc2(a.source)})</div>` : "";
  return `<tr data-requirement-status="${esc2(r.status)}"><td data-label="Requirement">${r.section ? `<span title="${esc2(r.section)}">${esc2(r.id)}</span>` : esc2(r.id)}</td><td data-label="Title">${esc2(r.title)}</td><td data-label="Level">${r.level ?? ""}</td><td data-label="Assessment">${esc2(r.assessment)}</td><td data-label="Status"><span class="badge req-${esc2(r.status)}">${esc2(r.status)}</span></td><td data-label="Controls">${controls || '<span class="muted">none</span>'}${attestation}</td></tr>`;
}

// reporters/html.ts
var OPEN_ROWS = 10;
var BLOCK = 1 << 20;
var STATUS_COLOURS = { FAIL: "#c0392b", ERROR: "#b9770e", EXCEPTED: "#6c5ce7", PASS: "#1e8449" };
var SEVERITY_COLOURS = { critical: "#7b241c", high: "#c0392b", medium: "#e67e22", low: "#f1c40f", info: "#95a5a6" };
var BAR_WIDTH = 300;
var RANK = { FAIL: 0, ERROR: 1, EXCEPTED: 2, PASS: 3 };
var html = {
  format: "html",
  extension: "html",
  summary: "one self-contained page for people and auditors",
  open(head, out) {
    const shown = new Map(head.controls.map((c) => [c.id, [[], [], [], []]]));
    const listed = /* @__PURE__ */ new Map();
    const fresh = /* @__PURE__ */ new Map();
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
        if (r.status === "PASS" && !r.actions) return;
        const byRank = shown.get(r.controlId);
        const bucket = byRank[RANK[r.status]];
        if (bucket.length < OPEN_ROWS) bucket.push(r);
        listed.set(r.controlId, (listed.get(r.controlId) ?? 0) + 1);
        if (r.baseline === "new") fresh.set(r.controlId, (fresh.get(r.controlId) ?? 0) + 1);
        const line = `${JSON.stringify(pageRow(r))}
`;
        pending.push(line);
        pendingBytes += line.length;
        if (pendingBytes >= BLOCK) seal();
      },
      async end(summary) {
        seal();
        await page(out, head, summary, { shown, listed, fresh, blocks });
      }
    };
  }
};
function pageRow(r) {
  const row = { controlId: r.controlId, status: r.status, account: r.account, region: r.region };
  if (r.resourceId !== void 0) row.resourceId = r.resourceId;
  if (r.displayName !== void 0) row.displayName = r.displayName;
  const words = reasonWords(r);
  if (words !== (r.reason ?? "") && r.matches) {
    row.words = words;
    row.conditions = r.matches.map((m) => m.text);
    if (r.reason !== row.conditions.join("; ")) row.reason = r.reason;
  } else if (r.reason !== void 0) row.reason = r.reason;
  if (r.evidence !== void 0) row.evidence = r.evidence;
  if (r.exception !== void 0) row.exception = r.exception;
  if (r.baseline !== void 0) row.baseline = r.baseline;
  if (r.actions !== void 0) row.actions = r.actions;
  return row;
}
async function page(out, head, summary, collected) {
  const { totals } = summary;
  const frameworks = complianceView(summary.controls);
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
  out.write(summaryPart(summary));
  out.write(baselinePart(summary));
  out.write(warningsPart(summary.controls));
  out.write(exceptionsPart(summary));
  out.write(frameworksPart(summary, esc));
  out.write(controlsTable(summary, frameworks, collected.fresh));
  out.write(compliancePart(frameworks));
  out.write("<h2>Details</h2>\n");
  for (const control of summary.controls) {
    const worst = (collected.shown.get(control.id) ?? []).flat().slice(0, OPEN_ROWS);
    out.write(controlSection(control, { worst, listed: collected.listed.get(control.id) ?? 0 }));
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
function summaryPart(summary) {
  const plan = planOf(summary);
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
  const remediation = done ? `<h2 id="remediation">Remediation</h2>
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

${remediation}`;
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
<table id="resolved" class="stack">
  <thead><tr><th>Control</th><th>Resource</th><th>Account / region</th><th>Now</th></tr></thead>
  <tbody>${joined(b.resolved, (r) => `<tr><td data-label="Control" class="cid">${esc(r.controlId)}</td><td data-label="Resource" class="rid">${r.resourceId ? breakable(r.resourceId) : "whole target"}</td><td data-label="Account / region">${esc(r.provider)} ${esc(r.account)} / ${esc(r.region)}</td><td data-label="Now">${esc(r.now)}</td></tr>`)}</tbody>
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
${b.new > 0 ? `<p><button id="show-new" type="button">Show the ${b.new} new finding(s) only</button> <span class="muted">(the filter's "New since the baseline" below)</span></p>
` : ""}${resolved}`;
}
function exceptionsPart(summary) {
  if (!summary.exceptions || summary.exceptions.length === 0) return "";
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
var STATUS_ORDER = { FAIL: 0, ERROR: 1, EXCEPTED: 2, PASS: 3, NO_RESOURCES: 4 };
function controlsTable(summary, frameworks, fresh) {
  const row = (c) => {
    const complianceText = Object.entries(c.compliance).map(([f, ids]) => `${f} ${ids.join(" ")}`).join(" ");
    const data = `${c.id} ${c.title} ${complianceText}`.toLowerCase();
    return `
    <tr data-status="${esc(c.status)}" data-severity="${esc(c.severity)}" data-provider="${esc(c.provider)}" data-frameworks="${esc(Object.keys(c.compliance).join("\n"))}" data-new="${fresh.get(c.id) ?? 0}" data-text="${esc(data)}">
      <td data-label="Control"><a class="cid" href="#control-${esc(c.id)}">${esc(c.id)}</a></td><td data-label="Title">${esc(c.title)}</td><td data-label="Severity" class="sev-${esc(c.severity)}"${sortValue(SEVERITIES.indexOf(c.severity))}>${esc(c.severity)}</td><td data-label="Provider">${esc(c.provider)}</td>
      <td data-label="Status"${sortValue(STATUS_ORDER[c.status] ?? 5)}><span class="badge ${statusClass(c.status)}">${esc(c.status)}</span></td><td data-label="FAIL">${c.counts.FAIL}</td><td data-label="PASS">${c.counts.PASS}</td><td data-label="ERROR">${c.counts.ERROR}</td><td data-label="EXCEPTED">${c.counts.EXCEPTED}</td>
    </tr>`;
  };
  const baseline = summary.baseline ? `
  <label class="check"><input id="filter-new" type="checkbox"> New since the baseline (${summary.baseline.new})</label>` : "";
  return `
<h2 id="controls-title">Controls</h2>
<div class="controls-filter" role="search">
  <input id="filter-text" type="search" placeholder="Search ids, resources, accounts, reasons\u2026" aria-label="Search controls and their results">
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
var natural = new Intl.Collator(void 0, { numeric: true }).compare;
function complianceView(controls) {
  const frameworks = /* @__PURE__ */ new Map();
  for (const c of controls) {
    for (const [framework2, sections] of Object.entries(c.compliance)) {
      const bySection = frameworks.get(framework2) ?? /* @__PURE__ */ new Map();
      for (const section of sections) bySection.set(section, [...bySection.get(section) ?? [], c]);
      frameworks.set(framework2, bySection);
    }
  }
  return [...frameworks.keys()].sort(natural).map((framework2) => ({
    framework: framework2,
    sections: [...frameworks.get(framework2).entries()].sort(([a], [b]) => natural(a, b)).map(([section, list]) => ({ section, controls: list }))
  }));
}
function compliancePart(frameworks) {
  if (frameworks.length === 0) return "";
  return `
<h2>Compliance</h2>
${joined(
    frameworks,
    (f) => `<h3>${esc(f.framework)}</h3>
<table>
  <thead><tr><th>Section</th><th>Controls</th></tr></thead>
  <tbody>
  ${joined(f.sections, (s) => `<tr><td>\xA7${esc(s.section)}</td><td>${joined(s.controls, (c) => `<a class="cid" href="#control-${esc(c.id)}">${esc(c.id)}</a> <span class="badge ${statusClass(c.status)}">${esc(c.status)}</span> `)}</td></tr>`)}
  </tbody>
</table>
`
  )}`;
}
export {
  esc,
  html
};
