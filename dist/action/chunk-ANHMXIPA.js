import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/evidence/hash.ts
import { createHash } from "node:crypto";
import { closeSync, constants, createReadStream, fstatSync, openSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
var AT_ONCE = 8 * 1024 * 1024;
async function fileDigest(file) {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size <= AT_ONCE) {
      const bytes = readFileSync(fd);
      return { sha256: createHash("sha256").update(bytes).digest("hex"), size: bytes.length };
    }
  } finally {
    closeSync(fd);
  }
  const hash = createHash("sha256");
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest("hex"), size };
}
function listingDigest(entries) {
  const lines = entries.map((e) => `${e.sha256}  ${e.path}
`).sort((a, b) => byBytes(a.slice(66), b.slice(66)));
  return createHash("sha256").update(lines.join("")).digest("hex");
}
function filesUnder(root) {
  const found = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() || entry.isSymbolicLink()) found.push(relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"));
  }
  return found.sort(byBytes);
}
async function folderDigest(root, paths) {
  const entries = [];
  for (const path of paths) entries.push({ path, sha256: (await fileDigest(join(root, path))).sha256 });
  return { sha256: listingDigest(entries), files: entries.length };
}
function byBytes(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

export {
  fileDigest,
  filesUnder,
  folderDigest,
  byBytes
};
