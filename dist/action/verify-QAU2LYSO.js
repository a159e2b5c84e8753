import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  snapshotDigest
} from "./chunk-V2UH2Z3X.js";
import {
  MANIFEST_FILE,
  MANIFEST_SCHEMA,
  SIGNATURE_FILE,
  SigningKeyError,
  loadPublicKey,
  publicKeyFromInfo,
  publicKeyInfo,
  verifyBytes
} from "./chunk-5554IAWV.js";
import "./chunk-JF2CDZTK.js";
import "./chunk-RT55AZSI.js";
import {
  validateSchema
} from "./chunk-FWPZOP6C.js";
import {
  EXIT
} from "./chunk-DVYICCYC.js";
import "./chunk-W74LCRT7.js";
import "./chunk-EODJP2HT.js";
import {
  byBytes,
  fileDigest,
  filesUnder
} from "./chunk-ANHMXIPA.js";
import "./chunk-VKFPFGRN.js";

// src/cli/commands/verify.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
async function verifyCommand(args, io) {
  const dir = resolve(args.cwd, args.dir);
  const loaded = await readManifest(dir, io);
  if (!loaded) return EXIT.BAD_INPUT;
  const { manifest, bytes } = loaded;
  let given;
  try {
    given = args.publicKey ? await loadPublicKey(resolve(args.cwd, args.publicKey)) : void 0;
  } catch (error) {
    if (!(error instanceof SigningKeyError)) throw error;
    io.err(`error usage: ${error.message}`);
    return EXIT.BAD_INPUT;
  }
  const problems = [];
  const listed = /* @__PURE__ */ new Set();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const now = await fileDigest(resolve(dir, entry.path)).catch(() => void 0);
    if (!now) problems.push(`removed: ${entry.path}`);
    else if (now.sha256 !== entry.sha256 || now.size !== entry.size) problems.push(`changed: ${entry.path} (sha256 ${entry.sha256.slice(0, 12)}\u2026 \u2192 ${now.sha256.slice(0, 12)}\u2026, ${entry.size} \u2192 ${now.size} bytes)`);
  }
  for (const path of filesUnder(dir)) {
    if (path !== MANIFEST_FILE && path !== SIGNATURE_FILE && !listed.has(path)) problems.push(`added: ${path}`);
  }
  problems.sort((a, b) => byBytes(a.slice(a.indexOf(" ")), b.slice(b.indexOf(" "))));
  if (args.inventory !== void 0) {
    const expected = manifest.inventory;
    if (expected.kind !== "snapshot") problems.push(`inventory: the manifest records a ${expected.kind} read, not a snapshot folder`);
    else {
      const now = await snapshotDigest(resolve(args.cwd, args.inventory), args.inventory);
      if (now.kind === "snapshot" && (now.sha256 !== expected.sha256 || now.files !== expected.files)) problems.push(`inventory: ${args.inventory} is not the snapshot the scan read (sha256 ${now.sha256.slice(0, 12)}\u2026, ${now.files} files; the manifest says ${expected.sha256.slice(0, 12)}\u2026, ${expected.files} files)`);
    }
  }
  const signature = await checkSignature(dir, manifest, bytes, given);
  if (signature.problem) problems.push(signature.problem);
  for (const p of problems) io.out(p);
  if (problems.length > 0) {
    io.out(`FAILED: ${problems.length} difference(s) from ${MANIFEST_FILE} (scan ${manifest.scanId})`);
    return EXIT.FAILED;
  }
  io.out(`ok: ${manifest.files.length} file(s) intact (scan ${manifest.scanId})${signature.note ? `; ${signature.note}` : ""}`);
  return EXIT.OK;
}
async function readManifest(dir, io) {
  const file = resolve(dir, MANIFEST_FILE);
  let bytes;
  let value;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.err(`error usage: no ${MANIFEST_FILE} in ${dir} (${error.code ?? error.message}); a scan or report run writes it beside its reports`);
    return void 0;
  }
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    io.err(`${file}:1:1 error invalid-json: ${error.message}`);
    return void 0;
  }
  const problems = validateSchema(MANIFEST_SCHEMA, value);
  if (problems.length > 0) {
    for (const p of problems) io.err(`${file}: error ${p.code}: ${p.path.length > 0 ? `${p.path.join(".")}: ` : ""}${p.message}`);
    return void 0;
  }
  return { manifest: value, bytes };
}
async function checkSignature(dir, manifest, bytes, given) {
  const text = await readFile(resolve(dir, SIGNATURE_FILE), "utf8").catch(() => void 0);
  if (text === void 0) {
    if (given) return { problem: `signature: ${SIGNATURE_FILE} is missing; the manifest is not signed` };
    if (manifest.signature) return { problem: `signature: ${SIGNATURE_FILE} is missing, though the manifest says it was signed (key ${manifest.signature.keyId})` };
    return { note: "not signed" };
  }
  let key = given;
  if (!key && manifest.signature) {
    try {
      key = publicKeyFromInfo(manifest.signature.publicKey);
    } catch {
      return { problem: "signature: the public key the manifest states is not a key; give --public-key" };
    }
  }
  if (!key) return { problem: `signature: ${SIGNATURE_FILE} is there but the manifest names no key; give --public-key` };
  const keyId = publicKeyInfo(key).keyId;
  if (!verifyBytes(key, bytes, Buffer.from(text.trim(), "base64"))) {
    const other = manifest.signature && manifest.signature.keyId !== keyId ? ` (the manifest names key ${manifest.signature.keyId})` : "";
    return { problem: `signature: does not match ${MANIFEST_FILE} for key ${keyId}${other}` };
  }
  return { note: given ? `signature valid (Ed25519, key ${keyId})` : `signature valid for the key the manifest states (${keyId}); give --public-key to check it is yours` };
}
export {
  verifyCommand
};
