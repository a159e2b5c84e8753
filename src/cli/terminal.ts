import { styleText } from 'node:util';

/**
 * How a line looks on a terminal: spans of text, each with an optional style, and the indent
 * of its continuation lines when it wraps. The text of a span may come from the cloud (a
 * name, an id, an error message): the Io escapes it (see io.ts `printable`) BEFORE it wraps
 * the line and adds colour codes, so no colour or control code ever comes from a span's text.
 */
export interface RichLine {
  spans: Span[];
  /** Columns of indent on each continuation line (default: the line's own leading blanks). */
  hang?: number;
}

export interface Span {
  text: string;
  style?: Style;
}

export type Style = 'fail' | 'pass' | 'error' | 'excepted' | 'critical' | 'high' | 'medium' | 'low' | 'info' | 'strong' | 'dim' | 'warn';

/** The terminal's colours of each style (node:util styleText formats). */
const FORMATS: Record<Style, Parameters<typeof styleText>[0]> = {
  fail: ['red', 'bold'],
  pass: 'green',
  error: ['magenta', 'bold'],
  excepted: 'cyan',
  critical: ['red', 'bold'],
  high: 'red',
  medium: 'yellow',
  low: 'blue',
  info: 'gray',
  strong: 'bold',
  dim: 'gray',
  warn: 'yellow',
};

/** Where a line goes: the width to wrap at (none: one line, as a pipe or a CI log wants) and whether to colour. */
export interface TerminalShape {
  columns?: number;
  color: boolean;
}

/**
 * Colour is on for a terminal and off otherwise, as Node decides it: FORCE_COLOR (other than
 * 0/false) turns it on anywhere, then NO_COLOR (any non-empty value) or TERM=dumb turns it off.
 */
export function colorWanted(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

/**
 * The width to wrap at: the terminal's (80 when it does not say); not a terminal: COLUMNS when
 * set (20 or more), else none, so a CI log or a pipe keeps one line per item for grep.
 */
export function wrapWidth(isTTY: boolean, columns: number | undefined, env: Readonly<Record<string, string | undefined>>): number | undefined {
  if (isTTY) return columns !== undefined && columns >= 20 ? columns : 80;
  const given = Number(env.COLUMNS);
  return Number.isInteger(given) && given >= 20 ? given : undefined;
}

/** Plain text of a line: what an Io without a terminal prints. */
export function plainText(line: RichLine): string {
  return line.spans.map((s) => s.text).join('');
}

/** One piece of a line that wrapping keeps whole (a word) or drops at a break (blanks). */
interface Atom {
  text: string;
  style?: Style;
  blank: boolean;
}

/**
 * Lays a line (its spans already escaped) out as terminal lines: wrapped at word boundaries to
 * `columns` with continuation lines indented by `hang`; a word longer than a line (an ARN, a
 * URL) is broken after a separator (`/ : . - , _ =`) where one is near, else at the width. No
 * character is lost: joining the pieces gives the text back. Colour codes go around each
 * styled piece afterwards, when `color` is on.
 */
export function layout(line: RichLine, shape: TerminalShape): string[] {
  const plain = plainText(line);
  const lead = /^ */.exec(plain)![0].length;
  const hang = Math.max(0, line.hang ?? lead);
  const width = shape.columns;
  const atoms: Atom[] = [];
  for (const span of line.spans) {
    for (const piece of span.text.split(/( +)/)) if (piece !== '') atoms.push({ text: piece, style: span.style, blank: piece.startsWith(' ') });
  }
  const rows: Atom[][] = [[]];
  let used = 0;
  const newRow = () => {
    const row = rows.at(-1)!;
    while (row.length > 0 && row.at(-1)!.blank) row.pop();
    rows.push(hang > 0 ? [{ text: ' '.repeat(hang), blank: false }] : []);
    used = hang;
  };
  for (let i = 0; i < atoms.length; i += 1) {
    const atom = atoms[i]!;
    if (width === undefined) {
      rows[0]!.push(atom);
      continue;
    }
    const room = width - used;
    if (atom.blank) {
      // Blanks at a row's start after a break are dropped; leading indentation of the first row stays.
      if (used === hang && rows.length > 1) continue;
      if (atom.text.length >= room) {
        newRow();
        continue;
      }
      rows.at(-1)!.push(atom);
      used += atom.text.length;
      continue;
    }
    if (atom.text.length <= room) {
      rows.at(-1)!.push(atom);
      used += atom.text.length;
      continue;
    }
    // Too long for what is left: a fresh row if that is enough (or if this row has words), else split.
    const fresh = width - hang;
    if (atom.text.length <= fresh && used > hang) {
      newRow();
      i -= 1;
      continue;
    }
    if (room < Math.min(8, fresh) && used > hang) {
      newRow();
      i -= 1;
      continue;
    }
    const cut = breakAt(atom.text, room);
    rows.at(-1)!.push({ ...atom, text: atom.text.slice(0, cut) });
    used += cut;
    atoms.splice(i + 1, 0, { ...atom, text: atom.text.slice(cut) });
    newRow();
  }
  return rows.map((row) => paint(row, shape.color));
}

/** Where to split a word that does not fit in `room` columns: after the last separator in the back half, else at `room`. */
function breakAt(word: string, room: number): number {
  const limit = Math.max(1, room);
  for (let at = limit; at > limit / 2; at -= 1) if ('/:.-,_='.includes(word[at - 1]!)) return at;
  return limit;
}

function paint(row: Atom[], color: boolean): string {
  if (!color) return row.map((a) => a.text).join('');
  let text = '';
  let run = '';
  let style: Style | undefined;
  const flush = () => {
    text += style && run.trim() !== '' ? styleText(FORMATS[style], run, { validateStream: false }) : run;
    run = '';
  };
  for (const atom of row) {
    if (atom.style !== style) {
      flush();
      style = atom.style;
    }
    run += atom.text;
  }
  flush();
  return text;
}

/**
 * An id as the terminal shows it (the reports keep it whole): an Azure resource id from its
 * resource group on (`rg-app/…/storageAccounts/stapp`), an ARN from its resource part
 * (`arn:…:db:analytics-db`), a GCP asset name from its last two segments; anything else over
 * 60 characters keeps its start and end around `…`.
 */
export function shortId(id: string): string {
  const azure = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/[^/]+\/(.+)$/i.exec(id);
  if (azure) return `${azure[1]}/${azure[2]}`;
  const subscription = /^\/subscriptions\/[^/]+\/providers\/[^/]+\/(.+)$/i.exec(id);
  if (subscription) return subscription[1]!;
  const arn = /^arn:[^:]+:[^:]*:[^:]*:[^:]*:(.+)$/.exec(id);
  if (arn) return `arn:…:${arn[1]}`;
  const gcp = /^\/\/[^/]+\/.*\/([^/]+\/[^/]+)$/.exec(id);
  if (gcp) return `…/${gcp[1]}`;
  return id.length > 60 ? `${id.slice(0, 28)}…${id.slice(-28)}` : id;
}
