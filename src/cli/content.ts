import { relative } from 'node:path';
import { withBundled } from '../load/bundled.js';
import { loadCatalog, type Catalog } from '../load/catalog.js';
import { formatDiagnostic } from '../load/diagnostics.js';
import type { Io } from './io.js';
import { bundledContentPaths } from './usage.js';

/**
 * The files and folders a scan loads: the user's `--controls` and `--flows`, and with
 * `bundled` the bundled content beneath them. An id both define is the user's, with one
 * warning line each on stderr.
 */
export async function contentPaths(args: { controls: string[]; flows: string[]; bundled?: boolean; cwd: string }, io: Io): Promise<string[]> {
  const own = [...args.controls, ...args.flows];
  const bundled = args.bundled === true ? bundledContentPaths() : undefined;
  if (!bundled) return own;
  const { paths, replaced } = await withBundled(own, bundled, args.cwd);
  for (const r of replaced) io.err(`warning: ${relative(args.cwd, r.file) || r.file}: ${r.kind} ${r.id} replaces the bundled ${r.kind} of that id (--no-bundled leaves the bundled content out)`);
  return paths;
}

/**
 * The catalog of `paths`; or, when a file has mistakes, undefined after printing each (the
 * command returns exit 2) and, with `nothing`, a last line `N error(s): <nothing>`.
 */
export async function loadCheckedCatalog(paths: string[], cwd: string, io: Io, nothing?: string): Promise<Catalog | undefined> {
  const catalog = await loadCatalog(paths, { cwd });
  if (catalog.diagnostics.length === 0) return catalog;
  for (const d of catalog.diagnostics) io.err(formatDiagnostic(d));
  if (nothing !== undefined) io.err(`${catalog.diagnostics.length} error(s): ${nothing}`);
  return undefined;
}
