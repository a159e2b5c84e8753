import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  closest,
  editDistance,
  validateSchema
} from "./chunk-FWPZOP6C.js";
import {
  CLOUDS
} from "./chunk-CV5TROGS.js";
import {
  append
} from "./chunk-UH3NDQ7B.js";

// src/load/frameworks.ts
import { basename, extname } from "node:path";

// src/model/framework.ts
var ASSESSMENTS = ["automated", "manual"];
var ID = "^[A-Za-z0-9][A-Za-z0-9_.-]*$";
var frameworkSchema = {
  $id: "ctrlflow/framework",
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "version", "provider", "requirements"],
  properties: {
    id: { type: "string", pattern: ID },
    title: { type: "string", minLength: 1 },
    version: { type: "string", minLength: 1 },
    provider: { enum: [...CLOUDS] },
    source: { type: "string", format: "uri" },
    requirements: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "title", "assessment"],
        properties: {
          id: { type: "string", pattern: ID },
          title: { type: "string", minLength: 1, pattern: "^[^\\n]*$" },
          section: { type: "string", minLength: 1 },
          level: { type: "integer", minimum: 1 },
          assessment: { enum: [...ASSESSMENTS] },
          controls: { type: "array", uniqueItems: true, items: { type: "string", pattern: ID } }
        }
      }
    }
  }
};

// src/load/frameworks.ts
function checkFrameworks(docs, controls, report) {
  const loaded = [];
  const byId = /* @__PURE__ */ new Map();
  for (const doc of docs) {
    const problems = doc.cached?.framework ? [] : validateSchema(frameworkSchema, doc.parsed.value).map(quoteHint);
    const value = doc.parsed.value;
    if (problems.length === 0) append(problems, duplicateRequirements(value, doc));
    if (typeof value.id === "string") {
      const first = byId.get(value.id);
      if (first) problems.push({ path: ["id"], code: "duplicate-id", message: `framework id "${value.id}" is also used by ${first.file}` });
      else byId.set(value.id, doc);
      const stem = basename(doc.absolute, extname(doc.absolute));
      if (stem !== value.id) problems.push({ path: ["id"], code: "id-mismatch", message: `framework id "${value.id}" must match its file name "${stem}"` });
    }
    report(doc, problems);
    if (problems.length > 0) continue;
    const framework = value;
    loaded.push({ doc, framework: { ...framework, requirements: framework.requirements.map((r) => ({ ...r, controls: r.controls ?? [] })) } });
  }
  const known = /* @__PURE__ */ new Map();
  for (const c of controls) if (typeof c.control.id === "string" && !known.has(c.control.id)) known.set(c.control.id, c);
  for (const { doc, framework } of loaded) {
    report(doc, listedControls(framework, known));
    const index = new Map(framework.requirements.map((r, i) => [r.id, i]));
    for (const c of controls) if (c.valid) report(c.doc, namedRequirements(c.control, framework, index, doc));
  }
  return loaded.map(({ doc, framework }) => ({ framework, file: doc.file }));
}
function quoteHint(p) {
  if (p.code !== "bad-type" || p.path.at(-1) !== "id") return p;
  return { ...p, message: `${p.message}: quote it ("2.10"), as YAML reads 2.10 as the number 2.1` };
}
function duplicateRequirements(framework, doc) {
  const seen = /* @__PURE__ */ new Map();
  const problems = [];
  framework.requirements.forEach((r, i) => {
    const first = seen.get(r.id);
    if (first === void 0) seen.set(r.id, i);
    else {
      const line = doc.parsed.locate(["requirements", first, "id"]).line;
      problems.push({ path: ["requirements", i, "id"], code: "duplicate-requirement", message: `requirement "${r.id}" is already listed at line ${line}` });
    }
  });
  return problems;
}
function listedControls(framework, known) {
  const problems = [];
  framework.requirements.forEach(
    (r, i) => (r.controls ?? []).forEach((id, j) => {
      const path = ["requirements", i, "controls", j];
      const source = known.get(id);
      if (!source) {
        const near = closest(id, [...known.keys()]);
        const hint = near ? ` (did you mean "${near}"?)` : known.size === 0 ? " (no controls were loaded: pass the controls folder too)" : "";
        return void problems.push({ path, code: "unknown-control", message: `no control "${id}" was loaded${hint}` });
      }
      if (!source.valid) return;
      const { control } = source;
      if (control.provider !== framework.provider) {
        return void problems.push({ path, code: "provider-mismatch", message: `${id} is a control for ${control.provider}, but ${framework.id} is a framework for ${framework.provider}` });
      }
      if (!(control.compliance?.[framework.id] ?? []).includes(r.id)) {
        const at = `${source.doc.file}:${source.doc.parsed.locate(["compliance"], { key: true }).line}`;
        problems.push({ path, code: "mapping-mismatch", message: `${id} does not name requirement "${r.id}": add it to its compliance under ${framework.id} (${at}), or remove ${id} here` });
      }
    })
  );
  return problems;
}
function namedRequirements(control, framework, index, doc) {
  const problems = [];
  for (const key of Object.keys(control.compliance ?? {})) {
    if (key !== framework.id && key.toLowerCase() === framework.id.toLowerCase()) {
      problems.push({ path: ["compliance", key], code: "unknown-framework", message: `"${key}" is not "${framework.id}": a framework's compliance key is its id, exactly` });
    }
  }
  (control.compliance?.[framework.id] ?? []).forEach((id, k) => {
    const path = ["compliance", framework.id, k];
    const i = index.get(id);
    if (i === void 0) {
      const hint = nearest(id, [...index.keys()]);
      return void problems.push({ path, code: "unknown-requirement", message: `${framework.id} has no requirement "${id}"${hint}` });
    }
    if (!(framework.requirements[i].controls ?? []).includes(control.id)) {
      const at = `${doc.file}:${doc.parsed.locate(["requirements", i, "controls"], { key: true }).line}`;
      problems.push({ path, code: "mapping-mismatch", message: `requirement "${id}" of ${framework.id} does not list ${control.id}: add it to that requirement's controls (${at}), or remove "${id}" here` });
    }
  });
  return problems;
}
function nearest(typo, ids) {
  const limit = typo.length <= 3 ? 1 : 2;
  let best = limit + 1;
  let near = [];
  for (const id of ids) {
    const d = editDistance(typo.toLowerCase(), id.toLowerCase());
    if (d < best) [best, near] = [d, [id]];
    else if (d === best) near.push(id);
  }
  if (near.length === 0 || near.length > 3) return "";
  return ` (did you mean ${near.map((id) => `"${id}"`).join(" or ")}?)`;
}

export {
  ASSESSMENTS,
  checkFrameworks,
  nearest
};
