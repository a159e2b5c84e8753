import { createRequire } from 'node:module';

/**
 * Heavy dependencies (handlebars, cron-parser, re2js, jsonpath-plus) load at their first use,
 * not at start-up: a scan pays only for the kinds of node it compiles. They load with require(),
 * synchronously, so the checks that use them (validate's bad-cron, bad-template …) stay
 * synchronous and report before anything runs, as with a static import.
 *
 * A call site writes `typeof require === 'function' ? require('name') : requireHere('name')`:
 * the GitHub Action's bundle defines `require` (scripts/build-action.mjs) and esbuild bundles a
 * dependency only where it sees `require('name')` itself; this ES module (dist/, tests) has no
 * `require` and takes requireHere.
 */
export const requireHere = createRequire(import.meta.url);

/** `load()` at the first call, its value kept after. */
export function once<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
}
