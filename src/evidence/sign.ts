import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** A key that cannot be used: exit 2, before anything is scanned. */
export class SigningKeyError extends Error {
  override name = 'SigningKeyError';
}

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** The public key as the manifest states it: DER (SPKI) in base64, and its id, the SHA-256 of that DER. */
export function publicKeyInfo(key: KeyObject): { algorithm: 'Ed25519'; publicKey: string; keyId: string } {
  const der = key.export({ type: 'spki', format: 'der' });
  return { algorithm: 'Ed25519', publicKey: der.toString('base64'), keyId: `sha256:${createHash('sha256').update(der).digest('hex')}` };
}

/**
 * The Ed25519 private key of `--sign-key FILE`, or of CTRLFLOW_SIGN_KEY (the PEM itself, as a CI
 * secret holds it, or a file path). PEM (PKCS#8) as `openssl genpkey -algorithm ed25519` writes it.
 */
export async function loadSigningKey(file: string | undefined, environment: Readonly<Record<string, string | undefined>>): Promise<SigningKey | undefined> {
  const fromEnv = environment.CTRLFLOW_SIGN_KEY?.trim();
  const source = file ?? (fromEnv ? (fromEnv.startsWith('-----BEGIN') ? undefined : fromEnv) : undefined);
  if (file === undefined && !fromEnv) return undefined;
  const label = source === undefined ? 'CTRLFLOW_SIGN_KEY' : `--sign-key ${source}`;
  let pem: string;
  try {
    pem = source === undefined ? fromEnv! : await readFile(source, 'utf8');
  } catch (error) {
    throw new SigningKeyError(`${label}: cannot read the key (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new SigningKeyError(`${label}: not a private key in PEM (make one with: openssl genpkey -algorithm ed25519 -out ctrlflow-sign.pem)`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new SigningKeyError(`${label}: an ${privateKey.asymmetricKeyType ?? 'unknown'} key; ctrlflow signs with Ed25519`);
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** An Ed25519 public key from a PEM file (`openssl pkey -in key.pem -pubout`), or a private key's public half. */
export async function loadPublicKey(file: string): Promise<KeyObject> {
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (error) {
    throw new SigningKeyError(`--public-key ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch {
    throw new SigningKeyError(`--public-key ${file}: not a public key in PEM`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new SigningKeyError(`--public-key ${file}: an ${key.asymmetricKeyType ?? 'unknown'} key; ctrlflow signs with Ed25519`);
  return key;
}

/** The public key a manifest states (base64 DER SPKI). */
export function publicKeyFromInfo(base64: string): KeyObject {
  return createPublicKey({ key: Buffer.from(base64, 'base64'), format: 'der', type: 'spki' });
}

/** The raw 64-byte Ed25519 signature of `data` (what `openssl pkeyutl -sign -rawin` makes). */
export function signBytes(key: SigningKey, data: Buffer): Buffer {
  return sign(null, data, key.privateKey);
}

export function verifyBytes(publicKey: KeyObject, data: Buffer, signature: Buffer): boolean {
  try {
    return verify(null, data, publicKey, signature);
  } catch {
    return false;
  }
}
