import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/evidence/digest-worker.ts
import { parentPort, workerData } from "node:worker_threads";

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
async function folderDigest(root2, paths2) {
  const entries = [];
  for (const path of paths2) entries.push({ path, sha256: (await fileDigest(join(root2, path))).sha256 });
  return { sha256: listingDigest(entries), files: entries.length };
}
function byBytes(a, b) {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

// src/evidence/digest-worker.ts
var { root, paths } = workerData;
folderDigest(root, paths).then(
  (digest) => parentPort.postMessage({ digest }),
  (error) => {
    const { message, code } = error instanceof Error ? error : { message: String(error), code: void 0 };
    parentPort.postMessage({ error: { message, code } });
  }
);
