import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// reporters/common/ids.ts
import { createHash, hash } from "node:crypto";
function findingDigest(r) {
  return hash("sha256", JSON.stringify([r.controlId, r.provider, r.account, r.region, r.resourceId ?? null]), "hex");
}
var CTRLFLOW_UUID_NAMESPACE = "6f1d4a52-5b0e-4c57-9a43-1f6c2f1e8d3b";
function uuidV5(name, namespace = CTRLFLOW_UUID_NAMESPACE) {
  const bytes = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  bytes[6] = bytes[6] & 15 | 80;
  bytes[8] = bytes[8] & 63 | 128;
  const hex = bytes.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function clip(text, max) {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return `${text.slice(0, end)}\u2026`;
}

export {
  findingDigest,
  uuidV5,
  clip
};
