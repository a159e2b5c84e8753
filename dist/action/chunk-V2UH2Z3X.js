import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  canonicalJson
} from "./chunk-JF2CDZTK.js";
import {
  useThread
} from "./chunk-W74LCRT7.js";
import {
  byBytes,
  filesUnder,
  folderDigest
} from "./chunk-ANHMXIPA.js";

// src/evidence/inventory.ts
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
var SnapshotFileError = class extends Error {
  name = "SnapshotFileError";
};
function openSnapshot(root, path, environment = process.env) {
  const { paths, bytes } = listSnapshot(root, path);
  const digest = (useThread(environment, bytes) ? digestOnThread(root, paths) : folderDigest(root, paths)).then(
    (hashed) => ({ kind: "snapshot", path, ...hashed }),
    // A file system error on files listed and sized a moment ago: something changed the
    // snapshot while the scan read it. Anything else (the thread failing) is not the snapshot's.
    (error) => {
      if (typeof error.code !== "string") throw error;
      throw snapshotProblem(path, `a file changed while the scan read it (${error.message}): scan again once nothing writes into the snapshot`);
    }
  );
  return { bytes, digest };
}
function snapshotDigest(root, path, environment = process.env) {
  return openSnapshot(root, path, environment).digest;
}
function snapshotProblem(path, what) {
  return new SnapshotFileError(`--inventory ${path}: ${what}; every file under a snapshot is hashed into the manifest`);
}
function listSnapshot(root, path) {
  const problem = (what) => snapshotProblem(path, what);
  let paths;
  try {
    paths = filesUnder(root);
  } catch (error) {
    throw problem(`its files cannot be listed (${error.message}): make every folder under it readable`);
  }
  let bytes = 0;
  for (const file of paths) {
    let stat;
    try {
      stat = statSync(join(root, file), { throwIfNoEntry: false });
    } catch (error) {
      throw problem(`${file} cannot be read (${error.code ?? error.message}): make it readable or remove it`);
    }
    if (!stat) throw problem(`${file} is a link to nothing: remove it or restore what it links to`);
    if (stat.isDirectory()) throw problem(`${file} is a link to a folder: put the folder there instead, or remove the link`);
    bytes += stat.size;
  }
  return { paths, bytes };
}
function digestOnThread(root, paths) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./digest-worker.js", import.meta.url), { workerData: { root, paths } });
    worker.once("message", (answer) => {
      if (answer.digest) resolve(answer.digest);
      else reject(Object.assign(new Error(answer.error?.message), answer.error?.code ? { code: answer.error.code } : {}));
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the inventory digest stopped (exit ${code})`)));
  });
}
var ResponseDigest = class {
  answers = /* @__PURE__ */ new Map();
  wrap(provider) {
    const list = async (target, call) => {
      const key = canonicalJson([target.provider, target.account, target.region, call.service, call.method, call.params]);
      try {
        const items = await provider.list(target, call);
        this.add(key, createHash("sha256").update(canonicalJson(items)).digest("hex"));
        return items;
      } catch (error) {
        this.add(key, `error:${error.code ?? error.name}`);
        throw error;
      }
    };
    return { ...bound(provider), list };
  }
  digest() {
    const lines = [...this.answers].flatMap(([key, hashes]) => hashes.map((h) => `${key}	${h}
`)).sort(byBytes);
    return { kind: "live", sha256: createHash("sha256").update(lines.join("")).digest("hex"), responses: lines.length };
  }
  add(key, hash) {
    const list = this.answers.get(key);
    if (list) list.push(hash);
    else this.answers.set(key, [hash]);
  }
};
function bound(provider) {
  return {
    description: provider.description,
    targets: (cloud) => provider.targets(cloud),
    list: (target, call) => provider.list(target, call),
    ...provider.requests ? { requests: () => provider.requests() } : {},
    ...provider.act ? { act: (target, call) => provider.act(target, call) } : {},
    ...provider.release ? { release: (target) => provider.release(target) } : {}
  };
}

export {
  openSnapshot,
  snapshotDigest,
  ResponseDigest
};
