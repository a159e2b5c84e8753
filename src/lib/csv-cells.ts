/**
 * Cells a spreadsheet would run as a formula: a leading = + - @, tab or CR, or their
 * full-width forms. Such text gets a leading ' so Excel and Sheets show it as text
 * (OWASP "CSV injection"). Every CSV writer calls this per cell.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

function spreadsheetSafe(cell: string): string {
  // The first character looked up, not a regex run: this is called for every cell of every row.
  return cell.length > 0 && FORMULA_START.has(cell[0]!) ? `'${cell}` : cell;
}

/** A value as one CSV cell: empty for nothing, compact JSON for structures, then made safe. */
export function toCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  return spreadsheetSafe(typeof value === 'object' ? JSON.stringify(value) : String(value));
}

/**
 * One RFC 4180 field as ctrlflow has always written it (fast-csv's rules, kept byte for byte):
 * NULs dropped; a field holding a quote is quoted with the quote doubled; one holding a comma,
 * CR, LF or `|` is quoted.
 */
export function csvField(cell: string): string {
  // Most cells hold none of these: one scan, then as they were.
  if (!SPECIAL.test(cell)) return cell;
  const text = cell.includes('\0') ? cell.replace(/\0/g, '') : cell;
  if (text.includes('"')) return `"${text.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(text) ? `"${text}"` : text;
}
const NEEDS_QUOTES = /[,\r\n|]/;
const SPECIAL = /[",\r\n|\0]/;

/** One CSV row (cells made safe, then quoted as needed), CRLF-terminated. */
export function csvRow(values: readonly unknown[]): string {
  let row = '';
  for (let i = 0; i < values.length; i += 1) row += `${i > 0 ? ',' : ''}${csvField(toCell(values[i]))}`;
  return `${row}\r\n`;
}
