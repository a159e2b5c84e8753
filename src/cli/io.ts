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
  /** Asks a yes/no question; absent when there is no terminal to ask on. */
  confirm?(question: string): Promise<boolean>;
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
    ...(tty && process.stdin.isTTY === true
      ? {
          async confirm(question: string): Promise<boolean> {
            const { createInterface } = await import('node:readline/promises');
            const rl = createInterface({ input: process.stdin, output: process.stderr });
            try {
              return /^y(es)?$/i.test((await rl.question(question)).trim());
            } finally {
              rl.close();
            }
          },
        }
      : {}),
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    status: (t) => (tty ? process.stderr.write(`\r\u001b[K${t.slice(0, (process.stderr.columns ?? 80) - 1)}`) : process.stderr.write(`${t}\n`)),
    endStatus: () => (tty ? process.stderr.write('\r\u001b[K') : true),
  };
}
