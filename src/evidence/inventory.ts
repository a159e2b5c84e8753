import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { canonicalJson } from '../lib/canonical-json.js';
import type { InventoryProvider, Target, ApiCall, Item } from '../providers/types.js';
import { byBytes, filesUnder, folderDigest } from './hash.js';
import { useThread } from '../lib/threads.js';

/** What the manifest says about the inventory a scan read. */
export type InventoryDigest =
  /** A snapshot folder: listingDigest of every file under it. */
  | { kind: 'snapshot'; path: string; sha256: string; files: number }
  /** A live read: a digest of every distinct read's answer (see ResponseDigest). */
  | { kind: 'live'; sha256: string; responses: number }
  /** `ctrlflow report`: the result files it read, each hashed. */
  | { kind: 'results'; inputs: { path: string; sha256: string; size: number }[] };

/** A snapshot file that cannot be hashed into the manifest: named before anything is scanned. */
export class SnapshotFileError extends Error {
  override name = 'SnapshotFileError';
}

/** A snapshot folder as a scan opens it: its bytes, and its digest being worked out. */
export interface OpenedSnapshot {
  bytes: number;
  digest: Promise<InventoryDigest>;
}

/**
 * A snapshot folder's size and digest. Its files are listed and sized at once, so one that
 * cannot be hashed (a link to nothing or to a folder, an unreadable folder) stops the command
 * before it scans (SnapshotFileError, thrown here); the hashing goes on while the scan runs.
 * Hashing a large snapshot is CPU the scan's thread need not spend (about 0.2 s at 100,000
 * resources, 2 s at a million), so the built CLI hashes one larger than ONE_THREAD_BYTES on a
 * thread of its own (useThread: `CTRLFLOW_WORKERS` decides otherwise).
 */
export function openSnapshot(root: string, path: string, environment: Readonly<Record<string, string | undefined>> = process.env): OpenedSnapshot {
  const { paths, bytes } = listSnapshot(root, path);
  const digest: Promise<InventoryDigest> = (useThread(environment, bytes) ? digestOnThread(root, paths) : folderDigest(root, paths)).then(
    (hashed) => ({ kind: 'snapshot', path, ...hashed }),
    // A file system error on files listed and sized a moment ago: something changed the
    // snapshot while the scan read it. Anything else (the thread failing) is not the snapshot's.
    (error: unknown) => {
      if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
      throw snapshotProblem(path, `a file changed while the scan read it (${(error as Error).message}): scan again once nothing writes into the snapshot`);
    },
  );
  return { bytes, digest };
}

/** A snapshot folder's digest (openSnapshot's). */
export function snapshotDigest(root: string, path: string, environment: Readonly<Record<string, string | undefined>> = process.env): Promise<InventoryDigest> {
  return openSnapshot(root, path, environment).digest;
}

function snapshotProblem(path: string, what: string): SnapshotFileError {
  return new SnapshotFileError(`--inventory ${path}: ${what}; every file under a snapshot is hashed into the manifest`);
}

/** The snapshot's files and their bytes added up; a SnapshotFileError for one that cannot be hashed. */
function listSnapshot(root: string, path: string): { paths: string[]; bytes: number } {
  const problem = (what: string) => snapshotProblem(path, what);
  let paths: string[];
  try {
    paths = filesUnder(root);
  } catch (error) {
    throw problem(`its files cannot be listed (${(error as Error).message}): make every folder under it readable`);
  }
  let bytes = 0;
  for (const file of paths) {
    let stat;
    try {
      stat = statSync(join(root, file), { throwIfNoEntry: false });
    } catch (error) {
      throw problem(`${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): make it readable or remove it`);
    }
    if (!stat) throw problem(`${file} is a link to nothing: remove it or restore what it links to`);
    if (stat.isDirectory()) throw problem(`${file} is a link to a folder: put the folder there instead, or remove the link`);
    bytes += stat.size;
  }
  return { paths, bytes };
}

function digestOnThread(root: string, paths: readonly string[]): Promise<{ sha256: string; files: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./digest-worker.js', import.meta.url), { workerData: { root, paths } });
    worker.once('message', (answer: { digest?: { sha256: string; files: number }; error?: { message: string; code?: string } }) => {
      if (answer.digest) resolve(answer.digest);
      else reject(Object.assign(new Error(answer.error?.message), answer.error?.code ? { code: answer.error.code } : {}));
    });
    worker.once('error', reject);
    // After an answer this changes nothing; without one, the thread stopped before it could give it.
    worker.once('exit', (code) => reject(new Error(`the inventory digest stopped (exit ${code})`)));
  });
}

/**
 * The answers of a live scan, hashed as they arrive: for each distinct read (target, service,
 * method, params: canonical JSON) the SHA-256 of the canonical JSON of the items it returned
 * (or of its error code); the digest is the SHA-256 of those `key<TAB>hash` lines in byte
 * order, so it does not depend on the order the reads finished in. A read made again (after
 * --remediate) adds its second answer.
 */
export class ResponseDigest {
  private readonly answers = new Map<string, string[]>();

  wrap(provider: InventoryProvider): InventoryProvider {
    const list = async (target: Target, call: ApiCall): Promise<Item[]> => {
      const key = canonicalJson([target.provider, target.account, target.region, call.service, call.method, call.params]);
      try {
        const items = await provider.list(target, call);
        this.add(key, createHash('sha256').update(canonicalJson(items)).digest('hex'));
        return items;
      } catch (error) {
        this.add(key, `error:${(error as { code?: string }).code ?? (error as Error).name}`);
        throw error;
      }
    };
    return { ...bound(provider), list };
  }

  digest(): InventoryDigest {
    const lines = [...this.answers].flatMap(([key, hashes]) => hashes.map((h) => `${key}\t${h}\n`)).sort(byBytes);
    return { kind: 'live', sha256: createHash('sha256').update(lines.join('')).digest('hex'), responses: lines.length };
  }

  private add(key: string, hash: string): void {
    const list = this.answers.get(key);
    if (list) list.push(hash);
    else this.answers.set(key, [hash]);
  }
}

/** The provider's own methods, bound to it (a wrapper replaces one and keeps the rest). */
function bound(provider: InventoryProvider): InventoryProvider {
  return {
    description: provider.description,
    targets: (cloud) => provider.targets(cloud),
    list: (target, call) => provider.list(target, call),
    ...(provider.requests ? { requests: () => provider.requests!() } : {}),
    ...(provider.act ? { act: (target: Target, call: ApiCall) => provider.act!(target, call) } : {}),
    ...(provider.release ? { release: (target: Target) => provider.release!(target) } : {}),
  };
}
