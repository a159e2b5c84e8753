import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  MAX_BUNDLE_FLOWS,
  makeBundle
} from "./chunk-DBBU7UTQ.js";
import {
  loadCheckedCatalog
} from "./chunk-FAPM6IBK.js";
import "./chunk-F4PBMPVG.js";
import "./chunk-D4BNSKXI.js";
import "./chunk-SCVABYIG.js";
import "./chunk-QCBIGPPD.js";
import "./chunk-LNOAYWSE.js";
import "./chunk-RWQMH7L7.js";
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
import {
  UsageError
} from "./chunk-EMRUF3FH.js";
import {
  VERSION
} from "./chunk-ZMKB2BIG.js";
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

// src/cli/commands/export.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
async function exportCommand(args, io) {
  if (args.names.length > MAX_BUNDLE_FLOWS) {
    throw new UsageError(`a bundle holds at most ${MAX_BUNDLE_FLOWS} flows (QFlow's limit), got ${args.names.length}: export them in several bundles`);
  }
  const files = args.names.filter((n) => /\.ya?ml$/.test(n));
  const catalog = await loadCheckedCatalog([...args.flows, ...files], args.cwd, io, "nothing was exported");
  if (!catalog) return EXIT.BAD_INPUT;
  const byFile = new Map([...catalog.flows.values()].map((f) => [resolve(args.cwd, f.file), f]));
  const selected = args.names.map((name) => {
    const loaded = /\.ya?ml$/.test(name) ? byFile.get(resolve(args.cwd, name)) : catalog.flows.get(name);
    if (!loaded) throw new UsageError(`no flow "${name}" (flows: ${[...catalog.flows.keys()].sort().join(", ")})`);
    return loaded.flow;
  });
  const bundle = makeBundle(selected, `ctrlflow ${VERSION}`, /* @__PURE__ */ new Date());
  const file = resolve(args.cwd, args.output);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(bundle, null, 2)}
`);
  io.out(`Exported ${selected.length} flow(s) to ${relative(args.cwd, file) || file}`);
  for (const r of bundle.reconfigure) io.out(`  removed: ${r.flow} ${r.path}: ${r.what}`);
  return EXIT.OK;
}
export {
  exportCommand
};
