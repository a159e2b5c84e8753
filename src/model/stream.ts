import type { ReportHead, ReportSummary, Result } from './result.js';

/**
 * Where a scan's results go: the report files (through the reporters), the terminal summary,
 * the GitHub Action's annotations. The pipeline calls `begin` once, `results` with each batch
 * in scan order (it awaits the call: a slow consumer slows the scan rather than filling the
 * memory), and `end` once with the summary.
 */
export interface ResultStream {
  begin(head: ReportHead): void | Promise<void>;
  results(batch: readonly Result[]): void | Promise<void>;
  end(summary: ReportSummary): void | Promise<void>;
}

/**
 * A part of the summary that another part of ctrlflow computes (e.g. `frameworks`: the
 * requirement statuses of a framework from its controls' statuses). It may watch every
 * result go by; its value goes into the summary under `key`, before any consumer's `end`.
 */
export interface SummarySection {
  key: string;
  begin?(head: ReportHead): void;
  result?(r: Result): void;
  finish(summary: ReportSummary): unknown;
}
