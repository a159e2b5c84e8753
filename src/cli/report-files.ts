import { join } from 'node:path';
import { findReporter } from '../../reporters/index.js';
import type { ScanReport } from '../model/result.js';
import { redactValue } from '../output/redact.js';
import { writeFileInside } from '../output/safe-path.js';

/**
 * Renders `report` in each format to `<out>/ctrlflow.<extension>`; returns the files written.
 * Secrets are masked on the report before rendering (so no escaping or cut of a reporter can
 * show part of one) and on the text written (writeFileInside).
 */
export async function writeReportFiles(report: ScanReport, formats: string[], out: string): Promise<string[]> {
  const shown = redactValue(report);
  const files: string[] = [];
  for (const format of formats) {
    const reporter = findReporter(format)!;
    const name = `ctrlflow.${reporter.extension}`;
    await writeFileInside(out, name, await reporter.render(shown));
    files.push(join(out, name));
  }
  return files;
}
