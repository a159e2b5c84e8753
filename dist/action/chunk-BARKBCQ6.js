import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  SigningKeyError,
  loadSigningKey
} from "./chunk-5554IAWV.js";
import {
  ATTESTATIONS_SCHEMA,
  readBaseline
} from "./chunk-PIWXBEU7.js";
import {
  nearest
} from "./chunk-QCBIGPPD.js";
import {
  sortDiagnostics
} from "./chunk-RWQMH7L7.js";
import {
  parseYamlFile
} from "./chunk-H56V4RZW.js";
import {
  frameworksSection
} from "./chunk-ZTA2HPIA.js";
import {
  closest,
  validateSchema
} from "./chunk-FWPZOP6C.js";
import {
  say,
  shortId
} from "./chunk-GWYZLEGS.js";
import {
  UsageError
} from "./chunk-EMRUF3FH.js";
import {
  EXIT
} from "./chunk-DVYICCYC.js";
import {
  append
} from "./chunk-UH3NDQ7B.js";
import {
  partialBanner
} from "./chunk-TQTATZ4U.js";
import {
  REQUIREMENT_STATUSES
} from "./chunk-3AVUNTQJ.js";
import {
  severityRank
} from "./chunk-NP7VFWU3.js";
import {
  callsText,
  planOf
} from "./chunk-AXSZOESS.js";

// src/cli/report-inputs.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";

// src/load/checked-yaml.ts
import { readFile } from "node:fs/promises";
async function readCheckedYaml(file, display, schema, what) {
  let text2;
  try {
    text2 = await readFile(file, "utf8");
  } catch (error) {
    const why = error.code ?? error.message;
    return { diagnostics: [{ file: display, line: 1, col: 1, code: "unreadable-file", message: `cannot read the ${what} file (${why})` }] };
  }
  const parsed = parseYamlFile(display, text2);
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics };
  const problems = validateSchema(schema, parsed.value).map(
    (p) => p.message.includes('must match format "date"') ? { ...p, message: `${String(p.path.at(-1))} must be a date YYYY-MM-DD` } : p
  );
  const diagnostics = problems.map((p) => ({ file: display, ...parsed.locate(p.path, { key: p.code === "unknown-key" }), code: p.code, message: p.message }));
  return diagnostics.length > 0 ? { diagnostics } : { value: parsed.value, parsed, diagnostics: [] };
}

// src/load/attestations.ts
async function loadAttestations(file, display, frameworks) {
  const read = await readCheckedYaml(file, display, ATTESTATIONS_SCHEMA, "attestations");
  if (!read.value || !read.parsed) {
    const hinted = read.diagnostics.map((d) => d.message === "requirement must be string" ? { ...d, message: `${d.message}: quote it ("2.10"), as YAML reads 2.10 as the number 2.1` } : d);
    return { attestations: [], diagnostics: sortDiagnostics(hinted) };
  }
  const { parsed } = read;
  const { attestations } = read.value;
  const lineOf = (i) => parsed.locate(["attestations", i]).line;
  const problems = attestations.flatMap((a, i) => entryProblems(a, i, attestations, frameworks, lineOf));
  if (problems.length > 0) {
    return { attestations: [], diagnostics: problems.map((p) => ({ file: display, ...parsed.locate(p.path), code: p.code, message: p.message })) };
  }
  return { attestations: attestations.map((a, i) => ({ ...a, source: `${display}:${lineOf(i)}` })), diagnostics: [] };
}
function entryProblems(a, i, all, frameworks, lineOf) {
  const at = (key) => ["attestations", i, key];
  const problems = [];
  if (a.date > a.expires) problems.push({ path: at("expires"), code: "bad-dates", message: `expires ${a.expires} is before the attestation's date ${a.date}` });
  const framework = frameworks.find((f) => f.framework.id === a.framework)?.framework;
  if (!framework) {
    const ids = frameworks.map((f) => f.framework.id);
    const near = closest(a.framework, ids);
    const hint = near ? `did you mean "${near}"?` : ids.length > 0 ? `frameworks: ${ids.join(", ")}` : "no framework files were loaded: pass controls/frameworks with --controls";
    return [...problems, { path: at("framework"), code: "unknown-framework", message: `no framework "${a.framework}" (${hint})` }];
  }
  const requirement = framework.requirements.find((r) => r.id === a.requirement);
  if (!requirement) {
    const hint = nearest(a.requirement, framework.requirements.map((r) => r.id));
    return [...problems, { path: at("requirement"), code: "unknown-requirement", message: `${framework.id} has no requirement "${a.requirement}"${hint}` }];
  }
  if (requirement.assessment !== "manual") {
    problems.push({ path: at("requirement"), code: "not-manual", message: `requirement "${a.requirement}" of ${framework.id} is automated: its status comes from its controls, not from an attestation` });
  }
  const first = all.findIndex((b) => b.framework === a.framework && b.requirement === a.requirement);
  if (first < i) problems.push({ path: at("requirement"), code: "duplicate-attestation", message: `${a.framework} "${a.requirement}" is already attested at line ${lineOf(first)}` });
  return problems;
}

// src/model/exception.ts
var text = { type: "string", minLength: 1 };
var EXCEPTIONS_SCHEMA = {
  type: "object",
  required: ["exceptions"],
  additionalProperties: false,
  properties: {
    exceptions: {
      type: "array",
      items: {
        type: "object",
        required: ["control", "resource", "reason", "owner", "expires"],
        additionalProperties: false,
        properties: { control: text, resource: text, reason: text, owner: text, expires: { type: "string", format: "date" } }
      }
    }
  }
};

// src/load/exceptions.ts
async function loadExceptions(file, display) {
  const { value, parsed, diagnostics } = await readCheckedYaml(file, display, EXCEPTIONS_SCHEMA, "exceptions");
  if (!value || !parsed) return { exceptions: [], diagnostics };
  const { exceptions } = value;
  return { exceptions: exceptions.map((e, i) => ({ ...e, source: `${display}:${parsed.locate(["exceptions", i]).line}` })), diagnostics: [] };
}

// src/cli/report-inputs.ts
var NO_BASELINE = "none (no baseline yet)";
async function loadReportInputs(args, frameworks = []) {
  const inputs = { diagnostics: [], notices: [] };
  if (args.attestations) {
    const loaded = await loadAttestations(resolve(args.cwd, args.attestations), args.attestations, frameworks);
    append(inputs.diagnostics, loaded.diagnostics);
    inputs.attestations = loaded.attestations;
  }
  if (args.exceptions) {
    const loaded = await loadExceptions(resolve(args.cwd, args.exceptions), args.exceptions);
    append(inputs.diagnostics, loaded.diagnostics);
    inputs.exceptions = loaded.exceptions;
  }
  if (args.baseline) {
    inputs.baseline = await optionalBaseline(args.baseline, args.cwd, args.baselineOptional === true, inputs.notices);
  }
  if (args.baseline && !inputs.baseline) {
    const loaded = await readBaseline(resolve(args.cwd, args.baseline), args.baseline);
    append(inputs.diagnostics, loaded.diagnostics);
    if (loaded.baseline) inputs.baseline = loaded.baseline;
  }
  return inputs;
}
function controlSetOf(p) {
  if (!p) return void 0;
  return {
    contentHash: p.contentHash,
    files: p.files.length,
    ...p.commit === void 0 ? {} : { commit: p.commit, dirty: p.dirty === true },
    ...p.dirty && p.changed ? { changed: p.changed } : {}
  };
}
function summarySections(inputs, now) {
  if (!inputs.frameworks?.length) return [];
  return [frameworksSection(inputs.frameworks, inputs.attestations ?? [], now.toISOString().slice(0, 10))];
}
async function optionalBaseline(file, cwd, optional, notices) {
  if (!optional) return void 0;
  const missing = await stat(resolve(cwd, file)).then(
    () => false,
    (error) => error.code === "ENOENT"
  );
  if (!missing) return void 0;
  notices.push(`No baseline yet: ${file} does not exist (--baseline-optional), so every FAIL counts as new.`);
  return { file, scanId: NO_BASELINE, fails: /* @__PURE__ */ new Map() };
}

// src/cli/summary.ts
var SHOWN_PER_CONTROL = 5;
var SummaryPrinter = class {
  head;
  summary;
  shown = /* @__PURE__ */ new Map();
  listed = /* @__PURE__ */ new Map();
  begin(head) {
    this.head = head;
  }
  results(batch) {
    for (const r of batch) if (r.status === "FAIL" || r.status === "ERROR" || fixed(r)) this.keep(r);
  }
  /** A result the summary names: counted, and kept while its control shows fewer than SHOWN_PER_CONTROL. */
  keep(r) {
    this.listed.set(r.controlId, (this.listed.get(r.controlId) ?? 0) + 1);
    const own = this.shown.get(r.controlId);
    if (!own) this.shown.set(r.controlId, [r]);
    else if (own.length < SHOWN_PER_CONTROL) own.push(r);
  }
  end(summary) {
    this.summary = summary;
  }
  print(code, io, onlyNew = false, verbosity = "normal") {
    const head = this.head;
    const summary = this.summary;
    const { controls, totals } = summary;
    const banner = partialBanner(head);
    if (banner) say(io, { spans: [{ text: banner, style: "warn" }] });
    if (verbosity !== "quiet") {
      const shard = head.shard ? ` \xB7 shard ${head.shard.index}/${head.shard.count}` : "";
      say(io, { spans: [{ text: `ctrlflow ${head.tool.version} \xB7 ${head.inventory} \xB7 ${head.targets.length} target(s) \xB7 ${controls.length} control(s)${shard}`, style: "strong" }] });
      const attention = controls.filter((c) => c.status === "FAIL" || c.status === "ERROR" || (this.listed.get(c.id) ?? 0) > 0).sort(worstFirst);
      for (const control of attention) printControl(control, this.shown.get(control.id) ?? [], this.listed.get(control.id) ?? 0, io);
      const warned = controls.filter((c) => (c.warnings ?? []).length > 0);
      if (warned.length > 0) io.out("");
      for (const c of warned) for (const w of c.warnings) say(io, { spans: [{ text: "WARN  ", style: "warn" }, { text: `${c.id}  ${w.message} (--strict makes this ERROR)` }], hang: 2 });
      if (verbosity === "verbose") {
        const passing = controls.filter((c) => !attention.includes(c) && (c.status === "PASS" || c.status === "EXCEPTED")).sort(worstFirst);
        if (passing.length > 0) io.out("");
        for (const control of passing) say(io, controlLine(control, true));
      }
      const quiet = controls.filter((c) => c.status === "NO_RESOURCES").map((c) => c.id);
      if (quiet.length > 0) say(io, { spans: [{ text: "No resources (not applicable): ", style: "dim" }, { text: quiet.join(", ") }], hang: 2 });
      if (summary.apiCalls && Object.keys(summary.apiCalls).length > 0) {
        const calls = Object.entries(summary.apiCalls);
        say(io, { spans: [{ text: `API requests: ${calls.reduce((n, [, c]) => n + c, 0)} (${calls.map(([name, c]) => `${name} ${c}`).join(", ")})` }], hang: 2 });
      }
      for (const e of summary.exceptions ?? []) {
        if (e.state !== "active") say(io, { spans: [{ text: `Exception ${e.state}: `, style: "warn" }, { text: `${e.control} ${e.resource} (${e.source}, expires ${e.expires}, owner ${e.owner})` }], hang: 2 });
      }
      const remediation = remediationLine(summary);
      if (remediation) say(io, { spans: [{ text: remediation }], hang: 2 });
      for (const f of summary.frameworks ?? []) say(io, { spans: [{ text: frameworkLine(f) }], hang: 2 });
      if (summary.baseline) say(io, { spans: [{ text: `Against ${summary.baseline.file}: ${summary.baseline.new} new, ${summary.baseline.unchanged} unchanged, ${summary.baseline.excepted ?? 0} excepted, ${summary.baseline.resolved.length} resolved` }], hang: 2 });
    }
    say(io, {
      spans: [
        { text: "Totals: " },
        { text: `${totals.FAIL} FAIL`, style: totals.FAIL > 0 ? "fail" : void 0 },
        { text: " \xB7 " },
        { text: `${totals.PASS} PASS`, style: "pass" },
        { text: " \xB7 " },
        { text: `${totals.ERROR} ERROR`, style: totals.ERROR > 0 ? "error" : void 0 },
        { text: " \xB7 " },
        { text: `${totals.EXCEPTED} EXCEPTED`, style: totals.EXCEPTED > 0 ? "excepted" : void 0 }
      ]
    });
    say(io, { spans: [{ text: verdict(code, head.failOn, onlyNew), style: code === EXIT.OK ? "pass" : code === EXIT.UNREADABLE ? "error" : "fail" }], hang: 2 });
  }
};
var worstFirst = (a, b) => severityRank(b.severity) - severityRank(a.severity) || a.id.localeCompare(b.id);
var STATUS_STYLE = { FAIL: "fail", PASS: "pass", ERROR: "error", EXCEPTED: "excepted", NO_RESOURCES: "dim" };
function controlLine(control, passing = false) {
  const { counts } = control;
  const parts = [];
  if (passing) parts.push(`${counts.PASS} passed`, ...counts.EXCEPTED > 0 ? [`${counts.EXCEPTED} excepted`] : []);
  else if (counts.FAIL + counts.PASS > 0) parts.push(`${counts.FAIL} failed of ${counts.FAIL + counts.PASS}`);
  if (counts.ERROR > 0) parts.push(`${counts.ERROR} target(s) not read`);
  const status = control.status.padEnd(5);
  const severity = control.severity.padEnd(8);
  return {
    spans: [
      { text: status, style: STATUS_STYLE[control.status] },
      { text: " " },
      { text: severity, style: control.severity },
      { text: " " },
      { text: control.id, style: "strong" },
      { text: `  ${control.title} (${parts.join(", ")})` }
    ],
    hang: 6 + 9 + control.id.length + 2
  };
}
function frameworkLine(f) {
  const { passRate, coverage, statuses } = f.summary;
  const counts = REQUIREMENT_STATUSES.filter((s) => statuses[s] > 0).map((s) => `${statuses[s]} ${s}`);
  const rate = passRate === null ? "no automated requirement evaluated" : `pass rate ${passRate}%`;
  return `Framework ${f.id}: ${rate} \xB7 automated coverage ${coverage}% \xB7 ${counts.join(", ")}`;
}
function printControl(control, shown, listed, io) {
  io.out("");
  say(io, controlLine(control));
  for (const r of shown) {
    const where = `${r.provider} ${r.account}/${r.region}`;
    if (!r.resourceId) {
      say(io, { spans: [{ text: `  - ${where} ` }, { text: "could not be read", style: "error" }, { text: `: ${r.reason ?? ""}` }], hang: 4 });
      continue;
    }
    const id = shortId(r.resourceId);
    const what = r.displayName && r.displayName !== r.resourceId ? [{ text: r.displayName, style: "strong" }, { text: ` (${id})` }] : [{ text: id, style: "strong" }];
    const outcome = r.status === "PASS" ? { text: "now PASS", style: "pass" } : { text: r.reason ?? "" };
    say(io, { spans: [{ text: "  - " }, ...what, { text: ` in ${where}: ` }, outcome], hang: 4 });
    for (const action of r.actions ?? []) say(io, { spans: [{ text: `    ${actionLine(action)}`, style: "dim" }], hang: 6 });
  }
  const more = listed - shown.length;
  if (more > 0) say(io, { spans: [{ text: `  \u2026 and ${more} more (see the reports)`, style: "dim" }] });
  if (control.status === "FAIL" && control.remediation) say(io, { spans: [{ text: "  " }, { text: "Fix:", style: "strong" }, { text: ` ${firstParagraph(control.remediation)}` }], hang: 7 });
}
var fixed = (r) => r.status === "PASS" && r.actions !== void 0 && r.actions.some(fixedBy);
var fixedBy = (a) => a.outcome === "fixed";
function actionLine(a) {
  const calls = callsText(a);
  const node = `(node ${a.node})`;
  const outcome = a.outcome ? `: ${a.outcome.replace("-", " ")}` : "";
  switch (a.status) {
    case "planned":
      return `would call ${calls} ${node}`;
    case "awaiting-approval":
      return `would call ${calls} once approved (--approve) ${node}`;
    case "not-selected":
      return `not selected by --remediate: ${calls} ${node}`;
    case "over-limit":
      return `not run, over --max-actions: ${calls} ${node}`;
    case "applied":
      return `applied ${calls}${outcome}`;
    case "no-op":
      return `no change needed by ${calls}${outcome}`;
    case "failed":
      return `failed ${calls}${a.error ? `: ${a.error.code}: ${a.error.message}` : ""}`;
    case "interrupted":
      return `interrupted before ${calls} ${node}`;
  }
}
function remediationLine(summary) {
  const done = summary.remediation;
  if (done) {
    return `Remediation: ${done.applied} applied, ${done.noOp} no-op, ${done.failed} failed, ${done.interrupted} interrupted; re-evaluated: ${done.fixed} fixed, ${done.stillFailing} still failing; audit log ${done.auditLog}`;
  }
  const plan = planOf(summary);
  if (plan.actions === 0) return void 0;
  const waiting = plan.awaitingApproval > 0 ? `, ${plan.awaitingApproval} awaiting approval (--approve)` : "";
  return `Remediation plan: ${plan.actions} action(s) on ${plan.results} FAIL result(s)${waiting}: run with --remediate to apply (see README "Remediation")`;
}
function verdict(code, failOn, onlyNew) {
  const which = onlyNew ? "new failures" : "failures";
  switch (code) {
    case EXIT.UNREADABLE:
      return "Exit 3: some targets could not be read (ERROR results); their controls were not evaluated there.";
    case EXIT.FAILED:
      return `Exit 1: ${which} at or above --fail-on ${failOn}.`;
    default:
      if (failOn === "none") return "Exit 0 (--fail-on none).";
      return onlyNew ? `Exit 0: no new failure at or above --fail-on ${failOn} (--fail-on-new).` : `Exit 0: nothing at or above --fail-on ${failOn} failed.`;
  }
}
function firstParagraph(text2) {
  const paragraph = text2.trim().split(/\n\s*\n/)[0] ?? "";
  return paragraph.split("\n").map((l) => l.trim()).join(" ");
}

// src/cli/sign-key.ts
import { resolve as resolve2 } from "node:path";
async function signingKeyOf(args) {
  try {
    return await loadSigningKey(args.signKey === void 0 ? void 0 : resolve2(args.cwd, args.signKey), process.env);
  } catch (error) {
    if (error instanceof SigningKeyError) throw new UsageError(error.message);
    throw error;
  }
}

export {
  readCheckedYaml,
  loadReportInputs,
  controlSetOf,
  summarySections,
  SummaryPrinter,
  verdict,
  signingKeyOf
};
