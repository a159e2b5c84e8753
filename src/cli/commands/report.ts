import { unlink } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { markAgainst } from '../../engine/baseline.js';
import { mergedFrameworks, mergeHeads, mergeSummaries, shardProblem, withMergedWarnings } from '../../engine/merge.js';
import { findingKey, Tally } from '../../engine/results.js';
import type { ResultStream } from '../../model/stream.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import { openReport, ReportFileError, type OpenedReport } from '../../load/report-file.js';
import { PendingTally, planSection } from '../../model/action.js';
import { partialBanner } from '../../model/partial.js';
import type { ReportHead, ReportSummary, Result } from '../../model/result.js';
import type { Severity } from '../../model/severity.js';
import { openReportFiles } from '../../output/reports.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { outputProblem } from '../../output/writable.js';
import { loadReportInputs } from '../report-inputs.js';
import { verdict } from '../summary.js';
import { UsageError } from '../usage.js';
import { fileDigest } from '../../evidence/hash.js';
import { writeManifest } from '../../evidence/manifest.js';
import { OutputRoot } from '../../output/files.js';
import { signingKeyOf } from '../sign-key.js';

export interface ReportArgs {
  inputs: string[];
  format: string[];
  out: string;
  /** Exit 1 when a FAIL at or above this severity is in the results (as `scan`; default low). */
  failOn?: Severity | 'none';
  /** With baseline: only new FAILs gate. */
  failOnNew?: boolean;
  /** A previous ctrlflow.json: each FAIL is marked new or unchanged against it (as `scan --baseline`). */
  baseline?: string;
  baselineOptional?: boolean;
  /** Merge shards that are not one complete run, marking the report partial. */
  allowPartial?: boolean;
  /** --sign-key: sign the evidence manifest (else $CTRLFLOW_SIGN_KEY). */
  signKey?: string;
  cwd: string;
}

/**
 * `ctrlflow report`: renders saved JSON results (2.0, or 1.0 from earlier versions) again,
 * merging several into one report, and gates like `scan`: exit 1 for a FAIL at or above
 * --fail-on (new ones only with --fail-on-new and --baseline), 3 when some result is ERROR, 2
 * for bad input, including shards that are not one complete run (unless --allow-partial).
 * Results stream from each file to the reporters; with several inputs each finding is kept
 * once and the counts are recounted.
 */
export async function reportCommand(args: ReportArgs, io: Io): Promise<ExitCode> {
  return (await runReportCommand(args, io)).code;
}

/** `extra`: more consumers of the merged stream (the GitHub Action's job summary). */
export async function runReportCommand(args: ReportArgs, io: Io, extra: ResultStream[] = []): Promise<{ code: ExitCode; summary?: ReportSummary; files: string[] }> {
  if (args.failOnNew && !args.baseline) throw new UsageError('--fail-on-new needs --baseline FILE (the previous run\'s ctrlflow.json)');
  if (args.baselineOptional && !args.baseline) throw new UsageError('--baseline-optional goes with --baseline FILE (it lets that file be missing on a first run)');
  const unwritable = await outputProblem(args.cwd, { folders: { '--out': args.out } });
  if (unwritable) throw new UsageError(unwritable);
  const failOn = args.failOn ?? 'low';
  const inputs: { file: string; report: OpenedReport }[] = [];
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
  const base = merging ? mergeHeads(inputs.map((i) => i.report.head)) : inputs[0]!.report.head;
  // The report states the gate it was given; a merge of shards with --allow-partial says it is partial.
  const head: ReportHead = { ...base, failOn, ...(shards && merging ? { partial: shards } : {}) };
  const reports = await openReportFiles(args.format, resolve(args.cwd, args.out), process.env, inputs.reduce((sum, i) => sum + i.report.bytes, 0));
  const tally = new Tally(head.controls, failOn, args.failOnNew === true, baseline?.fails);
  const pending = new PendingTally(false);
  const seen = new Set<string>();
  let summary: ReportSummary;
  try {
    await reports.begin(head);
    for (const o of extra) await o.begin(head);
    for (const { report } of inputs) {
      for await (const batch of report.results()) {
        // A scan given twice does not double its findings.
        const kept: Result[] = merging ? batch.filter((r) => !seen.has(findingKey(r)) && seen.add(findingKey(r))) : batch;
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
      // A shard's requirement statuses saw only its share of the controls: computed again over the recounted ones.
      const frameworks = mergedFrameworks(summaries, controls, head.startedAt.slice(0, 10));
      summary = { ...mergeSummaries(inputs.map((i) => ({ file: i.file, head: i.report.head, summary: i.report.summary }))), controls, totals: tally.totals, ...(frameworks ? { frameworks } : {}) };
    } else {
      const { plan: _plan, ...rest } = inputs[0]!.report.summary;
      summary = rest;
    }
    if (baseline) summary.baseline = { file: baseline.file, scanId: baseline.scanId, new: tally.baselineNew, unchanged: tally.baselineUnchanged, excepted: tally.baselineExcepted, resolved: tally.resolved() };
    // The plan as these results have it (distinct calls, as --max-actions counts them).
    Object.assign(summary, planSection(pending));
    await reports.end(summary);
    for (const o of extra) await o.end(summary);
  } catch (error) {
    if (!(error instanceof ReportFileError)) throw error;
    io.err(formatDiagnostic(error.diagnostic));
    // What was written from a broken input is not a report.
    await Promise.all(reports.files().map((f) => unlink(f).catch(() => undefined)));
    io.err('1 error(s): no report was written');
    return { code: EXIT.BAD_INPUT, files: [] };
  }
  const code = tally.anyError ? EXIT.UNREADABLE : tally.gates ? EXIT.FAILED : EXIT.OK;
  // The evidence of this run: the result files it read, and what it wrote.
  const out = new OutputRoot(resolve(args.cwd, args.out));
  const read = await Promise.all(args.inputs.map(async (file) => ({ path: file, ...(await fileDigest(resolve(args.cwd, file))) })));
  await writeManifest(out, { command: 'report', head, summary, inventory: { kind: 'results', inputs: read }, written: reports.files(), signingKey });
  const { totals } = summary;
  const banner = partialBanner(head);
  if (banner) io.out(banner);
  io.out(`${inputs.length} result file(s) · ${summary.controls.length} control(s) · ${head.targets.length} target(s)`);
  if (summary.baseline) io.out(`Against ${summary.baseline.file}: ${summary.baseline.new} new, ${summary.baseline.unchanged} unchanged, ${summary.baseline.resolved.length} resolved`);
  io.out(`Totals: ${totals.FAIL} FAIL · ${totals.PASS} PASS · ${totals.ERROR} ERROR · ${totals.EXCEPTED} EXCEPTED`);
  const files = [...reports.files(), ...out.written];
  io.out(`Reports: ${files.map((f) => relative(args.cwd, f) || f).join(', ')}`);
  io.out(verdict(code, failOn, args.failOnNew === true));
  return { code, summary, files };
}
