import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findReporter } from '../../reporters/index.js';
import type { ScanReport } from '../model/result.js';

/** Renders `report` in each format to `<out>/ctrlflow.<extension>`; returns the files written. */
export async function writeReportFiles(report: ScanReport, formats: string[], out: string): Promise<string[]> {
  await mkdir(out, { recursive: true });
  const files: string[] = [];
  for (const format of formats) {
    const reporter = findReporter(format)!;
    const file = join(out, `ctrlflow.${reporter.extension}`);
    await writeFile(file, await reporter.render(report));
    files.push(file);
  }
  return files;
}
