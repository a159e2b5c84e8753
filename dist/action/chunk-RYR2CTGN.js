import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/providers/types.ts
var GLOBAL_REGION = "global";
var ActionCallError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "ActionCallError";
  }
  code;
};
var TargetReadError = class extends Error {
  constructor(code, message, call) {
    super(message);
    this.code = code;
    this.call = call;
    this.name = "TargetReadError";
  }
  code;
  call;
};
var ProviderSetupError = class extends Error {
  name = "ProviderSetupError";
};

export {
  GLOBAL_REGION,
  ActionCallError,
  TargetReadError,
  ProviderSetupError
};
