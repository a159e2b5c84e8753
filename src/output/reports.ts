import { findReporter } from '../../reporters/index.js';
import type { ReportWriter } from '../../reporters/types.js';
import type { ResultStream } from '../model/stream.js';
import type { ReportHead, ReportSummary, Result } from '../model/result.js';
import { OutputRoot, type FileSink } from './files.js';
import { useThread } from '../lib/threads.js';

/** The report files of a run: a result stream that ends with the files written. */
export interface ReportFiles extends ResultStream {
  /** After `end`: every report file, in format order. */
  files(): string[];
}

/** Renders the given formats into `<dir>/ctrlflow.<extension>`, in this thread. */
export class ReportHost implements ReportFiles {
  private writers: { writer: ReportWriter; sink: FileSink }[] = [];
  private readonly root: OutputRoot;

  constructor(
    private readonly formats: readonly string[],
    dir: string,
  ) {
    this.root = new OutputRoot(dir);
  }

  async begin(head: ReportHead): Promise<void> {
    for (const format of this.formats) {
      const reporter = (await findReporter(format))!;
      const sink = await this.root.open(`ctrlflow.${reporter.extension}`);
      this.writers.push({ writer: reporter.open(head, sink), sink });
    }
  }

  async results(batch: readonly Result[]): Promise<void> {
    for (const { writer, sink } of this.writers) {
      for (let i = 0; i < batch.length; i += 1) writer.result(batch[i]!);
      await sink.drained();
    }
  }

  async end(summary: ReportSummary): Promise<void> {
    for (const { writer, sink } of this.writers) {
      await writer.end(summary);
      await sink.close();
    }
  }

  files(): string[] {
    return [...this.root.written];
  }
}

/**
 * Formats written in this thread when the others go to the report thread: that thread, writing
 * all five, was a large scan's critical path (at 100k resources it worked about 4.5 s of CPU to
 * this thread's 3.6 s); SARIF reads the findings only (a quarter of the results) and evens them.
 * Markdown only counts and keeps a few rows: not worth passing results to another thread for,
 * and there its end came last, after the HTML page's, while this thread waited.
 */
const HERE = new Set(['sarif', 'markdown']);

/**
 * The report files of a run, rendered on a second thread when the input is large enough for
 * that to pay (useThread: a snapshot or result files of more than ONE_THREAD_BYTES, or a live
 * read) and the formats are worth it, so that reading and evaluating the inventory and writing
 * the reports share the machine's cores. `inputBytes`: the size of what the run reads, when
 * known before it starts.
 */
export async function openReportFiles(formats: readonly string[], dir: string, environment: Readonly<Record<string, string | undefined>>, inputBytes?: number): Promise<ReportFiles> {
  const there = formats.filter((f) => !HERE.has(f));
  if (there.length === 0 || !useThread(environment, inputBytes)) return new ReportHost(formats, dir);
  const { WorkerReports } = await import('./worker-reports.js');
  const worker = new WorkerReports(there, dir);
  const here = formats.filter((f) => HERE.has(f));
  return here.length === 0 ? worker : new BothReports(formats, { formats: here, files: new ReportHost(here, dir) }, { formats: there, files: worker });
}

interface Part {
  formats: readonly string[];
  /** Its files() lists one file per format, in that order. */
  files: ReportFiles;
}

/** Reports written partly in this thread, partly on the report thread: each batch posted there first, then written here. */
class BothReports implements ReportFiles {
  constructor(
    private readonly formats: readonly string[],
    private readonly here: Part,
    private readonly there: Part,
  ) {}

  async begin(head: ReportHead): Promise<void> {
    await this.there.files.begin(head);
    await this.here.files.begin(head);
  }

  async results(batch: readonly Result[]): Promise<void> {
    await this.there.files.results(batch);
    await this.here.files.results(batch);
  }

  async end(summary: ReportSummary): Promise<void> {
    // Both finish at once: the report thread its files, this thread its own.
    await Promise.all([this.there.files.end(summary), this.here.files.end(summary)]);
  }

  files(): string[] {
    const byFormat = new Map([this.here, this.there].flatMap(({ formats, files }) => files.files().map((file, i) => [formats[i]!, file] as const)));
    return this.formats.flatMap((f) => byFormat.get(f) ?? []);
  }
}

/** One format rendered into memory: for what is bounded by nature (the Action's job summary, under 1 MiB). */
export class StringReport implements ResultStream {
  private parts: string[] = [];
  private writer: ReportWriter | undefined;

  constructor(private readonly format: string) {}

  async begin(head: ReportHead): Promise<void> {
    const reporter = (await findReporter(this.format))!;
    this.writer = reporter.open(head, { write: (text) => void this.parts.push(text), drained: async () => undefined });
  }

  results(batch: readonly Result[]): void {
    for (const r of batch) this.writer!.result(r);
  }

  async end(summary: ReportSummary): Promise<void> {
    await this.writer!.end(summary);
  }

  text(): string {
    return this.parts.join('');
  }
}
