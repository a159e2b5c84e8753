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
  contentPaths,
  loadCheckedCatalog
} from "./chunk-FAPM6IBK.js";
import {
  parseVarFlags,
  reportedFrameworks,
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
  splitByTrigger
} from "./chunk-2YNKCMHL.js";
import {
  CONFIG_FILE
} from "./chunk-F7EL7XH3.js";
import {
  say
} from "./chunk-GWYZLEGS.js";
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

// src/cli/commands/scan.ts
import { relative as relative2, resolve as resolve2 } from "node:path";

// src/cli/anchor.ts
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
function anchorFile(cwd, env) {
  if (existsSync(resolve(cwd, CONFIG_FILE))) return CONFIG_FILE;
  const workflow = /^[^/]+\/[^/]+\/(.+)@[^@]*$/.exec(env.GITHUB_WORKFLOW_REF ?? "")?.[1];
  if (workflow && existsSync(resolve(cwd, workflow))) return workflow;
  return void 0;
}
function anchorControls(controls, cwd, anchor) {
  if (anchor === void 0) return controls;
  return controls.map((c) => {
    const path = relative(cwd, resolve(cwd, c.file));
    return path.startsWith(`..${sep}`) || path === ".." || isAbsolute(path) ? { ...c, file: anchor, line: 1 } : c;
  });
}

// src/cli/progress.ts
function reportProgress(formats, io) {
  return {
    begin: () => void 0,
    results: () => void 0,
    end: () => io.status(`Writing reports (${formats.join(", ")})\u2026`)
  };
}

// src/cli/commands/scan.ts
async function scanCommand(args, io, extra = []) {
  return (await runScanCommand(args, io, extra)).code;
}
async function runScanCommand(args, io, extra = []) {
  const unwritable = await outputProblem(args.cwd, { folders: { "--out": args.out, "--history": args.history }, files: { "--audit-log": args.auditLog } });
  if (unwritable) throw new UsageError(unwritable);
  const catalog = await loadCheckedCatalog(await contentPaths(args, io), args.cwd, io, "nothing was scanned");
  if (!catalog) return { code: EXIT.BAD_INPUT, files: [] };
  if (args.failOnNew && !args.baseline) throw new UsageError("--fail-on-new needs --baseline FILE (the previous run's ctrlflow.json)");
  if (args.baselineOptional && !args.baseline) throw new UsageError("--baseline-optional goes with --baseline FILE (it lets that file be missing on a first run)");
  const [loadedInputs, { choice, diagnostics }] = await Promise.all([loadReportInputs(args, catalog.frameworks), remediationChoice(args, io, process.env)]);
  if (loadedInputs.diagnostics.length + diagnostics.length > 0) {
    for (const d of [...loadedInputs.diagnostics, ...diagnostics]) io.err(formatDiagnostic(d));
    return { code: EXIT.BAD_INPUT, files: [] };
  }
  for (const line of loadedInputs.notices) io.out(line);
  const { run: selected, skipped } = splitByTrigger(selectControls(catalog, args.only, args.severity, args.cloud, args.framework), catalog.flows, args.only);
  if (skipped.length > 0 && args.verbosity !== "quiet") say(io, { spans: [{ text: `Not run by a scan: ${skipped.map((c) => c.control.id).join(", ")} (event- or schedule-triggered: see handle-event, listen, scan --due; or name the control with --only)`, style: "dim" }], hang: 2 });
  const controls = anchorControls(selected, args.cwd, anchorFile(args.cwd, process.env));
  const inputs = { ...loadedInputs, frameworks: reportedFrameworks(catalog, controls, args.framework ?? []), provenance: catalog.provenance };
  const overrides = parseVarFlags(args.var);
  const flowIds = new Set(controls.map((c) => c.flowId));
  for (const name of Object.keys(overrides)) {
    const declared = [...flowIds].some((id) => declaresVariable(catalog.flows.get(id)?.flow.variables, name));
    if (!declared) throw new UsageError(`--var ${name}: no selected flow declares a variable "${name}"`);
  }
  const clouds = [...new Set(controls.map((c) => c.control.provider))];
  const signingKey = await signingKeyOf(args);
  const [opened, controlsCommit] = await Promise.all([openInventory(args, clouds, args.cwd), inputs.provenance ? Promise.resolve(inputs.provenance.commit) : gitCommitOf(resolve2(args.cwd, args.controls[0] ?? "."))]);
  const responses = args.inventory === void 0 ? new ResponseDigest() : void 0;
  const provider = responses ? responses.wrap(opened) : opened;
  const snapshot = args.inventory === void 0 ? void 0 : openSnapshot(resolve2(args.cwd, args.inventory), args.inventory);
  snapshot?.digest.catch(() => void 0);
  const hub = args.securityHub ? await securityHubExport(args) : void 0;
  const now = /* @__PURE__ */ new Date();
  const out = new OutputRoot(resolve2(args.cwd, args.out));
  const history = args.history ? new OutputRoot(resolve2(args.cwd, args.history)) : void 0;
  const reports = await openReportFiles(args.format, out.dir, process.env, snapshot?.bytes);
  const printer = new SummaryPrinter();
  const quiet = args.verbosity === "quiet";
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.kill(process.pid, "SIGINT");
    stop.abort();
    io.err("Stopping after the current action (the audit log records what ran).");
  };
  if (choice.remediate !== void 0) process.once("SIGINT", onSigint);
  let outcome;
  let audit;
  try {
    outcome = await runPipeline({
      controls,
      flows: catalog.flows,
      provider,
      overrides,
      now,
      environment: process.env,
      failOn: args.failOn,
      failOnNew: args.failOnNew === true,
      evidence: args.evidence ?? "findings",
      shard: args.shard,
      strict: args.strict === true,
      // An organisation's accounts are split between the shards, each read by one shard only.
      ...args.awsOrganization ? { shardBy: "account" } : {},
      keepOutputs: history !== void 0,
      // A live scan waits on the network: several targets at once. A snapshot: one in memory at a time.
      targetConcurrency: args.inventory === void 0 ? 4 : 1,
      concurrency: args.inventory === void 0 ? 8 : 1,
      exceptions: inputs.exceptions,
      baseline: inputs.baseline,
      controlsCommit,
      controlSet: controlSetOf(inputs.provenance),
      choice,
      remediation: choice.remediate === void 0 ? void 0 : {
        maxActions: args.maxActions ?? 10,
        confirm: args.yes ? void 0 : io.confirm,
        audit: audit = fileAuditLog({ ...args, out: args.out, cwd: args.cwd }),
        signal: stop.signal,
        say: { out: (line) => say(io, { spans: [{ text: line }], hang: 4 }), err: (line) => io.err(line) }
      },
      // The progress line says when the reports are being finished (the HTML and SARIF are written at the end).
      // The Security Hub import first: its end adds its requests to the summary's apiCalls before the reports write it.
      outputs: [...hub ? [hub] : [], ...quiet ? [] : [reportProgress(args.format, io)], reports, printer, ...extra],
      sections: summarySections(inputs, now),
      onExecution: (execution, head) => keepExecution(execution, head, out, history),
      ...quiet ? {} : { onProgress: (done, total, label) => io.status(`[${done}/${total}] ${label}`) }
    });
  } finally {
    process.removeListener("SIGINT", onSigint);
    io.endStatus();
  }
  const hubFailed = hub ? printSecurityHub(hub.outcome, io) : false;
  const code = outcome.refused ? EXIT.BAD_INPUT : outcome.unreadable || hubFailed ? EXIT.UNREADABLE : outcome.failed ? EXIT.FAILED : EXIT.OK;
  printer.print(code, io, args.failOnNew === true, args.verbosity);
  await writeManifest(out, {
    command: "scan",
    head: outcome.head,
    summary: outcome.summary,
    inventory: snapshot ? await snapshot.digest : responses.digest(),
    ...hub ? { securityHub: { imported: hub.outcome.imported, failed: hub.outcome.failed, archived: hub.outcome.archived } } : {},
    written: [...reports.files(), ...out.written, ...history?.written ?? [], ...audit?.root.written ?? []],
    signingKey
  });
  const files = [...reports.files(), ...out.written];
  if (args.verbosity !== "quiet") say(io, { spans: [{ text: `Reports: ${files.map((f) => relative2(args.cwd, f) || f).join(", ")}`, style: "dim" }], hang: 2 });
  return { code, head: outcome.head, summary: outcome.summary, files };
}
async function securityHubExport(args) {
  const { SecurityHubExport } = await import("./security-hub-HT6MW3HN.js");
  return new SecurityHubExport({
    region: args.securityHubRegion,
    profiles: args.awsProfile,
    roleArns: args.awsRoleArn,
    externalId: args.awsExternalId,
    sessionName: args.awsSessionName,
    endpoint: args.awsEndpointUrl ?? process.env.AWS_ENDPOINT_URL
  });
}
function printSecurityHub(outcome, io) {
  io.out(`Security Hub: ${outcome.imported} finding(s) imported, ${outcome.archived} archived, ${outcome.failed} failed`);
  for (const f of outcome.failures.slice(0, 20)) io.err(`error security-hub: ${f.account}/${f.region} ${f.id}: ${f.code}: ${f.message}`);
  if (outcome.failures.length > 20) io.err(`error security-hub: and ${outcome.failed - 20} more`);
  return outcome.failed > 0;
}

export {
  scanCommand,
  runScanCommand
};
