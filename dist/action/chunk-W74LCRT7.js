import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/lib/threads.ts
var ONE_THREAD_BYTES = 8 * 1024 * 1024;
function useThread(environment, inputBytes) {
  if (!import.meta.url.endsWith(".js")) return false;
  const setting = environment.CTRLFLOW_WORKERS;
  if (setting === "0") return false;
  if (setting === "1") return true;
  return inputBytes === void 0 || inputBytes > ONE_THREAD_BYTES;
}

export {
  useThread
};
