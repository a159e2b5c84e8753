import { writeToString } from 'fast-csv';
import { actionText } from '../src/model/action.js';
import type { Result } from '../src/model/result.js';
import { toCell } from './spreadsheet.js';
import type { Reporter } from './types.js';

/**
 * The column contract of ctrlflow.csv, in order; a new column goes at the end. One row per
 * result, RFC 4180 quoting, CRLF row ends and a UTF-8 BOM so Excel opens it as UTF-8.
 */
export const CSV_COLUMNS: readonly [string, (r: Result) => unknown][] = [
  ['control_id', (r) => r.controlId],
  ['title', (r) => r.title],
  ['severity', (r) => r.severity],
  ['status', (r) => r.status],
  ['provider', (r) => r.provider],
  ['account', (r) => r.account],
  ['region', (r) => r.region],
  ['resource_type', (r) => r.resourceType],
  ['resource_id', (r) => r.resourceId],
  ['display_name', (r) => r.displayName],
  ['reason', (r) => r.reason],
  ['evidence', (r) => (Object.keys(r.evidence).length > 0 ? r.evidence : '')],
  ['remediation', (r) => r.remediation],
  ['compliance', (r) => Object.entries(r.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}:${id}`)).join('; ')],
  ['flow_id', (r) => r.flowId],
  ['execution_id', (r) => r.executionId],
  ['time', (r) => r.time],
  ['exception', (r) => (r.exception ? `${r.exception.reason} (owner ${r.exception.owner}, expires ${r.exception.expires}, ${r.exception.source})` : '')],
  ['baseline', (r) => r.baseline ?? ''],
  ['action', (r) => (r.actions ?? []).map(actionText).join(' | ')],
];

export const csv: Reporter = {
  format: 'csv',
  extension: 'csv',
  summary: 'one row per result, spreadsheet-safe',
  async render(report) {
    const rows = report.results.map((r) => CSV_COLUMNS.map(([, read]) => toCell(read(r))));
    const text = await writeToString([CSV_COLUMNS.map(([name]) => name), ...rows], { rowDelimiter: '\r\n', includeEndRowDelimiter: true });
    return `\uFEFF${text}`;
  },
};
