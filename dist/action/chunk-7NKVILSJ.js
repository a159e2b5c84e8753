import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/lib/lazy-module.ts
import { createRequire } from "node:module";
var requireHere = createRequire(import.meta.url);
function once(load) {
  let value;
  return () => (value ??= { v: load() }).v;
}

export {
  requireHere,
  once
};
