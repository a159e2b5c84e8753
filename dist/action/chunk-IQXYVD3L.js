import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  EXIT
} from "./chunk-DVYICCYC.js";
import {
  CLOUDS
} from "./chunk-CV5TROGS.js";
import {
  REPORTERS
} from "./chunk-ZGCO3MUC.js";

// src/cli/commands/list.ts
var LIST_TOPICS = ["conditions", "controls", "flows", "formats", "frameworks", "nodes", "providers"];
async function listCommand(topic, paths, cwd, io, now = /* @__PURE__ */ new Date()) {
  if (topic === "controls" || topic === "flows" || topic === "frameworks") {
    const [{ loadCatalog }, { formatDiagnostic }, { describeTrigger, nextRun, triggerOf }, { frameworkCoverage }] = await Promise.all([
      import("./catalog-IRF7X3XB.js"),
      import("./diagnostics-3VOSXTG7.js"),
      import("./triggers-E2UYH5WC.js"),
      import("./frameworks-YMWZPW52.js")
    ]);
    const catalog = await loadCatalog(paths, { cwd });
    if (catalog.diagnostics.length > 0) {
      for (const d of catalog.diagnostics) io.err(formatDiagnostic(d));
      return EXIT.BAD_INPUT;
    }
    const rows2 = topic === "frameworks" ? frameworkRows(catalog, frameworkCoverage) : topic === "controls" ? catalog.controls.map(({ control: c }) => [c.id, c.severity, c.provider, c.flow, c.title]).sort((a, b) => a[0].localeCompare(b[0])) : [...catalog.flows.values()].map((f) => [f.flow.id, describeTrigger(triggerOf(f)), nextRunText(triggerOf(f), now, nextRun), `${f.nodes.length} nodes`, f.flow.name ?? ""]).sort((a, b) => a[0].localeCompare(b[0]));
    table(rows2, io);
    return EXIT.OK;
  }
  const rows = {
    nodes: async () => (await import("./nodes-PTH4A4D4.js")).NODE_KINDS.map((k) => [k.type, k.aliases?.length ? `alias ${k.aliases.join(", ")}` : "", `ports: ${k.outputs.join(", ")}`, k.summary]),
    conditions: async () => (await import("./conditions-P3TM6SNF.js")).CONDITION_KINDS.map((k) => [k.type, k.summary]),
    formats: async () => (await Promise.all(REPORTERS.map((r) => r.load()))).map((r) => [r.format, `ctrlflow.${r.extension}`, r.summary]),
    providers: () => [["provider", "reads", "needs", "scope flags"], ...CLOUDS.map((c) => [...PROVIDERS[c]]), ["snapshot", "a recorded folder", "nothing (ctrlflow snapshot writes one)", "--inventory DIR"]]
  };
  table(await rows[topic](), io);
  return EXIT.OK;
}
var PROVIDERS = {
  aws: ["aws", "live: any SDK v3 service", "the SDK credential chain (env, profile, SSO, role); the read-only policy in the README", "--region --aws-profile --aws-role-arn"],
  azure: ["azure", "live: Resource Graph, ARM, Graph", "DefaultAzureCredential (az login, env, managed identity); Reader", "--azure-subscription --azure-management-group"],
  gcp: ["gcp", "live: Cloud Asset, REST", "Application Default Credentials; roles/cloudasset.viewer, roles/viewer", "--gcp-project --gcp-folder --gcp-organization"]
};
function frameworkRows(catalog, coverage) {
  if (catalog.frameworks.length === 0) return [["no framework files were loaded (they live in controls/frameworks/, beside the controls)"]];
  const head = ["framework", "requirements", "automated", "covered", "manual+evidence", "attestable-only", "coverage", "title"];
  const rows = catalog.frameworks.map(({ framework: f }) => {
    const c = coverage(f);
    const figures = [c.requirements, c.automated, c.automatedCovered, c.manualWithEvidence, c.attestableOnly].map(String);
    return [f.id, ...figures, `${c.coverage}%`, `${f.title} v${f.version}`];
  }).sort((a, b) => a[0].localeCompare(b[0]));
  return [head, ...rows];
}
function table(rows, io) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, cell.length));
  for (const row of rows) io.out(row.map((cell, i) => i === row.length - 1 ? cell : cell.padEnd(widths[i])).join("  ").trimEnd());
}
function nextRunText(trigger, now, next) {
  if (trigger.on === "schedule") return `next ${next(trigger, now)?.toISOString() ?? "-"}`;
  return trigger.on === "event" ? "on a matching event" : "with every scan";
}

export {
  LIST_TOPICS,
  listCommand
};
