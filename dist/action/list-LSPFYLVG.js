import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  LIST_TOPICS,
  listCommand
} from "./chunk-IQXYVD3L.js";
import "./chunk-DVYICCYC.js";
import "./chunk-CV5TROGS.js";
import "./chunk-7SG3EKPI.js";
import "./chunk-ZGCO3MUC.js";
import "./chunk-NP7VFWU3.js";
import "./chunk-RF7RP6NI.js";
import "./chunk-VKFPFGRN.js";
export {
  LIST_TOPICS,
  listCommand
};
