import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  SEVERITIES
} from "./chunk-NP7VFWU3.js";
import {
  actionText
} from "./chunk-AXSZOESS.js";
import "./chunk-VKFPFGRN.js";

// reporters/sarif.ts
import { hash } from "node:crypto";
import { gzipSync } from "node:zlib";
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "2.0", info: "0.0" };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note", info: "note" };
var LIMITS = { results: 25e3, gzipBytes: 10 * 1e3 * 1e3 };
var MAX_TAGS = 20;
var sarif = sarifReporter(LIMITS);
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
            if (keep === 0 || surelyFits(parts, limits.gzipBytes) || gzipBound(parts, 1) <= limits.gzipBytes) return write(parts, out);
            const size = gzipBound(parts, 6);
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
function surelyFits(parts, gzipBytes) {
  let units = 0;
  for (const part of parts) units += part.length;
  const bytes = units * 3;
  const blocks = Math.ceil(units / (1 << 20)) + 1;
  return bytes + bytes / 1e3 + 32 * blocks <= gzipBytes;
}
function gzipBound(parts, level) {
  let size = 0;
  let block = [];
  let length = 0;
  const flush = () => {
    if (block.length > 0) size += gzipSync(block.join(""), { level }).length;
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
  const capped = reportable > keep;
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
          ...capped ? [{ level: "warning", message: { text: `${reportable} results exceed GitHub's limits (${limits.results} a run, ${limits.gzipBytes / 1e6} MB gzipped); the ${keep} most severe are included. The JSON report has all of them.` } }] : [],
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
      ...capped ? { truncated: true, totalResults: reportable } : {}
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
  const scope = accounts.length <= 80 ? accounts : `${targets.length}-targets-${hash("sha256", accounts, "hex").slice(0, 12)}`;
  return `ctrlflow/${clouds}/${scope.replace(/[^A-Za-z0-9+._-]/g, "_")}/`;
}
function rule(c) {
  const compliance = Object.entries(c.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}/${id}`));
  const allTags = [.../* @__PURE__ */ new Set(["security", c.provider, ...c.tags, ...compliance])];
  const tags = allTags.slice(0, MAX_TAGS);
  const links = c.references.map((ref) => `- <${ref}>`).join("\n");
  const markdown = [
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
    help: { text: [c.rationale, c.remediation].filter(Boolean).join("\n\n") || c.title, markdown },
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
  const where = `${r.provider} ${r.account} ${r.region}`;
  const subject = r.resourceId ? `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId}` : `target ${r.account}/${r.region}`;
  const text = r.status === "ERROR" ? `Could not evaluate ${control.id} on ${where}: ${r.reason ?? ""}` : [`${control.id} ${control.title}: ${subject} in ${where} fails. ${r.reason ?? ""}`.trim(), ...(r.actions ?? []).map((a) => `Action ${actionText(a)}.`)].join(" ");
  const fingerprint = hash("sha256", `${r.controlId}|${r.provider}|${r.account}|${r.region}|${r.resourceId ?? "(target)"}`, "hex");
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
      ...full ? { evidence: r.evidence ?? {} } : {},
      ...r.errorCode ? { errorCode: r.errorCode } : {},
      ...full && r.actions ? { actions: r.actions } : {}
    }
  };
}
export {
  LIMITS,
  automationId,
  sarif,
  sarifReporter
};
