import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  buildGraph,
  checkFlow,
  resolveValues,
  substitute
} from "./chunk-SCVABYIG.js";
import {
  checkFrameworks
} from "./chunk-QCBIGPPD.js";
import {
  builtJson
} from "./chunk-LNOAYWSE.js";
import {
  sortDiagnostics
} from "./chunk-RWQMH7L7.js";
import {
  parseYamlFile
} from "./chunk-H56V4RZW.js";
import {
  UNKNOWN,
  awsOutputShape,
  findAwsAddon,
  findNodeKind,
  under
} from "./chunk-MRDWGFYB.js";
import {
  validateSchema
} from "./chunk-FWPZOP6C.js";
import {
  controlSchema
} from "./chunk-CV5TROGS.js";
import {
  append
} from "./chunk-UH3NDQ7B.js";

// src/load/catalog.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { stat } from "node:fs/promises";
import { basename as basename2, dirname as dirname3, extname, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// src/flow/check-shapes.ts
async function checkFlowShapes(flows) {
  const prepared = [...flows].map((loaded) => ({ loaded, nodes: resolvedNodes(loaded) }));
  const env = await loadAwsShapes(prepared.flatMap((p) => p.nodes));
  return new Map(prepared.map(({ loaded, nodes }) => [loaded, checkOne(loaded, nodes, env)]));
}
function resolvedNodes(loaded) {
  const { values } = resolveValues(loaded.flow.variables ?? {}, {});
  return loaded.nodes.map((node) => substitute(node, values));
}
async function loadAwsShapes(nodes) {
  const calls = /* @__PURE__ */ new Set();
  for (const node of nodes) {
    if (node.type !== "aws.resource" || typeof node.service !== "string" || typeof node.method !== "string") continue;
    calls.add(`${node.service}.${node.method}`);
    for (const name of Array.isArray(node.addons) ? node.addons : []) {
      const addon = typeof name === "string" ? findAwsAddon(name) : void 0;
      if (addon) calls.add(`${addon.related.service}.${addon.related.method}`);
    }
  }
  const shapes = /* @__PURE__ */ new Map();
  await Promise.all(
    [...calls].map(async (call) => {
      const [service, method] = call.split(".");
      shapes.set(call, await awsOutputShape(service, method));
    })
  );
  return { awsOutput: (service, method) => shapes.get(`${service}.${method}`) };
}
function checkOne(loaded, nodes, env) {
  const { graph, problems: graphProblems } = buildGraph(nodes, findNodeKind);
  if (graphProblems.length > 0) return [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const outputs = /* @__PURE__ */ new Map();
  const problems = [];
  for (const id of graph.order) {
    const node = byId.get(id);
    const kind = findNodeKind(node.type);
    const inputs = (graph.inputs.get(id) ?? []).map((ref) => outputs.get(ref.node) ?? UNKNOWN);
    const step = kind?.shape?.(node, inputs, env) ?? { output: UNKNOWN, problems: [] };
    outputs.set(id, step.output);
    const index = loaded.flow.nodes.findIndex((n) => n.id === id);
    if (index >= 0) append(problems, under(["nodes", index], step.problems));
  }
  return problems;
}

// src/load/provenance.ts
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, realpathSync as realpathSync2 } from "node:fs";
import { basename, dirname as dirname2, join as join2, normalize, relative, sep } from "node:path";

// src/load/git-head.ts
import { readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
var HASH = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function gitHeadFromFiles(start, environment = process.env) {
  if (["GIT_DIR", "GIT_WORK_TREE", "GIT_CEILING_DIRECTORIES"].some((name) => environment[name] !== void 0)) return void 0;
  try {
    for (let dir = realpathSync.native(start); ; dir = dirname(dir)) {
      const dotGit = join(dir, ".git");
      const info = statOrUndefined(dotGit);
      if (info) return headOf(dir, info.isDirectory() ? dotGit : resolve(dir, readFileSync(dotGit, "utf8").replace(/^gitdir:\s*/, "").trim()));
      if (dirname(dir) === dir) return void 0;
    }
  } catch {
    return void 0;
  }
}
function headOf(top, gitDir) {
  const commondir = readOr(join(gitDir, "commondir"))?.trim();
  const common = commondir === void 0 ? gitDir : isAbsolute(commondir) ? commondir : resolve(gitDir, commondir);
  if (/^\s*worktree\s*=/im.test(readOr(join(common, "config")) ?? "")) return void 0;
  const head = readFileSync(join(gitDir, "HEAD"), "utf8").trim();
  if (HASH.test(head)) return { top, commit: head };
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  if (!ref) return void 0;
  for (const base of [gitDir, common]) {
    const loose = readOr(join(base, ref))?.trim();
    if (loose !== void 0 && HASH.test(loose)) return { top, commit: loose };
  }
  const line = (readOr(join(common, "packed-refs")) ?? "").split("\n").find((l) => l.endsWith(` ${ref}`));
  const hash = line?.split(" ")[0];
  return hash && HASH.test(hash) ? { top, commit: hash } : void 0;
}
function readOr(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
}
function statOrUndefined(path) {
  try {
    return statSync(path);
  } catch {
    return void 0;
  }
}

// src/load/provenance.ts
var sha256 = (data) => createHash("sha256").update(data).digest("hex");
var slashes = (path) => path.split(sep).join("/");
function under2(folder, path) {
  const prefix = folder.endsWith(sep) ? folder : folder + sep;
  return path.startsWith(prefix) ? path.slice(prefix.length) : void 0;
}
async function provenanceOf(loaded, asked) {
  const unique = [...new Map(loaded.map((f) => [f.absolute, f])).values()];
  const root = commonFolder(unique.map((f) => f.absolute));
  const entries2 = unique.map((f) => {
    const name = slashes(under2(root, f.absolute));
    return { name, key: Buffer.from(name), canonical: f.text.replace(/\r\n/g, "\n"), raw: f.text, absolute: f.absolute };
  }).sort((a, b) => Buffer.compare(a.key, b.key));
  const files = entries2.map((e) => ({ name: e.name, sha256: sha256(e.canonical) }));
  const contentHash = `sha256:${sha256(files.map((f) => `${f.sha256}  ${f.name}
`).join(""))}`;
  if (entries2.length === 0) return { contentHash, root, files };
  const early = asked ? await asked : void 0;
  const facts = early?.root === root ? early : await gitFacts(root);
  return { contentHash, root, files, ...facts ? gitState(facts, entries2) : {} };
}
function commonFolder(paths) {
  if (paths.length === 0) return process.cwd();
  let folder = dirname2(paths[0]);
  for (const path of paths) {
    while (under2(folder, path) === void 0) {
      const up = dirname2(folder);
      if (up === folder) return folder;
      folder = up;
    }
  }
  return folder;
}
function git(cwd, args) {
  return new Promise((resolve3) => {
    execFile("git", ["-C", cwd, ...args], { timeout: 1e4, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => resolve3(error ? void 0 : stdout));
  });
}
async function gitFacts(root) {
  const head = gitHeadFromFiles(root);
  if (head) {
    const listing2 = await git(root, ["ls-tree", "-r", "-z", "--full-name", head.commit]);
    const blobs = listing2 === void 0 ? void 0 : blobsOf(listing2);
    const real = realOr(root);
    const below = real === head.top ? "" : under2(head.top, real);
    const from = below ? `${slashes(below)}/` : "";
    if (blobs && below !== void 0 && [...blobs.keys()].every((path) => path.startsWith(from))) return { root, ...head, blobs };
  }
  const [answer, listing] = await Promise.all([git(root, ["rev-parse", "--show-toplevel", "HEAD"]), git(root, ["ls-tree", "-r", "-z", "--full-name", "HEAD"])]);
  const lines = answer?.trim().split("\n");
  if (lines?.length !== 2 || listing === void 0) return void 0;
  return { root, top: normalize(lines[0]), commit: lines[1], blobs: blobsOf(listing) };
}
function blobsOf(listing) {
  const blobs = /* @__PURE__ */ new Map();
  for (const line of listing.split("\0")) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (m) blobs.set(m[2], m[1]);
  }
  return blobs;
}
function gitState({ top, commit, blobs }, entries2) {
  const real = realPaths();
  const inTree = entries2.map((e) => {
    const path = under2(top, real(e.absolute));
    return { ...e, path: path === void 0 ? void 0 : slashes(path) };
  });
  if (inTree.some((e) => e.path === void 0)) return void 0;
  const same = (e) => {
    const blob = blobs.get(e.path);
    return blob !== void 0 && (blob === blobId(e.canonical, blob.length) || e.raw !== e.canonical && blob === blobId(e.raw, blob.length));
  };
  const changed = inTree.filter((e) => !same(e)).map((e) => e.name);
  return { commit, dirty: changed.length > 0, ...changed.length > 0 ? { changed } : {} };
}
function blobId(text, length) {
  return createHash(length === 64 ? "sha256" : "sha1").update(`blob ${Buffer.byteLength(text)}\0`).update(text).digest("hex");
}
function realOr(path) {
  try {
    return realpathSync2.native(path);
  } catch {
    return path;
  }
}
function realPaths() {
  const folders = /* @__PURE__ */ new Map();
  return (path) => {
    let link;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      return path;
    }
    if (link) return realOr(path);
    const folder = dirname2(path);
    let real = folders.get(folder);
    if (real === void 0) folders.set(folder, real = realOr(folder));
    return join2(real, basename(path));
  };
}
function describeProvenance(p, cwd) {
  const where = slashes(relative(cwd, p.root)) || ".";
  const content = `Content hash: ${p.contentHash} (${p.files.length} control, flow and framework file(s) under ${where})`;
  if (p.commit === void 0) return [content, "Git commit: none (the loaded files are not all in one git work tree with a commit)"];
  if (!p.dirty) return [content, `Git commit: ${p.commit} (the loaded files are as committed)`];
  const changed = p.changed ?? [];
  const shown = changed.length > 5 ? `${changed.slice(0, 5).join(", ")}, \u2026` : changed.join(", ");
  return [content, `Git commit: ${p.commit}-dirty (${changed.length} loaded file(s) differ from it: ${shown})`];
}

// src/load/content-cache.ts
import { createHash as createHash2 } from "node:crypto";
var CACHE_FILE = "content-cache.json";
var entries;
var load = () => builtJson(new URL(`./${CACHE_FILE}`, import.meta.url)) ?? {};
var textKey = (text) => createHash2("sha256").update(text).digest("hex");
function cachedDoc(text) {
  entries ??= load();
  const key = textKey(text);
  const found = entries[key];
  if (found) delete entries[key];
  return found;
}
function cachedFlowNodes(value, cached) {
  const nodes = value.nodes;
  return cached.trigger ? [cached.trigger, ...nodes] : nodes;
}

// src/load/yaml-files.ts
import { readdirSync, statSync as statSync2 } from "node:fs";
import { join as join3 } from "node:path";
async function yamlFiles(absolute, options = {}) {
  return listYamlFiles(absolute, options.tests === true);
}
function listYamlFiles(absolute, tests) {
  const info = statOrUndefined2(absolute);
  if (!info) return void 0;
  if (!info.isDirectory()) return [absolute];
  const found = [];
  for (const entry of readdirSync(absolute, { withFileTypes: true })) {
    const path = join3(absolute, entry.name);
    const isFile = entry.isFile() || entry.isSymbolicLink() && statOrUndefined2(path)?.isFile() === true;
    if (entry.isDirectory() && entry.name !== "node_modules") append(found, listYamlFiles(path, tests) ?? []);
    else if (isFile && /\.ya?ml$/.test(entry.name) && /\.test\.ya?ml$/.test(entry.name) === tests) found.push(path);
  }
  return found;
}
function statOrUndefined2(path) {
  try {
    return statSync2(path);
  } catch {
    return void 0;
  }
}

// src/load/catalog.ts
function cachedParse(file, text, value) {
  let parsed;
  return { value, diagnostics: [], locate: (path, options) => (parsed ??= parseYamlFile(file, text)).locate(path, options) };
}
var has = (value, key) => typeof value === "object" && value !== null && !Array.isArray(value) && key in value;
async function loadCatalog(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const display = (absolute) => relative2(cwd, absolute).split(sep2).join("/") || absolute;
  const diagnostics = [];
  const report = (doc, problems) => {
    for (const p of problems) {
      const { line, col } = doc.parsed.locate(p.path, { key: p.code === "unknown-key" });
      diagnostics.push({ file: doc.file, line, col, code: p.code, message: p.message });
    }
  };
  const files = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const absolute = resolve2(cwd, path);
    const found = await yamlFiles(absolute);
    if (found === void 0) diagnostics.push({ file: display(absolute), line: 1, col: 1, code: "no-such-path", message: "no such file or folder" });
    else for (const f of found) files.add(f);
  }
  const git2 = files.size > 0 ? gitFacts(commonFolder([...files])) : void 0;
  const docs = /* @__PURE__ */ new Map();
  const read = async (absolute) => {
    if (docs.has(absolute)) return docs.get(absolute);
    const file = display(absolute);
    let doc;
    try {
      const text = readFileSync2(absolute, "utf8");
      const cached = cachedDoc(text);
      doc = cached ? { file, absolute, text, parsed: cachedParse(file, text, cached.value), cached } : { file, absolute, text, parsed: parseYamlFile(file, text) };
      append(diagnostics, doc.parsed.diagnostics);
    } catch (error) {
      const why = error.code ?? error.message;
      diagnostics.push({ file, line: 1, col: 1, code: "unreadable-file", message: `cannot read this file (${why})` });
    }
    docs.set(absolute, doc);
    return doc;
  };
  const controls = [];
  const frameworkDocs = [];
  const flows = /* @__PURE__ */ new Map();
  const flowDocs = /* @__PURE__ */ new Map();
  const checked = /* @__PURE__ */ new Set();
  const addFlow = (doc) => {
    checked.add(doc);
    const known = options.runtime ? void 0 : doc.cached?.flow;
    const { nodes, problems } = known ? { nodes: cachedFlowNodes(doc.parsed.value, known), problems: [] } : checkFlow(doc.parsed.value, { runtime: options.runtime });
    report(doc, problems);
    const flow = doc.parsed.value;
    if (typeof flow.id !== "string") return;
    const first = flowDocs.get(flow.id);
    if (first) return report(doc, [{ path: ["id"], code: "duplicate-id", message: `flow id "${flow.id}" is also used by ${first.file}` }]);
    const stem = basename2(doc.absolute, extname(doc.absolute));
    if (stem !== flow.id) report(doc, [{ path: ["id"], code: "id-mismatch", message: `flow id "${flow.id}" must match its file name "${stem}" (controls name flows by id)` }]);
    flowDocs.set(flow.id, doc);
    if (problems.length === 0) flows.set(flow.id, { flow, file: doc.file, nodes });
  };
  for (const absolute of [...files].sort()) {
    if (/\.test\.ya?ml$/.test(absolute)) continue;
    const doc = await read(absolute);
    if (!doc || doc.parsed.diagnostics.length > 0) continue;
    const value = doc.parsed.value;
    if (has(value, "nodes")) addFlow(doc);
    else if (has(value, "flow")) controls.push({ doc, control: value });
    else if (has(value, "requirements")) frameworkDocs.push(doc);
    else report(doc, [{ path: [], code: "unknown-document", message: "neither a control (has `flow:`), a flow (has `nodes:`) nor a framework (has `requirements:`)" }]);
  }
  const loaded = [];
  const controlDocs = /* @__PURE__ */ new Map();
  const valid = /* @__PURE__ */ new Set();
  for (const { doc, control } of controls) {
    const idLine = doc.cached?.idLine;
    const problems = idLine !== void 0 ? [] : validateSchema(controlSchema, control);
    report(doc, problems);
    if (problems.length === 0) valid.add(control);
    if (typeof control.id === "string") {
      const first = controlDocs.get(control.id);
      if (first) {
        report(doc, [{ path: ["id"], code: "duplicate-id", message: `control id "${control.id}" is also used by ${first.file}` }]);
        continue;
      }
      controlDocs.set(control.id, doc);
    }
    const flowId = typeof control.flow === "string" && control.flow !== "" ? await resolveFlow(control.flow, doc) : void 0;
    if (flowId === void 0 || problems.length > 0) continue;
    loaded.push({ control, file: doc.file, line: idLine ?? doc.parsed.locate(["id"], { key: true }).line, flowId });
  }
  async function resolveFlow(name, doc) {
    const unknownFlow = (message) => report(doc, [{ path: ["flow"], code: "unknown-flow", message }]);
    let id = name;
    if (/\.ya?ml$/.test(name)) {
      const absolute = resolve2(dirname3(doc.absolute), name);
      const info = await stat(absolute).catch(() => void 0);
      if (!info?.isFile()) return void unknownFlow(`no file "${name}" (a flow path is relative to this control's file)`);
      const target = await read(absolute);
      if (!target || target.parsed.diagnostics.length > 0) return void 0;
      if (!has(target.parsed.value, "nodes")) return void unknownFlow(`"${name}" is not a flow (it has no \`nodes:\`)`);
      if (!checked.has(target)) addFlow(target);
      const targetId = target.parsed.value.id;
      if (typeof targetId !== "string") return void 0;
      id = targetId;
    }
    if (!flowDocs.has(id)) {
      const known = [...flowDocs.keys()].sort();
      const list = known.length > 8 ? `${known.slice(0, 8).join(", ")}, \u2026` : known.join(", ");
      const hint = known.length > 0 ? ` (flows: ${list}; is the folder holding it passed to ctrlflow (--flows, or a validate path)?)` : " (no flows were loaded: pass the flows folder too)";
      return void unknownFlow(`no flow "${name}" was loaded${hint}`);
    }
    const flow = flows.get(id);
    if (flow && !flow.nodes.some((n) => findNodeKind(n.type)?.role === "verdict")) {
      report(doc, [{ path: ["flow"], code: "no-evaluate", message: `flow "${id}" has no evaluate node, so it cannot give PASS/FAIL results` }]);
      return void 0;
    }
    return id;
  }
  if (options.runtime) {
    for (const [flow, problems] of await checkFlowShapes(flows.values())) {
      const doc = flowDocs.get(flow.flow.id);
      if (doc) report(doc, problems);
    }
  }
  const frameworks = checkFrameworks(frameworkDocs, controls.map((c) => ({ ...c, valid: valid.has(c.control) })), report);
  const provenance = await provenanceOf([...controls.map((c) => c.doc), ...checked, ...frameworkDocs], git2);
  return { controls: loaded, flows, frameworks, diagnostics: sortDiagnostics(diagnostics), provenance };
}

export {
  gitHeadFromFiles,
  describeProvenance,
  yamlFiles,
  loadCatalog
};
