import { relative } from 'node:path';
import { withBundled } from '../load/bundled.js';
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
