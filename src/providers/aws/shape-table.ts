import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { builtJson } from '../../lib/built-file.js';
import { canonicalService, packageCandidates } from './names.js';

/**
 * What recorded-page.ts asks of the bundled AWS clients, made at build time
 * (scripts/build-shape-table.mjs) into `aws-shapes.json` beside this module: for each client
 * package, the version it was made from, its service name, whether it speaks a Query protocol
 * and, if so, the top-level list members of each operation's output (output-shape.ts). A
 * snapshot scan then judges an empty recorded page without importing the client (0.15 to 0.5 s
 * of CPU each, four of them in the demo). The table is used only for a service whose first
 * package is in it with the very version the code runs; otherwise the client is loaded as before.
 */
export interface ShapeTable {
  [packageName: string]: { version: string; service: string; query: boolean; lists?: Record<string, string[]> };
}

export const SHAPE_TABLE_FILE = 'aws-shapes.json';
/**
 * Beside a bundle (the GitHub Action's, scripts/build-action.mjs): the version of each AWS client
 * package it holds. The bundle runs those, whatever node_modules may be found around it.
 */
export const BUNDLED_CLIENTS_FILE = 'aws-clients.json';

const requireHere = createRequire(import.meta.url);
let table: ShapeTable | undefined;
let bundled: Record<string, string | null> | null | undefined;
const installed = new Map<string, string | undefined>();

function tableOf(): ShapeTable {
  // From source, or a bundle without one: the clients are loaded.
  table ??= builtJson<ShapeTable>(new URL(`./${SHAPE_TABLE_FILE}`, import.meta.url)) ?? {};
  return table;
}

/** The version of a client package this code runs: the bundle's own, else the installed one. */
function runningVersion(name: string): string | undefined {
  if (bundled === undefined) bundled = builtJson<Record<string, string | null>>(new URL(`./${BUNDLED_CLIENTS_FILE}`, import.meta.url)) ?? null;
  if (bundled) return bundled[name] ?? undefined;
  if (!installed.has(name)) {
    let version: string | undefined;
    try {
      version = (JSON.parse(readFileSync(requireHere.resolve(`${name}/package.json`), 'utf8')) as { version?: string }).version;
    } catch {
      version = undefined;
    }
    installed.set(name, version);
  }
  return installed.get(name);
}

/**
 * The output's list members of `service`'s `method` as the client's schema has them: `null`
 * when the client does not speak a Query protocol or has no schema for the method (so no page
 * is held to lists), undefined when the table cannot tell (load the client).
 */
export function tabledLists(service: string, method: string): string[] | null | undefined {
  const name = packageCandidates(service)[0];
  const entry = name === undefined ? undefined : tableOf()[name];
  if (!entry || entry.service !== canonicalService(service) || runningVersion(name!) !== entry.version) return undefined;
  if (!entry.query) return null;
  return entry.lists?.[method] ?? null;
}
