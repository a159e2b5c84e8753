import { createReadStream, readFileSync } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { HEAD_SCHEMA, RESULT_SCHEMA, RESULTS_SCHEMA_V2, SUMMARY_SCHEMA } from '../model/report-schema.js';
import { splitReport, type ReportHead, type ReportSummary, type Result, type ResultLine, type ScanReport } from '../model/result.js';
import { resultFromV1, type ScanReportV1 } from '../model/result-v1.js';
import { validateSchema } from '../model/validate.js';
import type { Diagnostic } from './diagnostics.js';

/** The schema of ctrlflow.json 1.0, which `ctrlflow report` and `--baseline` still read (schemas/ sits two levels up in the repo and in dist). */
export const RESULTS_SCHEMA_V1 = JSON.parse(readFileSync(new URL('../../schemas/results-1.0.schema.json', import.meta.url), 'utf8')) as object;

/** A whole-document parse is refused above this size; ctrlflow's own 2.0 files are read line by line at any size. */
const WHOLE_LIMIT = 256 * 1024 * 1024;
const BATCH = 5000;

/** A saved report opened for reading: its head and summary now, its results as a stream of batches. */
export interface OpenedReport {
  head: ReportHead;
  summary: ReportSummary;
  /** The file's size, as it was opened. */
  bytes: number;
  /** Batches of results in file order; throws ReportFileError at a result that breaks the schema. */
  results(): AsyncIterable<Result[]>;
}

/** A saved report that is not one, found while it was read. */
export class ReportFileError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
    this.name = 'ReportFileError';
  }
}

/**
 * Opens a saved ctrlflow.json (for `ctrlflow report` and --baseline). A 2.0 file as ctrlflow
 * writes it is read as a stream: its first line (the head) and last line (the summary) now,
 * each result line when asked for, each checked against its part of the schema. A 1.0 file,
 * or a 2.0 file laid out otherwise (pretty-printed by another tool), is parsed whole and
 * checked against its schema. JSON carries no positions we keep, so a mistake is placed at 1:1
 * (or the result's line) and named by its path inside the file.
 */
export async function openReport(file: string, display: string): Promise<{ report?: OpenedReport; diagnostics: Diagnostic[] }> {
  const at = (code: string, message: string, line = 1) => ({ diagnostics: [{ file: display, line, col: 1, code, message }] });
  let size: number;
  let first: string;
  try {
    size = (await stat(file)).size;
    first = await firstLine(file);
  } catch (error) {
    return at('unreadable-file', `cannot read this file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (first.startsWith('{"schemaVersion":"2.0"') && first.endsWith('"results":[')) return openStreamed(file, display, size, first);
  if (size > WHOLE_LIMIT) return at('bad-report', `a ${size}-byte file not laid out as ctrlflow writes 2.0 reports (one result per line): too large to read whole`);
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return at('bad-json', `${(error as Error).message} (expected a ctrlflow.json written by ctrlflow scan)`);
  }
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  const problems = validateSchema(version === '1.0' ? RESULTS_SCHEMA_V1 : RESULTS_SCHEMA_V2, value);
  if (problems.length > 0) return at('bad-report', schemaMessage(version === '1.0' ? 'schemas/results-1.0.schema.json' : 'schemas/results.schema.json', problems));
  const report = version === '1.0' ? fromV1(value as ScanReportV1) : expandReport(value as StoredReport);
  const { head, summary } = splitReport(report);
  return {
    report: {
      head,
      summary,
      bytes: size,
      async *results() {
        for (let i = 0; i < report.results.length; i += BATCH) yield report.results.slice(i, i + BATCH);
      },
    },
    diagnostics: [],
  };
}

function schemaMessage(schema: string, all: { path: (string | number)[]; message: string }[]): string {
  // A result line is a result or a PASS group (an if/then/else): that the branch failed says nothing its own errors do not.
  const problems = all.filter((p) => !/^must match "(then|else)" schema$/.test(p.message));
  const shown = problems.slice(0, 5).map((p) => `${p.path.join('.') || '(top)'}: ${p.message}`);
  return `not a ctrlflow JSON result (see ${schema}): ${shown.join('; ')}${problems.length > 5 ? ` and ${problems.length - 5} more` : ''}`;
}

async function openStreamed(file: string, display: string, size: number, first: string): Promise<{ report?: OpenedReport; diagnostics: Diagnostic[] }> {
  const at = (code: string, message: string, line = 1) => ({ diagnostics: [{ file: display, line, col: 1, code, message }] });
  const last = await lastLine(file, size);
  let headValue: unknown;
  let summaryValue: unknown;
  try {
    headValue = JSON.parse(`${first.slice(0, -'"results":['.length).replace(/,$/, '')}}`);
    summaryValue = JSON.parse(`{${last.text.replace(/^\],/, '')}`);
  } catch (error) {
    return at('bad-json', `${(error as Error).message} (expected a ctrlflow.json written by ctrlflow scan)`);
  }
  const problems = [...validateSchema(HEAD_SCHEMA, headValue), ...validateSchema(SUMMARY_SCHEMA, summaryValue)];
  if (problems.length > 0) return at('bad-report', schemaMessage('schemas/results.schema.json', problems));
  const summary = summaryValue as ReportSummary;
  const head: ReportHead = { ...(headValue as Omit<ReportHead, 'controls'>), controls: summary.controls.map(({ status: _s, counts: _c, warnings: _w, ...info }) => info) };
  return {
    report: {
      head,
      summary,
      bytes: size,
      async *results() {
        // The lines between the head's and the summary's (none when there are no results).
        const start = Buffer.byteLength(first) + 1;
        if (last.offset - 1 < start) return;
        const lines = createInterface({ input: createReadStream(file, { start, end: last.offset - 1, encoding: 'utf8' }), crlfDelay: Infinity });
        let batch: Result[] = [];
        let number = 1;
        for await (const line of lines) {
          number += 1;
          if (line === '') continue;
          let value: unknown;
          try {
            value = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
          } catch (error) {
            throw new ReportFileError({ file: display, line: number, col: 1, code: 'bad-json', message: (error as Error).message });
          }
          const wrong = validateSchema(RESULT_SCHEMA, value);
          if (wrong.length > 0) throw new ReportFileError({ file: display, line: number, col: 1, code: 'bad-report', message: schemaMessage('schemas/results.schema.json', wrong) });
          for (const r of resultsOfLine(value as ResultLine)) batch.push(r);
          if (batch.length >= BATCH) {
            yield batch;
            batch = [];
          }
        }
        if (batch.length > 0) yield batch;
      },
    },
    diagnostics: [],
  };
}

type StoredReport = Omit<ScanReport, 'results'> & { results: ResultLine[] };

/** A 2.0 document read whole, its results as the scan had them. */
function expandReport(stored: StoredReport): ScanReport {
  return { ...stored, results: stored.results.flatMap(resultsOfLine) };
}

/**
 * The results one line of a 2.0 report stands for (reporters/json.ts writes them shorter): a
 * PASS group is its PASS results, in order; a match without `text` has its result's reason.
 */
export function resultsOfLine(line: ResultLine): Result[] {
  if ('resources' in line) {
    const { controlId, status, provider, account, region } = line;
    return line.resources.map((p) => (p.name === undefined ? { controlId, status, provider, account, region, resourceId: p.id } : { controlId, status, provider, account, region, resourceId: p.id, displayName: p.name }));
  }
  if (!line.matches?.some((m) => m.text === undefined)) return [line as Result];
  const reason = line.reason ?? '';
  return [{ ...line, matches: line.matches.map(({ condition, type, text, ...rest }) => ({ condition, type, text: text ?? reason, ...rest })) }];
}

/** A 1.0 report in 2.0's shape: control fields left to the controls; its results keep their evidence. */
function fromV1(v1: ScanReportV1): ScanReport {
  const { schemaVersion: _v, results, ...rest } = v1;
  return { ...rest, schemaVersion: '2.0', evidence: 'full', results: results.map(resultFromV1) };
}

async function firstLine(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    let text = '';
    const buffer = Buffer.alloc(64 * 1024);
    let position = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return text;
      const chunk = buffer.subarray(0, bytesRead);
      const newline = chunk.indexOf(10);
      if (newline >= 0) return text + chunk.subarray(0, newline).toString('utf8');
      text += chunk.toString('utf8');
      position += bytesRead;
      // A first line this long is not a 2.0 head: the caller parses the file whole.
      if (text.length > 16 * 1024 * 1024) return text;
    }
  } finally {
    await handle.close();
  }
}

/** The file's last line (without its newline) and the byte offset where it starts. */
async function lastLine(file: string, size: number): Promise<{ text: string; offset: number }> {
  const handle = await open(file, 'r');
  try {
    let end = size;
    // Past the final newline.
    const one = Buffer.alloc(1);
    while (end > 0) {
      await handle.read(one, 0, 1, end - 1);
      if (one[0] !== 10 && one[0] !== 13) break;
      end -= 1;
    }
    const chunks: Buffer[] = [];
    let start = end;
    const step = 1 << 20;
    while (start > 0) {
      const from = Math.max(0, start - step);
      const buffer = Buffer.alloc(start - from);
      await handle.read(buffer, 0, buffer.length, from);
      const newline = buffer.lastIndexOf(10);
      if (newline >= 0) {
        chunks.unshift(buffer.subarray(newline + 1));
        start = from + newline + 1;
        break;
      }
      chunks.unshift(buffer);
      start = from;
    }
    return { text: Buffer.concat(chunks).toString('utf8'), offset: start };
  } finally {
    await handle.close();
  }
}
