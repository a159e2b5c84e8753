import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/cli/usage.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
var UsageError = class extends Error {
  name = "UsageError";
};
var PACKAGE_ROOT = [fileURLToPath(new URL("../..", import.meta.url)), fileURLToPath(new URL("../../..", import.meta.url))].find(
  (d) => existsSync(join(d, "package.json")) && existsSync(join(d, "flows"))
);
function defaultContentPaths(cwd) {
  if (existsSync(join(cwd, "controls")) || !PACKAGE_ROOT) {
    return { controls: "controls", flows: existsSync(join(cwd, "flows")) || !PACKAGE_ROOT ? "flows" : join(PACKAGE_ROOT, "flows") };
  }
  return bundledContentPaths();
}
function bundledContentPaths() {
  return PACKAGE_ROOT === void 0 ? void 0 : { controls: join(PACKAGE_ROOT, "controls"), flows: join(PACKAGE_ROOT, "flows") };
}
function parseShard(text) {
  const m = /^(\d{1,3})\/(\d{1,3})$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || count > 256 || index < 1 || index > count) {
    throw new UsageError(`--shard ${text}: expected k/N with 1 <= k <= N <= 256, e.g. --shard 2/4`);
  }
  return { index, count };
}

export {
  UsageError,
  defaultContentPaths,
  bundledContentPaths,
  parseShard
};
