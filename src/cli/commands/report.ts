import { unlink } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { mergedFrameworks, mergeHeads, mergeSummaries } from '../../engine/merge.js';
import { findingKey, Tally } from '../../engine/results.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import { openReport, ReportFileError, type OpenedReport } from '../../load/report-file.js';
import type { ReportSummary, Result } from '../../model/result.js';
import { openReportFiles } from '../../output/reports.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { outputProblem } from '../../output/writable.js';
import { UsageError } from '../selection.js';

export interface ReportArgs {
  inputs: string[];
  format: string[];
  out: string;
  cwd: string;
}

/**
 * `ctrlflow report`: renders saved JSON results (2.0, or 1.0 from earlier versions) again,
 * merging several into one report. Results stream from each file to the reporters; with
 * several inputs each finding is kept once and the counts are recounted.
 */
export async function reportCommand(args: ReportArgs, io: Io): Promise<ExitCode> {
  return (await runReportCommand(args, io)).code;
}

export async function runReportCommand(args: ReportArgs, io: Io): Promise<{ code: ExitCode; summary?: ReportSummary; files: string[] }> {
  const unwritable = await outputProblem(args.cwd, { folders: { '--out': args.out } });
  if (unwritable) throw new UsageError(unwritable);
  const inputs: { file: string; report: OpenedReport }[] = [];
  let bad = 0;
  for (const file of args.inputs) {
    const opened = await openReport(resolve(args.cwd, file), file);
    for (const d of opened.diagnostics) io.err(formatDiagnostic(d));
    bad += opened.diagnostics.length;
    if (opened.report) inputs.push({ file, report: opened.report });
  }
  if (bad > 0) {
    io.err(`${bad} error(s): no report was written`);
    return { code: EXIT.BAD_INPUT, files: [] };
  }
  const merging = inputs.length > 1;
  const head = merging ? mergeHeads(inputs.map((i) => i.report.head)) : inputs[0]!.report.head;
  const reports = await openReportFiles(args.format, resolve(args.cwd, args.out), process.env);
  const tally = new Tally(head.controls, head.failOn, false);
  const seen = new Set<string>();
  let summary: ReportSummary;
  try {
    await reports.begin(head);
    for (const { report } of inputs) {
      for await (const batch of report.results()) {
        // A scan given twice does not double its findings.
        const kept: Result[] = merging ? batch.filter((r) => !seen.has(findingKey(r)) && seen.add(findingKey(r))) : batch;
        for (const r of kept) tally.count(r);
        await reports.results(kept);
      }
    }
    if (merging) {
      const controls = tally.controlSummaries();
      // A shard's requirement statuses saw only its share of the controls: computed again over the recounted ones.
      const frameworks = mergedFrameworks(
        inputs.map((i) => i.report.summary),
        controls,
        head.startedAt.slice(0, 10),
      );
      summary = { ...mergeSummaries(inputs.map((i) => ({ file: i.file, head: i.report.head, summary: i.report.summary }))), controls, totals: tally.totals, ...(frameworks ? { frameworks } : {}) };
    } else {
      summary = inputs[0]!.report.summary;
    }
    await reports.end(summary);
  } catch (error) {
    if (!(error instanceof ReportFileError)) throw error;
    io.err(formatDiagnostic(error.diagnostic));
    // What was written from a broken input is not a report.
    await Promise.all(reports.files().map((f) => unlink(f).catch(() => undefined)));
    io.err('1 error(s): no report was written');
    return { code: EXIT.BAD_INPUT, files: [] };
  }
  const { totals } = summary;
  io.out(`${inputs.length} result file(s) · ${summary.controls.length} control(s) · ${head.targets.length} target(s)`);
  io.out(`Totals: ${totals.FAIL} FAIL · ${totals.PASS} PASS · ${totals.ERROR} ERROR · ${totals.EXCEPTED} EXCEPTED`);
  io.out(`Reports: ${reports.files().map((f) => relative(args.cwd, f) || f).join(', ')}`);
  return { code: EXIT.OK, summary, files: reports.files() };
}
