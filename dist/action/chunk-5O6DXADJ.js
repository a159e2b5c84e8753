import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  runPipeline
} from "./chunk-NBQHNYZQ.js";

// src/engine/scan.ts
async function runScan(input) {
  const results = [];
  const executions = [];
  let head;
  const outcome = await runPipeline({
    ...input,
    outputs: [
      {
        begin: (h) => void (head = h),
        results: (batch) => {
          for (const r of batch) results.push(r);
        },
        end: () => void 0
      },
      ...input.outputs ?? []
    ],
    onExecution: async (e, h) => {
      executions.push(e);
      await input.onExecution?.(e, h);
    }
  });
  const { controls: _controls, ...fields } = head;
  return { report: { ...fields, ...outcome.summary, results }, outcome, executions };
}

export {
  runScan
};
