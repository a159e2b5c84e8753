import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { yamlFiles } from './yaml-files.js';

/** A bundled file left out because the user's content has a document of that kind and id. */
export interface Replaced {
  kind: 'control' | 'flow' | 'framework';
  id: string;
  /** The user's file that wins. */
  file: string;
}

type Kind = Replaced['kind'];

/**
 * The user's content paths with the bundled content added beneath them: every bundled file
 * whose id the user's files do not also define. Bundled files are named by their id
 * (`controls/aws/iam/AWS-IAM-004.yaml`, `flows/<id>.yaml`, `controls/frameworks/<id>.yaml`;
 * test/content checks it), so only the user's files are read here; the catalog then loads the
 * union once, and a user's control may name a bundled flow. A path the user gave that is the
 * bundled folder itself (a scan in the checkout) adds nothing twice.
 */
export async function withBundled(user: string[], bundled: { controls: string; flows: string }, cwd: string): Promise<{ paths: string[]; replaced: Replaced[] }> {
  // A user's path that is a bundled folder (the defaults, in the checkout) is listed once.
  const listings = new Map<string, Promise<string[] | undefined>>();
  const listed = (folder: string) => listings.get(folder) ?? listings.set(folder, yamlFiles(folder)).get(folder)!;
  const shipped: { file: string; kind: Kind }[] = [];
  for (const [root, rootKind] of [[bundled.controls, 'control'], [bundled.flows, 'flow']] as const) {
    for (const file of [...((await listed(root)) ?? [])].sort()) {
      shipped.push({ file, kind: rootKind === 'control' && basename(dirname(file)) === 'frameworks' ? 'framework' : rootKind });
    }
  }
  const isShipped = new Set(shipped.map((s) => s.file));
  const own = new Set<string>();
  for (const path of user) for (const file of (await listed(resolve(cwd, path))) ?? []) own.add(file);
  // Only the user's own files are read for their ids (not the bundled ones a path of theirs includes).
  const ids = new Map<string, string>();
  for (const file of own) {
    const found = isShipped.has(file) ? undefined : await idOf(file);
    if (found) ids.set(`${found.kind}:${found.id}`, file);
  }
  const paths = [...user];
  const replaced: Replaced[] = [];
  for (const { file, kind } of shipped) {
    if (own.has(file)) continue;
    const id = basename(file, extname(file));
    const mine = ids.get(`${kind}:${id}`);
    if (mine === undefined) paths.push(file);
    else replaced.push({ kind, id, file: mine });
  }
  return { paths, replaced };
}

/** A document's kind and id, as the catalog will tell them apart; undefined for what it will report as wrong. */
async function idOf(file: string): Promise<{ kind: Kind; id: string } | undefined> {
  let value: unknown;
  try {
    // Only the user's files are parsed here; yaml is loaded for them alone.
    const { parse } = await import('yaml');
    value = parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const doc = value as Record<string, unknown>;
  if (typeof doc.id !== 'string') return undefined;
  const kind: Kind | undefined = 'nodes' in doc ? 'flow' : 'flow' in doc ? 'control' : 'requirements' in doc ? 'framework' : undefined;
  return kind && { kind, id: doc.id };
}
