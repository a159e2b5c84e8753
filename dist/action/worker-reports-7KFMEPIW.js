import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import "./chunk-VKFPFGRN.js";

// src/output/worker-reports.ts
import { Worker } from "node:worker_threads";
var IN_FLIGHT = 16;
var BATCH = 250;
var WorkerReports = class {
  worker;
  inFlight = 0;
  waiting = [];
  failure;
  finished;
  written = [];
  pending = [];
  constructor(formats, dir) {
    this.worker = new Worker(new URL("./render-worker.js", import.meta.url), { workerData: { formats, dir }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    this.finished = new Promise((resolve, reject) => {
      this.worker.on("message", (message) => {
        if (message.type === "ack") {
          this.inFlight -= 1;
          this.waiting.shift()?.();
        } else if (message.type === "done") resolve(message.files);
        else this.fail(new Error(message.message), reject);
      });
      this.worker.on("error", (error) => this.fail(error, reject));
      this.worker.on("exit", (code) => this.fail(new Error(`the report writer stopped (exit ${code})`), reject));
    });
    this.finished.catch(() => void 0);
  }
  begin(head) {
    return this.send({ type: "begin", head });
  }
  /**
   * A control's results on a target may be a hundred thousand: they are posted BATCH at a time,
   * each send waiting while IN_FLIGHT batches are unanswered, so at most that many results are
   * on their way or in the worker's queue (posted whole, 43,750-result batches piled up 400 MB
   * in the worker at a million resources).
   */
  async results(batch) {
    for (let i = 0; i < batch.length; i += 1) {
      this.pending.push(batch[i]);
      if (this.pending.length >= BATCH) await this.flush();
    }
  }
  flush() {
    const batch = this.pending;
    this.pending = [];
    return batch.length > 0 ? this.send({ type: "results", batch }) : Promise.resolve();
  }
  async end(summary) {
    await this.flush();
    await this.send({ type: "end", summary });
    this.written = await this.finished;
    await this.worker.terminate();
  }
  files() {
    return this.written;
  }
  async send(message) {
    if (this.failure) throw this.failure;
    this.inFlight += 1;
    this.worker.postMessage(message);
    while (this.inFlight > IN_FLIGHT && !this.failure) await new Promise((resolve) => this.waiting.push(resolve));
    if (this.failure) throw this.failure;
  }
  fail(error, reject) {
    this.failure ??= error;
    reject(this.failure);
    for (const wake of this.waiting.splice(0)) wake();
  }
};
export {
  WorkerReports
};
