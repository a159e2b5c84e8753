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

// src/model/status.ts
var STATUSES;
var init_status = __esm({
  "src/model/status.ts"() {
    "use strict";
    STATUSES = ["FAIL", "ERROR", "EXCEPTED", "PASS"];
  }
});

// src/model/result.ts
var PASS_GROUP_SIZE;
var init_result = __esm({
  "src/model/result.ts"() {
    "use strict";
    init_status();
    PASS_GROUP_SIZE = 1e3;
  }
});

// reporters/common/ids.ts
import { createHash, hash } from "node:crypto";
function findingDigest(r) {
  return hash("sha256", JSON.stringify([r.controlId, r.provider, r.account, r.region, r.resourceId ?? null]), "hex");
}
function uuidV5(name, namespace = CTRLFLOW_UUID_NAMESPACE) {
  const bytes2 = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  bytes2[6] = bytes2[6] & 15 | 80;
  bytes2[8] = bytes2[8] & 63 | 128;
  const hex = bytes2.subarray(0, 16).toString("hex");
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
  const requirements = Object.entries(control.compliance).flatMap(([framework2, ids]) => ids.map((id) => `${framework2}/${id}`));
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
function actionText(record) {
  return `${ACTION_STATUS_TEXT[record.status]}: ${callsText(record)}${notes(record)}`;
}
function planOf(summary) {
  return summary.plan ?? { actions: 0, results: 0, awaitingApproval: 0 };
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

// src/lib/csv-cells.ts
function spreadsheetSafe(cell2) {
  return cell2.length > 0 && FORMULA_START.has(cell2[0]) ? `'${cell2}` : cell2;
}
function toCell(value2) {
  if (value2 === void 0 || value2 === null) return "";
  return spreadsheetSafe(typeof value2 === "object" ? JSON.stringify(value2) : String(value2));
}
function csvField(cell2) {
  if (!SPECIAL.test(cell2)) return cell2;
  const text2 = cell2.includes("\0") ? cell2.replace(/\0/g, "") : cell2;
  if (text2.includes('"')) return `"${text2.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(text2) ? `"${text2}"` : text2;
}
var FORMULA_START, NEEDS_QUOTES, SPECIAL;
var init_csv_cells = __esm({
  "src/lib/csv-cells.ts"() {
    "use strict";
    FORMULA_START = /* @__PURE__ */ new Set(["=", "+", "-", "@", "	", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);
    NEEDS_QUOTES = /[,\r\n|]/;
    SPECIAL = /[",\r\n|\0]/;
  }
});

// reporters/csv.ts
var csv_exports = {};
__export(csv_exports, {
  CSV_COLUMNS: () => CSV_COLUMNS,
  csv: () => csv
});
function cellOf(value2) {
  return value2 === void 0 || value2 === "" ? "" : csvField(toCell(value2));
}
function complianceCell(c) {
  return Object.entries(c.compliance).flatMap(([framework2, ids]) => ids.map((id) => `${framework2}:${id}`)).join("; ");
}
var CSV_COLUMNS, flags, CONTROL_COLUMNS, DESCRIPTIVE_COLUMNS, FIRST_ROW_COLUMNS, EVERY_COLUMN, csv;
var init_csv = __esm({
  "reporters/csv.ts"() {
    "use strict";
    init_action();
    init_csv_cells();
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
      ["action", (r) => r.actions ? r.actions.map(actionText).join(" | ") : ""]
    ];
    flags = (names) => CSV_COLUMNS.map(([name]) => names.includes(name));
    CONTROL_COLUMNS = flags(["title", "severity", "resource_type", "compliance", "flow_id"]);
    DESCRIPTIVE_COLUMNS = flags(["title", "resource_type", "compliance", "flow_id"]);
    FIRST_ROW_COLUMNS = flags(["remediation", "compliance"]);
    EVERY_COLUMN = flags([]);
    csv = {
      format: "csv",
      extension: "csv",
      summary: "one row per result, spreadsheet-safe",
      open(head, out) {
        const controls = new Map(head.controls.map((c) => [c.id, { info: c, cells: [], stated: false }]));
        const slimPass = head.evidence !== "full";
        out.write(`\uFEFF${CSV_COLUMNS.map(([name]) => csvField(name)).join(",")}\r
`);
        return {
          result(r) {
            const control = controls.get(r.controlId);
            const slim = slimPass && r.status === "PASS";
            const later = slimPass && !slim && control.stated;
            if (slimPass && !slim) control.stated = true;
            const left = slim ? DESCRIPTIVE_COLUMNS : later ? FIRST_ROW_COLUMNS : EVERY_COLUMN;
            let row = "";
            for (let i = 0; i < CSV_COLUMNS.length; i += 1) {
              if (i > 0) row += ",";
              if (left[i]) continue;
              if (CONTROL_COLUMNS[i]) row += control.cells[i] ??= cellOf(CSV_COLUMNS[i][1](r, control.info));
              else row += cellOf(CSV_COLUMNS[i][1](r, control.info));
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
    SCRIPT = `
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
  }
});

// reporters/html/markup.ts
function esc(value2) {
  const text2 = value2 === void 0 || value2 === null ? "" : String(value2);
  return /[&<>"'`=]/.test(text2) ? text2.replace(/[&<>"'`=]/g, (c) => ESCAPES[c]) : text2;
}
function breakable(id) {
  return esc(id).replace(/([/:._,@-]|&#x3D;)(?!$)/g, "$1<wbr>");
}
var ESCAPES, json, statusClass, joined, sortValue;
var init_markup = __esm({
  "reporters/html/markup.ts"() {
    "use strict";
    ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;", "=": "&#x3D;" };
    json = (value2) => esc(JSON.stringify(value2, null, 1));
    statusClass = (status) => status.toLowerCase().replace("_", "-");
    joined = (items, each, separator = "") => items.map(each).join(separator);
    sortValue = (rank) => ` data-sort-value="${rank}"`;
  }
});

// reporters/html/reason.ts
function reasonWords(r) {
  if (r.status === "ERROR" || !r.matches || r.matches.length === 0) return r.reason ?? "";
  let text2 = "";
  let reworded = false;
  for (let i = 0; i < r.matches.length; i += 1) {
    const m = r.matches[i];
    const words = matchWords(m);
    if (words !== m.text) reworded = true;
    text2 += (i === 0 ? "" : "; ") + words;
  }
  return reworded ? text2 : r.reason ?? text2;
}
function matchWords(m) {
  if (m.key === void 0 || m.operator === void 0) return m.type === "param" ? notWords(m.text) ?? m.text : m.text;
  if (m.type === "tags") return tagWords(m.key, m.operator, m.expected, m.seen) ?? m.text;
  if (m.type === "date") return dateWords(keyWords(m.key), m.operator, m.expected, m.seen) ?? m.text;
  if (m.type === "param") return paramWords(keyWords(m.key), m.operator, m.expected, m.seen) ?? m.text;
  return m.text;
}
function paramWords(subject, operator, expected, seen) {
  const is = `${subject} is ${value(seen)}`;
  switch (operator) {
    case "==":
      return is;
    case "!=":
      return `${is}, expected ${value(expected)}`;
    case ">":
      return `${is}, more than ${value(expected)}`;
    case ">=":
      return `${is}, at least ${value(expected)}`;
    case "<":
      return `${is}, less than ${value(expected)}`;
    case "<=":
      return `${is}, at most ${value(expected)}`;
    case "in":
      return `${is}, one of ${value(expected)}`;
    case "notIn":
      return `${is}, allowed: ${value(expected)}`;
    case "contains":
      return `${subject} contains ${value(expected)}`;
    case "notContains":
      return `${subject} does not contain ${value(expected)}`;
    case "matches":
      return `${is}, matching ${value(expected)}`;
    case "startsWith":
      return `${is}, starting with ${value(expected)}`;
    case "endsWith":
      return `${is}, ending with ${value(expected)}`;
    case "exists":
      return `${subject} is set: ${value(seen)}`;
    case "notExists":
      return `${subject} is not set`;
    case "isEmpty":
      return `${subject} is empty`;
    case "isNotEmpty":
      return `${subject} is not empty: ${value(seen)}`;
    default:
      return void 0;
  }
}
function notWords(text2) {
  const m = /^NOT (\$\S*) (==|!=|exists|notExists)(?: (.+))?$/.exec(text2);
  if (!m) return void 0;
  const subject = keyWords(m[1]);
  switch (m[2]) {
    case "==":
      return `${subject} is not ${m[3] ?? ""}`.trimEnd();
    case "!=":
      return `${subject} is ${m[3] ?? ""}`.trimEnd();
    case "exists":
      return `${subject} is not set`;
    default:
      return `${subject} is set`;
  }
}
function dateWords(subject, operator, expected, seen) {
  const is = `${subject} is ${value(seen)}`;
  switch (operator) {
    case "olderThanDays":
      return `${is}, more than ${value(expected)} days ago`;
    case "newerThanDays":
      return `${is}, less than ${value(expected)} days ago`;
    case "before":
      return `${is}, before ${value(expected)}`;
    case "after":
      return `${is}, after ${value(expected)}`;
    default:
      return void 0;
  }
}
function tagWords(key, operator, expected, seen) {
  const tag = `tag ${key}`;
  switch (operator) {
    case "exists":
      return `${tag} is set: ${value(seen)}`;
    case "notExists":
      return `${tag} is missing`;
    case "equals":
      return `${tag} is ${value(seen)}`;
    case "notEquals":
      return `${tag} is ${value(seen)}, expected ${value(expected)}`;
    case "matches":
      return `${tag} is ${value(seen)}, matching ${value(expected)}`;
    default:
      return void 0;
  }
}
function value(v) {
  if (v === void 0 || v === null || Array.isArray(v) && v.length === 0) return "not set";
  if (Array.isArray(v)) {
    const shown = v.slice(0, LIST_ITEMS).map(value).join(", ");
    return v.length > LIST_ITEMS ? `${shown} (and ${v.length - LIST_ITEMS} more)` : shown;
  }
  if (v === "") return "empty";
  const text2 = typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  return text2.length > TEXT_LENGTH ? `${text2.slice(0, TEXT_LENGTH - 1)}\u2026` : text2;
}
function keyWords(key) {
  let words = keyCache.get(key);
  if (words === void 0) {
    const names = [...key.matchAll(/\.([A-Za-z_$][\w$-]*)|\[\s*['"]([^'"]+)['"]\s*\]/g)].map((m) => m[1] ?? m[2]);
    const last = names.at(-1);
    if (last === void 0) words = key;
    else {
      const picked = VAGUE.has(last.toLowerCase()) && names.length > 1 ? [names.at(-2), last] : [last];
      let split = picked.flatMap(splitName);
      if (split.length > 1 && split[0] === "is") split = split.slice(1);
      words = split.join(" ") || key;
    }
    if (keyCache.size < 1e4) keyCache.set(key, words);
  }
  return words;
}
function splitName(name) {
  const parts = name.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+\d*|[A-Z]+\d*|\d+/g) ?? [name];
  return parts.map((p) => ACRONYMS.get(p.toLowerCase()) ?? p.toLowerCase());
}
var LIST_ITEMS, TEXT_LENGTH, VAGUE, ACRONYMS, keyCache;
var init_reason = __esm({
  "reporters/html/reason.ts"() {
    "use strict";
    LIST_ITEMS = 10;
    TEXT_LENGTH = 120;
    VAGUE = /* @__PURE__ */ new Set(["value", "values", "enabled", "status", "state", "id", "name", "type", "mode", "kind", "key", "setting", "settings", "days", "count", "is", "level"]);
    ACRONYMS = new Map(
      [
        "AAD",
        "ACL",
        "ACLs",
        "API",
        "ARN",
        "CIDR",
        "CMK",
        "CPU",
        "DNS",
        "EBS",
        "EC2",
        "EFS",
        "FTP",
        "FTPS",
        "GCS",
        "HTTP",
        "HTTPS",
        "IAM",
        "ID",
        "IDs",
        "IMDS",
        "IP",
        "IPs",
        "IPv4",
        "IPv6",
        "KMS",
        "MFA",
        "OS",
        "RDP",
        "RDS",
        "S3",
        "SAML",
        "SNS",
        "SQL",
        "SSH",
        "SSL",
        "SSE",
        "SSO",
        "TDE",
        "TLS",
        "TTL",
        "URI",
        "URL",
        "VM",
        "VPC",
        "VPN",
        "WAF"
      ].map((a) => [a.toLowerCase(), a])
    );
    keyCache = /* @__PURE__ */ new Map();
  }
});

// reporters/html/details.ts
function controlSection(c, rows) {
  const frameworks2 = Object.entries(c.compliance);
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
  ${frameworks2.length > 0 ? `<p><span class="label">Compliance.</span> ${joined(frameworks2, ([f, ids]) => `${esc(f)} ${esc(ids.join(", "))}`, "; ")}</p>` : ""}
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
  const evidence = hasEvidence || raw.length > 0 ? `<details><summary>evidence</summary>${joined(raw, (text2) => `<div class="cond"><span class="label">Condition</span> <code>${esc(text2)}</code></div>`)}${hasEvidence ? `<pre>${json(r.evidence)}</pre>` : ""}</details>` : "";
  return `<tr data-status="${esc(r.status)}"${r.baseline === "new" ? ' data-new="1"' : ""} data-text="${esc(searchText(r, words))}"><td data-label="Status"><span class="badge ${statusClass(r.status)}">${esc(r.status)}</span>${r.baseline ? ` <span class="badge delta-${esc(r.baseline)}">${esc(r.baseline)}</span>` : ""}</td>
<td data-label="Resource">${r.displayName ? `${esc(r.displayName)}<br>` : ""}<span class="muted rid">${r.resourceId ? breakable(r.resourceId) : "whole target"}</span></td>
<td data-label="Account / region">${esc(r.account)}<br><span class="muted">${esc(r.region)}</span></td>
<td data-label="Reason">${esc(words)}${exception}
${joined(r.actions ?? [], actionPart)}</td>
<td data-label="Evidence">${evidence}</td></tr>
`;
}
var init_details = __esm({
  "reporters/html/details.ts"() {
    "use strict";
    init_action();
    init_markup();
    init_reason();
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
  const counts2 = REQUIREMENT_STATUSES.filter((status) => s.statuses[status] > 0);
  const open2 = f.requirements.filter((r) => r.status !== "pass" && r.status !== "not-applicable" && r.status !== "manual-attested").length;
  return `<div class="framework" id="framework-${esc2(f.id)}">
<h3>${esc2(f.title)} ${esc2(f.version)} <span class="muted">${esc2(f.id)}</span></h3>
<p>${rate} \xB7 automated coverage ${s.coverage}% (${s.automatedCovered} of ${s.automated} automated requirements have a control) \xB7 ${s.requirements} requirements, ${s.manualWithEvidence} manual with evidence controls, ${s.attestableOnly} by attestation only${f.source && /^https?:\/\//.test(f.source) ? ` \xB7 <a href="${esc2(f.source)}" rel="noopener">source</a>` : ""}</p>
<div class="cards">
  ${counts2.map((status) => `<div class="card"><span class="badge req-${status}">${status}</span><b>${s.statuses[status]}</b></div>`).join("\n  ")}
</div>
<details><summary>${f.requirements.length} requirements (${open2} need attention)</summary>
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
var counts;
var init_frameworks = __esm({
  "reporters/html/frameworks.ts"() {
    "use strict";
    init_framework_report();
    init_result();
    counts = (c) => c.counts ? STATUSES.filter((s) => c.counts[s] > 0).map((s) => `${c.counts[s]} ${s}`).join(", ") : "";
  }
});

// reporters/html.ts
var html_exports = {};
__export(html_exports, {
  esc: () => esc,
  html: () => html
});
import { gzipSync } from "node:zlib";
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
  out.write(summaryPart(summary));
  out.write(baselinePart(summary));
  out.write(warningsPart(summary.controls));
  out.write(exceptionsPart(summary));
  out.write(frameworksPart(summary, esc));
  out.write(controlsTable(summary, frameworks2, collected.fresh));
  out.write(compliancePart(frameworks2));
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
  const card = (cls, label, value2) => `<div class="card"><span class="badge ${cls}">${label}</span><b>${value2}</b></div>`;
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
function controlsTable(summary, frameworks2, fresh) {
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
    <option value="">All frameworks</option>${joined(frameworks2, (f) => `<option>${esc(f.framework)}</option>`)}
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
function complianceView(controls) {
  const frameworks2 = /* @__PURE__ */ new Map();
  for (const c of controls) {
    for (const [framework2, sections] of Object.entries(c.compliance)) {
      const bySection = frameworks2.get(framework2) ?? /* @__PURE__ */ new Map();
      for (const section of sections) bySection.set(section, [...bySection.get(section) ?? [], c]);
      frameworks2.set(framework2, bySection);
    }
  }
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
  ${joined(f.sections, (s) => `<tr><td>\xA7${esc(s.section)}</td><td>${joined(s.controls, (c) => `<a class="cid" href="#control-${esc(c.id)}">${esc(c.id)}</a> <span class="badge ${statusClass(c.status)}">${esc(c.status)}</span> `)}</td></tr>`)}
  </tbody>
</table>
`
  )}`;
}
var OPEN_ROWS, BLOCK, STATUS_COLOURS, SEVERITY_COLOURS, BAR_WIDTH, RANK, html, STATUS_ORDER, natural;
var init_html = __esm({
  "reporters/html.ts"() {
    "use strict";
    init_action();
    init_partial();
    init_severity();
    init_assets();
    init_details();
    init_frameworks();
    init_markup();
    init_reason();
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
    STATUS_ORDER = { FAIL: 0, ERROR: 1, EXCEPTED: 2, PASS: 3, NO_RESOURCES: 4 };
    natural = new Intl.Collator(void 0, { numeric: true }).compare;
  }
});

// reporters/json.ts
var json_exports = {};
__export(json_exports, {
  headLine: () => headLine,
  json: () => json2,
  summaryLine: () => summaryLine
});
function isLeanPass(r) {
  if (r.status !== "PASS" || typeof r.resourceId !== "string") return false;
  for (const key in r) if (!LEAN_PASS_KEYS.has(key) && r[key] !== void 0) return false;
  return true;
}
function stored(r) {
  if (!r.matches?.some((m) => m.text === r.reason)) return r;
  return {
    ...r,
    matches: r.matches.map((m) => {
      if (m.text !== r.reason) return m;
      const { text: _text, ...rest } = m;
      return rest;
    })
  };
}
function headLine(head) {
  const { controls: _controls, ...fields } = head;
  return `${JSON.stringify(fields).slice(0, -1)},"results":[`;
}
function summaryLine(summary) {
  return `],${JSON.stringify(summary).slice(1)}`;
}
var json2, LEAN_PASS_KEYS;
var init_json = __esm({
  "reporters/json.ts"() {
    "use strict";
    init_result();
    json2 = {
      format: "json",
      extension: "json",
      summary: "every result, each control once (schemaVersion 2.0)",
      open(head, out) {
        out.write(`${headLine(head)}
`);
        const grouping = head.evidence !== "full";
        let first = true;
        let group;
        const line = (text2) => {
          out.write(first ? text2 : `,
${text2}`);
          first = false;
        };
        const flush = () => {
          if (group) line(JSON.stringify(group));
          group = void 0;
        };
        return {
          result(r) {
            if (grouping && isLeanPass(r)) {
              if (group && (group.controlId !== r.controlId || group.provider !== r.provider || group.account !== r.account || group.region !== r.region || group.resources.length >= PASS_GROUP_SIZE)) flush();
              group ??= { controlId: r.controlId, status: "PASS", provider: r.provider, account: r.account, region: r.region, resources: [] };
              group.resources.push(r.displayName === void 0 ? { id: r.resourceId } : { id: r.resourceId, name: r.displayName });
              return;
            }
            flush();
            line(JSON.stringify(stored(r)));
          },
          end(summary) {
            flush();
            out.write(`${first ? "" : "\n"}${summaryLine(summary)}
`);
          }
        };
      }
    };
    LEAN_PASS_KEYS = /* @__PURE__ */ new Set(["controlId", "status", "provider", "account", "region", "resourceId", "displayName"]);
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
  const where2 = `${r.provider} ${r.account}/${r.region}`;
  const name = r.resourceId === void 0 ? `(target) ${where2}` : `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId} in ${where2}`;
  const open2 = `    <testcase name="${attr(name)}" classname="${attr(r.controlId)}" time="0"`;
  if (r.status === "PASS") return `${open2}/>
`;
  if (r.status === "FAIL") {
    const body = [r.reason ? `Reason: ${r.reason}` : "", r.evidence && Object.keys(r.evidence).length > 0 ? `Evidence: ${JSON.stringify(r.evidence)}` : "", control.remediation ? `Remediation: ${control.remediation}` : ""].filter(Boolean).join("\n\n");
    return `${open2}>
      <failure message="${attr(r.reason ?? "failed")}" type="${attr(control.severity)}">${text(body)}</failure>
    </testcase>
`;
  }
  if (r.status === "ERROR") return `${open2}>
      <error message="${attr(r.reason ?? "could not be evaluated")}" type="${attr(r.errorCode ?? "error")}">${text(r.reason ?? "")}</error>
    </testcase>
`;
  const why = r.exception ? `Excepted: ${r.exception.reason} (owner ${r.exception.owner}, expires ${r.exception.expires}, ${r.exception.source})` : `Excepted${r.reason ? `: ${r.reason}` : ""}`;
  return `${open2}>
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
  const counts2 = new Map(summary.controls.map((c) => [c.id, c]));
  for (const control of head.controls) {
    const c = counts2.get(control.id)?.counts ?? { FAIL: 0, ERROR: 0, EXCEPTED: 0, PASS: 0 };
    const suite = suites.get(control.id);
    suite.seal();
    out.write(`  <testsuite name="${attr(`${control.id} ${control.title}`)}" tests="${c.FAIL + c.ERROR + c.EXCEPTED + c.PASS}" failures="${c.FAIL}" errors="${c.ERROR}" skipped="${c.EXCEPTED}" time="0" timestamp="${timestamp}">
`);
    out.write(`    <properties>
${properties(control, counts2.get(control.id))}    </properties>
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
function properties(control, outcome) {
  const list = [
    ["control", control.id],
    ["severity", control.severity],
    ["status", outcome?.status ?? "NO_RESOURCES"],
    ["resource-type", control.resourceType],
    ["flow", control.flowId],
    ["file", `${control.file}:${control.line}`],
    ...Object.entries(control.compliance).map(([framework2, ids]) => [`compliance:${framework2}`, ids.join(", ")]),
    // Its KeyNeverFound warnings, as the HTML and Markdown show them.
    ...(outcome?.warnings ?? []).map((w) => [`warning:${w.code}`, w.message])
  ];
  return list.map(([name, value2]) => `      <property name="${attr(name)}" value="${attr(value2)}"/>
`).join("");
}
function text(value2) {
  return value2.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(value2) {
  return text(value2).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
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

// src/model/append.ts
function append(target, items) {
  for (const item of items) target.push(item);
  return target;
}
var init_append = __esm({
  "src/model/append.ts"() {
    "use strict";
  }
});

// reporters/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  MAX_SUMMARY_BYTES: () => MAX_SUMMARY_BYTES,
  RESOURCES_PER_CONTROL: () => RESOURCES_PER_CONTROL,
  TRUNCATED: () => TRUNCATED,
  markdown: () => markdown
});
function cell(text2) {
  return text2.replace(/[\\|`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}
function headline(summary) {
  const { FAIL, ERROR, EXCEPTED, PASS } = summary.totals;
  if (ERROR > 0 && FAIL + EXCEPTED + PASS === 0) return `ERROR on every result (${ERROR}): nothing was evaluated`;
  return `${FAIL} FAIL, ${ERROR} ERROR`;
}
function controlSet(head) {
  const set = head.controlSet;
  if (!set && !head.controlsCommit) return [];
  const commit = head.controlsCommit ? `git ${head.controlsCommit}${set?.dirty ? `-dirty (${set.changed?.length ?? 0} loaded file(s) differ from it)` : ""}` : "commit unknown";
  return [`Control set: ${commit}${set ? ` \xB7 content ${set.contentHash} (${set.files} file(s))` : ""}`, ""];
}
function verdict(summary) {
  const { FAIL, ERROR, EXCEPTED, PASS } = summary.totals;
  if (FAIL > 0) {
    const counts2 = SEVERITIES.map((s) => [s, summary.controls.reduce((n, c) => c.severity === s ? n + c.counts.FAIL : n, 0)]).filter(([, n]) => n > 0);
    return ["### Failures by severity", "", ...counts2.map(([s, n]) => `- **${s}**: ${n} FAIL`), ""];
  }
  if (ERROR > 0 && EXCEPTED + PASS === 0) return [`**Nothing was evaluated**: all ${ERROR} result(s) are ERROR (targets or resources that could not be read, listed below). This is not a clean scan.`, ""];
  if (ERROR > 0) return [`No FAIL among the results that were evaluated, but ${ERROR} result(s) are ERROR (not evaluated, listed below).`, ""];
  return ["No failures.", ""];
}
function frameworks(summary) {
  const list = summary.frameworks ?? [];
  if (list.length === 0) return [];
  const rows = list.map((f) => {
    const { passRate, coverage, statuses } = f.summary;
    const counts2 = REQUIREMENT_STATUSES.filter((st) => statuses[st] > 0).map((st) => `${statuses[st]} ${st}`);
    return `| ${cell(f.title)} ${cell(f.version)} (${cell(f.id)}) | ${passRate === null ? "\u2013" : `${passRate}%`} | ${coverage}% | ${counts2.join(", ")} |`;
  });
  const failing = list.flatMap((f) => f.requirements.filter((r) => r.status === "fail").map((r) => ({ f, r })));
  const listed = failing.slice(0, TOP).map(({ f, r }) => `- ${cell(f.id)} **${cell(r.id)}** ${cell(r.title)} (${r.controls.filter((c) => c.status === "FAIL").map((c) => cell(c.id)).join(", ") || "attested non-compliant"})`);
  const more = failing.length > TOP ? [`- \u2026 and ${failing.length - TOP} more failing requirements (see the HTML report)`] : [];
  return ["### Frameworks", "", "| Framework | Pass rate | Automated coverage | Requirements |", "|---|---:|---:|---|", ...rows, "", ...listed.length > 0 ? ["Failing requirements:", "", ...listed, ...more, ""] : []];
}
function delta(summary, fresh) {
  if (!summary.baseline) return [];
  const { new: added, unchanged, excepted = 0, resolved } = summary.baseline;
  const severity = new Map(summary.controls.map((c) => [c.id, c.severity]));
  const lines = [`### Since the baseline (${cell(summary.baseline.scanId)})`, "", `**${added} new** \xB7 ${unchanged} unchanged \xB7 ${excepted} excepted \xB7 ${resolved.length} resolved`, ""];
  if (fresh.length > 0) {
    lines.push("New:", "", ...fresh.map((r) => `- **${severity.get(r.controlId)}** ${cell(r.controlId)} ${resource(r)} in ${where(r)}`));
    if (added > fresh.length) lines.push(`- \u2026 and ${added - fresh.length} more`);
    lines.push("");
  }
  if (resolved.length > 0) {
    lines.push("Resolved:", "", ...resolved.slice(0, TOP).map((r) => `- ${cell(r.controlId)} ${resource(r)} in ${where(r)}: now ${r.now === "absent" ? "no longer seen" : r.now}`));
    if (resolved.length > TOP) lines.push(`- \u2026 and ${resolved.length - TOP} more`);
    lines.push("");
  }
  return lines;
}
function failingControls(controls, failing, room) {
  const list = controls.filter((c) => c.counts.FAIL > 0).sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || b.counts.FAIL - a.counts.FAIL || a.id.localeCompare(b.id));
  if (list.length === 0) return [];
  const lines = ["### Failing controls", ""];
  let used = bytes(lines);
  let listed = 0;
  for (const severity of SEVERITIES) {
    const group = list.filter((c) => c.severity === severity);
    if (group.length === 0) continue;
    const open2 = OPEN_SEVERITIES.includes(severity);
    const start = open2 ? [] : [`<details><summary>${severity}: ${group.length} failing control(s)</summary>`, ""];
    const end = open2 ? [] : ["</details>", ""];
    const body = [];
    for (const c of group) {
      const names = failing.get(c.id) ?? [];
      const entry = [`- **${cell(c.id)}** ${cell(c.title)} \xB7 ${c.severity} \xB7 ${c.counts.FAIL} FAIL`, ...names.map((n) => `  - ${n}`), ...c.counts.FAIL > names.length ? [`  - \u2026 and ${c.counts.FAIL - names.length} more`] : []];
      const size = bytes(entry) + bytes(start) + bytes(end);
      if (used + size > room) {
        append(append(append(lines, start), body), body.length > 0 ? [""] : []);
        append(lines, end).push(`${TRUNCATED} (${list.length - listed} more failing controls).`, "");
        return lines;
      }
      append(body, entry);
      used += bytes(entry);
      listed += 1;
    }
    append(append(lines, start), body).push("");
    append(lines, end);
    used += bytes(start) + bytes(end) + 1;
  }
  return lines;
}
function remediation(summary) {
  const done = summary.remediation;
  const plan = planOf(summary);
  if (!done && plan.actions === 0) return [];
  const line = done ? `**${done.applied} applied** \xB7 ${done.noOp} no-op \xB7 ${done.failed} failed \xB7 ${done.interrupted} interrupted; re-evaluated: **${done.fixed} fixed**, ${done.stillFailing} still failing. Audit log: ${cell(done.auditLog)}. Each action is in the HTML report.` : `${plan.actions} planned action(s) on ${plan.results} FAIL result(s)${plan.awaitingApproval > 0 ? `, ${plan.awaitingApproval} awaiting approval` : ""}: run with \`--remediate\` to apply. Each action is shown under its resource in the HTML report.`;
  return ["### Remediation", "", line, ""];
}
function errors(list, total) {
  if (total === 0) return [];
  const rows = list.map((r) => `- ${cell(r.controlId)} ${r.resourceId ? `${resource(r)} ` : ""}in ${where(r)}: ${cell(short(r.reason ?? ""))}`);
  const more = total > list.length ? [`- \u2026 and ${total - list.length} more`] : [];
  return [`### ERROR (${total}): targets or resources that could not be read`, "", ...rows, ...more, ""];
}
function exceptions(summary) {
  if (!summary.exceptions || summary.exceptions.length === 0) return [];
  const order = { expired: 0, unused: 1, active: 2 };
  const list = [...summary.exceptions].sort((a, b) => order[a.state] - order[b.state]);
  const rows = list.slice(0, TOP).map((e) => `| ${e.state} | ${cell(e.control)} | ${cell(e.resource)} | ${e.applied} | ${cell(e.expires)} | ${cell(e.owner)} | ${cell(e.reason)} |`);
  const more = list.length > TOP ? [`\u2026 and ${list.length - TOP} more exceptions (see the HTML report).`, ""] : [];
  return ["### Exceptions", "", "| State | Control | Resource | Excepted | Expires | Owner | Reason |", "|---|---|---|---:|---|---|---|", ...rows, "", ...more];
}
function notApplicable(controls) {
  const quiet = controls.filter((c) => c.status === "NO_RESOURCES").map((c) => cell(c.id));
  if (quiet.length === 0) return [];
  const more = quiet.length > 100 ? ` and ${quiet.length - 100} more` : "";
  return [`No resources of their type (not applicable): ${quiet.slice(0, 100).join(", ")}${more}`, ""];
}
function bytes(lines) {
  let n = 0;
  for (const line of lines) n += Buffer.byteLength(line) + 1;
  return n;
}
function warnings(controls) {
  const list = controls.flatMap((c) => (c.warnings ?? []).map((w) => `- ${cell(c.id)}: ${cell(w.message)}`));
  if (list.length === 0) return [];
  const more = list.length > TOP ? [`- \u2026and ${list.length - TOP} more`] : [];
  return ["### Warnings (keys no item had)", "", ...list.slice(0, TOP), ...more, ""];
}
function capped(lines) {
  const note = `
> ${TRUNCATED}: the HTML and JSON reports have everything.
`;
  let size = 0;
  const kept = [];
  for (const line of lines) {
    size += Buffer.byteLength(line) + 1;
    if (size > MAX_SUMMARY_BYTES - Buffer.byteLength(note)) return `${kept.join("\n")}
${note}`;
    kept.push(line);
  }
  return `${kept.join("\n")}
`;
}
var MAX_SUMMARY_BYTES, TOP, RESOURCES_PER_CONTROL, REASON_LENGTH, OPEN_SEVERITIES, TRUNCATED, where, short, resource, markdown;
var init_markdown = __esm({
  "reporters/markdown.ts"() {
    "use strict";
    init_action();
    init_append();
    init_framework_report();
    init_partial();
    init_severity();
    init_reason();
    MAX_SUMMARY_BYTES = 900 * 1024;
    TOP = 10;
    RESOURCES_PER_CONTROL = 5;
    REASON_LENGTH = 200;
    OPEN_SEVERITIES = ["critical", "high"];
    TRUNCATED = "\u2026 truncated, see the HTML report";
    where = (r) => `${r.provider} ${cell(r.account)}/${cell(r.region)}`;
    short = (text2) => text2.length > REASON_LENGTH ? `${text2.slice(0, REASON_LENGTH - 1)}\u2026` : text2;
    resource = (r) => r.resourceId ? `${cell(r.resourceId)}${r.displayName && r.displayName !== r.resourceId ? ` (${cell(r.displayName)})` : ""}` : "whole target";
    markdown = {
      format: "markdown",
      extension: "md",
      summary: "a job summary for $GITHUB_STEP_SUMMARY",
      open(head, out) {
        const fresh = [];
        const errored = [];
        const failing = /* @__PURE__ */ new Map();
        return {
          result(r) {
            if (r.baseline === "new" && fresh.length < TOP) fresh.push(r);
            if (r.status === "ERROR" && errored.length < TOP) errored.push(r);
            if (r.status === "FAIL") {
              const lines = failing.get(r.controlId) ?? [];
              if (lines.length < RESOURCES_PER_CONTROL) lines.push(`${resource(r)} in ${where(r)}: ${cell(short(reasonWords(r)))}`);
              failing.set(r.controlId, lines);
            }
          },
          end(summary) {
            const { totals } = summary;
            const banner = partialBanner(head);
            const before = [
              ...banner ? [`> **${cell(banner)}**`, ""] : [],
              `## ctrlflow scan: ${headline(summary)}`,
              "",
              `${cell(head.inventory)} \xB7 ${head.targets.length} target(s) \xB7 ${summary.controls.length} control(s) \xB7 ${summary.finishedAt}`,
              "",
              ...controlSet(head),
              "| FAIL | ERROR | EXCEPTED | PASS |",
              "|---:|---:|---:|---:|",
              `| ${totals.FAIL} | ${totals.ERROR} | ${totals.EXCEPTED} | ${totals.PASS} |`,
              "",
              ...verdict(summary),
              ...frameworks(summary),
              ...delta(summary, fresh)
            ];
            const after = [...warnings(summary.controls), ...remediation(summary), ...errors(errored, totals.ERROR), ...exceptions(summary), ...notApplicable(summary.controls)];
            const room = MAX_SUMMARY_BYTES - bytes(before) - bytes(after) - 1024;
            out.write(capped([...before, ...failingControls(summary.controls, failing, room), ...after]));
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
  const requirements = Object.entries(control.compliance).flatMap(([framework2, ids]) => ids.map((id) => `${framework2}:${id}`));
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
  const where2 = `${r.provider} ${r.account}/${r.region}`;
  const subject = r.resourceId === void 0 ? `target ${where2}` : `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId} in ${where2}`;
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
      target: { type: "objective-id", "target-id": token(control.id), status: state, ...control.remediation ? { remarks: control.remediation } : {} },
      // Its KeyNeverFound warnings (a condition key none of its items had), as the HTML and Markdown show them.
      ...outcome?.warnings?.length ? { remarks: outcome.warnings.map((w) => `Warning (${w.code}): ${markdown2(w.message)}`).join("\n\n") } : {}
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
  for (const c of controls) for (const { framework: framework2, controlId } of requirementsOf(c)) (byFramework.get(framework2) ?? byFramework.set(framework2, /* @__PURE__ */ new Set()).get(framework2)).add(controlId);
  const frameworks2 = [...byFramework.keys()].sort();
  return {
    description: "The framework requirements named by the evaluated controls (one selection per framework), and ctrlflow's controls as the control objectives.",
    "control-selections": frameworks2.length === 0 ? [{ description: "The evaluated controls name no framework requirement.", "include-all": {} }] : frameworks2.map((f) => ({ description: f, props: props({ framework: f }), "include-controls": [...byFramework.get(f)].sort().map((id) => ({ "control-id": id })) })),
    "control-objective-selections": [controls.length === 0 ? { "include-all": {} } : { "include-objectives": controls.map((c) => ({ "objective-id": token(c.id) })) }]
  };
}
function requirementsOf(control) {
  return Object.entries(control.compliance).flatMap(([framework2, ids]) => ids.map((id) => ({ framework: framework2, controlId: token(`${framework2}_${id}`) })));
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
function controlSetProps(head) {
  const set = head.controlSet;
  if (!set) return {};
  return { "control-set-content-hash": set.contentHash, "control-set-files": String(set.files), "control-set-dirty": set.commit === void 0 ? void 0 : String(set.dirty === true) };
}
function props(values) {
  const list = [];
  for (const [name, value2] of Object.entries(values)) {
    const line = value2?.replace(/\s+/g, " ").trim();
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
          props: props({ "scan-id": head.scanId, inventory: head.inventory, "fail-on": head.failOn, evidence: head.evidence, "controls-commit": head.controlsCommit, ...controlSetProps(head), shard: head.shard ? `${head.shard.index}/${head.shard.count}` : void 0 }),
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
import { hash as hash2 } from "node:crypto";
import { gzipSync as gzipSync3 } from "node:zlib";
function sarifReporter(limits) {
  return {
    format: "sarif",
    extension: "sarif",
    summary: "SARIF 2.1.0 for GitHub code scanning",
    open(head, out) {
      const controls = new Map(head.controls.map((c, i) => [c.id, { control: c, index: i }]));
      const full = head.evidence === "full";
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
          kept[rank].push(JSON.stringify(result(r, control, index, full)));
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
            if (keep === 0 || surelyFits(parts, limits.gzipBytes) || gzipBound(parts, 1) <= limits.gzipBytes) return write2(parts, out);
            const size = gzipBound(parts, 6);
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
function surelyFits(parts, gzipBytes) {
  let units = 0;
  for (const part of parts) units += part.length;
  const bytes2 = units * 3;
  const blocks = Math.ceil(units / (1 << 20)) + 1;
  return bytes2 + bytes2 / 1e3 + 32 * blocks <= gzipBytes;
}
function gzipBound(parts, level) {
  let size = 0;
  let block = [];
  let length = 0;
  const flush = () => {
    if (block.length > 0) size += gzipSync3(block.join(""), { level }).length;
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
  const scope = accounts.length <= 80 ? accounts : `${targets.length}-targets-${hash2("sha256", accounts, "hex").slice(0, 12)}`;
  return `ctrlflow/${clouds}/${scope.replace(/[^A-Za-z0-9+._-]/g, "_")}/`;
}
function rule(c) {
  const compliance = Object.entries(c.compliance).flatMap(([framework2, ids]) => ids.map((id) => `${framework2}/${id}`));
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
function result(r, control, ruleIndex, full) {
  const where2 = `${r.provider} ${r.account} ${r.region}`;
  const subject = r.resourceId ? `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId}` : `target ${r.account}/${r.region}`;
  const text2 = r.status === "ERROR" ? `Could not evaluate ${control.id} on ${where2}: ${r.reason ?? ""}` : [`${control.id} ${control.title}: ${subject} in ${where2} fails. ${r.reason ?? ""}`.trim(), ...(r.actions ?? []).map((a) => `Action ${actionText(a)}.`)].join(" ");
  const fingerprint = hash2("sha256", `${r.controlId}|${r.provider}|${r.account}|${r.region}|${r.resourceId ?? "(target)"}`, "hex");
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
    ...r.baseline === "new" || r.baseline === "unchanged" ? { baselineState: r.baseline } : {},
    properties: {
      status: r.status,
      account: r.account,
      region: r.region,
      ...full ? { evidence: r.evidence ?? {} } : {},
      ...r.errorCode ? { errorCode: r.errorCode } : {},
      ...full && r.actions ? { actions: r.actions } : {}
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
init_result();
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
import { resolve as resolve2 } from "node:path";

// src/lib/redact.ts
var REDACTED = "*****";
var forms = /* @__PURE__ */ new Set();
var pattern;
function secretPattern() {
  if (forms.size === 0) return void 0;
  pattern ??= new RegExp([...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  return pattern;
}
function redactText(text2) {
  const re = secretPattern();
  return re ? text2.replace(re, REDACTED) : text2;
}

// src/lib/safe-path.ts
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
function refused(name, dir2, write3) {
  try {
    return write3();
  } catch (error) {
    if (error instanceof UnsafePathError) throw new OutputPathError(`refusing to write "${name}" in ${dir2}: ${error.message}`);
    throw error;
  }
}
async function refusedAsync(name, dir2, write3) {
  try {
    return await write3();
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
