import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  walkDeeper
} from "./chunk-RT55AZSI.js";

// src/lib/canonical-json.ts
function canonicalJson(value) {
  return canonical(value, 0) ?? "null";
}
function canonical(value, depth) {
  if (Array.isArray(value)) {
    walkDeeper(depth);
    let text = "";
    for (let i = 0; i < value.length; i += 1) text += `${i > 0 ? "," : ""}${canonical(value[i], depth + 1) ?? "null"}`;
    return `[${text}]`;
  }
  if (value !== null && typeof value === "object") {
    walkDeeper(depth);
    let text = "";
    for (const key of Object.keys(value).sort()) {
      const member = canonical(value[key], depth + 1);
      if (member !== void 0) text += `${text === "" ? "" : ","}${JSON.stringify(key)}:${member}`;
    }
    return `{${text}}`;
  }
  return value === void 0 ? void 0 : JSON.stringify(value) ?? "null";
}

export {
  canonicalJson
};
