import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  checkBundle
} from "./chunk-DBBU7UTQ.js";
import "./chunk-F4PBMPVG.js";
import "./chunk-SCVABYIG.js";
import {
  formatDiagnostic
} from "./chunk-RWQMH7L7.js";
import {
  parseYamlFile
} from "./chunk-H56V4RZW.js";
import {
  require_dist
} from "./chunk-ZWLDRKVE.js";
import "./chunk-MRDWGFYB.js";
import "./chunk-OF6ZO72D.js";
import "./chunk-NOF2L456.js";
import "./chunk-GZSOM6X5.js";
import "./chunk-JF2CDZTK.js";
import "./chunk-RYR2CTGN.js";
import "./chunk-EPDO45GY.js";
import "./chunk-A6IEPHEW.js";
import {
  MAX_JSON_DEPTH,
  jsonTextDepth
} from "./chunk-RT55AZSI.js";
import "./chunk-FWPZOP6C.js";
import {
  UsageError
} from "./chunk-EMRUF3FH.js";
import "./chunk-7NKVILSJ.js";
import {
  EXIT
} from "./chunk-DVYICCYC.js";
import "./chunk-7SG3EKPI.js";
import "./chunk-UH3NDQ7B.js";
import {
  resolveInside,
  writeFileInside
} from "./chunk-PYOKT7AG.js";
import "./chunk-EODJP2HT.js";
import "./chunk-TXBJIEWP.js";
import "./chunk-NP7VFWU3.js";
import {
  __toESM
} from "./chunk-VKFPFGRN.js";

// src/cli/commands/import.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, lstatSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
async function importCommand(args, io) {
  const path = resolve(args.cwd, args.bundle);
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(`${args.bundle}: cannot read the bundle file`);
  }
  if (jsonTextDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new UsageError(`${args.bundle}: nested deeper than ${MAX_JSON_DEPTH} levels, which no flow is: nothing was imported`);
  const parsed = parseYamlFile(args.bundle, text);
  const problems = parsed.diagnostics.length > 0 ? [] : checkBundle(parsed.value);
  const diagnostics = [
    ...parsed.diagnostics,
    ...problems.map((p) => ({ file: args.bundle, ...parsed.locate(p.path, { key: p.code === "unknown-key" }), code: p.code, message: p.message }))
  ];
  if (diagnostics.length > 0) {
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    io.err(`${diagnostics.length} error(s): nothing was imported`);
    return EXIT.BAD_INPUT;
  }
  const bundle = parsed.value;
  const folder = resolve(args.cwd, args.into);
  const targets = bundle.flows.map((flow) => ({ flow, name: `${flow.id}.yaml`, file: resolveInside(folder, `${flow.id}.yaml`) }));
  const existing = targets.filter((t) => existsSync(t.file));
  if (existing.length > 0 && !args.force) {
    throw new UsageError(`would overwrite ${existing.map((t) => relative(args.cwd, t.file)).join(", ")}: pass --force to replace them`);
  }
  const notFiles = existing.filter((t) => !lstatSync(t.file).isFile());
  if (notFiles.length > 0) throw new UsageError(`${notFiles.map((t) => relative(args.cwd, t.file)).join(", ")} ${notFiles.length > 1 ? "are" : "is"} not a file: nothing was imported`);
  try {
    await writeAllOrNone(folder, targets.map((t) => ({ name: t.name, data: (0, import_yaml.stringify)(t.flow, { lineWidth: 0 }) })));
  } catch (error) {
    throw new UsageError(`cannot write into ${args.into} (${error.code ?? error.message}): nothing was imported`);
  }
  for (const { flow, file } of targets) io.out(`Imported ${flow.id} -> ${relative(args.cwd, file)}`);
  for (const r of bundle.reconfigure ?? []) io.out(`  configure again: ${r.flow} ${r.path}: ${r.what}`);
  return EXIT.OK;
}
async function writeAllOrNone(folder, files) {
  await mkdir(folder, { recursive: true });
  const staging = await mkdtemp(join(folder, ".ctrlflow-import-"));
  const stage = basename(staging);
  const done = [];
  try {
    for (const { name, data } of files) await writeFileInside(folder, `${stage}/${name}`, data, { exclusive: true });
    for (const { name } of files) {
      const target = resolveInside(folder, name);
      const staged = join(staging, name);
      const step = { target, staged };
      if (existsSync(target)) {
        step.previous = join(staging, `${name}.previous`);
        await rename(target, step.previous);
      }
      done.push(step);
      await rename(staged, target);
    }
  } catch (error) {
    for (const step of done.reverse()) {
      if (existsSync(step.target) && !existsSync(step.staged)) await rename(step.target, step.staged).catch(() => void 0);
      if (step.previous) await rename(step.previous, step.target).catch(() => void 0);
    }
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
export {
  importCommand
};
