import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  ASSESSMENTS
} from "./chunk-QCBIGPPD.js";
import {
  definitionsOf,
  frameworkReports
} from "./chunk-ZTA2HPIA.js";
import {
  validateSchema
} from "./chunk-FWPZOP6C.js";
import {
  CLOUDS
} from "./chunk-CV5TROGS.js";
import {
  REQUIREMENT_STATUSES
} from "./chunk-3AVUNTQJ.js";
import {
  SEVERITIES,
  atOrAbove
} from "./chunk-NP7VFWU3.js";
import {
  actionRecordSchema
} from "./chunk-AXSZOESS.js";
import {
  EVIDENCE_LEVELS,
  PASS_GROUP_SIZE,
  SCHEMA_VERSION,
  STATUSES,
  splitReport
} from "./chunk-RF7RP6NI.js";

// src/load/report-file.ts
import { createReadStream, readFileSync } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";

// src/model/attestation.ts
var ATTESTATION_STATUSES = ["compliant", "non-compliant", "not-applicable"];
var text = { type: "string", minLength: 1 };
var day = { type: "string", format: "date" };
var ATTESTATIONS_SCHEMA = {
  type: "object",
  required: ["attestations"],
  additionalProperties: false,
  properties: {
    attestations: {
      type: "array",
      items: {
        type: "object",
        required: ["framework", "requirement", "status", "owner", "evidence", "date", "expires"],
        additionalProperties: false,
        properties: {
          framework: text,
          requirement: text,
          status: { enum: [...ATTESTATION_STATUSES] },
          owner: text,
          evidence: text,
          date: day,
          expires: day
        }
      }
    }
  }
};

// src/model/report-schema.ts
function requiredOf() {
  return (keys) => keys;
}
var ref = (name) => ({ $ref: `#/definitions/${name}` });
var text2 = { type: "string" };
var count = { type: "integer", minimum: 0 };
var counts = {
  type: "object",
  required: [...STATUSES],
  additionalProperties: false,
  properties: Object.fromEntries(STATUSES.map((s) => [s, count]))
};
var matchProperties = {
  condition: text2,
  type: text2,
  text: { type: "string", description: "omitted when it equals the result's reason (always so for a result with one match): a reader takes the reason" },
  key: text2,
  operator: text2,
  expected: {},
  seen: {},
  rules: { type: "array", items: { type: "object" }, description: "securityGroup on AWS: the matched permissions, one per peer, as RevokeSecurityGroupIngress takes them" }
};
var resultProperties = {
  controlId: { type: "string", minLength: 1 },
  status: ref("status"),
  provider: ref("provider"),
  account: text2,
  region: text2,
  resourceId: { type: "string", description: "absent on a target-level ERROR" },
  displayName: text2,
  evidence: { type: "object", description: "evidence key (JSONPath as written) -> value(s) seen; on a PASS only with --evidence full" },
  reason: text2,
  matches: { type: "array", items: { type: "object", required: requiredOf()(["condition", "type"]), additionalProperties: false, properties: matchProperties } },
  executionId: text2,
  time: { type: "string", format: "date-time" },
  errorCode: text2,
  exception: {
    type: "object",
    required: ["reason", "owner", "expires", "source"],
    additionalProperties: false,
    properties: { reason: text2, owner: text2, expires: { type: "string", format: "date" }, source: text2 }
  },
  baseline: { enum: ["new", "unchanged", "excepted"], description: "with --baseline: on a FAIL new or unchanged since the previous run; every EXCEPTED result is excepted" },
  actions: { type: "array", items: ref("actionRecord"), description: "on a FAIL (or, after --remediate, the result it became): what the flow's action nodes plan or did" }
};
var passResourceProperties = { id: { type: "string", description: "the resourceId" }, name: { type: "string", description: "the displayName, when it has one" } };
var passGroupProperties = {
  controlId: { type: "string", minLength: 1 },
  status: { const: "PASS" },
  provider: ref("provider"),
  account: text2,
  region: text2,
  resources: {
    type: "array",
    minItems: 1,
    maxItems: PASS_GROUP_SIZE,
    items: { type: "object", required: requiredOf()(["id"]), additionalProperties: false, properties: passResourceProperties }
  }
};
var controlProperties = {
  id: { type: "string", minLength: 1 },
  title: text2,
  severity: ref("severity"),
  provider: ref("provider"),
  resourceType: text2,
  flowId: text2,
  status: { enum: [...STATUSES, "NO_RESOURCES"] },
  counts: ref("counts"),
  description: text2,
  rationale: text2,
  remediation: text2,
  references: { type: "array", items: text2 },
  compliance: ref("compliance"),
  tags: { type: "array", items: text2 },
  file: { type: "string", description: "repo-relative control file, the SARIF location" },
  line: { type: "integer", minimum: 1 },
  warnings: {
    type: "array",
    description: "what makes the control's results less than they seem: KeyNeverFound, a condition key none of the items judged had (where no schema let validate check it); --strict makes its PASS results ERROR",
    items: {
      type: "object",
      required: requiredOf()(["code", "message", "node", "condition", "key", "items"]),
      additionalProperties: false,
      properties: { code: { enum: ["KeyNeverFound"] }, message: text2, node: text2, condition: text2, key: text2, items: { type: "integer", minimum: 1 } }
    }
  }
};
var resolvedProperties = {
  controlId: text2,
  provider: ref("provider"),
  account: text2,
  region: text2,
  resourceId: text2,
  now: { enum: ["PASS", "EXCEPTED", "ERROR", "absent"] }
};
var percent = ref("percent");
var frameworkSummaryProperties = {
  requirements: count,
  automated: count,
  automatedCovered: { ...count, description: "automated requirements with at least one control" },
  manualWithEvidence: { ...count, description: "manual requirements with at least one evidence control" },
  attestableOnly: { ...count, description: "manual requirements shown by their attestation alone" },
  coverage: { ...percent, description: "automatedCovered of automated, percent" },
  statuses: { type: "object", required: [...REQUIREMENT_STATUSES], additionalProperties: false, properties: Object.fromEntries(REQUIREMENT_STATUSES.map((s) => [s, count])) },
  passRate: { oneOf: [percent, { type: "null" }], description: "pass of pass + fail + error among automated requirements, percent; null when none was evaluated" }
};
var requirementControlProperties = {
  id: text2,
  status: { enum: [...STATUSES, "NO_RESOURCES", "NOT_RUN"] },
  counts: ref("counts")
};
var attestationProperties = {
  status: { enum: [...ATTESTATION_STATUSES] },
  owner: text2,
  evidence: text2,
  date: { type: "string", format: "date" },
  expires: { type: "string", format: "date" },
  source: text2,
  expired: { type: "boolean" }
};
var requirementProperties = {
  id: { type: "string", minLength: 1 },
  title: text2,
  section: text2,
  level: { type: "integer", minimum: 1 },
  assessment: { enum: [...ASSESSMENTS] },
  status: ref("requirementStatus"),
  controls: {
    type: "array",
    items: { type: "object", required: requiredOf()(["id", "status"]), additionalProperties: false, properties: requirementControlProperties }
  },
  attestation: {
    type: "object",
    required: requiredOf()(["status", "owner", "evidence", "date", "expires", "source", "expired"]),
    additionalProperties: false,
    properties: attestationProperties
  }
};
var frameworkProperties = {
  id: { type: "string", minLength: 1 },
  title: text2,
  version: text2,
  provider: ref("provider"),
  source: text2,
  summary: {
    type: "object",
    required: requiredOf()(["requirements", "automated", "automatedCovered", "manualWithEvidence", "attestableOnly", "coverage", "statuses", "passRate"]),
    additionalProperties: false,
    properties: frameworkSummaryProperties
  },
  requirements: { type: "array", items: ref("requirement") }
};
var headProperties = {
  schemaVersion: { const: SCHEMA_VERSION },
  tool: {
    type: "object",
    required: ["name", "version", "informationUri"],
    additionalProperties: false,
    properties: { name: { const: "ctrlflow" }, version: text2, informationUri: { type: "string", format: "uri" } }
  },
  scanId: { type: "string", minLength: 1 },
  startedAt: { type: "string", format: "date-time" },
  inventory: text2,
  failOn: { enum: [...SEVERITIES, "none"] },
  evidence: { enum: [...EVIDENCE_LEVELS], description: "findings: PASS results carry identity, status and target only; full: every result carries its evidence" },
  shard: {
    description: "This report is one shard of a scan (partial by itself): its index, the number of shards, and a fingerprint of the whole run's control set",
    type: "object",
    required: ["index", "count"],
    additionalProperties: false,
    properties: { index: { type: "integer", minimum: 1 }, count: { type: "integer", minimum: 1 }, controls: { type: "string", pattern: "^[0-9a-f]{16}$" } }
  },
  partial: {
    description: "Set by `ctrlflow report --allow-partial` when the shards it merged are not one complete run",
    type: "object",
    required: ["shards", "problem"],
    additionalProperties: false,
    properties: { shards: { type: "array", items: { type: "string", pattern: "^[0-9]+/[0-9]+$" } }, problem: text2 }
  },
  targets: { type: "array", items: ref("target") },
  controlsCommit: { type: "string", pattern: "^[0-9a-f]{7,64}$", description: "git commit (HEAD) of the repository holding the controls, when known" },
  controlSet: {
    type: "object",
    description: "the control set as loaded: content hash of every control, flow and framework file read, and the git commit holding them (dirty: some loaded file is not as committed)",
    required: requiredOf()(["contentHash", "files"]),
    additionalProperties: false,
    properties: {
      contentHash: { type: "string", pattern: "^sha256:[0-9a-f]{64}$" },
      files: { type: "integer", minimum: 0 },
      commit: { type: "string", pattern: "^[0-9a-f]{7,64}$" },
      dirty: { type: "boolean" },
      changed: { type: "array", items: text2 }
    }
  }
};
var summaryProperties = {
  finishedAt: { type: "string", format: "date-time" },
  controls: { type: "array", items: ref("control"), description: "each control once: what it checks, how it is fixed, and how it came out" },
  totals: ref("counts"),
  apiCalls: { type: "object", additionalProperties: count, description: "live scans: HTTP requests made, retries included, by Service.Method" },
  exceptions: { type: "array", items: ref("exceptionUse") },
  baseline: {
    type: "object",
    required: ["file", "scanId", "new", "unchanged", "resolved"],
    additionalProperties: false,
    properties: {
      file: text2,
      scanId: text2,
      new: count,
      unchanged: count,
      excepted: { ...count, description: "EXCEPTED results (an accepted risk is neither fixed nor new)" },
      resolved: { type: "array", items: { type: "object", required: requiredOf()(["controlId", "provider", "account", "region", "now"]), additionalProperties: false, properties: resolvedProperties } }
    }
  },
  remediation: {
    description: "With --remediate: what was applied, and the audit log (JSON lines) it was recorded in.",
    type: "object",
    required: ["auditLog", "applied", "noOp", "failed", "interrupted", "fixed", "stillFailing"],
    additionalProperties: false,
    properties: { auditLog: text2, applied: count, noOp: count, failed: count, interrupted: count, fixed: count, stillFailing: count }
  },
  plan: {
    description: "Without --remediate, when some FAIL has an action still to run: the actions as distinct calls (the count --max-actions applies to), the FAIL results they would fix, and how many await approval (--approve).",
    type: "object",
    required: ["actions", "results", "awaitingApproval"],
    additionalProperties: false,
    properties: { actions: count, results: count, awaitingApproval: count }
  },
  sources: {
    description: "Set by `ctrlflow report` when several results were merged: the scans it read.",
    type: "array",
    items: { type: "object", required: ["file", "scanId"], properties: { file: text2, scanId: text2 } }
  },
  frameworks: {
    description: "Each framework the scan reports on (those of --framework, else those of the scanned clouds): every requirement with its status, the pass rate and coverage; computed again by `ctrlflow report` when it merges.",
    type: "array",
    items: ref("framework")
  }
};
var definitions = {
  provider: { enum: [...CLOUDS] },
  severity: { enum: [...SEVERITIES] },
  status: { enum: [...STATUSES] },
  counts,
  compliance: { type: "object", additionalProperties: { type: "array", items: text2 } },
  target: { type: "object", required: ["provider", "account", "region"], additionalProperties: false, properties: { provider: ref("provider"), account: text2, region: text2 } },
  control: { type: "object", required: requiredOf()(["id", "title", "severity", "provider", "resourceType", "flowId", "status", "counts", "references", "compliance", "tags", "file", "line"]), additionalProperties: false, properties: controlProperties },
  result: { type: "object", required: requiredOf()(["controlId", "status", "provider", "account", "region"]), additionalProperties: false, properties: resultProperties },
  passGroup: {
    type: "object",
    description: `At evidence findings: consecutive PASS results of one control and target that carry nothing but their identity, as one line of at most ${PASS_GROUP_SIZE} resources; each stands for the result {controlId, status, provider, account, region, resourceId: id, displayName: name}`,
    required: requiredOf()(["controlId", "status", "provider", "account", "region", "resources"]),
    additionalProperties: false,
    properties: passGroupProperties
  },
  resultLine: { if: { type: "object", required: ["resources"], properties: { resources: {} } }, then: ref("passGroup"), else: ref("result") },
  actionRecord: actionRecordSchema,
  percent: { type: "number", minimum: 0, maximum: 100 },
  requirementStatus: { enum: [...REQUIREMENT_STATUSES] },
  requirement: { type: "object", required: requiredOf()(["id", "title", "assessment", "status", "controls"]), additionalProperties: false, properties: requirementProperties },
  framework: { type: "object", required: requiredOf()(["id", "title", "version", "provider", "summary", "requirements"]), additionalProperties: false, properties: frameworkProperties },
  exceptionUse: {
    type: "object",
    required: ["control", "resource", "reason", "owner", "expires", "source", "state", "applied"],
    additionalProperties: false,
    properties: { control: text2, resource: text2, reason: text2, owner: text2, expires: { type: "string", format: "date" }, source: text2, state: { enum: ["active", "expired", "unused"] }, applied: count }
  }
};
var headRequired = requiredOf()(["schemaVersion", "tool", "scanId", "startedAt", "inventory", "failOn", "evidence", "targets"]);
var summaryRequired = requiredOf()(["finishedAt", "controls", "totals"]);
var RESULTS_SCHEMA_V2 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/ctrlflow/ctrlflow/schemas/results.schema.json",
  title: "ctrlflow scan result (ctrlflow.json)",
  description: "The JSON report of one ctrlflow scan, schemaVersion 2.0. Each control is stated once under `controls` (title, severity, remediation, compliance\u2026); each result carries only what varies per resource. With the default `evidence: findings`, PASS results carry identity, status and target only, and consecutive ones of one control and target are one line (passGroup). The text of a match equal to the reason of its result is omitted. Written as one result per line between the head and the summary, so it can be read as a stream. Fields may be added in a minor version.",
  type: "object",
  required: [...headRequired, "results", ...summaryRequired],
  properties: { ...headProperties, results: { type: "array", items: ref("resultLine") }, ...summaryProperties },
  definitions
};
var HEAD_SCHEMA = { type: "object", required: [...headRequired], properties: headProperties, definitions };
var RESULT_SCHEMA = { ...ref("resultLine"), definitions };
var SUMMARY_SCHEMA = { type: "object", required: [...summaryRequired], properties: summaryProperties, definitions };

// src/model/result-v1.ts
function resultFromV1(r) {
  const { title: _t, severity: _s, resourceType: _rt, remediation: _r, compliance: _c, flowId: _f, ...rest } = r;
  return rest;
}

// src/load/report-file.ts
var RESULTS_SCHEMA_V1 = JSON.parse(readFileSync(new URL("../../schemas/results-1.0.schema.json", import.meta.url), "utf8"));
var WHOLE_LIMIT = 256 * 1024 * 1024;
var BATCH = 5e3;
var ReportFileError = class extends Error {
  constructor(diagnostic) {
    super(diagnostic.message);
    this.diagnostic = diagnostic;
    this.name = "ReportFileError";
  }
  diagnostic;
};
async function openReport(file, display) {
  const at = (code, message, line = 1) => ({ diagnostics: [{ file: display, line, col: 1, code, message }] });
  let size;
  let first;
  try {
    size = (await stat(file)).size;
    first = await firstLine(file);
  } catch (error) {
    return at("unreadable-file", `cannot read this file (${error.code ?? error.message})`);
  }
  if (first.startsWith('{"schemaVersion":"2.0"') && first.endsWith('"results":[')) return openStreamed(file, display, size, first);
  if (size > WHOLE_LIMIT) return at("bad-report", `a ${size}-byte file not laid out as ctrlflow writes 2.0 reports (one result per line): too large to read whole`);
  let value;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    return at("bad-json", `${error.message} (expected a ctrlflow.json written by ctrlflow scan)`);
  }
  const version = value?.schemaVersion;
  const problems = validateSchema(version === "1.0" ? RESULTS_SCHEMA_V1 : RESULTS_SCHEMA_V2, value);
  if (problems.length > 0) return at("bad-report", schemaMessage(version === "1.0" ? "schemas/results-1.0.schema.json" : "schemas/results.schema.json", problems));
  const report = version === "1.0" ? fromV1(value) : expandReport(value);
  const { head, summary } = splitReport(report);
  return {
    report: {
      head,
      summary,
      bytes: size,
      async *results() {
        for (let i = 0; i < report.results.length; i += BATCH) yield report.results.slice(i, i + BATCH);
      }
    },
    diagnostics: []
  };
}
function schemaMessage(schema, all) {
  const problems = all.filter((p) => !/^must match "(then|else)" schema$/.test(p.message));
  const shown = problems.slice(0, 5).map((p) => `${p.path.join(".") || "(top)"}: ${p.message}`);
  return `not a ctrlflow JSON result (see ${schema}): ${shown.join("; ")}${problems.length > 5 ? ` and ${problems.length - 5} more` : ""}`;
}
async function openStreamed(file, display, size, first) {
  const at = (code, message, line = 1) => ({ diagnostics: [{ file: display, line, col: 1, code, message }] });
  const last = await lastLine(file, size);
  let headValue;
  let summaryValue;
  try {
    headValue = JSON.parse(`${first.slice(0, -'"results":['.length).replace(/,$/, "")}}`);
    summaryValue = JSON.parse(`{${last.text.replace(/^\],/, "")}`);
  } catch (error) {
    return at("bad-json", `${error.message} (expected a ctrlflow.json written by ctrlflow scan)`);
  }
  const problems = [...validateSchema(HEAD_SCHEMA, headValue), ...validateSchema(SUMMARY_SCHEMA, summaryValue)];
  if (problems.length > 0) return at("bad-report", schemaMessage("schemas/results.schema.json", problems));
  const summary = summaryValue;
  const head = { ...headValue, controls: summary.controls.map(({ status: _s, counts: _c, warnings: _w, ...info }) => info) };
  return {
    report: {
      head,
      summary,
      bytes: size,
      async *results() {
        const start = Buffer.byteLength(first) + 1;
        if (last.offset - 1 < start) return;
        const lines = createInterface({ input: createReadStream(file, { start, end: last.offset - 1, encoding: "utf8" }), crlfDelay: Infinity });
        let batch = [];
        let number = 1;
        for await (const line of lines) {
          number += 1;
          if (line === "") continue;
          let value;
          try {
            value = JSON.parse(line.endsWith(",") ? line.slice(0, -1) : line);
          } catch (error) {
            throw new ReportFileError({ file: display, line: number, col: 1, code: "bad-json", message: error.message });
          }
          const wrong = validateSchema(RESULT_SCHEMA, value);
          if (wrong.length > 0) throw new ReportFileError({ file: display, line: number, col: 1, code: "bad-report", message: schemaMessage("schemas/results.schema.json", wrong) });
          for (const r of resultsOfLine(value)) batch.push(r);
          if (batch.length >= BATCH) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
      }
    },
    diagnostics: []
  };
}
function expandReport(stored) {
  return { ...stored, results: stored.results.flatMap(resultsOfLine) };
}
function resultsOfLine(line) {
  if ("resources" in line) {
    const { controlId, status, provider, account, region } = line;
    return line.resources.map((p) => p.name === void 0 ? { controlId, status, provider, account, region, resourceId: p.id } : { controlId, status, provider, account, region, resourceId: p.id, displayName: p.name });
  }
  if (!line.matches?.some((m) => m.text === void 0)) return [line];
  const reason = line.reason ?? "";
  return [{ ...line, matches: line.matches.map(({ condition, type, text: text3, ...rest }) => ({ condition, type, text: text3 ?? reason, ...rest })) }];
}
function fromV1(v1) {
  const { schemaVersion: _v, results, ...rest } = v1;
  return { ...rest, schemaVersion: "2.0", evidence: "full", results: results.map(resultFromV1) };
}
async function firstLine(file) {
  const handle = await open(file, "r");
  try {
    let text3 = "";
    const buffer = Buffer.alloc(64 * 1024);
    let position = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return text3;
      const chunk = buffer.subarray(0, bytesRead);
      const newline = chunk.indexOf(10);
      if (newline >= 0) return text3 + chunk.subarray(0, newline).toString("utf8");
      text3 += chunk.toString("utf8");
      position += bytesRead;
      if (text3.length > 16 * 1024 * 1024) return text3;
    }
  } finally {
    await handle.close();
  }
}
async function lastLine(file, size) {
  const handle = await open(file, "r");
  try {
    let end = size;
    const one = Buffer.alloc(1);
    while (end > 0) {
      await handle.read(one, 0, 1, end - 1);
      if (one[0] !== 10 && one[0] !== 13) break;
      end -= 1;
    }
    const chunks = [];
    let start = end;
    const step = 1 << 20;
    while (start > 0) {
      const from = Math.max(0, start - step);
      const buffer = Buffer.alloc(start - from);
      await handle.read(buffer, 0, buffer.length, from);
      const newline = buffer.lastIndexOf(10);
      if (newline >= 0) {
        chunks.unshift(buffer.subarray(newline + 1));
        start = from + newline + 1;
        break;
      }
      chunks.unshift(buffer);
      start = from;
    }
    return { text: Buffer.concat(chunks).toString("utf8"), offset: start };
  } finally {
    await handle.close();
  }
}

// src/engine/results.ts
function controlInfo(loaded) {
  const { control } = loaded;
  return {
    id: control.id,
    title: control.title,
    severity: control.severity,
    provider: control.provider,
    resourceType: control.resourceType,
    flowId: loaded.flowId,
    ...control.description === void 0 ? {} : { description: control.description },
    ...control.rationale === void 0 ? {} : { rationale: control.rationale },
    ...control.remediation === void 0 ? {} : { remediation: control.remediation },
    references: control.references ?? [],
    compliance: control.compliance ?? {},
    tags: control.tags ?? [],
    file: loaded.file,
    line: loaded.line
  };
}
function resultCount(execution) {
  return execution.error ? 1 : execution.verdicts.length;
}
function resultsOf(controlId, execution, level, from = 0, to = resultCount(execution)) {
  const { provider, account, region } = execution.target;
  if (execution.error) {
    const { message, code } = execution.error;
    return from > 0 || to < 1 ? [] : [make(controlId, "ERROR", provider, account, region, void 0, void 0, {}, message, [], execution.executionId, execution.finishedAt, code)];
  }
  const { verdicts } = execution;
  const end = Math.min(to, verdicts.length);
  const results = new Array(Math.max(0, end - from));
  for (let i = from; i < end; i += 1) results[i - from] = fromVerdict(controlId, verdicts[i], execution, level);
  return results;
}
function fromVerdict(controlId, v, execution, level) {
  const { provider, account, region } = execution.target;
  if (v.status === "PASS" && level === "findings") return make(controlId, "PASS", provider, account, region, v.resourceId, v.displayName, void 0, void 0, void 0, void 0, void 0, void 0);
  let reason = "";
  if (v.error) reason = v.error.message;
  else for (let i = 0; i < v.matches.length; i += 1) reason += i === 0 ? v.matches[i].text : `; ${v.matches[i].text}`;
  return make(controlId, v.status, provider, account, region, v.resourceId, v.displayName, v.evidence, reason, v.matches, execution.executionId, execution.finishedAt, v.error?.code);
}
function make(controlId, status, provider, account, region, resourceId, displayName, evidence, reason, matches, executionId, time, errorCode) {
  return { controlId, status, provider, account, region, resourceId, displayName, evidence, reason, matches, executionId, time, errorCode, exception: void 0, baseline: void 0, actions: void 0 };
}
function zeroCounts() {
  return { FAIL: 0, ERROR: 0, EXCEPTED: 0, PASS: 0 };
}
function overall(counts2) {
  return STATUSES.find((s) => counts2[s] > 0) ?? "NO_RESOURCES";
}
var Tally = class {
  constructor(controls, failOn, onlyNew, previous) {
    this.controls = controls;
    this.failOn = failOn;
    this.onlyNew = onlyNew;
    this.previous = previous;
    for (const c of controls) {
      this.counts.set(c.id, zeroCounts());
      this.severity.set(c.id, c.severity);
    }
  }
  controls;
  failOn;
  onlyNew;
  previous;
  totals = zeroCounts();
  counts = /* @__PURE__ */ new Map();
  severity = /* @__PURE__ */ new Map();
  exceptionUses = /* @__PURE__ */ new Map();
  now = /* @__PURE__ */ new Map();
  lastId;
  last = zeroCounts();
  anyError = false;
  gates = false;
  baselineNew = 0;
  baselineUnchanged = 0;
  baselineExcepted = 0;
  count(r) {
    this.totals[r.status] += 1;
    if (r.controlId !== this.lastId) {
      this.lastId = r.controlId;
      this.last = this.counts.get(r.controlId);
    }
    this.last[r.status] += 1;
    if (r.status === "ERROR") this.anyError = true;
    else if (r.status === "FAIL") {
      if (this.failOn !== "none" && (!this.onlyNew || r.baseline === "new") && atOrAbove(this.severity.get(r.controlId), this.failOn)) this.gates = true;
      if (r.baseline === "new") this.baselineNew += 1;
      else if (r.baseline === "unchanged") this.baselineUnchanged += 1;
    } else if (r.status === "EXCEPTED") {
      if (r.baseline === "excepted") this.baselineExcepted += 1;
      if (r.exception) this.exceptionUses.set(r.exception.source, (this.exceptionUses.get(r.exception.source) ?? 0) + 1);
    }
    if (this.previous) {
      const key = findingKey(r);
      if (this.previous.has(key)) this.now.set(key, r.status);
    }
  }
  controlSummaries() {
    return this.controls.map((c) => {
      const counts2 = this.counts.get(c.id);
      return { ...c, status: overall(counts2), counts: counts2 };
    });
  }
  /** How often each exception (by its `file:line`) turned a FAIL into EXCEPTED. */
  applied(source) {
    return this.exceptionUses.get(source) ?? 0;
  }
  /** The baseline's FAILs that no longer fail, with what they are now. */
  resolved() {
    const resolved = [];
    for (const [key, old] of this.previous ?? []) {
      const now = this.now.get(key) ?? "absent";
      if (now === "PASS" || now === "absent") resolved.push({ ...old, now });
    }
    return resolved;
  }
  exceptions(uses, expired) {
    return uses.map((u) => {
      const applied = this.applied(u.source);
      return { ...u, state: expired(u) ? "expired" : applied > 0 ? "active" : "unused", applied };
    });
  }
};
function findingKey(r) {
  return `${r.controlId}\0${r.provider}\0${r.account}\0${r.region}\0${r.resourceId ?? ""}`;
}

// src/engine/baseline.ts
function markAgainst(baseline, r) {
  if (r.status === "FAIL") r.baseline = baseline.fails.has(findingKey(r)) ? "unchanged" : "new";
  else if (r.status === "EXCEPTED") r.baseline = "excepted";
  return r;
}
async function readBaseline(file, display) {
  const { report, diagnostics } = await openReport(file, display);
  if (!report) return { diagnostics };
  const fails = /* @__PURE__ */ new Map();
  const provider = new Map(report.head.controls.map((c) => [c.id, c.provider]));
  try {
    for await (const batch of report.results()) {
      for (const r of batch) {
        if (r.status !== "FAIL") continue;
        const { controlId, account, region, resourceId } = r;
        fails.set(findingKey(r), { controlId, provider: r.provider ?? provider.get(controlId), account, region, ...resourceId === void 0 ? {} : { resourceId } });
      }
    }
  } catch (error) {
    if (error instanceof ReportFileError) return { diagnostics: [error.diagnostic] };
    throw error;
  }
  return { baseline: { file: display, scanId: report.head.scanId, fails }, diagnostics: [] };
}

// src/engine/merge.ts
import { createHash } from "node:crypto";
function mergeHeads(heads) {
  const [first] = heads;
  if (!first) throw new Error("mergeHeads needs at least one report");
  const controls = uniqueBy(heads.flatMap((h) => h.controls), (c) => c.id).sort((a, b) => a.id.localeCompare(b.id));
  const targets = uniqueBy(heads.flatMap((h) => h.targets), (t) => `${t.provider}/${t.account}/${t.region}`);
  const commits = [...new Set(heads.map((h) => h.controlsCommit))];
  const sets = [...new Set(heads.map((h) => JSON.stringify(h.controlSet ?? null)))];
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: first.tool,
    scanId: `merged-${heads.map((h) => h.scanId).join("+")}`,
    startedAt: heads.map((h) => h.startedAt).sort()[0],
    inventory: [...new Set(heads.map((h) => h.inventory))].join("; "),
    failOn: first.failOn,
    evidence: heads.some((h) => h.evidence === "full") ? "full" : "findings",
    targets,
    controls,
    ...commits.length === 1 && commits[0] ? { controlsCommit: commits[0] } : {},
    ...sets.length === 1 && first.controlSet ? { controlSet: first.controlSet } : {}
  };
}
function mergeSummaries(inputs) {
  const summaries = inputs.map((i) => i.summary);
  const exceptions = summaries.flatMap((s) => s.exceptions ?? []);
  const remediation = mergeRemediation(summaries.flatMap((s) => s.remediation ? [s.remediation] : []));
  const calls = {};
  for (const s of summaries) for (const [name, n] of Object.entries(s.apiCalls ?? {})) calls[name] = (calls[name] ?? 0) + n;
  return {
    finishedAt: summaries.map((s) => s.finishedAt).sort().at(-1),
    ...Object.keys(calls).length > 0 ? { apiCalls: Object.fromEntries(Object.entries(calls).sort(([a], [b]) => a.localeCompare(b))) } : {},
    ...exceptions.length > 0 ? { exceptions } : {},
    ...remediation ? { remediation } : {},
    sources: inputs.map((i) => ({ file: i.file, scanId: i.head.scanId }))
  };
}
function mergedFrameworks(summaries, controls, today) {
  const sections = summaries.flatMap((s) => s.frameworks ?? []);
  if (sections.length === 0) return void 0;
  const { frameworks, attestations } = definitionsOf(sections);
  return frameworkReports(frameworks, [...controls], attestations, today);
}
function withMergedWarnings(summaries, controls) {
  const judged = (c) => Object.values(c.counts).some((n) => n > 0);
  const warningKey = (w) => JSON.stringify([w.node, w.condition, w.key]);
  return controls.map((control) => {
    const inputs = summaries.map((s) => s.controls.find((c) => c.id === control.id)).filter((c) => c !== void 0 && judged(c));
    const [first, ...rest] = inputs;
    const warnings = (first?.warnings ?? []).flatMap((w) => {
      const same = rest.map((c) => c.warnings?.find((o) => warningKey(o) === warningKey(w)));
      if (!same.every((o) => o !== void 0)) return [];
      const items = same.reduce((n, o) => n + (o?.items ?? 0), w.items);
      return [{ ...w, items, message: w.message.replace(`none of the ${w.items} item(s)`, `none of the ${items} item(s)`) }];
    });
    return warnings.length > 0 ? { ...control, warnings } : control;
  });
}
function mergeRemediation(done) {
  if (done.length === 0) return void 0;
  const sum = (key) => done.reduce((n, d) => n + d[key], 0);
  return {
    auditLog: [...new Set(done.map((d) => d.auditLog))].join(", "),
    applied: sum("applied"),
    noOp: sum("noOp"),
    failed: sum("failed"),
    interrupted: sum("interrupted"),
    fixed: sum("fixed"),
    stillFailing: sum("stillFailing")
  };
}
function uniqueBy(items, key) {
  const seen = /* @__PURE__ */ new Map();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
function controlSetFingerprint(controls) {
  const sorted = [...controls].sort((a, b) => a.id.localeCompare(b.id));
  return createHash("sha256").update(JSON.stringify(sorted)).digest("hex").slice(0, 16);
}
function shardProblem(inputs) {
  const shards = inputs.filter((i) => i.head.shard !== void 0).map((i) => ({ file: i.file, shard: i.head.shard, commit: i.head.controlsCommit }));
  if (shards.length === 0) return void 0;
  const given = shards.map((s) => `${s.shard.index}/${s.shard.count}`);
  const found = (problem) => ({ problem, shards: given });
  const [first] = shards;
  for (const s of shards) {
    if (s.shard.count !== first.shard.count) return found(`${s.file} is shard ${s.shard.index} of ${s.shard.count}, ${first.file} shard ${first.shard.index} of ${first.shard.count}: not shards of one run`);
  }
  for (const s of shards) {
    const differs = s.shard.controls !== void 0 && first.shard.controls !== void 0 ? s.shard.controls !== first.shard.controls : s.commit !== first.commit;
    if (differs) return found(`${s.file} ran another control set than ${first.file}: not shards of one run`);
  }
  const count2 = first.shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const s of shards) byIndex.set(s.shard.index, [...byIndex.get(s.shard.index) ?? [], s.file]);
  for (const [index, files] of [...byIndex].sort(([a], [b]) => a - b)) {
    if (files.length > 1) return found(`shard ${index} of ${count2} is given ${files.length} times (${files.join(", ")})`);
  }
  const missing = Array.from({ length: count2 }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) return found(`${missing.length === 1 ? "shard" : "shards"} ${missing.join(", ")} of ${count2} ${missing.length === 1 ? "is" : "are"} missing`);
  return void 0;
}

export {
  ATTESTATIONS_SCHEMA,
  ReportFileError,
  openReport,
  controlInfo,
  resultCount,
  resultsOf,
  Tally,
  findingKey,
  markAgainst,
  readBaseline,
  mergeHeads,
  mergeSummaries,
  mergedFrameworks,
  withMergedWarnings,
  controlSetFingerprint,
  shardProblem
};
