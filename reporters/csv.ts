import { actionText } from '../src/model/action.js';
import type { ControlInfo, Result } from '../src/model/result.js';
import { csvField, toCell } from '../src/lib/csv-cells.js';
import type { Reporter } from './types.js';

/**
 * The column contract of ctrlflow.csv, in order; a new column goes at the end. One row per
 * result, RFC 4180 quoting, CRLF row ends and a UTF-8 BOM so Excel opens it as UTF-8. The
 * control's columns (title, severity, resource type, compliance, flow) come from its ControlInfo;
 * remediation is given on the rows that need it (FAIL, ERROR, EXCEPTED), and evidence, reason,
 * execution and time where the result carries them (a PASS carries them with --evidence full).
 * Each row is one string written to the stream: fast-csv, used before, built every row as an
 * array, joined and buffered it (4.4 s and 1.5 GB at 100k results); its quoting rules are kept
 * (src/lib/csv-cells.ts csvField).
 */
export const CSV_COLUMNS: readonly [string, (r: Result, c: ControlInfo) => unknown][] = [
  ['control_id', (r) => r.controlId],
  ['title', (_, c) => c.title],
  ['severity', (_, c) => c.severity],
  ['status', (r) => r.status],
  ['provider', (r) => r.provider],
  ['account', (r) => r.account],
  ['region', (r) => r.region],
  ['resource_type', (_, c) => c.resourceType],
  ['resource_id', (r) => r.resourceId],
  ['display_name', (r) => r.displayName],
  ['reason', (r) => r.reason],
  ['evidence', (r) => (r.evidence && Object.keys(r.evidence).length > 0 ? r.evidence : '')],
  ['remediation', (r, c) => (r.status === 'PASS' ? '' : c.remediation)],
  ['compliance', (_, c) => complianceCell(c)],
  ['flow_id', (_, c) => c.flowId],
  ['execution_id', (r) => r.executionId],
  ['time', (r) => r.time],
  ['exception', (r) => (r.exception ? `${r.exception.reason} (owner ${r.exception.owner}, expires ${r.exception.expires}, ${r.exception.source})` : '')],
  ['baseline', (r) => r.baseline ?? ''],
  ['action', (r) => (r.actions ?? []).map(actionText).join(' | ')],
];

/** Columns whose cell is the control's alone (the same on each of its rows). */
const CONTROL_COLUMNS = new Set(['title', 'severity', 'resource_type', 'compliance', 'flow_id'].map((name) => CSV_COLUMNS.findIndex(([n]) => n === name)));

function complianceCell(c: ControlInfo): string {
  return Object.entries(c.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}:${id}`)).join('; ');
}

export const csv: Reporter = {
  format: 'csv',
  extension: 'csv',
  summary: 'one row per result, spreadsheet-safe',
  open(head, out) {
    // A control's own cells, made once per control rather than once per row.
    const controls = new Map(head.controls.map((c) => [c.id, { info: c, cells: new Map<number, string>() }]));
    out.write(`\uFEFF${CSV_COLUMNS.map(([name]) => csvField(name)).join(',')}\r\n`);
    return {
      result(r) {
        const control = controls.get(r.controlId)!;
        let row = '';
        for (let i = 0; i < CSV_COLUMNS.length; i += 1) {
          if (i > 0) row += ',';
          if (CONTROL_COLUMNS.has(i)) {
            let cell = control.cells.get(i);
            if (cell === undefined) control.cells.set(i, (cell = csvField(toCell(CSV_COLUMNS[i]![1](r, control.info)))));
            row += cell;
          } else row += csvField(toCell(CSV_COLUMNS[i]![1](r, control.info)));
        }
        out.write(`${row}\r\n`);
      },
      end() {},
    };
  },
};
