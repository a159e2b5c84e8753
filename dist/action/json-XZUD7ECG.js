import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  PASS_GROUP_SIZE
} from "./chunk-RF7RP6NI.js";
import "./chunk-VKFPFGRN.js";

// reporters/json.ts
var json = {
  format: "json",
  extension: "json",
  summary: "every result, each control once (schemaVersion 2.0)",
  open(head, out) {
    out.write(`${headLine(head)}
`);
    const grouping = head.evidence !== "full";
    let first = true;
    let group;
    const line = (text) => {
      out.write(first ? text : `,
${text}`);
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
var LEAN_PASS_KEYS = /* @__PURE__ */ new Set(["controlId", "status", "provider", "account", "region", "resourceId", "displayName"]);
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
export {
  headLine,
  json,
  summaryLine
};
