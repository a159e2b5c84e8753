/** The page's inline style sheet (the Content-Security-Policy allows inline style and script only). */
export const STYLE = `
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

/**
 * The page's script: filter and sort the controls table, open <details> for printing, and
 * show a control's results beyond the first ones on demand. Those are in #ctrlflow-rows as
 * gzip blocks (base64), one result (JSON) per line, decoded with the browser's own
 * DecompressionStream the first time they are asked for and written with textContent only:
 * cloud data never becomes markup.
 */
export const SCRIPT = `
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
