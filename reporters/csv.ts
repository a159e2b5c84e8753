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
 * At `--evidence findings` (the default) a PASS row is the result's identity, status and target
 * only: the control's descriptive cells (title, resource type, compliance, flow) are left empty
 * there, as they are the same on every row of the control and most rows of a large scan are
 * PASS (a third of the CSV's bytes at 100k resources); severity stays, to filter by. The
 * longest cells, remediation and compliance, are written on the FIRST non-PASS row of each
 * control in the file and left empty on its later rows (title stays on every non-PASS row, so
 * a row reads alone); `--evidence full` fills them on every row.
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
  ['action', (r) => (r.actions ? r.actions.map(actionText).join(' | ') : '')],
];

const flags = (names: string[]) => CSV_COLUMNS.map(([name]) => names.includes(name));
/** Columns whose cell is the control's alone (the same on each of its rows), by column index. */
const CONTROL_COLUMNS = flags(['title', 'severity', 'resource_type', 'compliance', 'flow_id']);
/** The control's columns a PASS row leaves empty at `--evidence findings`. */
const DESCRIPTIVE_COLUMNS = flags(['title', 'resource_type', 'compliance', 'flow_id']);
/** The columns stated on a control's first non-PASS row only, at `--evidence findings`. */
const FIRST_ROW_COLUMNS = flags(['remediation', 'compliance']);
const EVERY_COLUMN = flags([]);

/** A value as its field: most cells of a large scan are empty (a PASS row's), answered at once. */
function cellOf(value: unknown): string {
  return value === undefined || value === '' ? '' : csvField(toCell(value));
}

function complianceCell(c: ControlInfo): string {
  return Object.entries(c.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}:${id}`)).join('; ');
}

export const csv: Reporter = {
  format: 'csv',
  extension: 'csv',
  summary: 'one row per result, spreadsheet-safe',
  open(head, out) {
    // A control's own cells, made once per control rather than once per row.
    const controls = new Map(head.controls.map((c) => [c.id, { info: c, cells: [] as (string | undefined)[], stated: false }]));
    const slimPass = head.evidence !== 'full';
    out.write(`\uFEFF${CSV_COLUMNS.map(([name]) => csvField(name)).join(',')}\r\n`);
    return {
      result(r) {
        const control = controls.get(r.controlId)!;
        const slim = slimPass && r.status === 'PASS';
        // At --evidence findings, remediation and compliance once per control: on its first non-PASS row.
        const later = slimPass && !slim && control.stated;
        if (slimPass && !slim) control.stated = true;
        const left = slim ? DESCRIPTIVE_COLUMNS : later ? FIRST_ROW_COLUMNS : EVERY_COLUMN;
        let row = '';
        for (let i = 0; i < CSV_COLUMNS.length; i += 1) {
          if (i > 0) row += ',';
          if (left[i]) continue;
          if (CONTROL_COLUMNS[i]) row += control.cells[i] ??= cellOf(CSV_COLUMNS[i]![1](r, control.info));
          else row += cellOf(CSV_COLUMNS[i]![1](r, control.info));
        }
        out.write(`${row}\r\n`);
      },
      end() {},
    };
  },
};
