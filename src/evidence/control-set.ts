import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gitCommitOf } from '../cli/git-commit.js';
import type { Catalog } from '../load/catalog.js';
import { yamlFiles } from '../load/yaml-files.js';
import { fileDigest, listingDigest } from './hash.js';

/** What the manifest says about the control set a scan ran. */
export interface ControlSet {
  /** The git commit (HEAD) of the repository holding the controls, when they are in one. */
  commit?: string;
  /** Whether any of the files below differs from that commit (or is not committed); absent without git. */
  dirty?: boolean;
  /** listingDigest (sha256sum style) of every control, flow and framework file loaded. */
  contentHash: string;
  /** The files hashed, as paths relative to the working directory. */
  files: number;
  controls: number;
  flows: number;
}

/**
 * The provenance of the loaded content: ONE function, so that it can give way to the catalog's
 * own (`catalog.provenance`, from another branch) without touching its callers. It hashes the
 * files of the loaded controls and flows and the framework files beside the controls
 * (`<controls>/frameworks/*.yaml`), each path as the catalog shows it (relative to cwd).
 */
export async function controlSetOf(catalog: Pick<Catalog, 'controls' | 'flows'>, controlPaths: readonly string[], cwd: string): Promise<ControlSet> {
  const files = new Set<string>([...catalog.controls.map((c) => c.file), ...[...catalog.flows.values()].map((f) => f.file)]);
  for (const path of controlPaths) {
    for (const file of (await yamlFiles(join(resolve(cwd, path), 'frameworks'))) ?? []) files.add(displayPath(cwd, file));
  }
  const entries = await Promise.all([...files].map(async (path) => ({ path, sha256: (await fileDigest(resolve(cwd, path))).sha256 })));
  const anchor = resolve(cwd, controlPaths[0] ?? '.');
  const commit = await gitCommitOf(anchor);
  const dirty = commit ? await gitDirty(anchor, [...files].map((f) => resolve(cwd, f))) : undefined;
  return { ...(commit ? { commit } : {}), ...(dirty !== undefined ? { dirty } : {}), contentHash: listingDigest(entries), files: entries.length, controls: catalog.controls.length, flows: catalog.flows.size };
}

/** As the catalog shows a path: relative to the working directory, forward slashes. */
function displayPath(cwd: string, absolute: string): string {
  return relative(cwd, absolute).split(sep).join('/') || absolute;
}

/** `git status` of the given files: true when one is modified, staged or untracked; undefined when git cannot say. */
async function gitDirty(anchor: string, files: string[]): Promise<boolean | undefined> {
  const dir = (await stat(anchor).catch(() => undefined))?.isDirectory() ? anchor : dirname(anchor);
  return new Promise((done) => {
    execFile('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=all', '--', ...files], { timeout: 10_000, maxBuffer: 16 << 20 }, (error, stdout) =>
      done(error ? undefined : stdout.trim() !== ''),
    );
  });
}
