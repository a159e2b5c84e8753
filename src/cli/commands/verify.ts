import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MANIFEST_FILE, MANIFEST_SCHEMA, SIGNATURE_FILE, type Manifest } from '../../evidence/manifest.js';
import { byBytes, fileDigest, filesUnder } from '../../evidence/hash.js';
import { snapshotDigest } from '../../evidence/inventory.js';
import { loadPublicKey, publicKeyFromInfo, publicKeyInfo, SigningKeyError, verifyBytes } from '../../evidence/sign.js';
import { validateSchema } from '../../model/validate.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';

export interface VerifyArgs {
  dir: string;
  publicKey?: string;
  /** A snapshot folder to hash again against the manifest's inventory digest. */
  inventory?: string;
  cwd: string;
}

/**
 * `ctrlflow verify DIR`: hashes again every file DIR/ctrlflow-manifest.json lists, names each
 * file changed, removed or added (in DIR, not listed), and checks the manifest's signature
 * (with --public-key: against that key; without: against the key the manifest states, which
 * shows the manifest is intact, not who wrote it). Exit 0 when all holds, 1 on any difference
 * or a bad or missing signature, 2 when the manifest or the key cannot be read.
 */
export async function verifyCommand(args: VerifyArgs, io: Io): Promise<ExitCode> {
  const dir = resolve(args.cwd, args.dir);
  const loaded = await readManifest(dir, io);
  if (!loaded) return EXIT.BAD_INPUT;
  const { manifest, bytes } = loaded;
  let given;
  try {
    given = args.publicKey ? await loadPublicKey(resolve(args.cwd, args.publicKey)) : undefined;
  } catch (error) {
    if (!(error instanceof SigningKeyError)) throw error;
    io.err(`error usage: ${error.message}`);
    return EXIT.BAD_INPUT;
  }

  const problems: string[] = [];
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    const now = await fileDigest(resolve(dir, entry.path)).catch(() => undefined);
    if (!now) problems.push(`removed: ${entry.path}`);
    else if (now.sha256 !== entry.sha256 || now.size !== entry.size) problems.push(`changed: ${entry.path} (sha256 ${entry.sha256.slice(0, 12)}… → ${now.sha256.slice(0, 12)}…, ${entry.size} → ${now.size} bytes)`);
  }
  for (const path of filesUnder(dir)) {
    if (path !== MANIFEST_FILE && path !== SIGNATURE_FILE && !listed.has(path)) problems.push(`added: ${path}`);
  }
  problems.sort((a, b) => byBytes(a.slice(a.indexOf(' ')), b.slice(b.indexOf(' '))));

  if (args.inventory !== undefined) {
    const expected = manifest.inventory;
    if (expected.kind !== 'snapshot') problems.push(`inventory: the manifest records a ${expected.kind} read, not a snapshot folder`);
    else {
      const now = await snapshotDigest(resolve(args.cwd, args.inventory), args.inventory);
      if (now.kind === 'snapshot' && (now.sha256 !== expected.sha256 || now.files !== expected.files)) problems.push(`inventory: ${args.inventory} is not the snapshot the scan read (sha256 ${now.sha256.slice(0, 12)}…, ${now.files} files; the manifest says ${expected.sha256.slice(0, 12)}…, ${expected.files} files)`);
    }
  }

  const signature = await checkSignature(dir, manifest, bytes, given);
  if (signature.problem) problems.push(signature.problem);
  for (const p of problems) io.out(p);
  if (problems.length > 0) {
    io.out(`FAILED: ${problems.length} difference(s) from ${MANIFEST_FILE} (scan ${manifest.scanId})`);
    return EXIT.FAILED;
  }
  io.out(`ok: ${manifest.files.length} file(s) intact (scan ${manifest.scanId})${signature.note ? `; ${signature.note}` : ''}`);
  return EXIT.OK;
}

async function readManifest(dir: string, io: Io): Promise<{ manifest: Manifest; bytes: Buffer } | undefined> {
  const file = resolve(dir, MANIFEST_FILE);
  let bytes: Buffer;
  let value: unknown;
  try {
    bytes = await readFile(file);
  } catch (error) {
    io.err(`error usage: no ${MANIFEST_FILE} in ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); a scan or report run writes it beside its reports`);
    return undefined;
  }
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    io.err(`${file}:1:1 error invalid-json: ${(error as Error).message}`);
    return undefined;
  }
  const problems = validateSchema(MANIFEST_SCHEMA, value);
  if (problems.length > 0) {
    for (const p of problems) io.err(`${file}: error ${p.code}: ${p.path.length > 0 ? `${p.path.join('.')}: ` : ''}${p.message}`);
    return undefined;
  }
  return { manifest: value as Manifest, bytes };
}

async function checkSignature(dir: string, manifest: Manifest, bytes: Buffer, given: ReturnType<typeof publicKeyFromInfo> | undefined): Promise<{ problem?: string; note?: string }> {
  const text = await readFile(resolve(dir, SIGNATURE_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) {
    if (given) return { problem: `signature: ${SIGNATURE_FILE} is missing; the manifest is not signed` };
    if (manifest.signature) return { problem: `signature: ${SIGNATURE_FILE} is missing, though the manifest says it was signed (key ${manifest.signature.keyId})` };
    return { note: 'not signed' };
  }
  let key = given;
  if (!key && manifest.signature) {
    try {
      key = publicKeyFromInfo(manifest.signature.publicKey);
    } catch {
      return { problem: 'signature: the public key the manifest states is not a key; give --public-key' };
    }
  }
  if (!key) return { problem: `signature: ${SIGNATURE_FILE} is there but the manifest names no key; give --public-key` };
  const keyId = publicKeyInfo(key).keyId;
  if (!verifyBytes(key, bytes, Buffer.from(text.trim(), 'base64'))) {
    const other = manifest.signature && manifest.signature.keyId !== keyId ? ` (the manifest names key ${manifest.signature.keyId})` : '';
    return { problem: `signature: does not match ${MANIFEST_FILE} for key ${keyId}${other}` };
  }
  return { note: given ? `signature valid (Ed25519, key ${keyId})` : `signature valid for the key the manifest states (${keyId}); give --public-key to check it is yours` };
}
