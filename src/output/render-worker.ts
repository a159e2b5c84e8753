import { parentPort, workerData } from 'node:worker_threads';
import { ReportHost } from './reports.js';
import type { FromWorker, ToWorker } from './worker-reports.js';

// The render thread: the reporters of src/output/reports.ts, fed by messages in order.
const { formats, dir } = workerData as { formats: string[]; dir: string };
const host = new ReportHost(formats, dir);
const port = parentPort!;
let queue: Promise<void> = Promise.resolve();

port.on('message', (message: ToWorker) => {
  queue = queue.then(async () => {
    try {
      if (message.type === 'begin') await host.begin(message.head);
      else if (message.type === 'results') await host.results(message.batch);
      else {
        await host.end(message.summary);
        post({ type: 'done', files: host.files() });
      }
      post({ type: 'ack' });
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  });
});

function post(message: FromWorker): void {
  port.postMessage(message);
}
