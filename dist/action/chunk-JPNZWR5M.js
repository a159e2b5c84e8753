import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  flowTargets
} from "./chunk-F5CTR2LL.js";

// src/engine/targets.ts
function targetsOf(loaded, flow, targets) {
  return flowTargets(flow, targets.filter((t) => t.provider === loaded.control.provider));
}
function targetKey(t) {
  return `${t.provider}/${t.account}/${t.region}`;
}
function byPlace(a, b) {
  return a.provider.localeCompare(b.provider) || a.account.localeCompare(b.account) || a.region.localeCompare(b.region);
}
function planWork(controls, flows, targets, shard, by) {
  const work = [];
  for (const loaded of [...controls].sort((a, b) => a.control.id.localeCompare(b.control.id))) {
    const own = targetsOf(loaded, flows.get(loaded.flowId), targets);
    if (own.length === 0) work.push({ loaded, target: void 0 });
    for (const target of own) work.push({ loaded, target });
  }
  if (!shard) return work;
  const key = (w) => [w.loaded.control.id, w.target?.provider ?? "", w.target?.account ?? "", w.target?.region ?? ""].join("\0");
  const sorted = [...work].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  if (by !== "account") return sorted.filter((_, i) => i % shard.count === shard.index - 1);
  const accounts = [...new Set(sorted.flatMap((w) => w.target ? [`${w.target.provider}/${w.target.account}`] : []))].sort();
  const targetless = [...new Set(sorted.flatMap((w) => w.target ? [] : [w.loaded.control.id]))];
  const slot = new Map([...accounts, ...targetless].map((unit, i) => [unit, i % shard.count]));
  const unitOf = (w) => w.target ? `${w.target.provider}/${w.target.account}` : w.loaded.control.id;
  return sorted.filter((w) => slot.get(unitOf(w)) === shard.index - 1);
}

export {
  targetKey,
  byPlace,
  planWork
};
