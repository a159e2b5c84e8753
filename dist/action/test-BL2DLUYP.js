import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  runScan
} from "./chunk-5O6DXADJ.js";
import {
  checkControlTests,
  loadControlTests
} from "./chunk-MT5O4ERP.js";
import {
  parseEvents
} from "./chunk-3PPJS5KW.js";
import "./chunk-NBQHNYZQ.js";
import "./chunk-PIWXBEU7.js";
import {
  openHttp,
  openSnapshot,
  snapshotInventory
} from "./chunk-JOT7DQZL.js";
import "./chunk-HDM4IHE6.js";
import {
  loadCatalog
} from "./chunk-D4BNSKXI.js";
import "./chunk-SCVABYIG.js";
import "./chunk-QCBIGPPD.js";
import "./chunk-LNOAYWSE.js";
import {
  formatDiagnostic
} from "./chunk-RWQMH7L7.js";
import "./chunk-H56V4RZW.js";
import "./chunk-ZWLDRKVE.js";
import {
  eventPatternOf,
  eventTargets,
  triggerOf
} from "./chunk-2YNKCMHL.js";
import "./chunk-JPNZWR5M.js";
import "./chunk-F5CTR2LL.js";
import {
  matchesPattern,
  scopeOfEvent,
  withCallCache
} from "./chunk-MRDWGFYB.js";
import "./chunk-OF6ZO72D.js";
import "./chunk-NOF2L456.js";
import "./chunk-GZSOM6X5.js";
import "./chunk-JF2CDZTK.js";
import "./chunk-RYR2CTGN.js";
import "./chunk-EPDO45GY.js";
import "./chunk-A6IEPHEW.js";
import "./chunk-RT55AZSI.js";
import "./chunk-ZTA2HPIA.js";
import "./chunk-FWPZOP6C.js";
import "./chunk-ZMKB2BIG.js";
import "./chunk-7NKVILSJ.js";
import {
  EXIT
} from "./chunk-DVYICCYC.js";
import "./chunk-CV5TROGS.js";
import "./chunk-7SG3EKPI.js";
import "./chunk-UH3NDQ7B.js";
import "./chunk-PYOKT7AG.js";
import "./chunk-EODJP2HT.js";
import "./chunk-TXBJIEWP.js";
import "./chunk-3AVUNTQJ.js";
import "./chunk-NP7VFWU3.js";
import "./chunk-AXSZOESS.js";
import "./chunk-RF7RP6NI.js";
import "./chunk-VKFPFGRN.js";

// src/events/control-test.ts
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname as dirname2, join, resolve as resolve2 } from "node:path";

// src/events/test-case.ts
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
async function eventCase(control, flows, testCase, testFile, provider) {
  const loaded = await loadEvent(testCase.event, testFile);
  if (typeof loaded === "string") return { problems: [`event: ${loaded}`] };
  const trigger = triggerOf(flows.get(control.flowId));
  const fires = trigger.event !== void 0 && matchesPattern(eventPatternOf(trigger.event), loaded);
  const expected = testCase.fires ?? true;
  if (fires !== expected) {
    const why = trigger.on !== "event" ? ` (flow ${control.flowId} has a ${trigger.on} trigger)` : "";
    return { problems: [`event ${loaded.id}: expected the trigger of ${control.flowId} ${expected ? "to match" : "not to match"} it, but it did${fires ? "" : " not"}${why}`] };
  }
  if (!fires) return { problems: [] };
  const restrictTo = await eventTargets(provider, [control.control.provider], loaded);
  if (restrictTo.size === 0) return { problems: [`event ${loaded.id}: the inventory has no target ${loaded.account}/${loaded.region}`] };
  return { problems: [], run: { restrictTo, eventScope: /* @__PURE__ */ new Map([[control.flowId, scopeOfEvent(trigger.event?.scope ?? {}, loaded)]]) } };
}
async function loadEvent(event, testFile) {
  let text;
  if (typeof event === "string") {
    try {
      text = await readFile(resolve(dirname(testFile), event), "utf8");
    } catch (error) {
      return `cannot read ${event} (${error.code ?? String(error)})`;
    }
  } else {
    text = JSON.stringify(event);
  }
  const { events, errors } = parseEvents(text);
  if (errors.length > 0) return errors.join("; ");
  return events.length === 1 ? events[0] : `${events.length} events; a case takes one`;
}

// src/events/control-test.ts
async function runControlTestCase(control, flows, testCase, testFile) {
  const inline = typeof testCase.inventory === "string" ? void 0 : await writeInventory(testCase.inventory);
  const root = inline ?? resolve2(dirname2(testFile), testCase.inventory);
  try {
    const provider = snapshotInventory(openSnapshot(root), openHttp({ environment: {} }));
    const byEvent = testCase.event === void 0 ? void 0 : await eventCase(control, flows, testCase, testFile, provider);
    if (byEvent && !byEvent.run) return byEvent.problems;
    const { report } = await runScan({
      ...byEvent?.run,
      controls: [control],
      flows,
      provider: withCallCache(provider),
      overrides: testCase.vars ?? {},
      now: /* @__PURE__ */ new Date(),
      // Unit tests are hermetic: a node reading the environment fails them, it never reads a real credential.
      environment: {},
      failOn: "none"
    });
    return [...compare(testCase.expect, report.results), ...compareMissingKeys(testCase.missingKeys ?? [], report.controls.flatMap((c) => c.warnings ?? []))];
  } finally {
    if (inline) await rm(inline, { recursive: true, force: true });
  }
}
function compare(expected, results) {
  const problems = [];
  for (const [key, status] of Object.entries(expected)) {
    const found = results.filter((r) => r.resourceId === key || r.displayName === key || !r.resourceId && `${r.provider}/${r.account}/${r.region}` === key);
    if (found.length === 0) problems.push(`${key}: expected ${status}, but no result names it (results: ${results.map(label).join(", ") || "none"})`);
    else if (found.length > 1) problems.push(`${key}: names ${found.length} results; use the resource id`);
    else if (found[0].status !== status) problems.push(`${key}: expected ${status}, got ${found[0].status}${found[0].reason ? ` (${found[0].reason})` : ""}`);
  }
  return problems;
}
function compareMissingKeys(expected, warnings) {
  const problems = warnings.filter((w) => !expected.includes(w.key)).map((w) => `warning: ${w.message} (list it under missingKeys: if the case means it)`);
  for (const key of expected) if (!warnings.some((w) => w.key === key)) problems.push(`missingKeys: ${key} was found on an item (or is read by no condition of a schemaless read), so no warning was given`);
  return problems;
}
function label(r) {
  return `${r.resourceId ?? `${r.provider}/${r.account}/${r.region}`} ${r.status}`;
}
async function writeInventory(inventory) {
  const root = await mkdtemp(join(tmpdir(), "ctrlflow-test-"));
  for (const [target, calls] of Object.entries(inventory)) {
    await mkdir(join(root, target), { recursive: true });
    for (const [call, response] of Object.entries(calls)) await writeFile(join(root, target, `${call}.json`), JSON.stringify(response));
  }
  return root;
}

// src/cli/commands/test.ts
async function testCommand(paths, flows, io, cwd) {
  const catalog = await loadCatalog([...paths, ...flows], { cwd });
  const { tests, diagnostics } = await loadControlTests(paths, cwd);
  const all = [...catalog.diagnostics, ...diagnostics, ...checkControlTests(tests, catalog.controls, catalog.flows)];
  if (all.length > 0) {
    for (const d of all) io.err(formatDiagnostic(d));
    return EXIT.BAD_INPUT;
  }
  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const control = catalog.controls.find((c) => c.control.id === test.controlId);
    for (const testCase of test.tests.cases) {
      const problems = await runControlTestCase(control, catalog.flows, testCase, test.absolute);
      io.out(`${problems.length === 0 ? "ok  " : "FAIL"} ${test.controlId} \u203A ${testCase.name}`);
      for (const p of problems) io.out(`       ${p}`);
      if (problems.length === 0) passed += 1;
      else failed += 1;
    }
  }
  const untested = catalog.controls.filter((c) => !tests.some((t) => t.controlId === c.control.id)).map((c) => c.control.id);
  if (untested.length > 0) io.out(`no tests: ${untested.join(", ")}`);
  io.out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? EXIT.FAILED : EXIT.OK;
}
export {
  testCommand
};
