import type { ScanReport } from '../src/model/result.js';

/** One output format: a pure function from the scan to the file's content. */
export interface Reporter {
  format: string;
  /** The file is `ctrlflow.<extension>` in --out. */
  extension: string;
  summary: string;
  render(report: ScanReport): string | Promise<string>;
}
