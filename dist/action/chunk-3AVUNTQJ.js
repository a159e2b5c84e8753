import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/model/framework-report.ts
var REQUIREMENT_STATUSES = ["fail", "error", "manual-expired", "manual-missing", "not-evaluated", "manual-attested", "not-applicable", "pass"];

export {
  REQUIREMENT_STATUSES
};
