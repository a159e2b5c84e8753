import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  folderOf,
  handleEvent,
  prepareHandling,
  worstCode
} from "./chunk-E4QSQAZB.js";
import "./chunk-5O6DXADJ.js";
import {
  parseEvents
} from "./chunk-3PPJS5KW.js";
import "./chunk-T2B7TAVV.js";
import "./chunk-BARKBCQ6.js";
import "./chunk-GC7R46AM.js";
import "./chunk-V2UH2Z3X.js";
import "./chunk-5554IAWV.js";
import "./chunk-PXT45RMF.js";
import "./chunk-FAPM6IBK.js";
import "./chunk-F4PBMPVG.js";
import "./chunk-NBQHNYZQ.js";
import "./chunk-PIWXBEU7.js";
import "./chunk-JOT7DQZL.js";
import "./chunk-HDM4IHE6.js";
import "./chunk-D4BNSKXI.js";
import "./chunk-SCVABYIG.js";
import "./chunk-QCBIGPPD.js";
import "./chunk-LNOAYWSE.js";
import "./chunk-RWQMH7L7.js";
import "./chunk-H56V4RZW.js";
import "./chunk-ZWLDRKVE.js";
import "./chunk-2YNKCMHL.js";
import "./chunk-JPNZWR5M.js";
import "./chunk-F5CTR2LL.js";
import "./chunk-MRDWGFYB.js";
import "./chunk-OF6ZO72D.js";
import "./chunk-NOF2L456.js";
import "./chunk-GZSOM6X5.js";
import "./chunk-JF2CDZTK.js";
import "./chunk-RYR2CTGN.js";
import "./chunk-EPDO45GY.js";
import "./chunk-A6IEPHEW.js";
import "./chunk-RT55AZSI.js";
import "./chunk-ZTA2HPIA.js";
import "./chunk-FWPZOP6C.js";
import "./chunk-GWYZLEGS.js";
import {
  UsageError
} from "./chunk-EMRUF3FH.js";
import "./chunk-ZMKB2BIG.js";
import "./chunk-7NKVILSJ.js";
import {
  EXIT
} from "./chunk-DVYICCYC.js";
import "./chunk-CV5TROGS.js";
import "./chunk-7SG3EKPI.js";
import "./chunk-UH3NDQ7B.js";
import "./chunk-XOHG32CA.js";
import "./chunk-W74LCRT7.js";
import "./chunk-PYOKT7AG.js";
import "./chunk-EODJP2HT.js";
import "./chunk-ZGCO3MUC.js";
import "./chunk-ANHMXIPA.js";
import "./chunk-TXBJIEWP.js";
import "./chunk-TQTATZ4U.js";
import "./chunk-3AVUNTQJ.js";
import "./chunk-NP7VFWU3.js";
import "./chunk-AXSZOESS.js";
import "./chunk-RF7RP6NI.js";
import "./chunk-VKFPFGRN.js";

// src/cli/commands/handle-event.ts
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
async function handleEventCommand(args, io, readStdin = stdinText, now = /* @__PURE__ */ new Date()) {
  const label = args.input === void 0 || args.input === "-" || args.input === "" ? "stdin" : args.input;
  let text;
  try {
    text = label === "stdin" ? await readStdin() : await readFile(resolve(args.cwd, label), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${label} (${error.code ?? String(error)})`);
  }
  const { events, errors } = parseEvents(text);
  if (errors.length > 0) {
    for (const e of errors) io.err(`error bad-event: ${label}: ${e}`);
    io.err("The input is not a valid event: nothing ran.");
    return EXIT.BAD_INPUT;
  }
  const handling = await prepareHandling(args, io);
  if (typeof handling === "number") return handling;
  const codes = [];
  for (const event of events) {
    const out = events.length === 1 ? resolve(args.cwd, args.out) : join(resolve(args.cwd, args.out), folderOf(event.id));
    codes.push((await handleEvent(event, handling, out, io, now)).code);
  }
  return worstCode(codes);
}
async function stdinText() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
export {
  handleEventCommand
};
