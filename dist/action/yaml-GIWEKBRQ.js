import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  parseYamlFile
} from "./chunk-H56V4RZW.js";
import "./chunk-ZWLDRKVE.js";
import "./chunk-VKFPFGRN.js";
export {
  parseYamlFile
};
