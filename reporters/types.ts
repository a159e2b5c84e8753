import type { ReportHead, ReportSummary, Result } from '../src/model/result.js';

/**
 * How a report format plugs in. A reporter is a pure module: it never opens a file, reads
 * the clock or the environment; it turns one scan, given as a stream, into text written to
 * the sink it is handed. The scan arrives in three steps, always in this order:
 *
 *  1. `open(head, out)`: what is known before the first result. `head.controls` states every
 *     control once (title, severity, remediation, compliance, file and line…); `head.targets`
 *     the scope; `head.evidence` what PASS results carry. A format whose file starts with
 *     per-result lines (CSV, the JSON report) writes its header now.
 *  2. `result(r)`, once per result, in the scan's order (target by target, then control id,
 *     then the flow's order), each already shaped: exceptions applied (EXCEPTED), baseline
 *     marked (`new`/`unchanged`), planned or applied actions attached. A result states what
 *     varies per resource only: look its control up in `head.controls` by `controlId`. A
 *     reporter keeps only bounded state here (counters, the first N of something, rows it must
 *     regroup), never the whole stream, so a million results fit.
 *  3. `end(summary)`: what is known after the last result: each control's status and counts,
 *     the totals, and the optional sections (exceptions, baseline, remediation, apiCalls,
 *     sources, and any section another part of ctrlflow adds, such as `frameworks`). A format
 *     whose file starts with the summary (HTML, SARIF, Markdown) writes it all now.
 *
 * The summary is an open object: a reporter reads the sections it knows and ignores the rest,
 * so a new section needs no change here. A new format is one module exporting a Reporter, one
 * line in reporters/index.ts and its test in test/reporters/ (see STYLE.md).
 */
export interface Reporter {
  format: string;
  /** The file is `ctrlflow.<extension>` in --out. */
  extension: string;
  /** One line for `ctrlflow list formats`. */
  summary: string;
  open(head: ReportHead, out: TextSink): ReportWriter;
}

export interface ReportWriter {
  /** One result, in scan order. Synchronous: write to the sink, or keep what must wait for the summary. */
  result(r: Result): void;
  /** The last result was given: write what waited for the summary. */
  end(summary: ReportSummary): void | Promise<void>;
}

/**
 * Text in order, as the file's bytes (UTF-8). Writes are buffered: the host moves them to the
 * disk between results; a reporter writing a large part in `end` may `await out.drained()`
 * between pieces so that no more than one piece is held in memory.
 */
export interface TextSink {
  write(text: string): void;
  drained(): Promise<void>;
}
