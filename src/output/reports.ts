import { findReporter } from '../../reporters/index.js';
import type { ReportWriter } from '../../reporters/types.js';
import type { ResultStream } from '../model/stream.js';
import type { ReportHead, ReportSummary, Result } from '../model/result.js';
import { OutputRoot, type FileSink } from './files.js';

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

/** Formats that only count and keep a few rows: not worth passing every result to another thread. */
const LIGHT = new Set(['markdown']);

/**
 * The report files of a run, rendered on a second thread when one is there to use (the
 * compiled package: a worker needs JavaScript) and the formats are worth it, so that reading
 * and evaluating the inventory and writing the reports share the machine's cores.
 * CTRLFLOW_WORKERS=0 keeps them in this thread.
 */
export async function openReportFiles(formats: readonly string[], dir: string, environment: Readonly<Record<string, string | undefined>>): Promise<ReportFiles> {
  const heavy = formats.some((f) => !LIGHT.has(f));
  if (!heavy || environment.CTRLFLOW_WORKERS === '0' || !import.meta.url.endsWith('.js')) return new ReportHost(formats, dir);
  const { WorkerReports } = await import('./worker-reports.js');
  return new WorkerReports(formats, dir);
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
