import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  cloudEventSchema
} from "./chunk-3PPJS5KW.js";
import {
  yamlFiles
} from "./chunk-D4BNSKXI.js";
import {
  parseYamlFile
} from "./chunk-H56V4RZW.js";
import {
  closest,
  validateSchema
} from "./chunk-FWPZOP6C.js";
import {
  append
} from "./chunk-UH3NDQ7B.js";

// src/load/control-tests.ts
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, relative, resolve, sep } from "node:path";

// src/model/control-test.ts
var controlTestSchema = {
  type: "object",
  additionalProperties: false,
  required: ["cases"],
  properties: {
    control: { type: "string" },
    cases: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name", "inventory", "expect"],
        properties: {
          name: { type: "string", minLength: 1 },
          inventory: {
            anyOf: [
              { type: "string", minLength: 1 },
              {
                type: "object",
                propertyNames: { pattern: "^(aws|azure|gcp)/[^/]+/[^/]+$" },
                // A call (`EC2.DescribeSecurityGroups[OwnerIds=self]`, `….error`) or `_error` for the target.
                additionalProperties: { type: "object", propertyNames: { pattern: "^(_error|[A-Za-z0-9]+\\.[A-Za-z0-9]+(\\[.*\\])?(\\.error)?)$" } }
              }
            ]
          },
          expect: { type: "object", additionalProperties: { enum: ["PASS", "FAIL", "ERROR"] } },
          vars: { type: "object", additionalProperties: { type: "string" } },
          event: { anyOf: [{ type: "string", minLength: 1 }, cloudEventSchema] },
          fires: { type: "boolean" },
          missingKeys: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true }
        },
        // Something to check: expectations, or an event that must not fire the flow.
        if: { required: ["fires"], properties: { fires: { const: false } } },
        then: { required: ["event"], properties: { expect: { maxProperties: 0 } } },
        else: { properties: { expect: { minProperties: 1 } } }
      }
    }
  }
};

// src/load/control-tests.ts
async function loadControlTests(paths, cwd) {
  const tests = [];
  const diagnostics = [];
  for (const absolute of (await Promise.all(paths.map((p) => testFiles(resolve(cwd, p))))).flat().sort()) {
    const file = relative(cwd, absolute).split(sep).join("/");
    const text = await readFile(absolute, "utf8").catch((error) => {
      diagnostics.push({ file, line: 1, col: 1, code: "unreadable-file", message: `cannot read this file (${error.code ?? error.message})` });
      return void 0;
    });
    if (text === void 0) continue;
    const parsed = parseYamlFile(file, text);
    append(diagnostics, parsed.diagnostics);
    if (parsed.diagnostics.length > 0) continue;
    const problems = validateSchema(controlTestSchema, parsed.value);
    for (const p of problems) diagnostics.push({ file, ...parsed.locate(p.path, { key: p.code === "unknown-key" }), code: p.code, message: p.message });
    if (problems.length > 0) continue;
    const value = parsed.value;
    tests.push({ file, absolute, controlId: value.control ?? basename(absolute).replace(/\.test\.ya?ml$/, ""), tests: value, locate: parsed.locate });
  }
  return { tests, diagnostics };
}
async function testFiles(absolute) {
  const found = await yamlFiles(absolute, { tests: true }) ?? [];
  return found.filter((f) => /\.test\.ya?ml$/.test(f));
}
var TARGET_KEY = /^(aws|azure|gcp)\//;
var isDirectory = (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
var isFile = (path) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;
function checkControlTests(tests, controls, flows) {
  const diagnostics = [];
  for (const test of tests) {
    const report = (problems, key = false) => {
      for (const p of problems) diagnostics.push({ file: test.file, ...test.locate(p.path, { key }), code: p.code, message: p.message });
    };
    const control = controls.find((c) => c.control.id === test.controlId);
    const brokenSibling = test.tests.control === void 0 && existsSync(test.absolute.replace(/\.test\.(ya?ml)$/, ".$1"));
    if (!control && !brokenSibling) {
      const near = closest(test.controlId, controls.map((c) => c.control.id));
      const hint = near ? ` (did you mean "${near}"?)` : " (name it with control:, or keep the test beside its control, named <ID>.test.yaml)";
      report([{ path: test.tests.control === void 0 ? [] : ["control"], code: "unknown-control", message: `no control "${test.controlId}" was loaded${hint}` }]);
    }
    const variables = Object.keys(control ? flows.get(control.flowId)?.flow.variables ?? {} : {});
    test.tests.cases.forEach((testCase, i) => {
      const at = ["cases", i];
      const here = dirname(test.absolute);
      if (typeof testCase.inventory === "string" && !isDirectory(resolve(here, testCase.inventory))) {
        report([{ path: [...at, "inventory"], code: "no-such-path", message: `no inventory folder "${testCase.inventory}" (a path is relative to this test file)` }]);
      }
      if (typeof testCase.event === "string" && !isFile(resolve(here, testCase.event))) {
        report([{ path: [...at, "event"], code: "no-such-path", message: `no event file "${testCase.event}" (a path is relative to this test file)` }]);
      }
      if (control) {
        for (const name of Object.keys(testCase.vars ?? {})) {
          if (variables.includes(name)) continue;
          const near = closest(name, variables);
          const hint = near ? `did you mean "${near}"?` : variables.length > 0 ? `variables: ${variables.join(", ")}` : "it declares none";
          report([{ path: [...at, "vars", name], code: "unknown-variable", message: `flow "${control.flowId}" has no variable "${name}" (${hint})` }], true);
        }
      }
      const targets = typeof testCase.inventory === "string" ? void 0 : Object.keys(testCase.inventory);
      for (const key of Object.keys(testCase.expect)) report(under([...at, "expect", key], checkExpectationKey(key, targets)), true);
    });
  }
  return diagnostics;
}
function under(path, problems) {
  return problems.map((p) => ({ ...p, path }));
}
function checkExpectationKey(key, targets) {
  if (key.trim() === "") return [{ path: [], code: "bad-key", message: "an expectation names a resource id or display name; this key is blank" }];
  if (key.trim() !== key) return [{ path: [], code: "bad-key", message: `"${key}" has spaces around it: no result names it so (write "${key.trim()}")` }];
  if (!TARGET_KEY.test(key)) return [];
  if (key.split("/").length !== 3 || key.split("/").some((part) => part === "")) {
    return [{ path: [], code: "bad-key", message: `"${key}" is neither a resource nor a target: a target is cloud/account/region (e.g. aws/111111111111/us-east-1)` }];
  }
  const globalOfAccount = key.startsWith("aws/") && key.endsWith("/global") && targets?.some((t) => t.startsWith(key.slice(0, -"global".length)));
  if (targets && !targets.includes(key) && !globalOfAccount) {
    const near = closest(key, targets);
    return [{ path: [], code: "unknown-target", message: `"${key}" is no target of this case's inventory (${near ? `did you mean "${near}"?` : `targets: ${targets.join(", ")}`})` }];
  }
  return [];
}

export {
  loadControlTests,
  checkControlTests
};
