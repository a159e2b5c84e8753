import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  folderDigest
} from "./chunk-ANHMXIPA.js";
import "./chunk-VKFPFGRN.js";

// src/evidence/digest-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { root, paths } = workerData;
folderDigest(root, paths).then(
  (digest) => parentPort.postMessage({ digest }),
  (error) => {
    const { message, code } = error instanceof Error ? error : { message: String(error), code: void 0 };
    parentPort.postMessage({ error: { message, code } });
  }
);
