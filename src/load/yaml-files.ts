import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { append } from '../model/append.js';

/**
 * The YAML files at a path (recursively for folders, not entering node_modules below it):
 * controls and flows by default, or only control unit tests (`*.test.yaml`) with
 * `tests: true`; undefined when the path does not exist. A file named explicitly is taken
 * whatever its name.
 */
export async function yamlFiles(absolute: string, options: { tests?: boolean } = {}): Promise<string[] | undefined> {
  const info = await stat(absolute).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory()) return [absolute];
  const found: string[] = [];
  for (const entry of await readdir(absolute, { withFileTypes: true })) {
    const path = join(absolute, entry.name);
    // Follow symlinks to files; a symlinked folder could loop.
    const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile() === true);
    if (entry.isDirectory() && entry.name !== 'node_modules') append(found, (await yamlFiles(path, options)) ?? []);
    else if (isFile && /\.ya?ml$/.test(entry.name) && /\.test\.ya?ml$/.test(entry.name) === (options.tests === true)) found.push(path);
  }
  return found;
}
