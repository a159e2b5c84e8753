import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, join, normalize, relative, sep } from 'node:path';
import { gitHeadFromFiles } from './git-head.js';

/**
 * What a scan's control set was, in a form that cannot claim more than was loaded
 * (README "Provenance"):
 * - `contentHash`: `sha256:` + the SHA-256 of a manifest with one line per loaded control, flow
 *   and framework file, `<sha256 of its canonical bytes>  <name>\n`, sorted by name (byte order).
 *   Canonical bytes: the file's UTF-8 text with CRLF line ends read as LF, so a Windows checkout
 *   hashes as a Linux one. The manifest is what `sha256sum` prints for LF files, so
 *   `cd ROOT && sha256sum NAME… | sha256sum` (names in `LC_ALL=C sort` order) gives the same hex.
 * - `files`: each file's name (relative to `root`, forward slashes) and SHA-256.
 * - `commit`: HEAD of the git work tree holding every loaded file, when one does; `dirty`: some
 *   loaded file's canonical bytes are not the blob HEAD has at its path (edited, staged, new,
 *   ignored, or absent from HEAD), decided by hashing, not by `git status`; `changed` names them.
 */
export interface Provenance {
  contentHash: string;
  /** The deepest folder holding every loaded file (absolute): names are relative to it. */
  root: string;
  files: { name: string; sha256: string }[];
  commit?: string;
  dirty?: boolean;
  changed?: string[];
}

/** A loaded file: its absolute path and its text as read. */
export interface LoadedText {
  absolute: string;
  text: string;
}

const sha256 = (data: string): string => createHash('sha256').update(data).digest('hex');
const slashes = (path: string) => path.split(sep).join('/');

/**
 * `path` relative to `folder` when it is inside it, else undefined: by the strings, as both are
 * absolute and normalized (path.relative resolves both against the working directory on every
 * call: for each of a bundled scan's ~530 files, three times, it was most of provenance's time).
 */
function under(folder: string, path: string): string | undefined {
  const prefix = folder.endsWith(sep) ? folder : folder + sep;
  return path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
}

export async function provenanceOf(loaded: LoadedText[], asked?: Promise<GitFacts | undefined>): Promise<Provenance> {
  const unique = [...new Map(loaded.map((f) => [f.absolute, f])).values()];
  const root = commonFolder(unique.map((f) => f.absolute));
  const entries = unique
    .map((f) => {
      const name = slashes(under(root, f.absolute)!);
      // Hashed as text (UTF-8), never copied into a Buffer first. Canonical: CRLF read as LF.
      return { name, key: Buffer.from(name), canonical: f.text.replace(/\r\n/g, '\n'), raw: f.text, absolute: f.absolute };
    })
    // Byte order of the UTF-8 names (as `LC_ALL=C sort`), not locale order.
    .sort((a, b) => Buffer.compare(a.key, b.key));
  const files = entries.map((e) => ({ name: e.name, sha256: sha256(e.canonical) }));
  const contentHash = `sha256:${sha256(files.map((f) => `${f.sha256}  ${f.name}\n`).join(''))}`;
  if (entries.length === 0) return { contentHash, root, files };
  // What was asked early holds when it was asked about this folder (a control naming a flow
  // file elsewhere widens it): else ask again.
  const early = asked ? await asked : undefined;
  const facts = early?.root === root ? early : await gitFacts(root);
  return { contentHash, root, files, ...(facts ? gitState(facts, entries) : {}) };
}

/** The folder holding every one of these paths. */
export function commonFolder(paths: string[]): string {
  if (paths.length === 0) return process.cwd();
  let folder = dirname(paths[0]!);
  for (const path of paths) {
    while (under(folder, path) === undefined) {
      const up = dirname(folder);
      if (up === folder) return folder;
      folder = up;
    }
  }
  return folder;
}

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['-C', cwd, ...args], { timeout: 10_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}

/** What git says of the work tree holding `root`: its top, HEAD, and HEAD's blob ids under `root` by path from the top. */
export interface GitFacts {
  root: string;
  top: string;
  commit: string;
  blobs: Map<string, string>;
}

/**
 * What git says of `root` (a catalog starts this before it reads the files, so that git runs
 * meanwhile): undefined when `root` is in no work tree with a commit. The top and HEAD are read
 * from the repository's files when they answer (git-head.ts), so only ls-tree is started; else
 * git is asked both questions at once.
 */
export async function gitFacts(root: string): Promise<GitFacts | undefined> {
  const head = gitHeadFromFiles(root);
  if (head) {
    const listing = await git(root, ['ls-tree', '-r', '-z', '--full-name', head.commit]);
    const blobs = listing === undefined ? undefined : blobsOf(listing);
    // ls-tree lists what is under `root`, named from git's top: each name must start with
    // root's folder from the top the files gave, or that top is not git's.
    const real = realOr(root);
    const below = real === head.top ? '' : under(head.top, real);
    const from = below ? `${slashes(below)}/` : '';
    if (blobs && below !== undefined && [...blobs.keys()].every((path) => path.startsWith(from))) return { root, ...head, blobs };
  }
  const [answer, listing] = await Promise.all([git(root, ['rev-parse', '--show-toplevel', 'HEAD']), git(root, ['ls-tree', '-r', '-z', '--full-name', 'HEAD'])]);
  const lines = answer?.trim().split('\n');
  if (lines?.length !== 2 || listing === undefined) return undefined;
  // Normalized as the loaded paths are (git prints forward slashes on Windows too).
  return { root, top: normalize(lines[0]!), commit: lines[1]!, blobs: blobsOf(listing) };
}

/** HEAD's blob ids by path from the top, from `ls-tree -r -z`. */
function blobsOf(listing: string): Map<string, string> {
  const blobs = new Map<string, string>();
  for (const line of listing.split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(line);
    if (m) blobs.set(m[2]!, m[1]!);
  }
  return blobs;
}

/** The commit of the one work tree holding every file, and which files differ from it; nothing when there is no such tree. */
function gitState({ top, commit, blobs }: GitFacts, entries: { name: string; canonical: string; raw: string; absolute: string }[]): Pick<Provenance, 'commit' | 'dirty' | 'changed'> | undefined {
  const real = realPaths();
  const inTree = entries.map((e) => {
    const path = under(top, real(e.absolute));
    return { ...e, path: path === undefined ? undefined : slashes(path) };
  });
  if (inTree.some((e) => e.path === undefined)) return undefined;
  // The committed blob may hold the LF text (autocrlf) or the file as it is (CRLF committed).
  const same = (e: (typeof inTree)[number]) => {
    const blob = blobs.get(e.path!);
    return blob !== undefined && (blob === blobId(e.canonical, blob.length) || (e.raw !== e.canonical && blob === blobId(e.raw, blob.length)));
  };
  const changed = inTree.filter((e) => !same(e)).map((e) => e.name);
  return { commit, dirty: changed.length > 0, ...(changed.length > 0 ? { changed } : {}) };
}

/** Git's object id of a blob of this text's UTF-8 bytes: SHA-1 (40 hex) or, in a SHA-256 repository, SHA-256. */
function blobId(text: string, length: number): string {
  return createHash(length === 64 ? 'sha256' : 'sha1').update(`blob ${Buffer.byteLength(text)}\0`).update(text).digest('hex');
}

/** The real path, or the path as it is when that cannot be found. */
function realOr(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/**
 * The real path of each file (as it is, when that cannot be found), each folder's asked once:
 * realpath walks every segment of a path, and a bundled scan's ~530 files sit in ~60 folders.
 * A file that is itself a link is resolved on its own.
 */
function realPaths(): (path: string) => string {
  const folders = new Map<string, string>();
  return (path) => {
    let link: boolean;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      return path;
    }
    if (link) return realOr(path);
    const folder = dirname(path);
    let real = folders.get(folder);
    if (real === undefined) folders.set(folder, (real = realOr(folder)));
    return join(real, basename(path));
  };
}

/** Two lines for a terminal: the content hash over what was loaded, and the commit with its dirty marker. */
export function describeProvenance(p: Provenance, cwd: string): string[] {
  const where = slashes(relative(cwd, p.root)) || '.';
  const content = `Content hash: ${p.contentHash} (${p.files.length} control, flow and framework file(s) under ${where})`;
  if (p.commit === undefined) return [content, 'Git commit: none (the loaded files are not all in one git work tree with a commit)'];
  if (!p.dirty) return [content, `Git commit: ${p.commit} (the loaded files are as committed)`];
  const changed = p.changed ?? [];
  const shown = changed.length > 5 ? `${changed.slice(0, 5).join(', ')}, …` : changed.join(', ');
  return [content, `Git commit: ${p.commit}-dirty (${changed.length} loaded file(s) differ from it: ${shown})`];
}
