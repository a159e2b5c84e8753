import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  ASFF_LIMITS,
  ASFF_SCHEMA_VERSION,
  COMPLIANCE_STATUS,
  FIELD,
  asff,
  asffId,
  asffResourceType,
  homeRegions,
  hubRegionOf,
  partitionOf,
  productArn,
  toAsff
} from "./chunk-DLMOTBAU.js";
import "./chunk-ZLJF6NXH.js";
import "./chunk-VKFPFGRN.js";
export {
  ASFF_LIMITS,
  ASFF_SCHEMA_VERSION,
  COMPLIANCE_STATUS,
  FIELD,
  asff,
  asffId,
  asffResourceType,
  homeRegions,
  hubRegionOf,
  partitionOf,
  productArn,
  toAsff
};
