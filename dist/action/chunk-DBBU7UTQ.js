import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  checkFlow
} from "./chunk-SCVABYIG.js";
import {
  findNodeKind
} from "./chunk-MRDWGFYB.js";
import {
  validateSchema
} from "./chunk-FWPZOP6C.js";
import {
  append
} from "./chunk-UH3NDQ7B.js";

// src/load/bundle.ts
var MAX_BUNDLE_FLOWS = 10;
var bundleSchema = {
  type: "object",
  additionalProperties: false,
  required: ["format", "version", "flows"],
  properties: {
    format: { const: "ctrlflow-flow-bundle" },
    version: { const: 1 },
    exportedBy: { type: "string" },
    exportedAt: { type: "string" },
    flows: { type: "array", minItems: 1, maxItems: MAX_BUNDLE_FLOWS, items: { type: "object" } },
    reconfigure: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["flow", "path", "what"],
        properties: { flow: { type: "string" }, path: { type: "string" }, what: { type: "string" } }
      }
    }
  }
};
function makeBundle(flows, exportedBy, now) {
  const reconfigure = [];
  const exported = flows.map((flow) => {
    const copy = structuredClone(flow);
    for (const [name, variable] of Object.entries(copy.variables ?? {})) {
      if (!variable.secret) continue;
      variable.value = "";
      reconfigure.push({ flow: flow.id, path: `variables.${name}.value`, what: `secret variable ${name}: set its value, or pass --var ${name}=\u2026` });
    }
    copy.nodes.forEach((node, i) => stripCredentials(node, ["nodes", i], (path, what) => reconfigure.push({ flow: flow.id, path: path.join("."), what })));
    return copy;
  });
  return { format: "ctrlflow-flow-bundle", version: 1, exportedBy, exportedAt: now.toISOString(), flows: exported, reconfigure };
}
function stripCredentials(node, at, removed) {
  const kind = findNodeKind(node.type);
  if (!kind) return;
  for (const path of kind.credentialPaths?.(node) ?? []) {
    const parent = path.slice(0, -1).reduce((v, k) => v[k], node);
    delete parent[path[path.length - 1]];
    removed([...at, ...path], `node ${node.id} (${node.type}): ${path.join(".")} was removed on export; configure it again (credentials come from \${env:NAME})`);
  }
  const body = kind.bodyKey ? node[kind.bodyKey] : void 0;
  if (Array.isArray(body)) body.forEach((inner, j) => stripCredentials(inner, [...at, kind.bodyKey, j], removed));
}
function checkBundle(value) {
  const problems = validateSchema(bundleSchema, value);
  if (problems.length > 0) return problems;
  const { flows } = value;
  const seen = /* @__PURE__ */ new Set();
  flows.forEach((flow, i) => {
    append(problems, checkFlow(flow).problems.map((p) => ({ ...p, path: ["flows", i, ...p.path] })));
    if (typeof flow.id === "string") {
      if (seen.has(flow.id)) problems.push({ path: ["flows", i, "id"], code: "duplicate-id", message: `flow id "${flow.id}" is in the bundle twice` });
      seen.add(flow.id);
    }
  });
  return problems;
}

export {
  MAX_BUNDLE_FLOWS,
  makeBundle,
  checkBundle
};
