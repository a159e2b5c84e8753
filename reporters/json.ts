import type { ReportHead, ReportSummary } from '../src/model/result.js';
import type { Reporter } from './types.js';

/**
 * ctrlflow.json, schemaVersion 2.0 (schemas/results.schema.json): one compact JSON document
 * laid out in lines so it can be written and read as a stream:
 *
 *   {"schemaVersion":"2.0", …head…, "results":[
 *   {one result},
 *   {one result}
 *   ], "finishedAt": …, "controls": [ … ], "totals": { … }, …summary…}
 *
 * Line 1 is the head (without its controls), each further line but the last one result, the
 * last line the summary (each control once, with its counts). Any JSON reader reads it whole;
 * `ctrlflow report` and `--baseline` read it line by line (src/load/report-file.ts).
 */
export const json: Reporter = {
  format: 'json',
  extension: 'json',
  summary: 'every result, each control once (schemaVersion 2.0)',
  open(head, out) {
    out.write(`${headLine(head)}\n`);
    let first = true;
    return {
      result(r) {
        out.write(first ? JSON.stringify(r) : `,\n${JSON.stringify(r)}`);
        first = false;
      },
      end(summary) {
        out.write(`${first ? '' : '\n'}${summaryLine(summary)}\n`);
      },
    };
  },
};

/** `{…head fields…,"results":[` */
export function headLine(head: ReportHead): string {
  const { controls: _controls, ...fields } = head;
  return `${JSON.stringify(fields).slice(0, -1)},"results":[`;
}

/** `],…summary fields…}` */
export function summaryLine(summary: ReportSummary): string {
  return `],${JSON.stringify(summary).slice(1)}`;
}
