import { unlink } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { mergeHeads, mergeSummaries } from '../../engine/merge.js';
import { findingKey, Tally } from '../../engine/results.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import { openReport, ReportFileError, type OpenedReport } from '../../load/report-file.js';
import type { ReportSummary, Result } from '../../model/result.js';
import { openReportFiles } from '../../output/reports.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { fileDigest } from '../../evidence/hash.js';
import { writeManifest } from '../../evidence/manifest.js';
import { OutputRoot } from '../../output/files.js';
import { signingKeyOf } from '../sign-key.js';

export interface ReportArgs {
  inputs: string[];
  format: string[];
  out: string;
  /** --sign-key: sign the evidence manifest (else $CTRLFLOW_SIGN_KEY). */
  signKey?: string;
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
  const signingKey = await signingKeyOf(args);
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
    summary = merging
      ? { ...mergeSummaries(inputs.map((i) => ({ file: i.file, head: i.report.head, summary: i.report.summary }))), controls: tally.controlSummaries(), totals: tally.totals }
      : inputs[0]!.report.summary;
    await reports.end(summary);
  } catch (error) {
    if (!(error instanceof ReportFileError)) throw error;
    io.err(formatDiagnostic(error.diagnostic));
    // What was written from a broken input is not a report.
    await Promise.all(reports.files().map((f) => unlink(f).catch(() => undefined)));
    io.err('1 error(s): no report was written');
    return { code: EXIT.BAD_INPUT, files: [] };
  }
  // The evidence of this run: the result files it read, and what it wrote.
  const out = new OutputRoot(resolve(args.cwd, args.out));
  const read = await Promise.all(args.inputs.map(async (file) => ({ path: file, ...(await fileDigest(resolve(args.cwd, file))) })));
  await writeManifest(out, { command: 'report', head, summary, inventory: { kind: 'results', inputs: read }, written: reports.files(), signingKey });
  const { totals } = summary;
  io.out(`${inputs.length} result file(s) · ${summary.controls.length} control(s) · ${head.targets.length} target(s)`);
  io.out(`Totals: ${totals.FAIL} FAIL · ${totals.PASS} PASS · ${totals.ERROR} ERROR · ${totals.EXCEPTED} EXCEPTED`);
  const files = [...reports.files(), ...out.written];
  io.out(`Reports: ${files.map((f) => relative(args.cwd, f) || f).join(', ')}`);
  return { code: EXIT.OK, summary, files };
}
