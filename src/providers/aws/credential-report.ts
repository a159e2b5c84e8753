import { TargetReadError, type ApiCall, type Item } from '../types.js';

/**
 * The IAM credential report as a source (`service: IAM, method: GetCredentialReport`): one item
 * per user, the root user as `<root_account>`, each CSV column a key. The API forces its own
 * path: the report must be generated first (GenerateCredentialReport, polled until COMPLETE),
 * and it comes as CSV in a blob. The recorded page is `{ Content: <the CSV text>, ReportFormat,
 * GeneratedTime }`, so a snapshot holds what IAM sent, readable.
 */
export interface CredentialReportPolling {
  /** GenerateCredentialReport calls at most (default 10). */
  attempts: number;
  /** Wait between them, in ms (default 2000): a report takes seconds to build, and IAM rebuilds it at most every 4 hours. */
  delayMs: number;
}

export const DEFAULT_POLLING: CredentialReportPolling = { attempts: 10, delayMs: 2000 };

/** `send(method)` makes that IAM call (no input) through the provider's client, lane and counting. */
export async function fetchCredentialReport(send: (method: string) => Promise<Item>, call: ApiCall, polling: CredentialReportPolling = DEFAULT_POLLING): Promise<Item> {
  for (let attempt = 1; ; attempt += 1) {
    const { State: state } = await send('GenerateCredentialReport');
    if (state === 'COMPLETE') break;
    if (attempt >= polling.attempts) {
      const waited = ((polling.attempts - 1) * polling.delayMs) / 1000;
      throw new TargetReadError('CredentialReportNotReady', `the IAM credential report was still ${String(state)} after ${polling.attempts} GenerateCredentialReport calls (${waited} s)`, call);
    }
    await new Promise((resolve) => setTimeout(resolve, polling.delayMs));
  }
  const { $metadata: _metadata, Content: content, ...rest } = await send('GetCredentialReport');
  return { Content: content instanceof Uint8Array ? Buffer.from(content).toString('utf8') : String(content ?? ''), ...rest };
}

const NULLS = new Set(['N/A', 'not_supported', 'no_information']);
const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)$/;

/**
 * One item per CSV row, typed: `true`/`false` as booleans, dates as ISO UTC strings (so date
 * conditions read them), `N/A`, `not_supported` and `no_information` as null; other values stay text.
 */
export function decodeCredentialReport(csv: string): Item[] {
  const [header, ...rows] = parseCsv(csv);
  if (!header) return [];
  return rows.filter((row) => row.some((cell) => cell !== '')).map((row) => Object.fromEntries(header.map((key, i) => [key, typed(row[i] ?? '')])));
}

function typed(cell: string): unknown {
  if (NULLS.has(cell)) return null;
  if (cell === 'true' || cell === 'false') return cell === 'true';
  if (ISO_DATE.test(cell)) return new Date(cell).toISOString();
  return cell;
}

/** RFC 4180: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      endCell();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
