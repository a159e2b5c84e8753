import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  checkControlTests,
  loadControlTests
} from "./chunk-MT5O4ERP.js";
import "./chunk-3PPJS5KW.js";
import {
  describeProvenance,
  loadCatalog
} from "./chunk-D4BNSKXI.js";
import "./chunk-SCVABYIG.js";
import "./chunk-QCBIGPPD.js";
import "./chunk-LNOAYWSE.js";
import {
  formatDiagnostic,
  sortDiagnostics
} from "./chunk-RWQMH7L7.js";
import "./chunk-H56V4RZW.js";
import "./chunk-ZWLDRKVE.js";
import "./chunk-MRDWGFYB.js";
import "./chunk-OF6ZO72D.js";
import "./chunk-NOF2L456.js";
import "./chunk-GZSOM6X5.js";
import "./chunk-JF2CDZTK.js";
import "./chunk-RYR2CTGN.js";
import "./chunk-EPDO45GY.js";
import "./chunk-A6IEPHEW.js";
import "./chunk-RT55AZSI.js";
import "./chunk-FWPZOP6C.js";
import "./chunk-7NKVILSJ.js";
import {
  EXIT
} from "./chunk-DVYICCYC.js";
import "./chunk-CV5TROGS.js";
import "./chunk-7SG3EKPI.js";
import "./chunk-UH3NDQ7B.js";
import "./chunk-PYOKT7AG.js";
import "./chunk-EODJP2HT.js";
import "./chunk-TXBJIEWP.js";
import "./chunk-NP7VFWU3.js";
import "./chunk-VKFPFGRN.js";

// src/cli/commands/validate.ts
var DEFAULT_VALIDATE_PATHS = ["controls", "flows"];
async function validateCommand(paths, io, cwd = process.cwd(), onDiagnostic) {
  const given = paths.length > 0 ? paths : DEFAULT_VALIDATE_PATHS;
  const catalog = await loadCatalog(given, { cwd, runtime: true });
  const { tests, diagnostics: testDiagnostics } = await loadControlTests(given, cwd);
  const diagnostics = sortDiagnostics([...catalog.diagnostics, ...testDiagnostics, ...checkControlTests(tests, catalog.controls, catalog.flows)]);
  for (const d of diagnostics) (onDiagnostic ?? ((x) => io.err(formatDiagnostic(x))))(d);
  if (diagnostics.length > 0) {
    const files = new Set(diagnostics.map((d) => d.file)).size;
    io.out(`${diagnostics.length} error(s) in ${files} file(s)`);
    return EXIT.BAD_INPUT;
  }
  const { controls, flows, frameworks } = catalog;
  const parts = [`${controls.length} control(s)`, `${flows.size} flow(s)`];
  if (frameworks.length > 0) parts.push(`${frameworks.length} framework(s)`);
  if (tests.length > 0) parts.push(`${tests.length} control test file(s)`);
  io.out(`${parts.slice(0, -1).join(", ")} and ${parts.at(-1)} are valid`);
  for (const line of describeProvenance(catalog.provenance, cwd)) io.out(line);
  return EXIT.OK;
}
export {
  DEFAULT_VALIDATE_PATHS,
  validateCommand
};
