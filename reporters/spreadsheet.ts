/**
 * Cells a spreadsheet would run as a formula: a leading = + - @, tab or CR, or their
 * full-width forms. Such text gets a leading ' so Excel and Sheets show it as text
 * (OWASP "CSV injection"). fast-csv has no option for it, so writers call this per cell.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A value as one CSV cell: empty for nothing, compact JSON for structures, then made safe. */
export function toCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return spreadsheetSafe(typeof value === 'object' ? JSON.stringify(value) : String(value));
}
