import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  targetKey
} from "./chunk-JPNZWR5M.js";
import {
  cronParser
} from "./chunk-MRDWGFYB.js";

// src/events/triggers.ts
function triggerOf(flow) {
  return flow.nodes.find((n) => n.type === "trigger") ?? { id: "trigger", type: "trigger", on: "manual" };
}
function eventPatternOf(event) {
  return {
    ...event.source !== void 0 ? { source: [event.source] } : {},
    ...event.detailType !== void 0 ? { "detail-type": [event.detailType] } : {},
    ...event.pattern ?? {}
  };
}
function nextRun(trigger, after) {
  if (trigger.on !== "schedule" || trigger.cron === void 0) return void 0;
  return cronParser().parse(trigger.cron, { currentDate: after, tz: trigger.timezone ?? "UTC" }).next().toDate();
}
function describeTrigger(trigger) {
  if (trigger.on === "schedule") return `schedule ${trigger.cron ?? ""} (${trigger.timezone ?? "UTC"})`;
  if (trigger.on !== "event" || !trigger.event) return trigger.on;
  const found = { source: /* @__PURE__ */ new Set(), what: /* @__PURE__ */ new Set() };
  collect(eventPatternOf(trigger.event), found);
  const what = [...found.what].join(",");
  const text = `event ${[...found.source].join(",")} ${what}`.trim();
  return text.length > 72 ? `${text.slice(0, 71)}\u2026` : text;
}
function collect(pattern, found) {
  if (Array.isArray(pattern)) return pattern.forEach((p) => collect(p, found));
  if (typeof pattern !== "object" || pattern === null) return;
  for (const [key, value] of Object.entries(pattern)) {
    const literals = Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
    if (key === "source") literals.forEach((v) => found.source.add(v));
    else if (key === "eventName") literals.forEach((v) => found.what.add(v));
    else if (key === "detail-type") literals.filter((v) => !v.endsWith("via CloudTrail")).forEach((v) => found.what.add(v));
    else if (key === "$or" || typeof value === "object" && value !== null && !Array.isArray(value)) collect(value, found);
  }
}
function splitByTrigger(controls, flows, only) {
  const named = new Set(only.filter((p) => !p.includes("*")));
  const run = [];
  const skipped = [];
  for (const c of controls) {
    const on = triggerOf(flows.get(c.flowId)).on;
    (on === "event" || on === "schedule") && !named.has(c.control.id) ? skipped.push(c) : run.push(c);
  }
  return { run, skipped };
}
async function eventTargets(provider, clouds, event) {
  const targets = /* @__PURE__ */ new Set();
  for (const cloud of clouds) {
    for (const t of await provider.targets(cloud)) {
      if (t.account === event.account && (t.region === event.region || t.region === "global")) targets.add(targetKey(t));
    }
  }
  return targets;
}

export {
  triggerOf,
  eventPatternOf,
  nextRun,
  describeTrigger,
  splitByTrigger,
  eventTargets
};
