import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  scanCommand
} from "./chunk-G3Z5I27U.js";
import "./chunk-T2B7TAVV.js";
import "./chunk-BARKBCQ6.js";
import "./chunk-GC7R46AM.js";
import "./chunk-V2UH2Z3X.js";
import "./chunk-5554IAWV.js";
import "./chunk-PXT45RMF.js";
import {
  contentPaths,
  loadCheckedCatalog
} from "./chunk-FAPM6IBK.js";
import {
  selectControls
} from "./chunk-F4PBMPVG.js";
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
import {
  nextRun,
  triggerOf
} from "./chunk-2YNKCMHL.js";
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
import "./chunk-F7EL7XH3.js";
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

// src/cli/commands/scan-due.ts
import { resolve } from "node:path";

// src/events/due.ts
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
var DEFAULT_WINDOW_MS = 60 * 60 * 1e3;
var UNITS = { d: 864e5, h: 36e5, m: 6e4, s: 1e3 };
function parseWindow(text) {
  const m = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  if (!m || text.trim() === "") return void 0;
  const ms = ["d", "h", "m", "s"].reduce((sum, unit, i) => sum + Number(m[i + 1] ?? 0) * UNITS[unit], 0);
  return ms > 0 ? ms : void 0;
}
function dueFlows(controls, flows, from, to) {
  const due = [];
  const notDue = [];
  for (const flowId of [...new Set(controls.map((c) => c.flowId))].sort()) {
    const trigger = triggerOf(flows.get(flowId));
    if (trigger.on !== "schedule") continue;
    const at = nextRun(trigger, from);
    if (at && at.getTime() <= to.getTime()) due.push({ flowId, at });
    else notDue.push({ flowId, next: at });
  }
  return { due, notDue };
}
async function readDueState(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  const value = JSON.parse(text);
  if (typeof value?.lastRun !== "string" || Number.isNaN(Date.parse(value.lastRun))) throw new Error('it has no "lastRun" time');
  return { lastRun: value.lastRun, ran: value.ran ?? {} };
}
async function writeDueState(file, state) {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, `${JSON.stringify(state, null, 2)}
`);
  await rename(`${file}.tmp`, file);
}

// src/cli/commands/scan-due.ts
async function dueScanCommand(args, io, now = /* @__PURE__ */ new Date()) {
  const window = args.due.trim() === "" ? void 0 : parseWindow(args.due);
  if (args.due.trim() !== "" && window === void 0) throw new UsageError(`--due ${args.due}: expected a window such as 1h, 90m, 1h30m or 1d (or none: since the last run in --state, else the last hour)`);
  const stateFile = args.state === void 0 ? void 0 : resolve(args.cwd, args.state);
  let last;
  try {
    last = stateFile ? (await readDueState(stateFile))?.lastRun : void 0;
  } catch (error) {
    throw new UsageError(`--state ${args.state}: not a state file written by scan --due (${error.message})`);
  }
  const from = window !== void 0 ? new Date(now.getTime() - window) : last !== void 0 ? new Date(last) : new Date(now.getTime() - DEFAULT_WINDOW_MS);
  const paths = await contentPaths(args, io);
  const catalog = await loadCheckedCatalog(paths, args.cwd, io, "nothing was scanned");
  if (!catalog) return EXIT.BAD_INPUT;
  const selected = selectControls(catalog, args.only, args.severity, args.cloud);
  const { due, notDue } = dueFlows(selected, catalog.flows, from, now);
  const span = `${from.toISOString()} and ${now.toISOString()}`;
  for (const f of notDue) io.out(`Not due: ${f.flowId} (next ${f.next?.toISOString() ?? "never"})`);
  let code = EXIT.OK;
  if (due.length === 0) {
    io.out(`No scheduled flow fell due between ${span}: nothing ran.`);
  } else {
    io.out(`Due between ${span}: ${due.map((f) => `${f.flowId} (${f.at.toISOString()})`).join(", ")}`);
    const flowIds = new Set(due.map((f) => f.flowId));
    const ids = selected.filter((c) => flowIds.has(c.flowId)).map((c) => c.control.id);
    code = await scanCommand({ ...args, controls: paths, flows: [], bundled: false, only: ids }, io);
  }
  if (stateFile && (code === EXIT.OK || code === EXIT.FAILED)) {
    await writeDueState(stateFile, { lastRun: now.toISOString(), ran: Object.fromEntries(due.map((f) => [f.flowId, f.at.toISOString()])) });
  }
  return code;
}
export {
  dueScanCommand
};
