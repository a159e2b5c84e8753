import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/lib/built-file.ts
import { readFileSync } from "node:fs";
function builtJson(url) {
  try {
    return JSON.parse(readFileSync(url, "utf8"));
  } catch {
    return void 0;
  }
}

export {
  builtJson
};
