import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  fileAuditLog,
  gitCommitOf,
  keepExecution,
  remediationChoice
} from "./chunk-T2B7TAVV.js";
import {
  SummaryPrinter,
  controlSetOf,
  loadReportInputs,
  signingKeyOf,
  summarySections
} from "./chunk-BARKBCQ6.js";
import {
  outputProblem
} from "./chunk-GC7R46AM.js";
import {
  ResponseDigest,
  openSnapshot
} from "./chunk-V2UH2Z3X.js";
import {
  writeManifest
} from "./chunk-5554IAWV.js";
import {
  openInventory
} from "./chunk-PXT45RMF.js";
import {
  loadCheckedCatalog
} from "./chunk-FAPM6IBK.js";
import {
  parseVarFlags,
  selectControls
} from "./chunk-F4PBMPVG.js";
import {
  runPipeline
} from "./chunk-NBQHNYZQ.js";
import {
  declaresVariable
} from "./chunk-SCVABYIG.js";
import {
  formatDiagnostic
} from "./chunk-RWQMH7L7.js";
import {
  eventPatternOf,
  eventTargets,
  triggerOf
} from "./chunk-2YNKCMHL.js";
import {
  targetKey
} from "./chunk-JPNZWR5M.js";
import {
  matchesPattern,
  scopeOfEvent
} from "./chunk-MRDWGFYB.js";
import {
  UsageError
} from "./chunk-EMRUF3FH.js";
import {
  EXIT
} from "./chunk-DVYICCYC.js";
import {
  OutputRoot,
  openReportFiles
} from "./chunk-XOHG32CA.js";

// src/cli/events/handle.ts
import { resolve as resolve2 } from "node:path";

// src/cli/events/run.ts
import { relative, resolve } from "node:path";
async function runControls(run) {
  const out = new OutputRoot(run.out);
  const responses = run.inventory === void 0 ? new ResponseDigest() : void 0;
  const provider = responses ? responses.wrap(run.provider) : run.provider;
  const snapshot = run.inventory === void 0 ? void 0 : openSnapshot(resolve(run.cwd, run.inventory), run.inventory, run.environment);
  snapshot?.digest.catch(() => void 0);
  let audit;
  const [reports, controlsCommit] = await Promise.all([openReportFiles(run.format, out.dir, run.environment, snapshot?.bytes), gitCommitOf(run.controlsPath)]);
  const printer = new SummaryPrinter();
  const remediating = run.choice.remediate !== void 0;
  const stop = new AbortController();
  const onSigint = () => {
    if (!stop.signal.aborted) run.io.err("Stopping after the current action (the audit log records what ran).");
    stop.abort();
  };
  if (remediating) process.once("SIGINT", onSigint);
  let outcome;
  try {
    outcome = await runPipeline({
      controls: run.controls,
      flows: run.flows,
      provider,
      overrides: run.overrides,
      now: run.now,
      environment: run.environment,
      failOn: run.failOn,
      restrictTo: run.targets,
      eventScope: run.eventScope,
      exceptions: run.inputs.exceptions,
      baseline: run.inputs.baseline,
      controlsCommit,
      controlSet: controlSetOf(run.inputs.provenance),
      choice: run.choice,
      remediation: remediating ? {
        maxActions: run.remediation.maxActions ?? 10,
        confirm: run.remediation.yes ? void 0 : run.io.confirm,
        audit: audit = fileAuditLog(run.remediation),
        signal: stop.signal,
        say: { out: (line) => run.io.out(line), err: (line) => run.io.err(line) }
      } : void 0,
      outputs: [reports, printer],
      sections: summarySections(run.inputs, run.now),
      onExecution: (execution, head) => keepExecution(execution, head, out, void 0)
    });
  } finally {
    process.removeListener("SIGINT", onSigint);
  }
  const code = outcome.refused ? EXIT.BAD_INPUT : outcome.unreadable ? EXIT.UNREADABLE : outcome.failed ? EXIT.FAILED : EXIT.OK;
  printer.print(code, run.io);
  await writeManifest(out, {
    command: "handle-event",
    head: outcome.head,
    summary: outcome.summary,
    inventory: snapshot ? await snapshot.digest : responses.digest(),
    written: [...reports.files(), ...out.written, ...audit?.root.written ?? []],
    signingKey: run.signingKey
  });
  const files = [...reports.files(), ...out.written];
  run.io.out(`Reports: ${files.map((f) => relative(run.cwd, f) || f).join(", ")}`);
  return { code, head: outcome.head, summary: outcome.summary, files };
}

// src/cli/events/handle.ts
async function prepareHandling(args, io) {
  const unwritable = await outputProblem(args.cwd, { folders: { "--out": args.out }, files: { "--audit-log": args.auditLog } });
  if (unwritable) throw new UsageError(unwritable);
  const catalog = await loadCheckedCatalog([...args.controls, ...args.flows], args.cwd, io, "no event was handled");
  if (!catalog) return EXIT.BAD_INPUT;
  const inputs = { ...await loadReportInputs({ exceptions: args.exceptions, cwd: args.cwd }), provenance: catalog.provenance };
  const { choice, diagnostics } = await remediationChoice({ ...args, out: args.out, cwd: args.cwd }, io, process.env);
  if (inputs.diagnostics.length + diagnostics.length > 0) {
    for (const d of [...inputs.diagnostics, ...diagnostics]) io.err(formatDiagnostic(d));
    return EXIT.BAD_INPUT;
  }
  const controls = selectControls(catalog, args.only, args.severity).filter((c) => triggerOf(catalog.flows.get(c.flowId)).on === "event");
  if (controls.length === 0) io.out("No selected control has an event-triggered flow: no event will run anything (see: ctrlflow list flows).");
  const overrides = parseVarFlags(args.var);
  for (const name of Object.keys(overrides)) {
    if (!controls.some((c) => declaresVariable(catalog.flows.get(c.flowId).flow.variables, name))) {
      throw new UsageError(`--var ${name}: no selected event flow declares a variable "${name}"`);
    }
  }
  const providers = /* @__PURE__ */ new Map();
  const open = (event, clouds) => {
    const region = args.region?.length ? args.region : [event.region];
    const key = args.inventory !== void 0 ? "snapshot" : `${region.join(",")}\0${[...clouds].sort().join(",")}`;
    let provider = providers.get(key);
    if (!provider) {
      provider = openInventory({ ...args, region }, clouds, args.cwd);
      providers.set(key, provider);
      provider.catch(() => providers.delete(key));
    }
    return provider;
  };
  const signingKey = await signingKeyOf({ cwd: args.cwd });
  return { flows: catalog.flows, controls, overrides, choice, inputs, args, open, ...signingKey ? { signingKey } : {} };
}
async function handleEvent(event, handling, out, io, now) {
  const label = describeEvent(event);
  const matched = handling.controls.filter((c) => {
    const trigger = triggerOf(handling.flows.get(c.flowId));
    return trigger.event !== void 0 && matchesPattern(eventPatternOf(trigger.event), event);
  });
  if (matched.length === 0) {
    io.out(`Event ${label} matches no event flow: nothing ran.`);
    return { event, controls: [], code: EXIT.OK, retry: false, summary: "no flow matched" };
  }
  const flowIds = [...new Set(matched.map((c) => c.flowId))].sort();
  const scope = new Map(flowIds.map((id) => [id, scopeOfEvent(triggerOf(handling.flows.get(id)).event?.scope ?? {}, event)]));
  const clouds = [...new Set(matched.map((c) => c.control.provider))].sort();
  const provider = await handling.open(event, clouds);
  const targets = await eventTargets(provider, clouds, event);
  const ids = matched.map((c) => c.control.id);
  io.out(`Event ${label}: ${flowIds.length} flow(s) (${flowIds.join(", ")}), control(s) ${ids.join(", ")}; reads ${scopeText(scope)}`);
  if (targets.size === 0) {
    const seen = (await Promise.all(clouds.map((c) => provider.targets(c)))).flat().map(targetKey);
    io.err(`error target: the event is from ${event.account}/${event.region}, which the inventory does not reach (${seen.join(", ") || "no targets"}): nothing ran`);
    return { event, controls: ids, code: EXIT.UNREADABLE, retry: true, summary: `account ${event.account}/${event.region} not reachable` };
  }
  const { args } = handling;
  const { code, summary: report } = await runControls({
    controls: matched,
    flows: handling.flows,
    provider,
    targets,
    eventScope: scope,
    overrides: handling.overrides,
    failOn: args.failOn,
    format: args.format,
    out,
    choice: handling.choice,
    remediation: { ...args, out, auditLog: resolve2(args.cwd, args.auditLog ?? resolve2(args.cwd, args.out, "ctrlflow-audit.jsonl")), cwd: args.cwd },
    inputs: handling.inputs,
    controlsPath: resolve2(args.cwd, args.controls[0] ?? "."),
    inventory: args.inventory,
    signingKey: handling.signingKey,
    environment: process.env,
    now,
    cwd: args.cwd,
    io
  });
  const { FAIL, PASS, ERROR } = report.totals;
  const done = report.remediation ? `; remediation ${report.remediation.applied} applied, ${report.remediation.failed} failed, ${report.remediation.interrupted} interrupted` : "";
  return {
    event,
    controls: ids,
    code,
    report,
    retry: code === EXIT.UNREADABLE || (report.remediation?.interrupted ?? 0) > 0,
    summary: `${ids.join(", ")}: ${FAIL} FAIL, ${PASS} PASS, ${ERROR} ERROR${done}`
  };
}
function describeEvent(event) {
  const name = typeof event.detail?.eventName === "string" ? ` ${event.detail.eventName}` : "";
  return `${event.id} (${event.source} "${event["detail-type"]}"${name} in ${event.account}/${event.region})`;
}
function scopeText(scope) {
  const parts = [...scope].flatMap(([flow, nodes]) => [...nodes].map(([node, read]) => `${flow}.${node}: ${read.ids.join(", ") || "(none named)"}`));
  return parts.length > 0 ? parts.join("; ") : "the whole target (no scope)";
}
function worstCode(codes) {
  return [EXIT.BAD_INPUT, EXIT.UNREADABLE, EXIT.FAILED].find((c) => codes.includes(c)) ?? EXIT.OK;
}
function folderOf(id) {
  return id.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 120) || "event";
}

export {
  prepareHandling,
  handleEvent,
  worstCode,
  folderOf
};
