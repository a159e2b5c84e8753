import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/load/diagnostics.ts
function formatDiagnostic(d) {
  return `${d.file}:${d.line}:${d.col} error ${d.code}: ${d.message}`;
}
function sortDiagnostics(list) {
  return [...list].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code)
  );
}

export {
  formatDiagnostic,
  sortDiagnostics
};
