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

// reporters/common/ids.ts
import { createHash } from "node:crypto";
function findingDigest(r) {
  return createHash("sha256").update(JSON.stringify([r.controlId, r.provider, r.account, r.region, r.resourceId ?? null])).digest("hex");
}
function uuidV5(name, namespace = CTRLFLOW_UUID_NAMESPACE) {
  const hash = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  hash[6] = hash[6] & 15 | 80;
  hash[8] = hash[8] & 63 | 128;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function clip(text2, max) {
  if (text2.length <= max) return text2;
  let end = max - 1;
  const last = text2.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return `${text2.slice(0, end)}\u2026`;
}
var CTRLFLOW_UUID_NAMESPACE;
var init_ids = __esm({
  "reporters/common/ids.ts"() {
    "use strict";
    CTRLFLOW_UUID_NAMESPACE = "6f1d4a52-5b0e-4c57-9a43-1f6c2f1e8d3b";
  }
});

// reporters/asff.ts
var asff_exports = {};
__export(asff_exports, {
  ASFF_LIMITS: () => ASFF_LIMITS,
  ASFF_SCHEMA_VERSION: () => ASFF_SCHEMA_VERSION,
  COMPLIANCE_STATUS: () => COMPLIANCE_STATUS,
  FIELD: () => FIELD,
  asff: () => asff,
  asffId: () => asffId,
  asffResourceType: () => asffResourceType,
  homeRegions: () => homeRegions,
  hubRegionOf: () => hubRegionOf,
  partitionOf: () => partitionOf,
  productArn: () => productArn,
  toAsff: () => toAsff
});
function asffId(r) {
  return `ctrlflow/${r.controlId}/${findingDigest(r)}`;
}
function partitionOf(region2) {
  return region2.startsWith("cn-") ? "aws-cn" : region2.startsWith("us-gov-") ? "aws-us-gov" : "aws";
}
function productArn(account, region2) {
  return `arn:${partitionOf(region2)}:securityhub:${region2}:${account}:product/${account}/default`;
}
function asffResourceType(resourceType) {
  const parts = /^AWS::([A-Za-z0-9]+)::([A-Za-z0-9]+)$/.exec(resourceType);
  if (!parts) return "Other";
  const word = (w) => w.replace(/[A-Z]+(?=[A-Z][a-z]|[0-9]|$)/g, (run) => run[0] + run.slice(1).toLowerCase()).replace(/^[a-z]/, (c) => c.toUpperCase());
  return `Aws${word(parts[1])}${word(parts[2])}`;
}
function toAsff(r, control, at) {
  const requirements = Object.entries(control.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}/${id}`));
  const reasons = statusReasons(r);
  const fields = {
    ControlId: r.controlId,
    Status: r.status,
    Account: r.account,
    Region: r.region,
    ResourceId: r.resourceId,
    DisplayName: r.displayName,
    Reason: r.reason,
    ErrorCode: r.errorCode,
    Exception: r.exception ? exceptionText(r.exception) : void 0,
    Baseline: r.baseline,
    FlowId: control.flowId
  };
  const text2 = [control.description ?? control.title, r.reason ? `Result: ${r.reason}` : ""].filter(Boolean).join(" ");
  return {
    SchemaVersion: ASFF_SCHEMA_VERSION,
    Id: asffId(r),
    ProductArn: productArn(r.account, at.region),
    GeneratorId: `ctrlflow/${r.controlId}`,
    AwsAccountId: r.account,
    Types: requirements.length > 0 ? ["Software and Configuration Checks/Industry and Regulatory Standards"] : ["Software and Configuration Checks/AWS Security Best Practices"],
    CreatedAt: at.time,
    UpdatedAt: at.time,
    Severity: { Label: r.status === "PASS" ? "INFORMATIONAL" : SEVERITY[control.severity] },
    Title: clip(`${control.id} ${control.title}`, ASFF_LIMITS.title),
    Description: clip(text2, ASFF_LIMITS.description),
    Resources: [resourceOf(r, control, at.region)],
    Compliance: {
      Status: COMPLIANCE_STATUS[r.status],
      ...requirements.length > 0 ? { RelatedRequirements: requirements.slice(0, ASFF_LIMITS.relatedRequirements) } : {},
      ...reasons ? { StatusReasons: [reasons] } : {}
    },
    Workflow: { Status: WORKFLOW[r.status] },
    RecordState: "ACTIVE",
    ...control.remediation || control.references[0] ? { Remediation: { Recommendation: { ...control.remediation ? { Text: clip(control.remediation, ASFF_LIMITS.recommendation) } : {}, ...control.references[0] ? { Url: control.references[0] } : {} } } } : {},
    ...control.references[0] ? { SourceUrl: control.references[0] } : {},
    ProductFields: Object.fromEntries(Object.entries(fields).filter((e) => typeof e[1] === "string" && e[1] !== "").map(([k, v]) => [`${FIELD}${k}`, clip(v, ASFF_LIMITS.productFieldValue)])),
    CompanyName: "ctrlflow",
    ProductName: "ctrlflow"
  };
}
function resourceOf(r, control, hubRegion) {
  if (r.resourceId === void 0) return { Type: "AwsAccount", Id: `AWS::::Account:${r.account}`, Partition: partitionOf(hubRegion) };
  const region2 = r.region === "global" ? void 0 : r.region;
  return { Type: asffResourceType(control.resourceType), Id: r.resourceId, Partition: partitionOf(region2 ?? hubRegion), ...region2 ? { Region: region2 } : {} };
}
function statusReasons(r) {
  const describe = (text2) => text2 ? { Description: clip(text2, ASFF_LIMITS.statusReason) } : {};
  if (r.status === "EXCEPTED") return { ReasonCode: "CTRLFLOW_EXCEPTED", ...describe(r.exception ? `Accepted risk: ${exceptionText(r.exception)}` : r.reason) };
  if (r.status === "ERROR") return { ReasonCode: r.errorCode ? `CTRLFLOW_ERROR_${r.errorCode}` : "CTRLFLOW_ERROR", ...describe(r.reason) };
  return void 0;
}
function exceptionText(e) {
  return `${e.reason} (owner ${e.owner}, expires ${e.expires}, ${e.source})`;
}
function homeRegions(head) {
  const homes = /* @__PURE__ */ new Map();
  for (const t of head.targets) if (t.provider === "aws" && t.region !== "global" && !homes.has(t.account)) homes.set(t.account, t.region);
  return homes;
}
function hubRegionOf(r, homes) {
  return r.region !== "global" ? r.region : homes.get(r.account) ?? "us-east-1";
}
var asff, ASFF_SCHEMA_VERSION, ASFF_LIMITS, COMPLIANCE_STATUS, WORKFLOW, SEVERITY, FIELD;
var init_asff = __esm({
  "reporters/asff.ts"() {
    "use strict";
    init_ids();
    asff = {
      format: "asff",
      extension: "asff.json",
      summary: "AWS Security Finding Format for AWS Security Hub (AWS results)",
      open(head, out) {
        const controls = new Map(head.controls.map((c) => [c.id, c]));
        const homes = homeRegions(head);
        let first = true;
        return {
          result(r) {
            if (r.provider !== "aws") return;
            const finding = toAsff(r, controls.get(r.controlId), { region: hubRegionOf(r, homes), time: r.time ?? head.startedAt });
            out.write(`${first ? "[\n" : ",\n"}${JSON.stringify(finding)}`);
            first = false;
          },
          end() {
            out.write(first ? "[]\n" : "\n]\n");
          }
        };
      }
    };
    ASFF_SCHEMA_VERSION = "2018-10-08";
    ASFF_LIMITS = { title: 256, description: 1024, recommendation: 512, productFieldValue: 2048, statusReason: 2048, relatedRequirements: 32 };
    COMPLIANCE_STATUS = { PASS: "PASSED", FAIL: "FAILED", ERROR: "WARNING", EXCEPTED: "NOT_AVAILABLE" };
    WORKFLOW = { PASS: "RESOLVED", FAIL: "NEW", ERROR: "NEW", EXCEPTED: "SUPPRESSED" };
    SEVERITY = { critical: "CRITICAL", high: "HIGH", medium: "MEDIUM", low: "LOW", info: "INFORMATIONAL" };
    FIELD = "ctrlflow/";
  }
});

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
function noPendingActions() {
  return { actions: 0, results: 0, awaitingApproval: 0 };
}
function countPending(tally, result2) {
  if (!result2.actions) return;
  let any = false;
  for (const a of result2.actions) {
    if (a.status !== "planned" && a.status !== "awaiting-approval") continue;
    any = true;
    tally.actions += 1;
    if (a.status === "awaiting-approval") tally.awaitingApproval += 1;
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
  const text2 = cell2.includes("\0") ? cell2.replace(/\0/g, "") : cell2;
  if (text2.includes('"')) return `"${text2.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(text2) ? `"${text2}"` : text2;
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
  return Object.entries(c.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}:${id}`)).join("; ");
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
  .delta-new { background: var(--fail); } .delta-unchanged { background: #95a5a6; }
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

// reporters/html.ts
var html_exports = {};
__export(html_exports, {
  esc: () => esc,
  html: () => html
});
import { gzipSync } from "node:zlib";
function esc(value) {
  const text2 = value === void 0 || value === null ? "" : String(value);
  return /[&<>"'`=]/.test(text2) ? text2.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]) : text2;
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
<dl class="meta">
  <dt>Scan</dt><dd>${esc(head.startedAt)} \u2192 ${esc(summary.finishedAt)}</dd>
  <dt>Inventory</dt><dd>${esc(head.inventory)}</dd>
  <dt>Tool</dt><dd>ctrlflow ${esc(head.tool.version)}</dd>
  <dt>Control set</dt><dd>${head.controlsCommit ? `git ${esc(head.controlsCommit)}` : "commit unknown"}</dd>
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
  out.write(exceptionsPart(summary));
  out.write(controlsTable(summary.controls, frameworks));
  out.write(compliancePart(frameworks));
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
  const max = Math.max(1, ...fails.map((c) => c.fail));
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
function controlsTable(controls, frameworks) {
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
    <option value="">All frameworks</option>${joined(frameworks, (f) => `<option>${esc(f.framework)}</option>`)}
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
  const frameworks = /* @__PURE__ */ new Map();
  for (const c of controls) {
    for (const [framework, sections] of Object.entries(c.compliance)) {
      const bySection = frameworks.get(framework) ?? /* @__PURE__ */ new Map();
      for (const section of sections) bySection.set(section, [...bySection.get(section) ?? [], c]);
      frameworks.set(framework, bySection);
    }
  }
  const natural = (a, b) => a.localeCompare(b, void 0, { numeric: true });
  return [...frameworks.keys()].sort(natural).map((framework) => ({
    framework,
    sections: [...frameworks.get(framework).entries()].sort(([a], [b]) => natural(a, b)).map(([section, list]) => ({ section, controls: list }))
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
  ${joined(f.sections, (s) => `<tr><td>\xA7${esc(s.section)}</td><td>${joined(s.controls, (c) => `<a href="#control-${esc(c.id)}">${esc(c.id)}</a> <span class="badge ${statusClass(c.status)}">${esc(c.status)}</span> `)}</td></tr>`)}
  </tbody>
</table>
`
  )}`;
}
function controlSection(c, collected) {
  const frameworks = Object.entries(c.compliance);
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
  ${c.description ? `<p>${esc(c.description)}</p>` : ""}
  ${c.rationale ? `<p><span class="label">Rationale.</span> ${esc(c.rationale)}</p>` : ""}
  ${c.remediation ? `<p><span class="label">Remediation.</span> ${esc(c.remediation)}</p>` : ""}
  ${frameworks.length > 0 ? `<p><span class="label">Compliance.</span> ${joined(frameworks, ([f, ids]) => `${esc(f)} ${esc(ids.join(", "))}`, "; ")}</p>` : ""}
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
    init_severity();
    init_assets();
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

// reporters/junit.ts
var junit_exports = {};
__export(junit_exports, {
  attr: () => attr,
  junit: () => junit,
  text: () => text
});
import { gunzipSync, gzipSync as gzipSync2 } from "node:zlib";
function testCase(r, control) {
  const where = `${r.provider} ${r.account}/${r.region}`;
  const name = r.resourceId === void 0 ? `(target) ${where}` : `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId} in ${where}`;
  const open = `    <testcase name="${attr(name)}" classname="${attr(r.controlId)}" time="0"`;
  if (r.status === "PASS") return `${open}/>
`;
  if (r.status === "FAIL") {
    const body = [r.reason ? `Reason: ${r.reason}` : "", r.evidence && Object.keys(r.evidence).length > 0 ? `Evidence: ${JSON.stringify(r.evidence)}` : "", control.remediation ? `Remediation: ${control.remediation}` : ""].filter(Boolean).join("\n\n");
    return `${open}>
      <failure message="${attr(r.reason ?? "failed")}" type="${attr(control.severity)}">${text(body)}</failure>
    </testcase>
`;
  }
  if (r.status === "ERROR") return `${open}>
      <error message="${attr(r.reason ?? "could not be evaluated")}" type="${attr(r.errorCode ?? "error")}">${text(r.reason ?? "")}</error>
    </testcase>
`;
  const why = r.exception ? `Excepted: ${r.exception.reason} (owner ${r.exception.owner}, expires ${r.exception.expires}, ${r.exception.source})` : `Excepted${r.reason ? `: ${r.reason}` : ""}`;
  return `${open}>
      <skipped message="${attr(why)}"/>
    </testcase>
`;
}
async function write(out, head, summary, suites) {
  const { totals } = summary;
  const all = totals.FAIL + totals.ERROR + totals.EXCEPTED + totals.PASS;
  const timestamp = head.startedAt.replace(/(\.\d+)?Z$/, "");
  const seconds = Math.max(0, (Date.parse(summary.finishedAt) - Date.parse(head.startedAt)) / 1e3).toFixed(3);
  out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.write(`<testsuites name="${attr(`ctrlflow ${head.scanId}`)}" tests="${all}" failures="${totals.FAIL}" errors="${totals.ERROR}" skipped="${totals.EXCEPTED}" time="${seconds}" timestamp="${timestamp}">
`);
  const counts = new Map(summary.controls.map((c) => [c.id, c]));
  for (const control of head.controls) {
    const c = counts.get(control.id)?.counts ?? { FAIL: 0, ERROR: 0, EXCEPTED: 0, PASS: 0 };
    const suite = suites.get(control.id);
    suite.seal();
    out.write(`  <testsuite name="${attr(`${control.id} ${control.title}`)}" tests="${c.FAIL + c.ERROR + c.EXCEPTED + c.PASS}" failures="${c.FAIL}" errors="${c.ERROR}" skipped="${c.EXCEPTED}" time="0" timestamp="${timestamp}">
`);
    out.write(`    <properties>
${properties(control, counts.get(control.id)?.status)}    </properties>
`);
    for (const block of suite.blocks) {
      out.write(gunzipSync(block).toString("utf8"));
      await out.drained();
    }
    suite.blocks.length = 0;
    out.write("  </testsuite>\n");
  }
  out.write("</testsuites>\n");
}
function properties(control, status) {
  const list = [
    ["control", control.id],
    ["severity", control.severity],
    ["status", status ?? "NO_RESOURCES"],
    ["resource-type", control.resourceType],
    ["flow", control.flowId],
    ["file", `${control.file}:${control.line}`],
    ...Object.entries(control.compliance).map(([framework, ids]) => [`compliance:${framework}`, ids.join(", ")])
  ];
  return list.map(([name, value]) => `      <property name="${attr(name)}" value="${attr(value)}"/>
`).join("");
}
function text(value) {
  return value.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(value) {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
var BLOCK2, junit, Suite, NOT_XML;
var init_junit = __esm({
  "reporters/junit.ts"() {
    "use strict";
    BLOCK2 = 1 << 18;
    junit = {
      format: "junit",
      extension: "junit.xml",
      summary: "JUnit XML: a suite per control, a case per resource, for CI test tabs",
      open(head, out) {
        const suites = new Map(head.controls.map((c) => [c.id, new Suite()]));
        const controls = new Map(head.controls.map((c) => [c.id, c]));
        return {
          result(r) {
            suites.get(r.controlId).add(testCase(r, controls.get(r.controlId)));
          },
          async end(summary) {
            await write(out, head, summary, suites);
          }
        };
      }
    };
    Suite = class {
      blocks = [];
      pending = [];
      bytes = 0;
      add(xml) {
        this.pending.push(xml);
        this.bytes += xml.length;
        if (this.bytes >= BLOCK2) this.seal();
      }
      seal() {
        if (this.pending.length === 0) return;
        this.blocks.push(gzipSync2(this.pending.join(""), { level: 1 }));
        this.pending = [];
        this.bytes = 0;
      }
    };
    NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  }
});

// reporters/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  MAX_SUMMARY_BYTES: () => MAX_SUMMARY_BYTES,
  markdown: () => markdown
});
function cell(text2) {
  return text2.replace(/[\\|`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}
function bySeverity(controls) {
  const counts = SEVERITIES.map((s) => [s, controls.reduce((n, c) => c.severity === s ? n + c.counts.FAIL : n, 0)]).filter(([, n]) => n > 0);
  if (counts.length === 0) return ["No failures.", ""];
  return ["### Failures by severity", "", ...counts.map(([s, n]) => `- **${s}**: ${n}`), ""];
}
function delta(summary, fresh) {
  if (!summary.baseline) return [];
  const { new: added, unchanged, resolved } = summary.baseline;
  const severity = new Map(summary.controls.map((c) => [c.id, c.severity]));
  const rows = fresh.map((r) => `- **${severity.get(r.controlId)}** ${cell(r.controlId)} ${cell(r.resourceId ?? "")} (${r.provider} ${cell(r.account)}/${cell(r.region)})`);
  const more = added > TOP ? [`- \u2026and ${added - TOP} more`] : [];
  return [`### Since the baseline (${cell(summary.baseline.scanId)})`, "", `**${added} new** \xB7 ${unchanged} unchanged \xB7 ${resolved.length} resolved`, "", ...rows, ...more, ...rows.length > 0 ? [""] : []];
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
            const lines = [
              `## ctrlflow scan: ${totals.FAIL} failed, ${totals.ERROR} not evaluated`,
              "",
              `${cell(head.inventory)} \xB7 ${head.targets.length} target(s) \xB7 ${summary.controls.length} control(s) \xB7 ${summary.finishedAt}`,
              "",
              "| FAIL | PASS | ERROR | EXCEPTED |",
              "|---:|---:|---:|---:|",
              `| ${totals.FAIL} | ${totals.PASS} | ${totals.ERROR} | ${totals.EXCEPTED} |`,
              "",
              ...bySeverity(summary.controls),
              ...delta(summary, fresh),
              ...topControls(summary.controls),
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

// reporters/ocsf.ts
var ocsf_exports = {};
__export(ocsf_exports, {
  COMPLIANCE_FINDING: () => COMPLIANCE_FINDING,
  OCSF_VERSION: () => OCSF_VERSION,
  ocsf: () => ocsf,
  toOcsf: () => toOcsf
});
function toOcsf(r, control, head) {
  const time = Date.parse(r.time ?? head.startedAt);
  const [severityId, severity] = SEVERITY2[control.severity];
  const [complianceId, complianceStatus] = COMPLIANCE_STATUS2[r.status];
  const [statusId, status] = FINDING_STATUS[r.status];
  const standards = Object.keys(control.compliance);
  const requirements = Object.entries(control.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}:${id}`));
  const unmapped = {
    ...r.evidence && Object.keys(r.evidence).length > 0 ? { evidence: r.evidence } : {},
    ...r.matches && r.matches.length > 0 ? { matches: r.matches } : {},
    ...r.exception ? { exception: r.exception } : {},
    ...r.baseline ? { baseline: r.baseline } : {},
    ...r.actions ? { actions: r.actions } : {},
    ...r.executionId ? { execution_id: r.executionId } : {}
  };
  return {
    activity_id: CREATE,
    activity_name: "Create",
    category_uid: COMPLIANCE_FINDING.category_uid,
    category_name: COMPLIANCE_FINDING.category_name,
    class_uid: COMPLIANCE_FINDING.class_uid,
    class_name: COMPLIANCE_FINDING.class_name,
    type_uid: COMPLIANCE_FINDING.class_uid * 100 + CREATE,
    type_name: `${COMPLIANCE_FINDING.class_name}: Create`,
    time,
    severity_id: severityId,
    severity,
    status_id: statusId,
    status,
    status_code: r.status,
    ...r.reason ? { status_detail: r.reason } : {},
    message: r.reason ? `${control.title}: ${r.reason}` : control.title,
    metadata: {
      version: OCSF_VERSION,
      product: { name: "ctrlflow", vendor_name: "ctrlflow", uid: "ctrlflow", version: head.tool.version, url_string: head.tool.informationUri },
      profiles: ["cloud"],
      uid: `${head.scanId}/${findingDigest(r)}`,
      correlation_uid: head.scanId,
      event_code: r.controlId,
      log_name: "ctrlflow"
    },
    finding_info: {
      uid: `ctrlflow/${r.controlId}/${findingDigest(r)}`,
      title: control.title,
      ...control.description ? { desc: control.description } : {},
      types: [control.resourceType],
      created_time: time,
      ...control.references[0] ? { src_url: control.references[0] } : {}
    },
    compliance: {
      control: control.id,
      standards: standards.length > 0 ? standards : ["ctrlflow"],
      ...requirements.length > 0 ? { requirements } : {},
      status_id: complianceId,
      status: complianceStatus,
      status_code: r.status,
      ...r.reason ? { status_detail: r.reason } : {}
    },
    resources: [
      r.resourceId === void 0 ? { uid: r.account, type: "account", ...region(r) } : { uid: r.resourceId, ...r.displayName ? { name: r.displayName } : {}, type: control.resourceType, ...region(r) }
    ],
    ...control.remediation ? { remediation: { desc: control.remediation, ...control.references.length > 0 ? { references: control.references } : {} } } : {},
    cloud: { provider: CLOUD_NAME[r.provider], ...region(r), account: { uid: r.account } },
    ...Object.keys(unmapped).length > 0 ? { unmapped } : {}
  };
}
var OCSF_VERSION, COMPLIANCE_FINDING, CREATE, SEVERITY2, COMPLIANCE_STATUS2, FINDING_STATUS, CLOUD_NAME, ocsf, region;
var init_ocsf = __esm({
  "reporters/ocsf.ts"() {
    "use strict";
    init_ids();
    OCSF_VERSION = "1.3.0";
    COMPLIANCE_FINDING = { class_uid: 2003, class_name: "Compliance Finding", category_uid: 2, category_name: "Findings" };
    CREATE = 1;
    SEVERITY2 = { info: [1, "Informational"], low: [2, "Low"], medium: [3, "Medium"], high: [4, "High"], critical: [5, "Critical"] };
    COMPLIANCE_STATUS2 = { PASS: [1, "Pass"], FAIL: [3, "Fail"], EXCEPTED: [3, "Fail"], ERROR: [0, "Unknown"] };
    FINDING_STATUS = { PASS: [1, "New"], FAIL: [1, "New"], ERROR: [1, "New"], EXCEPTED: [3, "Suppressed"] };
    CLOUD_NAME = { aws: "AWS", azure: "Azure", gcp: "GCP" };
    ocsf = {
      format: "ocsf",
      extension: "ocsf.jsonl",
      summary: `OCSF ${OCSF_VERSION} Compliance Findings (class 2003), JSON Lines, for SIEMs`,
      open(head, out) {
        const controls = new Map(head.controls.map((c) => [c.id, c]));
        return {
          result(r) {
            out.write(`${JSON.stringify(toOcsf(r, controls.get(r.controlId), head))}
`);
          },
          end() {
          }
        };
      }
    };
    region = (r) => r.region === "global" ? {} : { region: r.region };
  }
});

// reporters/oscal.ts
var oscal_exports = {};
__export(oscal_exports, {
  OSCAL_NS: () => OSCAL_NS,
  OSCAL_VERSION: () => OSCAL_VERSION,
  markdown: () => markdown2,
  observationUuid: () => observationUuid,
  oscal: () => oscal,
  subjectUuid: () => subjectUuid,
  token: () => token
});
function documentIds(scanId) {
  return { document: uuidV5(`${scanId}/assessment-results`), result: uuidV5(`${scanId}/result`), plan: uuidV5(`${scanId}/plan`), json: uuidV5(`${scanId}/json`), manifest: uuidV5(`${scanId}/manifest`) };
}
function observationUuid(scanId, controlId, n) {
  return uuidV5(`${scanId}/observation/${controlId}/${n}`);
}
function subjectUuid(r) {
  return uuidV5(`resource/${JSON.stringify([r.provider, r.account, r.region, r.resourceId ?? null])}`);
}
function observation(r, control, uuid, startedAt) {
  if (!r || !control) return { uuid, description: "The scan evaluated no resource.", methods: ["TEST"], collected: startedAt };
  const where = `${r.provider} ${r.account}/${r.region}`;
  const subject = r.resourceId === void 0 ? `target ${where}` : `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId} in ${where}`;
  return {
    uuid,
    title: `${r.controlId} ${r.status}: ${markdown2(subject)}`,
    description: `${control.title}: ${r.status}${r.reason ? `. ${markdown2(r.reason)}` : ""}`,
    props: props({ "control-id": r.controlId, status: r.status, severity: control.severity, "error-code": r.errorCode, baseline: r.baseline, exception: r.exception ? `${r.exception.reason} (owner ${r.exception.owner}, expires ${r.exception.expires})` : void 0 }),
    methods: ["TEST"],
    ...r.status === "FAIL" ? { types: ["finding"] } : {},
    subjects: [
      {
        "subject-uuid": subjectUuid(r),
        type: "inventory-item",
        title: markdown2(subject),
        props: props({ "resource-id": r.resourceId, "display-name": r.displayName, provider: r.provider, account: r.account, region: r.region, "resource-type": control.resourceType })
      }
    ],
    "relevant-evidence": [{ href: "ctrlflow.json", description: `The result of control ${r.controlId} on ${markdown2(subject)} in the JSON report of the scan, with its evidence${r.executionId ? ` (flow execution ${markdown2(r.executionId)})` : ""}.` }],
    collected: r.time ?? startedAt
  };
}
async function findings(out, head, summary, observed) {
  const status = new Map(summary.controls.map((c) => [c.id, c]));
  for (let i = 0; i < head.controls.length; i += 1) {
    const control = head.controls[i];
    const outcome = status.get(control.id);
    const n = observed.get(control.id) ?? 0;
    const state = stateOf(outcome?.status ?? "NO_RESOURCES");
    const finding = {
      uuid: uuidV5(`${head.scanId}/finding/${control.id}`),
      title: `${control.id} ${control.title}`,
      description: control.description ?? control.title,
      props: [
        ...props({ "control-id": control.id, status: outcome?.status, severity: control.severity, "resource-type": control.resourceType, "flow-id": control.flowId }),
        ...outcome ? props({ "count-fail": String(outcome.counts.FAIL), "count-error": String(outcome.counts.ERROR), "count-excepted": String(outcome.counts.EXCEPTED), "count-pass": String(outcome.counts.PASS) }) : [],
        ...requirementsOf(control).map(({ controlId }) => ({ name: "related-control", ns: OSCAL_NS, value: controlId }))
      ],
      target: { type: "objective-id", "target-id": token(control.id), status: state, ...control.remediation ? { remarks: control.remediation } : {} }
    };
    out.write(`${i === 0 ? "" : ",\n"}${JSON.stringify(finding).slice(0, -1)}`);
    if (n > 0) {
      out.write(',"related-observations":[');
      for (let from = 1; from <= n; from += PIECE) {
        const piece = [];
        for (let k = from; k < Math.min(n + 1, from + PIECE); k += 1) piece.push(`{"observation-uuid":"${observationUuid(head.scanId, control.id, k)}"}`);
        out.write(`${from === 1 ? "" : ","}${piece.join(",")}`);
        await out.drained();
      }
      out.write("]");
    }
    out.write("}");
  }
}
function stateOf(status) {
  if (status === "PASS") return { state: "satisfied", reason: "pass" };
  if (status === "NO_RESOURCES") return { state: "satisfied", reason: "other", remarks: "No resource of the control's type was found: not applicable." };
  if (status === "FAIL") return { state: "not-satisfied", reason: "fail" };
  if (status === "ERROR") return { state: "not-satisfied", reason: "other", remarks: "Some resources or targets could not be read: the control could not be evaluated there." };
  return { state: "not-satisfied", reason: "other", remarks: "Every failure is covered by an accepted-risk exception." };
}
function reviewedControls(controls) {
  const byFramework = /* @__PURE__ */ new Map();
  for (const c of controls) for (const { framework, controlId } of requirementsOf(c)) (byFramework.get(framework) ?? byFramework.set(framework, /* @__PURE__ */ new Set()).get(framework)).add(controlId);
  const frameworks = [...byFramework.keys()].sort();
  return {
    description: "The framework requirements named by the evaluated controls (one selection per framework), and ctrlflow's controls as the control objectives.",
    "control-selections": frameworks.length === 0 ? [{ description: "The evaluated controls name no framework requirement.", "include-all": {} }] : frameworks.map((f) => ({ description: f, props: props({ framework: f }), "include-controls": [...byFramework.get(f)].sort().map((id) => ({ "control-id": id })) })),
    "control-objective-selections": [controls.length === 0 ? { "include-all": {} } : { "include-objectives": controls.map((c) => ({ "objective-id": token(c.id) })) }]
  };
}
function requirementsOf(control) {
  return Object.entries(control.compliance).flatMap(([framework, ids]) => ids.map((id) => ({ framework, controlId: token(`${framework}_${id}`) })));
}
function metadata(head, summary) {
  return {
    title: `ctrlflow assessment results: ${markdown2(head.scanId)}`,
    "last-modified": summary.finishedAt,
    version: head.scanId,
    "oscal-version": OSCAL_VERSION,
    props: props({ tool: `${head.tool.name} ${head.tool.version}` }),
    links: [{ href: head.tool.informationUri, rel: "homepage", text: "ctrlflow" }]
  };
}
function backMatter(head, ids) {
  return {
    resources: [
      {
        uuid: ids.plan,
        title: "The controls and flows evaluated",
        description: `ctrlflow's controls (what must hold) and flows (how it is checked)${head.controlsCommit ? `, at git commit ${head.controlsCommit}` : ""}; each control is an objective of the result's reviewed controls.`,
        ...head.controlsCommit ? { props: props({ "controls-commit": head.controlsCommit }) } : {}
      },
      { uuid: ids.json, title: "The JSON report of the scan (ctrlflow.json)", rlinks: [{ href: "ctrlflow.json", "media-type": "application/json" }] },
      { uuid: ids.manifest, title: "The evidence manifest of the run: SHA-256 and size of every file written", rlinks: [{ href: "ctrlflow-manifest.json", "media-type": "application/json" }] }
    ]
  };
}
function props(values) {
  const list = [];
  for (const [name, value] of Object.entries(values)) {
    const line = value?.replace(/\s+/g, " ").trim();
    if (line) list.push({ name, ns: OSCAL_NS, value: line });
  }
  return list;
}
function token(text2) {
  const clean = text2.replace(/[^\p{L}\p{N}._-]/gu, "-");
  return /^[\p{L}_]/u.test(clean) ? clean : `_${clean}`;
}
function markdown2(text2) {
  return text2.replace(/\s+/g, " ").replace(/[\\`*_{}[\]<>()#!|~&]/g, "\\$&");
}
var OSCAL_VERSION, OSCAL_NS, PIECE, oscal;
var init_oscal = __esm({
  "reporters/oscal.ts"() {
    "use strict";
    init_ids();
    OSCAL_VERSION = "1.1.2";
    OSCAL_NS = "https://github.com/ctrlflow/ctrlflow/ns/oscal";
    PIECE = 2e3;
    oscal = {
      format: "oscal",
      extension: "oscal.json",
      summary: `NIST OSCAL ${OSCAL_VERSION} assessment results (JSON) for auditors`,
      open(head, out) {
        const controls = new Map(head.controls.map((c) => [c.id, c]));
        const observed = /* @__PURE__ */ new Map();
        const ids = documentIds(head.scanId);
        const result2 = {
          uuid: ids.result,
          title: `ctrlflow scan ${markdown2(head.scanId)}`,
          description: `Scan of ${markdown2(head.inventory)}: ${head.controls.length} control(s) on ${head.targets.length} target(s).`,
          start: head.startedAt,
          props: props({ "scan-id": head.scanId, inventory: head.inventory, "fail-on": head.failOn, evidence: head.evidence, "controls-commit": head.controlsCommit, shard: head.shard ? `${head.shard.index}/${head.shard.count}` : void 0 }),
          "reviewed-controls": reviewedControls(head.controls)
        };
        out.write(`{"assessment-results":{"uuid":${JSON.stringify(ids.document)},"import-ap":${JSON.stringify({ href: `#${ids.plan}`, remarks: "ctrlflow has no separate assessment plan: the controls and flows evaluated are described in the back matter." })},
`);
        out.write(`"results":[${JSON.stringify(result2).slice(0, -1)},"observations":[
`);
        let first = true;
        return {
          result(r) {
            const control = controls.get(r.controlId);
            const n = (observed.get(r.controlId) ?? 0) + 1;
            observed.set(r.controlId, n);
            out.write(`${first ? "" : ",\n"}${JSON.stringify(observation(r, control, observationUuid(head.scanId, r.controlId, n), head.startedAt))}`);
            first = false;
          },
          async end(summary) {
            if (first) out.write(JSON.stringify(observation(void 0, void 0, uuidV5(`${head.scanId}/observation/none`), head.startedAt)));
            out.write('\n],"findings":[\n');
            await findings(out, head, summary, observed);
            out.write(`
],"end":${JSON.stringify(summary.finishedAt)}}],
`);
            out.write(`"metadata":${JSON.stringify(metadata(head, summary))},
`);
            out.write(`"back-matter":${JSON.stringify(backMatter(head, ids))}}}
`);
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
import { createHash as createHash2 } from "node:crypto";
import { gzipSync as gzipSync3 } from "node:zlib";
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
            if (size <= limits.gzipBytes) return write2(parts, out);
            keep = Math.floor(keep * (limits.gzipBytes / size) * 0.9);
          }
        }
      };
    }
  };
}
async function write2(parts, out) {
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
    if (block.length > 0) size += gzipSync3(block.join("")).length;
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
        toolExecutionNotifications: capped2 ? [{ level: "warning", message: { text: `${reportable} results exceed GitHub's limits (${limits.results} a run, ${limits.gzipBytes / 1e6} MB gzipped); the ${keep} most severe are included. The JSON report has all of them.` } }] : []
      }
    ],
    properties: {
      inventory: head.inventory,
      totals: summary.totals,
      ...summary.remediation ? { remediation: summary.remediation } : {},
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
  const scope = accounts.length <= 80 ? accounts : `${targets.length}-targets-${createHash2("sha256").update(accounts).digest("hex").slice(0, 12)}`;
  return `ctrlflow/${clouds}/${scope.replace(/[^A-Za-z0-9+._-]/g, "_")}/`;
}
function rule(c) {
  const compliance = Object.entries(c.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}/${id}`));
  const allTags = [.../* @__PURE__ */ new Set(["security", c.provider, ...c.tags, ...compliance])];
  const tags = allTags.slice(0, MAX_TAGS);
  const links = c.references.map((ref) => `- <${ref}>`).join("\n");
  const markdown3 = [
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
    help: { text: [c.rationale, c.remediation].filter(Boolean).join("\n\n") || c.title, markdown: markdown3 },
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
function result(r, control, ruleIndex) {
  const where = `${r.provider} ${r.account} ${r.region}`;
  const subject = r.resourceId ? `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId}` : `target ${r.account}/${r.region}`;
  const text2 = r.status === "ERROR" ? `Could not evaluate ${control.id} on ${where}: ${r.reason ?? ""}` : [`${control.title}: ${subject} in ${where} fails. ${r.reason ?? ""}`.trim(), ...(r.actions ?? []).map((a) => `Action ${actionText(a)}.`)].join(" ");
  const fingerprint = createHash2("sha256").update(`${r.controlId}|${r.provider}|${r.account}|${r.region}|${r.resourceId ?? "(target)"}`).digest("hex");
  return {
    ruleId: r.controlId,
    ruleIndex,
    level: r.status === "ERROR" ? "warning" : LEVEL[control.severity],
    message: { text: text2 },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: control.file }, region: { startLine: control.line } },
        logicalLocations: [{ fullyQualifiedName: r.resourceId ?? `${r.provider}/${r.account}/${r.region}`, kind: r.resourceId ? "resource" : "target" }]
      }
    ],
    partialFingerprints: { primaryLocationLineHash: fingerprint, "ctrlflow/v1": fingerprint },
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
  { format: "asff", load: async () => (await Promise.resolve().then(() => (init_asff(), asff_exports))).asff, optIn: true },
  { format: "csv", load: async () => (await Promise.resolve().then(() => (init_csv(), csv_exports))).csv },
  { format: "html", load: async () => (await Promise.resolve().then(() => (init_html(), html_exports))).html },
  { format: "json", load: async () => (await Promise.resolve().then(() => (init_json(), json_exports))).json },
  { format: "junit", load: async () => (await Promise.resolve().then(() => (init_junit(), junit_exports))).junit, optIn: true },
  { format: "markdown", load: async () => (await Promise.resolve().then(() => (init_markdown(), markdown_exports))).markdown },
  { format: "ocsf", load: async () => (await Promise.resolve().then(() => (init_ocsf(), ocsf_exports))).ocsf, optIn: true },
  { format: "oscal", load: async () => (await Promise.resolve().then(() => (init_oscal(), oscal_exports))).oscal, optIn: true },
  { format: "sarif", load: async () => (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).sarif }
];
var FORMATS = REPORTERS.map((r) => r.format);
var DEFAULT_FORMATS = REPORTERS.filter((r) => !r.optIn).map((r) => r.format);
async function findReporter(format) {
  return REPORTERS.find((r) => r.format === format)?.load();
}

// src/output/files.ts
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
var OutputPathError = class extends Error {
  name = "OutputPathError";
};
var OutputRoot = class {
  dir;
  written = [];
  constructor(dir2) {
    this.dir = resolve(dir2);
  }
  /** The absolute path of `name` inside the folder; throws OutputPathError outside it. */
  path(name) {
    const file = resolve(this.dir, name);
    const rel = relative(this.dir, file);
    if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new OutputPathError(`refusing to write "${name}": it is not inside ${this.dir}`);
    return file;
  }
  /** A file written whole (history records, report-node files). */
  async writeFile(name, content) {
    const file = this.path(name);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
    this.written.push(file);
    return file;
  }
  /** Appends to a file (the audit log): made if absent, never rewritten. */
  async appendFile(name, content) {
    const file = this.path(name);
    await mkdir(dirname(file), { recursive: true });
    await appendFile(file, content);
    if (!this.written.includes(file)) this.written.push(file);
    return file;
  }
  /** A file written as a stream (the reports). */
  async open(name) {
    const file = this.path(name);
    await mkdir(dirname(file), { recursive: true });
    const stream = createWriteStream(file);
    await once(stream, "open");
    this.written.push(file);
    return new FileSink(file, stream);
  }
};
var FileSink = class {
  constructor(file, stream) {
    this.file = file;
    this.stream = stream;
    stream.on("error", (error) => this.failure = error);
  }
  file;
  stream;
  buffer = Buffer.allocUnsafe(BLOCK3);
  used = 0;
  failure;
  write(text2) {
    if (text2.length * 3 > BLOCK3 - this.used) {
      this.flush();
      if (text2.length * 3 > BLOCK3) {
        this.stream.write(text2);
        return;
      }
    }
    this.used += this.buffer.write(text2, this.used);
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
    this.buffer = Buffer.allocUnsafe(BLOCK3);
    this.used = 0;
  }
};
var BLOCK3 = 1 << 20;

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
