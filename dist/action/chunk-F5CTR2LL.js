import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  findNodeKind
} from "./chunk-MRDWGFYB.js";
import {
  GLOBAL_REGION
} from "./chunk-RYR2CTGN.js";

// src/engine/flow-targets.ts
var PER_REGION = /* @__PURE__ */ new Set(["aws"]);
function flowTargets(flow, targets) {
  const account = flowScope(flow.nodes) === "account";
  return targets.filter((t) => !PER_REGION.has(t.provider) || t.region === GLOBAL_REGION === account);
}
function flowScope(nodes) {
  const scopes = /* @__PURE__ */ new Set();
  const visit = (node) => {
    const kind = findNodeKind(node.type);
    const scope = kind?.scope?.(node);
    if (scope) scopes.add(scope);
    const body = kind?.bodyKey ? node[kind.bodyKey] : void 0;
    if (Array.isArray(body)) body.forEach(visit);
  };
  nodes.forEach(visit);
  return scopes.has("account") && !scopes.has("region") ? "account" : "region";
}

export {
  flowTargets
};
