import { Worker } from 'node:worker_threads';
import type { ReportHead, ReportSummary, Result } from '../model/result.js';
import type { ResultStream } from '../model/stream.js';

/** Messages to the render worker, and its answers. */
export type ToWorker = { type: 'begin'; head: ReportHead } | { type: 'results'; batch: readonly Result[] } | { type: 'end'; summary: ReportSummary };
export type FromWorker = { type: 'ack' } | { type: 'done'; files: string[] } | { type: 'error'; message: string };

/**
 * Batches in the worker's queue at most: a faster scan waits rather than piling results up,
 * yet enough wait there (about 50 ms of its work) to keep it busy while the scan parses
 * its next recording and makes no results (with 4 both threads stood idle a third of the time).
 */
const IN_FLIGHT = 16;
/**
 * Results gathered before they are posted: the pipeline hands on one small batch per control
 * and target (a few results each on a small estate), and each message costs the same wake-up
 * of the other thread whatever its size (the demo spent 0.2 s of its main thread posting).
 */
const BATCH = 250;

/** The reports rendered by src/output/render-worker.ts on a thread of their own. */
// ReportFiles (reports.ts) in shape: reports.ts loads this module, so it does not import reports.ts back.
export class WorkerReports implements ResultStream {
  private readonly worker: Worker;
  private inFlight = 0;
  private waiting: (() => void)[] = [];
  private failure: Error | undefined;
  private finished: Promise<string[]>;
  private written: string[] = [];
  private pending: Result[] = [];

  constructor(formats: readonly string[], dir: string) {
    // A large young generation: rendering makes many short-lived strings.
    this.worker = new Worker(new URL('./render-worker.js', import.meta.url), { workerData: { formats, dir }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    this.finished = new Promise((resolve, reject) => {
      this.worker.on('message', (message: FromWorker) => {
        if (message.type === 'ack') {
          this.inFlight -= 1;
          this.waiting.shift()?.();
        } else if (message.type === 'done') resolve(message.files);
        else this.fail(new Error(message.message), reject);
      });
      this.worker.on('error', (error) => this.fail(error, reject));
      this.worker.on('exit', (code) => this.fail(new Error(`the report writer stopped (exit ${code})`), reject));
    });
    // A failure is raised by the next call; never an unhandled rejection meanwhile.
    this.finished.catch(() => undefined);
  }

  begin(head: ReportHead): Promise<void> {
    return this.send({ type: 'begin', head });
  }

  /**
   * A control's results on a target may be a hundred thousand: they are posted BATCH at a time,
   * each send waiting while IN_FLIGHT batches are unanswered, so at most that many results are
   * on their way or in the worker's queue (posted whole, 43,750-result batches piled up 400 MB
   * in the worker at a million resources).
   */
  async results(batch: readonly Result[]): Promise<void> {
    for (let i = 0; i < batch.length; i += 1) {
      this.pending.push(batch[i]!);
      if (this.pending.length >= BATCH) await this.flush();
    }
  }

  private flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    return batch.length > 0 ? this.send({ type: 'results', batch }) : Promise.resolve();
  }

  async end(summary: ReportSummary): Promise<void> {
    await this.flush();
    await this.send({ type: 'end', summary });
    this.written = await this.finished;
    await this.worker.terminate();
  }

  files(): string[] {
    return this.written;
  }

  private async send(message: ToWorker): Promise<void> {
    if (this.failure) throw this.failure;
    this.inFlight += 1;
    this.worker.postMessage(message);
    while (this.inFlight > IN_FLIGHT && !this.failure) await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (this.failure) throw this.failure;
  }

  private fail(error: Error, reject: (error: Error) => void): void {
    this.failure ??= error;
    reject(this.failure);
    for (const wake of this.waiting.splice(0)) wake();
  }
}
