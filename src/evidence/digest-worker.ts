import { parentPort, workerData } from 'node:worker_threads';
import { folderDigest } from './hash.js';

// A snapshot's digest, on a thread of its own (inventory.ts openSnapshot). A failure goes back
// as its message and code, so the scan reports it as it would from its own thread.
const { root, paths } = workerData as { root: string; paths: string[] };
folderDigest(root, paths).then(
  (digest) => parentPort!.postMessage({ digest }),
  (error: unknown) => {
    const { message, code } = error instanceof Error ? (error as NodeJS.ErrnoException) : { message: String(error), code: undefined };
    parentPort!.postMessage({ error: { message, code } });
  },
);
