/** Where a command writes. The bin entry passes process streams; tests collect lines. */
export interface Io {
  /** One line to stdout. */
  out(line: string): void;
  /** One line to stderr. */
  err(line: string): void;
  /** Progress: redraws one stderr line on a terminal, a plain line otherwise. */
  status(line: string): void;
  /** Clears the progress line on a terminal. */
  endStatus(): void;
}

export function bufferIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (t) => stdout.push(t),
    err: (t) => stderr.push(t),
    status: (t) => stderr.push(t),
    endStatus: () => undefined,
  };
}

export function processIo(): Io {
  const tty = process.stderr.isTTY === true;
  return {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    status: (t) => (tty ? process.stderr.write(`\r\u001b[K${t.slice(0, (process.stderr.columns ?? 80) - 1)}`) : process.stderr.write(`${t}\n`)),
    endStatus: () => (tty ? process.stderr.write('\r\u001b[K') : true),
  };
}
