import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  csvField,
  toCell
} from "./chunk-TXBJIEWP.js";
import {
  actionText
} from "./chunk-AXSZOESS.js";
import "./chunk-VKFPFGRN.js";

// reporters/csv.ts
var CSV_COLUMNS = [
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
var flags = (names) => CSV_COLUMNS.map(([name]) => names.includes(name));
var CONTROL_COLUMNS = flags(["title", "severity", "resource_type", "compliance", "flow_id"]);
var DESCRIPTIVE_COLUMNS = flags(["title", "resource_type", "compliance", "flow_id"]);
var FIRST_ROW_COLUMNS = flags(["remediation", "compliance"]);
var EVERY_COLUMN = flags([]);
function cellOf(value) {
  return value === void 0 || value === "" ? "" : csvField(toCell(value));
}
function complianceCell(c) {
  return Object.entries(c.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}:${id}`)).join("; ");
}
var csv = {
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
export {
  CSV_COLUMNS,
  csv
};
