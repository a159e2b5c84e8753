import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  openInventory
} from "./chunk-PXT45RMF.js";
import {
  loadCheckedCatalog
} from "./chunk-FAPM6IBK.js";
import {
  parseVarFlags
} from "./chunk-F4PBMPVG.js";
import {
  compileFlow,
  needsSandbox,
  runFlow
} from "./chunk-JOT7DQZL.js";
import "./chunk-HDM4IHE6.js";
import "./chunk-D4BNSKXI.js";
import {
  declaresVariable
} from "./chunk-SCVABYIG.js";
import "./chunk-QCBIGPPD.js";
import "./chunk-LNOAYWSE.js";
import "./chunk-RWQMH7L7.js";
import "./chunk-H56V4RZW.js";
import "./chunk-ZWLDRKVE.js";
import {
  flowTargets
} from "./chunk-F5CTR2LL.js";
import {
  withCallCache
} from "./chunk-MRDWGFYB.js";
import "./chunk-OF6ZO72D.js";
import "./chunk-NOF2L456.js";
import "./chunk-GZSOM6X5.js";
import "./chunk-JF2CDZTK.js";
import "./chunk-RYR2CTGN.js";
import {
  loadSandbox
} from "./chunk-EPDO45GY.js";
import "./chunk-A6IEPHEW.js";
import "./chunk-RT55AZSI.js";
import "./chunk-FWPZOP6C.js";
import {
  UsageError
} from "./chunk-EMRUF3FH.js";
import "./chunk-ZMKB2BIG.js";
import "./chunk-7NKVILSJ.js";
import {
  EXIT
} from "./chunk-DVYICCYC.js";
import {
  CLOUDS
} from "./chunk-CV5TROGS.js";
import "./chunk-7SG3EKPI.js";
import "./chunk-UH3NDQ7B.js";
import "./chunk-PYOKT7AG.js";
import "./chunk-EODJP2HT.js";
import "./chunk-TXBJIEWP.js";
import "./chunk-NP7VFWU3.js";
import "./chunk-VKFPFGRN.js";

// src/cli/commands/run.ts
async function runCommand(args, io) {
  const isPath = /\.ya?ml$/.test(args.flow);
  const catalog = await loadCheckedCatalog(isPath ? [args.flow] : args.flows, args.cwd, io);
  if (!catalog) return EXIT.BAD_INPUT;
  const loaded = isPath ? [...catalog.flows.values()][0] : catalog.flows.get(args.flow);
  if (!loaded) throw new UsageError(`no flow "${args.flow}" (flows: ${[...catalog.flows.keys()].sort().join(", ")})`);
  if (args.till !== void 0 && !loaded.nodes.some((n) => n.id === args.till)) {
    throw new UsageError(`--till ${args.till}: flow ${loaded.flow.id} has no such node (nodes: ${loaded.nodes.map((n) => n.id).join(", ")})`);
  }
  const overrides = parseVarFlags(args.var);
  for (const name of Object.keys(overrides)) {
    if (!declaresVariable(loaded.flow.variables, name)) throw new UsageError(`--var ${name}: flow ${loaded.flow.id} declares no such variable`);
  }
  const now = /* @__PURE__ */ new Date();
  if (needsSandbox([loaded])) await loadSandbox();
  const compiled = compileFlow(loaded, overrides, { now, environment: process.env });
  const cloud = cloudOf(loaded, args.target);
  const provider = withCallCache(await openInventory(args, [cloud], args.cwd));
  const all = await provider.targets(cloud);
  const targets = args.target ? all.filter((t) => `${t.provider}/${t.account}/${t.region}` === args.target) : flowTargets(loaded, all);
  if (targets.length === 0) throw new UsageError(`no ${cloud} target${args.target ? ` ${args.target}` : ""} in ${provider.description}`);
  const printed = [];
  let failed = false;
  for (const target of targets) {
    const execution = await runFlow(compiled, target, provider, { now, till: args.till, keepOutputs: args.till !== void 0 });
    failed ||= execution.status === "failed";
    if (args.till === void 0) {
      printed.push(execution);
      continue;
    }
    const node = execution.nodes.find((n) => n.id === args.till);
    printed.push({
      flow: loaded.flow.id,
      target: `${target.provider}/${target.account}/${target.region}`,
      node: node.id,
      status: node.status,
      ...execution.error ? { error: execution.error } : {},
      output: node.output ?? {}
    });
  }
  for (const line of JSON.stringify(printed, null, 2).split("\n")) io.out(line);
  return failed ? EXIT.UNREADABLE : EXIT.OK;
}
function cloudOf(loaded, target) {
  const fromTarget = target?.split("/")[0];
  if (target !== void 0) {
    if (!CLOUDS.includes(fromTarget) || target.split("/").length !== 3) {
      throw new UsageError(`--target ${target}: expected CLOUD/ACCOUNT/REGION, e.g. aws/111111111111/us-east-1`);
    }
    return fromTarget;
  }
  const clouds = new Set(loaded.nodes.map((n) => n.type.split(".")[0]).filter((p) => CLOUDS.includes(p)));
  if (clouds.size !== 1) {
    throw new UsageError(`flow ${loaded.flow.id} reads ${clouds.size === 0 ? "no" : "several"} clouds: say which with --target CLOUD/ACCOUNT/REGION`);
  }
  return [...clouds][0];
}
export {
  runCommand
};
