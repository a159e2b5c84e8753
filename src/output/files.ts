import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import { resolve } from 'node:path';
import type { TextSink } from '../../reporters/types.js';
import { redactText } from '../lib/redact.js';
import { openInside, resolveInside, UnsafePathError, writeFileInside } from '../lib/safe-path.js';

/** A name that would leave its output folder (`../x`, an absolute path, a cloud id like `/../../tmp`). */
export class OutputPathError extends Error {
  override name = 'OutputPathError';
}

/**
 * A folder ctrlflow writes into: --out, --history, the audit log's folder. Every file a run
 * writes goes through it: a name is checked by src/lib/safe-path.ts (no absolute path, no
 * `..` or empty segment, no NUL: a name can hold a cloud-supplied account id or region), and
 * every file, written whole (`writeFileInside`), streamed or appended to (`openInside`), is
 * opened there: no folder on the way that links outside, never through a link in place of
 * the file. Each file is listed in `written`, in the order written: the one place that knows
 * every file of a run.
 */
export class OutputRoot {
  readonly dir: string;
  readonly written: string[] = [];

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  /** The absolute path of `name` inside the folder; throws OutputPathError outside it. */
  path(name: string): string {
    return refused(name, this.dir, () => resolveInside(this.dir, name));
  }

  /** A file written whole (history records, report-node files), through writeFileInside. */
  async writeFile(name: string, content: string): Promise<string> {
    const file = this.path(name);
    await refusedAsync(name, this.dir, () => writeFileInside(this.dir, name, content));
    this.written.push(file);
    return file;
  }

  /** Appends to a file (the audit log): made if absent, never rewritten. */
  async appendFile(name: string, content: string): Promise<string> {
    const file = this.path(name);
    const { handle } = await refusedAsync(name, this.dir, () => openInside(this.dir, name, { append: true }));
    try {
      await handle.appendFile(redactText(content));
    } finally {
      await handle.close();
    }
    if (!this.written.includes(file)) this.written.push(file);
    return file;
  }

  /** A file written as a stream (the reports). */
  async open(name: string): Promise<FileSink> {
    const file = this.path(name);
    const { handle } = await refusedAsync(name, this.dir, () => openInside(this.dir, name));
    const stream = handle.createWriteStream();
    this.written.push(file);
    return new FileSink(file, stream);
  }
}

function refused<T>(name: string, dir: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof UnsafePathError) throw new OutputPathError(`refusing to write "${name}" in ${dir}: ${error.message}`);
    throw error;
  }
}

async function refusedAsync<T>(name: string, dir: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UnsafePathError) throw new OutputPathError(`refusing to write "${name}" in ${dir}: ${error.message}`);
    throw error;
  }
}

/**
 * A reporter's sink on disk: text is encoded straight into a 1 MB buffer (no joined strings),
 * each full buffer handed to the file stream; `drained` waits while the stream is behind, so a
 * fast scan never piles up more than a buffer or two per file in memory.
 */
export class FileSink implements TextSink {
  private buffer = Buffer.allocUnsafe(BLOCK);
  private used = 0;
  private failure: Error | undefined;

  constructor(
    readonly file: string,
    private readonly stream: WriteStream,
  ) {
    stream.on('error', (error) => (this.failure = error));
  }

  write(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8: check the room before encoding into it.
    if (text.length * 3 > BLOCK - this.used) {
      this.flush();
      if (text.length * 3 > BLOCK) {
        this.stream.write(text);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used);
  }

  async drained(): Promise<void> {
    // What is in the buffer stays there until it is full: flushed here, every small piece awaited
    // (the HTML page's section per control, each batch of each format) was a write of its own
    // and a new 1 MB buffer, garbage within the millisecond.
    if (this.failure) throw this.failure;
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  async close(): Promise<number> {
    this.flush();
    await new Promise<void>((done, fail) => this.stream.end((error?: Error | null) => (error ? fail(error) : done())));
    if (this.failure) throw this.failure;
    return this.stream.bytesWritten;
  }

  private flush(): void {
    if (this.used === 0) return;
    // The stream keeps the buffer until it is written: the next text goes into a new one.
    this.stream.write(this.buffer.subarray(0, this.used));
    this.buffer = Buffer.allocUnsafe(BLOCK);
    this.used = 0;
  }
}

const BLOCK = 1 << 20;
