import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/**
 * Output locations checked before anything is read, so a run that could not write its
 * reports, history or audit log stops at once (exit 2, one line) instead of after the scan,
 * or after --remediate changed something:
 *
 *   const problem = await outputProblem(cwd, { folders: { '--out': out, '--history': history }, files: { '--audit-log': auditLog } });
 *
 * A folder must be a folder we may write in, or not exist yet below a folder we may write in;
 * a file must be a regular file we may write, or not exist yet in such a folder. Nothing is
 * created. Returns the first problem as one line, or undefined.
 */
export async function outputProblem(
  cwd: string,
  locations: { folders?: Record<string, string | undefined>; files?: Record<string, string | undefined> },
): Promise<string | undefined> {
  for (const [flag, given] of Object.entries(locations.folders ?? {})) {
    if (given === undefined) continue;
    const problem = await folderProblem(resolve(cwd, given), cwd, false);
    if (problem) return `${flag} ${given}: ${problem}`;
  }
  for (const [flag, given] of Object.entries(locations.files ?? {})) {
    if (given === undefined) continue;
    const path = resolve(cwd, given);
    const found = await stat(path).catch(() => undefined);
    let problem: string | undefined;
    if (found?.isDirectory()) problem = 'is a folder; give the file to write';
    else if (found && !found.isFile()) problem = 'is not a regular file';
    else if (found) problem = (await writable(path)) ? undefined : 'cannot be written (permission denied)';
    else problem = await folderProblem(dirname(path), cwd, true);
    if (problem) return `${flag} ${given}: ${problem}`;
  }
  return undefined;
}

/** Why `folder` cannot hold our files, or undefined: checked on the folder, or on the nearest one above it that exists (named, or always when `name`). */
async function folderProblem(folder: string, cwd: string, name: boolean): Promise<string | undefined> {
  for (let path = folder; ; path = dirname(path)) {
    const found = await stat(path).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' || error.code === 'ENOTDIR' ? undefined : error));
    if (found instanceof Error) return `${shown(path, cwd)} cannot be read (${found.code ?? found.message})`;
    if (found === undefined) {
      if (dirname(path) === path) return 'no folder above it exists';
      continue;
    }
    const which = path === folder && !name ? undefined : shown(path, cwd);
    if (!found.isDirectory()) return which ? `${which} is a file, not a folder` : 'is a file, not a folder';
    return (await writable(path)) ? undefined : `${which ?? 'the folder'} cannot be written (permission denied)`;
  }
}

async function writable(path: string): Promise<boolean> {
  return access(path, constants.W_OK).then(
    () => true,
    () => false,
  );
}

/** A path as the user would write it: relative to where they are, unless it is elsewhere. */
function shown(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
