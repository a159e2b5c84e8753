/** The page's inline style sheet (the Content-Security-Policy allows inline style and script only). */
export const STYLE = `
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

/**
 * The page's script. ONE filter state (text, status, severity, provider, framework, new since
 * the baseline) applies to the controls table and to each control's section under Details: a
 * control hidden in the table is hidden below too, and a section shows only its results that
 * match. The text is searched in the control's id, title and frameworks and in its results'
 * resource ids, names, accounts, regions and reasons. Sorting by severity or status goes by
 * rank. A control's results beyond the first ones are in #ctrlflow-rows as gzip blocks
 * (base64), one result (JSON) per line, decoded with the browser's own DecompressionStream the
 * first time they are needed (the button, or a filter on results) and written with
 * textContent only: cloud data never becomes markup.
 */
export const SCRIPT = `
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
