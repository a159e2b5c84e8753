import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// reporters/index.ts
var REPORTERS = [
  { format: "asff", load: async () => (await import("./asff-G4Q2JYNE.js")).asff, optIn: true },
  { format: "csv", load: async () => (await import("./csv-JA2EG4WG.js")).csv },
  { format: "html", load: async () => (await import("./html-G7USU5MP.js")).html },
  { format: "json", load: async () => (await import("./json-XZUD7ECG.js")).json },
  { format: "junit", load: async () => (await import("./junit-GYNWG4XO.js")).junit, optIn: true },
  { format: "markdown", load: async () => (await import("./markdown-J6E56FC5.js")).markdown },
  { format: "ocsf", load: async () => (await import("./ocsf-M6JPL55D.js")).ocsf, optIn: true },
  { format: "oscal", load: async () => (await import("./oscal-Z62MNENC.js")).oscal, optIn: true },
  { format: "sarif", load: async () => (await import("./sarif-EAACZ3YA.js")).sarif }
];
var FORMATS = REPORTERS.map((r) => r.format);
var DEFAULT_FORMATS = REPORTERS.filter((r) => !r.optIn).map((r) => r.format);
async function findReporter(format) {
  return REPORTERS.find((r) => r.format === format)?.load();
}

export {
  REPORTERS,
  FORMATS,
  DEFAULT_FORMATS,
  findReporter
};
