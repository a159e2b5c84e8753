import { createHash } from 'node:crypto';
import { builtJson } from '../lib/built-file.js';
import type { NodeConfig } from '../model/flow.js';

/**
 * The bundled controls, flows and frameworks as the loader would find them, made once at
 * build time (scripts/build-content-cache.mjs, after tsc) into `content-cache.json` beside this
 * module: for each file that loads without a problem, keyed by the SHA-256 of its text, the
 * parsed value and what checking it gave (a control's `id` line, a flow's implicit trigger).
 * The catalog uses an entry only for a file whose text has exactly that hash, so an edited
 * file is parsed and checked as ever; the cache is made by the same build as the code reading
 * it, so the checks it stands for are this code's. Running from source there is no cache.
 */
export interface CachedDoc {
  /** The document's value, as parsing its YAML gives it. */
  value: unknown;
  /** A control: the line of its `id` key (SARIF points there). */
  idLine?: number;
  /** A flow: checkFlow found no problem; the trigger it made from the `trigger:` block, if any. */
  flow?: { trigger?: NodeConfig };
  /** A framework: its schema found no problem (its agreement with the controls is checked at run time). */
  framework?: true;
}

export const CACHE_FILE = 'content-cache.json';

let entries: Record<string, CachedDoc> | undefined;

/** From source, in a bundle without it (the Action's has it), or unreadable: everything is parsed and checked. */
const load = (): Record<string, CachedDoc> => builtJson<Record<string, CachedDoc>>(new URL(`./${CACHE_FILE}`, import.meta.url)) ?? {};

export const textKey = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The cached document of exactly this text, or undefined. An entry is handed out once and
 * then forgotten, so no two documents share a value object (a second file of the same text,
 * or a second load in one process, is parsed as usual).
 */
export function cachedDoc(text: string): CachedDoc | undefined {
  entries ??= load();
  const key = textKey(text);
  const found = entries[key];
  if (found) delete entries[key];
  return found;
}

/** The flow's nodes as checkFlow gives them: the trigger made from the block first, else the nodes as written. */
export function cachedFlowNodes(value: unknown, cached: NonNullable<CachedDoc['flow']>): NodeConfig[] {
  const nodes = (value as { nodes: NodeConfig[] }).nodes;
  return cached.trigger ? [cached.trigger, ...nodes] : nodes;
}
