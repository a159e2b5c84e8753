import { redactText } from '../lib/redact.js';

/**
 * Where a command writes. The bin entry passes process streams; tests collect lines. Every
 * line goes through `printable` in both, so what came from outside (a cloud name or id, an
 * error message, a tag) can neither start a new line nor drive the terminal or the CI log:
 * - newline and CR become `\n` and `\r`; every other C0 and C1 control character (ESC, NEL…),
 *   DEL, the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E,
 *   U+200F, U+061C) and the line/paragraph separators U+2028/U+2029 become `\uNNNN` (valid in
 *   a JSON string too, so printed JSON stays JSON); a tab stays;
 * - a line that would begin (after blanks) with `::` or `##[`, the GitHub Actions workflow
 *   command markers, gets its first character escaped (`\u003a:add-mask::…`): only the Action
 *   itself issues workflow commands (through @actions/core, which writes past the Io).
 * - a known secret of the run (src/lib/redact.ts) is *****, before anything else.
 * A command with several lines of its own (pretty JSON) prints them one `out` each.
 */
export interface Io {
  /** One line to stdout. */
  out(line: string): void;
  /** One line to stderr. */
  err(line: string): void;
  /**
   * Progress: redraws one stderr line on a terminal; elsewhere (a CI log, a pipe) a plain line
   * at most every STATUS_INTERVAL_MS, so a long scan still shows it moves and a short one
   * prints none (a line per flow was hundreds of lines of noise).
   */
  status(line: string): void;
  /** Clears the progress line on a terminal. */
  endStatus(): void;
  /** Asks a yes/no question; absent when there is no terminal to ask on. */
  confirm?(question: string): Promise<boolean>;
  /**
   * One styled line to stdout, escaped span by span as `out` escapes, then wrapped to the
   * terminal and coloured (terminal.ts); absent where lines are kept plain (see `say`).
   */
  rich?(line: RichLine): void;
}

/** A styled line through the Io: `rich` where there is one, else its plain text through `out`. */
export function say(io: Io, line: RichLine | string): void {
  const rich = typeof line === 'string' ? { spans: [{ text: line }] } : line;
  if (io.rich) io.rich(rich);
  else io.out(plainText(rich));
}

import { append } from '../model/append.js';
import { colorWanted, layout, plainText, wrapWidth, type RichLine, type TerminalShape } from './terminal.js';

// eslint-disable-next-line no-control-regex -- these are the characters it escapes
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const WORKFLOW_COMMAND = /^(\s*)(::|##\[)/;

/** A line as the Io prints it: secrets masked, control characters escaped, never a workflow command (see Io). */
export function printable(line: string): string {
  return guardWorkflowCommand(escapeControls(line));
}

/** Secrets masked, then control characters escaped: what any text of a line goes through. */
function escapeControls(text: string): string {
  return redactText(text).replace(UNSAFE, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

function guardWorkflowCommand(line: string): string {
  return line.replace(WORKFLOW_COMMAND, (_m, blanks: string, marker: string) => `${blanks}${marker.startsWith(':') ? '\\u003a' : '\\u0023'}${marker.slice(1)}`);
}

/**
 * A styled line made printable: each span's text escaped, and the line as a whole kept from
 * starting a workflow command, exactly as `printable` treats the plain line (the plain text
 * of the result equals `printable` of the plain text). Styles are added only after this.
 */
export function printableLine(line: RichLine): RichLine {
  const spans = line.spans.map((s) => ({ ...s, text: escapeControls(s.text) }));
  const plain = spans.map((s) => s.text).join('');
  const guarded = guardWorkflowCommand(plain);
  if (guarded === plain) return { ...line, spans };
  // The guard replaced one character at the first non-blank: find its span and do the same there.
  const at = plain.search(/\S/);
  let start = 0;
  const fixed = spans.map((s) => {
    const end = start + s.text.length;
    const own = at >= start && at < end ? { ...s, text: s.text.slice(0, at - start) + guarded.slice(at, at + 6) + s.text.slice(at - start + 1) } : s;
    start = end;
    return own;
  });
  return { ...line, spans: fixed };
}

/** Lines kept in memory (tests); with a terminal shape, styled lines are laid out as a terminal shows them. */
export function bufferIo(shape?: TerminalShape): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    ...(shape ? { rich: (line: RichLine) => void append(stdout, layout(printableLine(line), shape)) } : {}),
    out: (t) => stdout.push(printable(t)),
    err: (t) => stderr.push(printable(t)),
    status: (t) => stderr.push(printable(t)),
    endStatus: () => undefined,
  };
}

/** How often a status line is printed where stderr is not a terminal. */
export const STATUS_INTERVAL_MS = 10_000;

/** `print` at most once per `intervalMs`, the first time `intervalMs` after this is made. */
export function throttled(print: (line: string) => void, intervalMs: number, clock: () => number = Date.now): (line: string) => void {
  let last = clock();
  return (line) => {
    const now = clock();
    if (now - last < intervalMs) return;
    last = now;
    print(line);
  };
}

export function processIo(env: Readonly<Record<string, string | undefined>> = process.env): Io {
  const tty = process.stderr.isTTY === true;
  const stdoutTty = process.stdout.isTTY === true;
  const shape = { color: colorWanted(stdoutTty, env), columns: wrapWidth(stdoutTty, process.stdout.columns, env) };
  const errColumns = tty ? wrapWidth(true, process.stderr.columns, env) : undefined;
  // A reader that stops early (`ctrlflow run … | head`) closes the pipe: stop quietly, as
  // Unix tools do, instead of dying on the unhandled EPIPE with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    rich: (line) => {
      for (const row of layout(printableLine(line), shape)) process.stdout.write(`${row}\n`);
    },
    ...(tty && process.stdin.isTTY === true
      ? {
          async confirm(question: string): Promise<boolean> {
            const { createInterface } = await import('node:readline/promises');
            const rl = createInterface({ input: process.stdin, output: process.stderr });
            try {
              return /^y(es)?$/i.test((await rl.question(printable(question))).trim());
            } finally {
              rl.close();
            }
          },
        }
      : {}),
    out: (t) => process.stdout.write(`${printable(t)}\n`),
    // Errors and warnings are prose: wrapped on a terminal too (continuation lines indented), never coloured.
    err: (t) => {
      for (const row of layout(printableLine({ spans: [{ text: t }], hang: 2 }), { color: false, columns: errColumns })) process.stderr.write(`${row}\n`);
    },
    status: tty
      ? (t) => process.stderr.write(`\r\u001b[K${printable(t).slice(0, (process.stderr.columns ?? 80) - 1)}`)
      : throttled((t) => process.stderr.write(`${printable(t)}\n`), STATUS_INTERVAL_MS),
    endStatus: () => (tty ? process.stderr.write('\r\u001b[K') : true),
  };
}

/**
 * Ends the process with `code` once what it printed is flushed. A finished run must not wait on
 * a socket an SDK left open: Azure's managed-identity probe of 169.254.169.254, on a network
 * that drops it, held a failed scan for minutes after its last line.
 */
export async function exitWhenFlushed(code: number): Promise<never> {
  const flushed = (stream: NodeJS.WriteStream): Promise<unknown> | undefined =>
    stream.writableLength === 0 || stream.destroyed ? undefined : Promise.race(['drain', 'close', 'error'].map((event) => new Promise((resolve) => stream.once(event, resolve))));
  await Promise.all([process.stdout, process.stderr].map(flushed));
  process.exit(code);
}
