import { relative, sep } from 'node:path';
import type { Cloud } from '../model/control.js';
import type { ControlSet, ReportHead, ReportSummary } from '../model/result.js';
import type { OutputRoot } from '../output/files.js';
import { redactText } from '../lib/redact.js';
import { byBytes, fileDigest } from './hash.js';
import type { InventoryDigest } from './inventory.js';
import { publicKeyInfo, signBytes, type SigningKey } from './sign.js';

export const MANIFEST_FILE = 'ctrlflow-manifest.json';
export const SIGNATURE_FILE = 'ctrlflow-manifest.sig';
export const MANIFEST_VERSION = '1.0';

export interface ManifestFile {
  /** Relative to the manifest's folder, forward slashes (`../history/…` for a file written elsewhere). */
  path: string;
  sha256: string;
  size: number;
}

/**
 * ctrlflow-manifest.json: what a run read and wrote, so that an auditor can tell the reports
 * were not edited after it (`ctrlflow verify DIR`, or `sha256sum -c` on the listed files).
 */
export interface Manifest {
  manifestVersion: typeof MANIFEST_VERSION;
  tool: { name: 'ctrlflow'; version: string };
  /** handle-event: also each event `listen` handles (its own --out subfolder). */
  command: 'scan' | 'report' | 'handle-event';
  scanId: string;
  startedAt: string;
  finishedAt: string;
  scope: { clouds: Cloud[]; accounts: { provider: Cloud; account: string }[]; regions: string[]; targets: number; shard?: { index: number; count: number } };
  /**
   * The control set the results were produced with, as the report states it (`controlSet`:
   * src/load/provenance.ts, README "Provenance"): its content hash, git commit and dirty marker.
   * For `ctrlflow report`, the one its input results name.
   */
  controlSet?: ControlSet;
  /** The commit the results name, when they carry no controlSet (results of earlier versions). */
  controlsCommit?: string;
  inventory: InventoryDigest;
  /** With --security-hub: what the import did. */
  securityHub?: { imported: number; failed: number; archived: number };
  /** Every file the run wrote (reports, report-node files, history records, the audit log), in path order. */
  files: ManifestFile[];
  /** With --sign-key: the key whose Ed25519 signature of this file's bytes is ctrlflow-manifest.sig (base64). */
  signature?: { algorithm: 'Ed25519'; publicKey: string; keyId: string; file: typeof SIGNATURE_FILE };
}

export interface ManifestInput {
  command: Manifest['command'];
  head: ReportHead;
  summary: ReportSummary;
  inventory: InventoryDigest;
  securityHub?: Manifest['securityHub'];
  /** Absolute paths of every file written; the same file named twice counts once. */
  written: readonly string[];
  signingKey?: SigningKey;
}

/** Hashes every file written and writes the manifest into `out` (and its signature with a key); returns it. */
export async function writeManifest(out: OutputRoot, input: ManifestInput): Promise<Manifest> {
  const own = new Set([out.path(MANIFEST_FILE), out.path(SIGNATURE_FILE)]);
  const absolute = [...new Set(input.written)].filter((f) => !own.has(f));
  const files: ManifestFile[] = [];
  for (const file of absolute) files.push({ path: relative(out.dir, file).split(sep).join('/'), ...(await fileDigest(file)) });
  files.sort((a, b) => byBytes(a.path, b.path));
  const { head, summary } = input;
  const manifest: Manifest = {
    manifestVersion: MANIFEST_VERSION,
    tool: { name: 'ctrlflow', version: head.tool.version },
    command: input.command,
    scanId: head.scanId,
    startedAt: head.startedAt,
    finishedAt: summary.finishedAt,
    scope: scopeOf(head),
    ...(head.controlSet ? { controlSet: head.controlSet } : head.controlsCommit ? { controlsCommit: head.controlsCommit } : {}),
    inventory: input.inventory,
    ...(input.securityHub ? { securityHub: input.securityHub } : {}),
    files,
    ...(input.signingKey ? { signature: { ...publicKeyInfo(input.signingKey.publicKey), file: SIGNATURE_FILE } } : {}),
  };
  // Masked before it is signed: the bytes signed are the bytes written (writeFile masks too, and finds nothing more).
  const bytes = Buffer.from(redactText(`${JSON.stringify(manifest, null, 2)}\n`));
  await out.writeFile(MANIFEST_FILE, bytes.toString('utf8'));
  // Base64 of the raw 64-byte signature, one line: `base64 -d` gives what `openssl pkeyutl -verify -rawin` reads.
  if (input.signingKey) await out.writeFile(SIGNATURE_FILE, `${signBytes(input.signingKey, bytes).toString('base64')}\n`);
  return manifest;
}

function scopeOf(head: ReportHead): Manifest['scope'] {
  const accounts = new Map<string, { provider: Cloud; account: string }>();
  for (const t of head.targets) accounts.set(`${t.provider}\u0000${t.account}`, { provider: t.provider, account: t.account });
  return {
    clouds: [...new Set(head.targets.map((t) => t.provider))].sort(),
    accounts: [...accounts.values()].sort((a, b) => a.provider.localeCompare(b.provider) || byBytes(a.account, b.account)),
    regions: [...new Set(head.targets.map((t) => t.region))].sort(byBytes),
    targets: head.targets.length,
    ...(head.shard ? { shard: head.shard } : {}),
  };
}

const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const text = { type: 'string', minLength: 1 };

/** What `ctrlflow verify` requires of a manifest before trusting any of it. */
export const MANIFEST_SCHEMA = {
  type: 'object',
  required: ['manifestVersion', 'tool', 'command', 'scanId', 'startedAt', 'finishedAt', 'scope', 'inventory', 'files'],
  properties: {
    manifestVersion: { const: MANIFEST_VERSION },
    files: { type: 'array', items: { type: 'object', required: ['path', 'sha256', 'size'], additionalProperties: false, properties: { path: text, sha256, size: { type: 'integer', minimum: 0 } } } },
    signature: {
      type: 'object',
      required: ['algorithm', 'publicKey', 'keyId', 'file'],
      properties: { algorithm: { const: 'Ed25519' }, publicKey: text, keyId: text, file: { const: SIGNATURE_FILE } },
    },
  },
} as const;
