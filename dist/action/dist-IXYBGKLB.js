import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import "./chunk-VKFPFGRN.js";

// node_modules/@jitl/quickjs-wasmfile-release-sync/dist/index.mjs
var variant = { type: "sync", importFFI: () => import("./ffi-627ZRA27.js").then((mod) => mod.QuickJSFFI), importModuleLoader: () => import("./emscripten-module-PSEIODZU.js").then((mod) => mod.default) };
var src_default = variant;
export {
  src_default as default
};
