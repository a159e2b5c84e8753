import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/version.ts
import { readFileSync } from "node:fs";
function readVersion() {
  for (const rel of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(rel, import.meta.url), "utf8"));
      if (pkg.name === "ctrlflow" && pkg.version) return pkg.version;
    } catch {
    }
  }
  return "0.0.0";
}
var VERSION = readVersion();
function asksVersion(argv) {
  return argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v");
}

export {
  VERSION,
  asksVersion
};
