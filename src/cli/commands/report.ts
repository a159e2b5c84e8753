import { relative, resolve } from 'node:path';
import { mergeReports } from '../../engine/merge.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import { readScanReport } from '../../load/report-file.js';
import type { ScanReport } from '../../model/result.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { writeReportFiles } from '../report-files.js';
import { outputProblem } from '../../output/writable.js';
import { UsageError } from '../selection.js';

export interface ReportArgs {
  inputs: string[];
  format: string[];
  out: string;
  cwd: string;
}

/** `ctrlflow report`: renders saved JSON results again, merging several into one report. */
export async function reportCommand(args: ReportArgs, io: Io): Promise<ExitCode> {
  const unwritable = await outputProblem(args.cwd, { folders: { '--out': args.out } });
  if (unwritable) throw new UsageError(unwritable);
  const inputs: { file: string; report: ScanReport }[] = [];
  let bad = 0;
  for (const file of args.inputs) {
    const loaded = await readScanReport(resolve(args.cwd, file), file);
    for (const d of loaded.diagnostics) io.err(formatDiagnostic(d));
    bad += loaded.diagnostics.length;
    if (loaded.report) inputs.push({ file, report: loaded.report });
  }
  if (bad > 0) {
    io.err(`${bad} error(s): no report was written`);
    return EXIT.BAD_INPUT;
  }
  const report = mergeReports(inputs);
  const written = await writeReportFiles(report, args.format, resolve(args.cwd, args.out));
  const { totals } = report;
  io.out(`${inputs.length} result file(s) · ${report.controls.length} control(s) · ${report.targets.length} target(s)`);
  io.out(`Totals: ${totals.FAIL} FAIL · ${totals.PASS} PASS · ${totals.ERROR} ERROR · ${totals.EXCEPTED} EXCEPTED`);
  io.out(`Reports: ${written.map((f) => relative(args.cwd, f) || f).join(', ')}`);
  return EXIT.OK;
}
