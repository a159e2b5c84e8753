import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/cli/exit-codes.ts
var EXIT = {
  OK: 0,
  FAILED: 1,
  BAD_INPUT: 2,
  UNREADABLE: 3
};

export {
  EXIT
};
