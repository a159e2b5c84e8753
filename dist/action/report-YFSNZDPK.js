import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  loadReportInputs,
  signingKeyOf,
  verdict
} from "./chunk-BARKBCQ6.js";
import {
  outputProblem
} from "./chunk-GC7R46AM.js";
import {
  writeManifest
} from "./chunk-5554IAWV.js";
import {
  ReportFileError,
  Tally,
  findingKey,
  markAgainst,
  mergeHeads,
  mergeSummaries,
  mergedFrameworks,
  openReport,
  shardProblem,
  withMergedWarnings
} from "./chunk-PIWXBEU7.js";
import "./chunk-QCBIGPPD.js";
import {
  formatDiagnostic
} from "./chunk-RWQMH7L7.js";
import "./chunk-H56V4RZW.js";
import "./chunk-ZWLDRKVE.js";
import "./chunk-ZTA2HPIA.js";
import "./chunk-FWPZOP6C.js";
import "./chunk-GWYZLEGS.js";
import {
  UsageError
} from "./chunk-EMRUF3FH.js";
import {
  EXIT
} from "./chunk-DVYICCYC.js";
import "./chunk-CV5TROGS.js";
import "./chunk-7SG3EKPI.js";
import "./chunk-UH3NDQ7B.js";
import {
  OutputRoot,
  openReportFiles
} from "./chunk-XOHG32CA.js";
import "./chunk-W74LCRT7.js";
import "./chunk-PYOKT7AG.js";
import "./chunk-EODJP2HT.js";
import "./chunk-ZGCO3MUC.js";
import {
  fileDigest
} from "./chunk-ANHMXIPA.js";
import {
  partialBanner
} from "./chunk-TQTATZ4U.js";
import "./chunk-3AVUNTQJ.js";
import "./chunk-NP7VFWU3.js";
import {
  PendingTally,
  planSection
} from "./chunk-AXSZOESS.js";
import "./chunk-RF7RP6NI.js";
import "./chunk-VKFPFGRN.js";

// src/cli/commands/report.ts
import { unlink } from "node:fs/promises";
import { relative, resolve } from "node:path";
async function reportCommand(args, io) {
  return (await runReportCommand(args, io)).code;
}
async function runReportCommand(args, io, extra = []) {
  if (args.failOnNew && !args.baseline) throw new UsageError("--fail-on-new needs --baseline FILE (the previous run's ctrlflow.json)");
  if (args.baselineOptional && !args.baseline) throw new UsageError("--baseline-optional goes with --baseline FILE (it lets that file be missing on a first run)");
  const unwritable = await outputProblem(args.cwd, { folders: { "--out": args.out } });
  if (unwritable) throw new UsageError(unwritable);
  const failOn = args.failOn ?? "low";
  const inputs = [];
  let bad = 0;
  for (const file of args.inputs) {
    const opened = await openReport(resolve(args.cwd, file), file);
    for (const d of opened.diagnostics) io.err(formatDiagnostic(d));
    bad += opened.diagnostics.length;
    if (opened.report) inputs.push({ file, report: opened.report });
  }
  const loaded = await loadReportInputs({ baseline: args.baseline, baselineOptional: args.baselineOptional, cwd: args.cwd });
  for (const d of loaded.diagnostics) io.err(formatDiagnostic(d));
  bad += loaded.diagnostics.length;
  if (bad > 0) {
    io.err(`${bad} error(s): no report was written`);
    return { code: EXIT.BAD_INPUT, files: [] };
  }
  const shards = shardProblem(inputs.map((i) => ({ file: i.file, head: i.report.head })));
  if (shards && !args.allowPartial) {
    io.err(`error shards: ${shards.problem}; no report was written (merge every shard of one run, or pass --allow-partial for a report marked partial)`);
    return { code: EXIT.BAD_INPUT, files: [] };
  }
  for (const line of loaded.notices) io.out(line);
  const { baseline } = loaded;
  const signingKey = await signingKeyOf(args);
  const merging = inputs.length > 1;
  const base = merging ? mergeHeads(inputs.map((i) => i.report.head)) : inputs[0].report.head;
  const head = { ...base, failOn, ...shards && merging ? { partial: shards } : {} };
  const reports = await openReportFiles(args.format, resolve(args.cwd, args.out), process.env, inputs.reduce((sum, i) => sum + i.report.bytes, 0));
  const tally = new Tally(head.controls, failOn, args.failOnNew === true, baseline?.fails);
  const pending = new PendingTally(false);
  const seen = /* @__PURE__ */ new Set();
  let summary;
  try {
    await reports.begin(head);
    for (const o of extra) await o.begin(head);
    for (const { report } of inputs) {
      for await (const batch of report.results()) {
        const kept = merging ? batch.filter((r) => !seen.has(findingKey(r)) && seen.add(findingKey(r))) : batch;
        for (const r of kept) {
          if (baseline) markAgainst(baseline, r);
          tally.count(r);
          pending.count(r);
        }
        await reports.results(kept);
        for (const o of extra) await o.results(kept);
      }
    }
    if (merging) {
      const summaries = inputs.map((i) => i.report.summary);
      const controls = withMergedWarnings(summaries, tally.controlSummaries());
      const frameworks = mergedFrameworks(summaries, controls, head.startedAt.slice(0, 10));
      summary = { ...mergeSummaries(inputs.map((i) => ({ file: i.file, head: i.report.head, summary: i.report.summary }))), controls, totals: tally.totals, ...frameworks ? { frameworks } : {} };
    } else {
      const { plan: _plan, ...rest } = inputs[0].report.summary;
      summary = rest;
    }
    if (baseline) summary.baseline = { file: baseline.file, scanId: baseline.scanId, new: tally.baselineNew, unchanged: tally.baselineUnchanged, excepted: tally.baselineExcepted, resolved: tally.resolved() };
    Object.assign(summary, planSection(pending));
    await reports.end(summary);
    for (const o of extra) await o.end(summary);
  } catch (error) {
    if (!(error instanceof ReportFileError)) throw error;
    io.err(formatDiagnostic(error.diagnostic));
    await Promise.all(reports.files().map((f) => unlink(f).catch(() => void 0)));
    io.err("1 error(s): no report was written");
    return { code: EXIT.BAD_INPUT, files: [] };
  }
  const code = tally.anyError ? EXIT.UNREADABLE : tally.gates ? EXIT.FAILED : EXIT.OK;
  const out = new OutputRoot(resolve(args.cwd, args.out));
  const read = await Promise.all(args.inputs.map(async (file) => ({ path: file, ...await fileDigest(resolve(args.cwd, file)) })));
  await writeManifest(out, { command: "report", head, summary, inventory: { kind: "results", inputs: read }, written: reports.files(), signingKey });
  const { totals } = summary;
  const banner = partialBanner(head);
  if (banner) io.out(banner);
  io.out(`${inputs.length} result file(s) \xB7 ${summary.controls.length} control(s) \xB7 ${head.targets.length} target(s)`);
  if (summary.baseline) io.out(`Against ${summary.baseline.file}: ${summary.baseline.new} new, ${summary.baseline.unchanged} unchanged, ${summary.baseline.resolved.length} resolved`);
  io.out(`Totals: ${totals.FAIL} FAIL \xB7 ${totals.PASS} PASS \xB7 ${totals.ERROR} ERROR \xB7 ${totals.EXCEPTED} EXCEPTED`);
  const files = [...reports.files(), ...out.written];
  io.out(`Reports: ${files.map((f) => relative(args.cwd, f) || f).join(", ")}`);
  io.out(verdict(code, failOn, args.failOnNew === true));
  return { code, summary, files };
}
export {
  reportCommand,
  runReportCommand
};
