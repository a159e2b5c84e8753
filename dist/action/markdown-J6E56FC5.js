import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  append
} from "./chunk-UH3NDQ7B.js";
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
  SEVERITIES,
  severityRank
} from "./chunk-NP7VFWU3.js";
import {
  planOf
} from "./chunk-AXSZOESS.js";
import "./chunk-VKFPFGRN.js";

// reporters/markdown.ts
var MAX_SUMMARY_BYTES = 900 * 1024;
var TOP = 10;
var RESOURCES_PER_CONTROL = 5;
var REASON_LENGTH = 200;
var OPEN_SEVERITIES = ["critical", "high"];
var TRUNCATED = "\u2026 truncated, see the HTML report";
function cell(text) {
  return text.replace(/[\\|`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}
var where = (r) => `${r.provider} ${cell(r.account)}/${cell(r.region)}`;
var short = (text) => text.length > REASON_LENGTH ? `${text.slice(0, REASON_LENGTH - 1)}\u2026` : text;
var resource = (r) => r.resourceId ? `${cell(r.resourceId)}${r.displayName && r.displayName !== r.resourceId ? ` (${cell(r.displayName)})` : ""}` : "whole target";
var markdown = {
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
    const counts = SEVERITIES.map((s) => [s, summary.controls.reduce((n, c) => c.severity === s ? n + c.counts.FAIL : n, 0)]).filter(([, n]) => n > 0);
    return ["### Failures by severity", "", ...counts.map(([s, n]) => `- **${s}**: ${n} FAIL`), ""];
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
    const counts = REQUIREMENT_STATUSES.filter((st) => statuses[st] > 0).map((st) => `${statuses[st]} ${st}`);
    return `| ${cell(f.title)} ${cell(f.version)} (${cell(f.id)}) | ${passRate === null ? "\u2013" : `${passRate}%`} | ${coverage}% | ${counts.join(", ")} |`;
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
    const open = OPEN_SEVERITIES.includes(severity);
    const start = open ? [] : [`<details><summary>${severity}: ${group.length} failing control(s)</summary>`, ""];
    const end = open ? [] : ["</details>", ""];
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
export {
  MAX_SUMMARY_BYTES,
  RESOURCES_PER_CONTROL,
  TRUNCATED,
  markdown
};
