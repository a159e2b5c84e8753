import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  redactText
} from "./chunk-EODJP2HT.js";

// src/lib/safe-path.ts
import { createHash } from "node:crypto";
import { constants } from "node:fs";
import { lstat, mkdir, open, realpath } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var UnsafePathError = class extends Error {
  name = "UnsafePathError";
  code = "unsafe-path";
};
var MAX_SEGMENT = 128;
function pathSegment(text) {
  if (text === "") return "%00";
  let encoded = text.replace(/[^A-Za-z0-9_.-]/gu, (c) => [...Buffer.from(c, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join(""));
  if (encoded.startsWith(".")) encoded = `%2E${encoded.slice(1)}`;
  return encoded.length <= MAX_SEGMENT ? encoded : `sha256-${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}
var CLOUD_ID = {
  aws: { account: /^\d{12}$/, region: /^(global|[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2})$/ },
  azure: { account: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, region: /^global$/ },
  gcp: { account: /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, region: /^global$/ }
};
function targetSegments(target) {
  const format = CLOUD_ID[target.provider];
  return {
    account: format.account.test(target.account) ? target.account : pathSegment(target.account),
    region: format.region.test(target.region) ? target.region : pathSegment(target.region)
  };
}
function segmentsOf(path) {
  if (path.includes("\0")) throw new UnsafePathError(`"${path}" holds a NUL byte`);
  if (isAbsolute(path)) throw new UnsafePathError(`"${path}" is absolute; only a path inside the output folder is written`);
  const segments = path.split(process.platform === "win32" ? /[\\/]/ : "/");
  for (const s of segments) {
    if (s === ".." || s === "" || s === ".") throw new UnsafePathError(`"${path}" has a "${s === "" ? "//" : s}" segment; only a plain path inside the output folder is written`);
  }
  return segments;
}
function inside(root, path) {
  const rel = relative(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
function resolveInside(root, path) {
  const segments = segmentsOf(path);
  const full = resolve(root, ...segments);
  if (!inside(resolve(root), full) || full === resolve(root)) throw new UnsafePathError(`"${path}" leads outside ${root}`);
  return full;
}
async function folderInside(realRoot, segments, shown) {
  let dir = realRoot;
  for (const segment of segments) {
    const next = join(dir, segment);
    let stat = await lstat(next).catch((error) => error.code === "ENOENT" ? void 0 : Promise.reject(error));
    if (!stat) {
      await mkdir(next).catch((error) => error.code === "EEXIST" ? void 0 : Promise.reject(error));
      stat = await lstat(next);
    }
    if (stat.isSymbolicLink()) {
      const real = await realpath(next);
      if (!inside(realRoot, real)) throw new UnsafePathError(`"${shown}" goes through ${next}, a link leading outside the output folder`);
      dir = real;
      continue;
    }
    if (!stat.isDirectory()) throw new UnsafePathError(`"${shown}": ${next} is not a folder`);
    dir = next;
  }
  return dir;
}
var NO_FOLLOW = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var WRITE = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | NO_FOLLOW;
var APPEND = constants.O_WRONLY | constants.O_CREAT | constants.O_APPEND | NO_FOLLOW;
async function openInside(root, path, options = {}) {
  const segments = segmentsOf(path);
  resolveInside(root, path);
  await mkdir(root, { recursive: true });
  const realRoot = await realpath(root);
  const folder = await folderInside(realRoot, segments.slice(0, -1), path);
  const file = join(folder, segments[segments.length - 1]);
  const existing = await lstat(file).catch(() => void 0);
  if (existing && !existing.isFile()) throw new UnsafePathError(`"${path}" is ${existing.isSymbolicLink() ? "a link" : "not a regular file"}; a file is written only in place of a file`);
  const handle = await open(file, (options.append ? APPEND : WRITE) | (options.exclusive ? constants.O_EXCL : 0), 420).catch((error) => {
    if (error.code === "ELOOP") throw new UnsafePathError(`"${path}" is a link; a file is written only in place of a file`);
    throw error;
  });
  if (!(await handle.stat()).isFile()) {
    await handle.close();
    throw new UnsafePathError(`"${path}" is not a regular file`);
  }
  return { file, handle };
}
async function writeFileInside(root, path, data, options = {}) {
  const { file, handle } = await openInside(root, path, options);
  try {
    await handle.writeFile(typeof data === "string" ? redactText(data) : data);
  } finally {
    await handle.close();
  }
  return file;
}

export {
  UnsafePathError,
  targetSegments,
  resolveInside,
  openInside,
  writeFileInside
};
