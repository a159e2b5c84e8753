import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import "./chunk-VKFPFGRN.js";

// reporters/junit.ts
import { gunzipSync, gzipSync } from "node:zlib";
var BLOCK = 1 << 18;
var junit = {
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
var Suite = class {
  blocks = [];
  pending = [];
  bytes = 0;
  add(xml) {
    this.pending.push(xml);
    this.bytes += xml.length;
    if (this.bytes >= BLOCK) this.seal();
  }
  seal() {
    if (this.pending.length === 0) return;
    this.blocks.push(gzipSync(this.pending.join(""), { level: 1 }));
    this.pending = [];
    this.bytes = 0;
  }
};
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
${properties(control, counts.get(control.id))}    </properties>
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
    ...Object.entries(control.compliance).map(([framework, ids]) => [`compliance:${framework}`, ids.join(", ")]),
    // Its KeyNeverFound warnings, as the HTML and Markdown show them.
    ...(outcome?.warnings ?? []).map((w) => [`warning:${w.code}`, w.message])
  ];
  return list.map(([name, value]) => `      <property name="${attr(name)}" value="${attr(value)}"/>
`).join("");
}
var NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function text(value) {
  return value.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(value) {
  return text(value).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}
export {
  attr,
  junit,
  text
};
