import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  NODE_KINDS,
  findNodeKind,
  nodeTypeNames
} from "./chunk-O7PNHFIA.js";
import "./chunk-OF6ZO72D.js";
import "./chunk-CPWU3BIC.js";
import "./chunk-GZSOM6X5.js";
import "./chunk-JF2CDZTK.js";
import "./chunk-RYR2CTGN.js";
import "./chunk-R73OGD7V.js";
import "./chunk-6UIRJRAQ.js";
import "./chunk-RT55AZSI.js";
import "./chunk-FWPZOP6C.js";
import "./chunk-7SG3EKPI.js";
import "./chunk-UH3NDQ7B.js";
import "./chunk-PYOKT7AG.js";
import "./chunk-EODJP2HT.js";
import "./chunk-TXBJIEWP.js";
import "./chunk-VKFPFGRN.js";
export {
  NODE_KINDS,
  findNodeKind,
  nodeTypeNames
};
