import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/model/action.ts
import { hash } from "node:crypto";
var ACTION_STATUSES = ["planned", "awaiting-approval", "not-selected", "over-limit", "applied", "no-op", "failed", "interrupted"];
var actionRecordSchema = {
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
function callsText(record) {
  return record.calls.map((c) => `${c.service} ${c.method}`).join(" \u2192 ") || `node ${record.node}`;
}
var ACTION_STATUS_TEXT = {
  planned: "planned",
  "awaiting-approval": "awaiting approval",
  "not-selected": "not selected",
  "over-limit": "over limit",
  applied: "applied",
  "no-op": "no-op",
  failed: "failed",
  interrupted: "interrupted"
};
function notes(record) {
  const parts = [record.error && `${record.error.code}: ${record.error.message}`, record.outcome?.replace("-", " ")].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}
function actionText(record) {
  return `${ACTION_STATUS_TEXT[record.status]}: ${callsText(record)}${notes(record)}`;
}
function actionKey(place, resourceId, record) {
  return JSON.stringify([place.provider, place.account, place.region, record.node, resourceId, record.calls.map((c) => [c.step, c.service, c.method, c.params])]);
}
var PendingTally = class {
  constructor(inOrder) {
    this.inOrder = inOrder;
  }
  inOrder;
  actions = 0;
  results = 0;
  awaitingApproval = 0;
  place;
  /** This place's calls by node, then by resource: maps rather than a joined key, as this runs for every FAIL of a scan. */
  here = /* @__PURE__ */ new Map();
  seen = /* @__PURE__ */ new Set();
  waiting = /* @__PURE__ */ new Set();
  /** Adds one result's pending actions. */
  count(result) {
    if (!result.actions) return;
    let any = false;
    for (const a of result.actions) {
      if (a.status !== "planned" && a.status !== "awaiting-approval") continue;
      any = true;
      if (this.inOrder) this.byPlace(result, a);
      else this.byDigest(result, a);
    }
    if (any) this.results += 1;
  }
  byPlace(result, a) {
    const place = this.place;
    if (place === void 0 || place.provider !== result.provider || place.account !== result.account || place.region !== result.region) {
      this.place = result;
      this.here.clear();
    }
    const resourceId = result.resourceId ?? "";
    let near = this.here.get(a.node);
    if (!near) this.here.set(a.node, near = /* @__PURE__ */ new Map());
    let list = near.get(resourceId);
    let seen;
    let key;
    if (list) {
      key = actionKey(result, resourceId, a);
      seen = list.find((s) => (s.key ??= actionKey(result, s.resourceId, s.record)) === key);
    }
    if (!seen) {
      seen = { resourceId, record: a, waiting: false, key };
      if (list) list.push(seen);
      else near.set(resourceId, list = [seen]);
      this.actions += 1;
    }
    if (a.status === "awaiting-approval" && !seen.waiting) {
      seen.waiting = true;
      this.awaitingApproval += 1;
    }
  }
  byDigest(result, a) {
    const key = hash("sha256", actionKey(result, result.resourceId ?? "", a), "base64").slice(0, 22);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.actions += 1;
    }
    if (a.status === "awaiting-approval" && !this.waiting.has(key)) {
      this.waiting.add(key);
      this.awaitingApproval += 1;
    }
  }
};
function planOf(summary) {
  return summary.plan ?? { actions: 0, results: 0, awaitingApproval: 0 };
}
function planSection(tally) {
  return tally.actions > 0 ? { plan: { actions: tally.actions, results: tally.results, awaitingApproval: tally.awaitingApproval } } : {};
}

export {
  actionRecordSchema,
  callsText,
  ACTION_STATUS_TEXT,
  actionText,
  actionKey,
  PendingTally,
  planOf,
  planSection
};
