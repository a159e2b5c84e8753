import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  builtJson
} from "./chunk-LNOAYWSE.js";
import {
  canonicalService,
  givesNoItem,
  loadService,
  missingLists,
  packageCandidates
} from "./chunk-NOF2L456.js";
import "./chunk-RYR2CTGN.js";
import "./chunk-A6IEPHEW.js";
import "./chunk-RT55AZSI.js";
import "./chunk-7NKVILSJ.js";
import "./chunk-VKFPFGRN.js";

// src/providers/aws/shape-table.ts
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
var SHAPE_TABLE_FILE = "aws-shapes.json";
var BUNDLED_CLIENTS_FILE = "aws-clients.json";
var requireHere = createRequire(import.meta.url);
var table;
var bundled;
var installed = /* @__PURE__ */ new Map();
function tableOf() {
  table ??= builtJson(new URL(`./${SHAPE_TABLE_FILE}`, import.meta.url)) ?? {};
  return table;
}
function runningVersion(name) {
  if (bundled === void 0) bundled = builtJson(new URL(`./${BUNDLED_CLIENTS_FILE}`, import.meta.url)) ?? null;
  if (bundled) return bundled[name] ?? void 0;
  if (!installed.has(name)) {
    let version;
    try {
      version = JSON.parse(readFileSync(requireHere.resolve(`${name}/package.json`), "utf8")).version;
    } catch {
      version = void 0;
    }
    installed.set(name, version);
  }
  return installed.get(name);
}
function tabledLists(service, method) {
  const name = packageCandidates(service)[0];
  const entry = name === void 0 ? void 0 : tableOf()[name];
  if (!entry || entry.service !== canonicalService(service) || runningVersion(name) !== entry.version) return void 0;
  if (!entry.query) return null;
  return entry.lists?.[method] ?? null;
}

// src/providers/aws/recorded-page.ts
async function recordedPageProblem(call, page) {
  if (!givesNoItem(call, page)) return void 0;
  const lists = tabledLists(call.service, call.method);
  const shape = lists !== void 0 ? lists && { protocol: "query", needsBody: true, payload: false, streaming: false, lists } : await loadService(call.service).then(
    (module) => module.outputShape(call.method),
    () => void 0
  );
  const missing = shape && missingLists(shape, page);
  if (!missing) return void 0;
  return `${call.service}.${call.method} always answers with ${missing.join(" or ")} (an empty answer is { "${missing[0]}": [] }), and this recording has none`;
}
export {
  recordedPageProblem
};
