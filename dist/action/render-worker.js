import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  ReportHost
} from "./chunk-XOHG32CA.js";
import "./chunk-W74LCRT7.js";
import "./chunk-PYOKT7AG.js";
import "./chunk-EODJP2HT.js";
import "./chunk-ZGCO3MUC.js";
import "./chunk-RF7RP6NI.js";
import "./chunk-VKFPFGRN.js";

// src/output/render-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { formats, dir } = workerData;
var host = new ReportHost(formats, dir);
var port = parentPort;
var queue = Promise.resolve();
port.on("message", (message) => {
  queue = queue.then(async () => {
    try {
      if (message.type === "begin") await host.begin(message.head);
      else if (message.type === "results") await host.results(message.batch);
      else {
        await host.end(message.summary);
        post({ type: "done", files: host.files() });
      }
      post({ type: "ack" });
    } catch (error) {
      post({ type: "error", message: error instanceof Error ? error.message : String(error) });
    }
  });
});
function post(message) {
  port.postMessage(message);
}
