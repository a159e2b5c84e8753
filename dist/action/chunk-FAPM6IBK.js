import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  loadCatalog,
  yamlFiles
} from "./chunk-D4BNSKXI.js";
import {
  formatDiagnostic
} from "./chunk-RWQMH7L7.js";
import {
  bundledContentPaths
} from "./chunk-EMRUF3FH.js";

// src/cli/content.ts
import { relative } from "node:path";

// src/load/bundled.ts
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";
async function withBundled(user, bundled, cwd) {
  const listings = /* @__PURE__ */ new Map();
  const listed = (folder) => listings.get(folder) ?? listings.set(folder, yamlFiles(folder)).get(folder);
  const shipped = [];
  for (const [root, rootKind] of [[bundled.controls, "control"], [bundled.flows, "flow"]]) {
    for (const file of [...await listed(root) ?? []].sort()) {
      shipped.push({ file, kind: rootKind === "control" && basename(dirname(file)) === "frameworks" ? "framework" : rootKind });
    }
  }
  const isShipped = new Set(shipped.map((s) => s.file));
  const own = /* @__PURE__ */ new Set();
  for (const path of user) for (const file of await listed(resolve(cwd, path)) ?? []) own.add(file);
  const ids = /* @__PURE__ */ new Map();
  for (const file of own) {
    const found = isShipped.has(file) ? void 0 : await idOf(file);
    if (found) ids.set(`${found.kind}:${found.id}`, file);
  }
  const paths = [...user];
  const replaced = [];
  for (const { file, kind } of shipped) {
    if (own.has(file)) continue;
    const id = basename(file, extname(file));
    const mine = ids.get(`${kind}:${id}`);
    if (mine === void 0) paths.push(file);
    else replaced.push({ kind, id, file: mine });
  }
  return { paths, replaced };
}
async function idOf(file) {
  let value;
  try {
    const { parse } = await import("./dist-BGC5PMLJ.js");
    value = parse(await readFile(file, "utf8"));
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  const doc = value;
  if (typeof doc.id !== "string") return void 0;
  const kind = "nodes" in doc ? "flow" : "flow" in doc ? "control" : "requirements" in doc ? "framework" : void 0;
  return kind && { kind, id: doc.id };
}

// src/cli/content.ts
async function contentPaths(args, io) {
  const own = [...args.controls, ...args.flows];
  const bundled = args.bundled === true ? bundledContentPaths() : void 0;
  if (!bundled) return own;
  const { paths, replaced } = await withBundled(own, bundled, args.cwd);
  for (const r of replaced) io.err(`warning: ${relative(args.cwd, r.file) || r.file}: ${r.kind} ${r.id} replaces the bundled ${r.kind} of that id (--no-bundled leaves the bundled content out)`);
  return paths;
}
async function loadCheckedCatalog(paths, cwd, io, nothing) {
  const catalog = await loadCatalog(paths, { cwd });
  if (catalog.diagnostics.length === 0) return catalog;
  for (const d of catalog.diagnostics) io.err(formatDiagnostic(d));
  if (nothing !== void 0) io.err(`${catalog.diagnostics.length} error(s): ${nothing}`);
  return void 0;
}

export {
  contentPaths,
  loadCheckedCatalog
};
