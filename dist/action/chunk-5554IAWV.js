import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  redactText
} from "./chunk-EODJP2HT.js";
import {
  byBytes,
  fileDigest
} from "./chunk-ANHMXIPA.js";

// src/evidence/sign.ts
import { createHash, createPrivateKey, createPublicKey, sign, verify } from "node:crypto";
import { readFile } from "node:fs/promises";
var SigningKeyError = class extends Error {
  name = "SigningKeyError";
};
function publicKeyInfo(key) {
  const der = key.export({ type: "spki", format: "der" });
  return { algorithm: "Ed25519", publicKey: der.toString("base64"), keyId: `sha256:${createHash("sha256").update(der).digest("hex")}` };
}
async function loadSigningKey(file, environment) {
  const fromEnv = environment.CTRLFLOW_SIGN_KEY?.trim();
  const source = file ?? (fromEnv ? fromEnv.startsWith("-----BEGIN") ? void 0 : fromEnv : void 0);
  if (file === void 0 && !fromEnv) return void 0;
  const label = source === void 0 ? "CTRLFLOW_SIGN_KEY" : `--sign-key ${source}`;
  let pem;
  try {
    pem = source === void 0 ? fromEnv : await readFile(source, "utf8");
  } catch (error) {
    throw new SigningKeyError(`${label}: cannot read the key (${error.code ?? error.message})`);
  }
  let privateKey;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new SigningKeyError(`${label}: not a private key in PEM (make one with: openssl genpkey -algorithm ed25519 -out ctrlflow-sign.pem)`);
  }
  if (privateKey.asymmetricKeyType !== "ed25519") throw new SigningKeyError(`${label}: an ${privateKey.asymmetricKeyType ?? "unknown"} key; ctrlflow signs with Ed25519`);
  return { privateKey, publicKey: createPublicKey(privateKey) };
}
async function loadPublicKey(file) {
  let pem;
  try {
    pem = await readFile(file, "utf8");
  } catch (error) {
    throw new SigningKeyError(`--public-key ${file}: cannot read it (${error.code ?? error.message})`);
  }
  let key;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new SigningKeyError(`--public-key ${file}: not a public key in PEM`);
  }
  if (key.asymmetricKeyType !== "ed25519") throw new SigningKeyError(`--public-key ${file}: an ${key.asymmetricKeyType ?? "unknown"} key; ctrlflow signs with Ed25519`);
  return key;
}
function publicKeyFromInfo(base64) {
  return createPublicKey({ key: Buffer.from(base64, "base64"), format: "der", type: "spki" });
}
function signBytes(key, data) {
  return sign(null, data, key.privateKey);
}
function verifyBytes(publicKey, data, signature) {
  try {
    return verify(null, data, publicKey, signature);
  } catch {
    return false;
  }
}

// src/evidence/manifest.ts
import { relative, sep } from "node:path";
var MANIFEST_FILE = "ctrlflow-manifest.json";
var SIGNATURE_FILE = "ctrlflow-manifest.sig";
var MANIFEST_VERSION = "1.0";
async function writeManifest(out, input) {
  const own = /* @__PURE__ */ new Set([out.path(MANIFEST_FILE), out.path(SIGNATURE_FILE)]);
  const absolute = [...new Set(input.written)].filter((f) => !own.has(f));
  const files = [];
  for (const file of absolute) files.push({ path: relative(out.dir, file).split(sep).join("/"), ...await fileDigest(file) });
  files.sort((a, b) => byBytes(a.path, b.path));
  const { head, summary } = input;
  const manifest = {
    manifestVersion: MANIFEST_VERSION,
    tool: { name: "ctrlflow", version: head.tool.version },
    command: input.command,
    scanId: head.scanId,
    startedAt: head.startedAt,
    finishedAt: summary.finishedAt,
    scope: scopeOf(head),
    ...head.controlSet ? { controlSet: head.controlSet } : head.controlsCommit ? { controlsCommit: head.controlsCommit } : {},
    inventory: input.inventory,
    ...input.securityHub ? { securityHub: input.securityHub } : {},
    files,
    ...input.signingKey ? { signature: { ...publicKeyInfo(input.signingKey.publicKey), file: SIGNATURE_FILE } } : {}
  };
  const bytes = Buffer.from(redactText(`${JSON.stringify(manifest, null, 2)}
`));
  await out.writeFile(MANIFEST_FILE, bytes.toString("utf8"));
  if (input.signingKey) await out.writeFile(SIGNATURE_FILE, `${signBytes(input.signingKey, bytes).toString("base64")}
`);
  return manifest;
}
function scopeOf(head) {
  const accounts = /* @__PURE__ */ new Map();
  for (const t of head.targets) accounts.set(`${t.provider}\0${t.account}`, { provider: t.provider, account: t.account });
  return {
    clouds: [...new Set(head.targets.map((t) => t.provider))].sort(),
    accounts: [...accounts.values()].sort((a, b) => a.provider.localeCompare(b.provider) || byBytes(a.account, b.account)),
    regions: [...new Set(head.targets.map((t) => t.region))].sort(byBytes),
    targets: head.targets.length,
    ...head.shard ? { shard: head.shard } : {}
  };
}
var sha256 = { type: "string", pattern: "^[0-9a-f]{64}$" };
var text = { type: "string", minLength: 1 };
var MANIFEST_SCHEMA = {
  type: "object",
  required: ["manifestVersion", "tool", "command", "scanId", "startedAt", "finishedAt", "scope", "inventory", "files"],
  properties: {
    manifestVersion: { const: MANIFEST_VERSION },
    files: { type: "array", items: { type: "object", required: ["path", "sha256", "size"], additionalProperties: false, properties: { path: text, sha256, size: { type: "integer", minimum: 0 } } } },
    signature: {
      type: "object",
      required: ["algorithm", "publicKey", "keyId", "file"],
      properties: { algorithm: { const: "Ed25519" }, publicKey: text, keyId: text, file: { const: SIGNATURE_FILE } }
    }
  }
};

export {
  SigningKeyError,
  publicKeyInfo,
  loadSigningKey,
  loadPublicKey,
  publicKeyFromInfo,
  verifyBytes,
  MANIFEST_FILE,
  SIGNATURE_FILE,
  writeManifest,
  MANIFEST_SCHEMA
};
