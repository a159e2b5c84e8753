import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  walkDeeper
} from "./chunk-RT55AZSI.js";

// src/lib/canonical-json.ts
function canonicalJson(value) {
  if (value === void 0) return "null";
  const parts = [];
  write(value, 0, parts);
  return parts.join("");
}
function write(value, depth, out) {
  if (Array.isArray(value)) {
    walkDeeper(depth);
    out.push("[");
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out.push(",");
      if (value[i] === void 0) out.push("null");
      else write(value[i], depth + 1, out);
    }
    out.push("]");
  } else if (value !== null && typeof value === "object") {
    walkDeeper(depth);
    out.push("{");
    let first = true;
    for (const key of Object.keys(value).sort()) {
      const member = value[key];
      if (member === void 0) continue;
      out.push(first ? "" : ",", JSON.stringify(key), ":");
      first = false;
      write(member, depth + 1, out);
    }
    out.push("}");
  } else {
    out.push(JSON.stringify(value) ?? "null");
  }
}

export {
  canonicalJson
};
