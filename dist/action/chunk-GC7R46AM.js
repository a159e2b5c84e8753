import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/output/writable.ts
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
async function outputProblem(cwd, locations) {
  for (const [flag, given] of Object.entries(locations.folders ?? {})) {
    if (given === void 0) continue;
    const problem = await folderProblem(resolve(cwd, given), cwd, false);
    if (problem) return `${flag} ${given}: ${problem}`;
  }
  for (const [flag, given] of Object.entries(locations.files ?? {})) {
    if (given === void 0) continue;
    const path = resolve(cwd, given);
    const found = await stat(path).catch(() => void 0);
    let problem;
    if (found?.isDirectory()) problem = "is a folder; give the file to write";
    else if (found && !found.isFile()) problem = "is not a regular file";
    else if (found) problem = await writable(path) ? void 0 : "cannot be written (permission denied)";
    else problem = await folderProblem(dirname(path), cwd, true);
    if (problem) return `${flag} ${given}: ${problem}`;
  }
  return void 0;
}
async function folderProblem(folder, cwd, name) {
  for (let path = folder; ; path = dirname(path)) {
    const found = await stat(path).catch((error) => error.code === "ENOENT" || error.code === "ENOTDIR" ? void 0 : error);
    if (found instanceof Error) return `${shown(path, cwd)} cannot be read (${found.code ?? found.message})`;
    if (found === void 0) {
      if (dirname(path) === path) return "no folder above it exists";
      continue;
    }
    const which = path === folder && !name ? void 0 : shown(path, cwd);
    if (!found.isDirectory()) return which ? `${which} is a file, not a folder` : "is a file, not a folder";
    return await writable(path) ? void 0 : `${which ?? "the folder"} cannot be written (permission denied)`;
  }
}
async function writable(path) {
  return access(path, constants.W_OK).then(
    () => true,
    () => false
  );
}
function shown(path, cwd) {
  const rel = relative(cwd, path);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}

export {
  outputProblem
};
