import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { append } from '../model/append.js';

/**
 * The YAML files at a path (recursively for folders, not entering node_modules below it):
 * controls and flows by default, or only control unit tests (`*.test.yaml`) with
 * `tests: true`; undefined when the path does not exist. A file named explicitly is taken
 * whatever its name.
 */
export async function yamlFiles(absolute: string, options: { tests?: boolean } = {}): Promise<string[] | undefined> {
  return listYamlFiles(absolute, options.tests === true);
}

/**
 * Synchronous: a bundled scan names its ~530 files one by one (withBundled), and a stat
 * through the thread pool per path, awaited in turn, cost more than the stats themselves.
 */
function listYamlFiles(absolute: string, tests: boolean): string[] | undefined {
  const info = statOrUndefined(absolute);
  if (!info) return undefined;
  if (!info.isDirectory()) return [absolute];
  const found: string[] = [];
  for (const entry of readdirSync(absolute, { withFileTypes: true })) {
    const path = join(absolute, entry.name);
    // Follow symlinks to files; a symlinked folder could loop.
    const isFile = entry.isFile() || (entry.isSymbolicLink() && statOrUndefined(path)?.isFile() === true);
    if (entry.isDirectory() && entry.name !== 'node_modules') append(found, listYamlFiles(path, tests) ?? []);
    else if (isFile && /\.ya?ml$/.test(entry.name) && /\.test\.ya?ml$/.test(entry.name) === tests) found.push(path);
  }
  return found;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
