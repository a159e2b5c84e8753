import { existsSync, lstatSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { checkBundle, type FlowBundle } from '../../load/bundle.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import { jsonTextDepth, MAX_JSON_DEPTH } from '../../lib/json-limits.js';
import { parseYamlFile } from '../../load/yaml.js';
import { resolveInside, writeFileInside } from '../../lib/safe-path.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { UsageError } from '../selection.js';

export interface ImportArgs {
  bundle: string;
  into: string;
  force: boolean;
  cwd: string;
}

/**
 * `ctrlflow import bundle.json --into flows/`: checks every flow of the bundle as the loader
 * would (errors point into the bundle file), then writes each as `<id>.yaml`; an existing file
 * is never overwritten without --force. All flows or none: they are written into a staging
 * folder first, then renamed into place, and a failure puts back what was there. Lists what
 * the export removed and must be set again.
 */
export async function importCommand(args: ImportArgs, io: Io): Promise<ExitCode> {
  const path = resolve(args.cwd, args.bundle);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`${args.bundle}: cannot read the bundle file`);
  }
  if (jsonTextDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new UsageError(`${args.bundle}: nested deeper than ${MAX_JSON_DEPTH} levels, which no flow is: nothing was imported`);
  // JSON is YAML: the YAML parser gives every problem a line and column in the bundle.
  const parsed = parseYamlFile(args.bundle, text);
  const problems = parsed.diagnostics.length > 0 ? [] : checkBundle(parsed.value);
  const diagnostics = [
    ...parsed.diagnostics,
    ...problems.map((p) => ({ file: args.bundle, ...parsed.locate(p.path, { key: p.code === 'unknown-key' }), code: p.code, message: p.message })),
  ];
  if (diagnostics.length > 0) {
    for (const d of diagnostics) io.err(formatDiagnostic(d));
    io.err(`${diagnostics.length} error(s): nothing was imported`);
    return EXIT.BAD_INPUT;
  }
  const bundle = parsed.value as FlowBundle;
  const folder = resolve(args.cwd, args.into);
  // Ids were checked (length, characters): each name is one plain file in the folder.
  const targets = bundle.flows.map((flow) => ({ flow, name: `${flow.id}.yaml`, file: resolveInside(folder, `${flow.id}.yaml`) }));
  const existing = targets.filter((t) => existsSync(t.file));
  if (existing.length > 0 && !args.force) {
    throw new UsageError(`would overwrite ${existing.map((t) => relative(args.cwd, t.file)).join(', ')}: pass --force to replace them`);
  }
  const notFiles = existing.filter((t) => !lstatSync(t.file).isFile());
  if (notFiles.length > 0) throw new UsageError(`${notFiles.map((t) => relative(args.cwd, t.file)).join(', ')} ${notFiles.length > 1 ? 'are' : 'is'} not a file: nothing was imported`);
  try {
    await writeAllOrNone(folder, targets.map((t) => ({ name: t.name, data: stringify(t.flow, { lineWidth: 0 }) })));
  } catch (error) {
    throw new UsageError(`cannot write into ${args.into} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): nothing was imported`);
  }
  for (const { flow, file } of targets) io.out(`Imported ${flow.id} -> ${relative(args.cwd, file)}`);
  for (const r of bundle.reconfigure ?? []) io.out(`  configure again: ${r.flow} ${r.path}: ${r.what}`);
  return EXIT.OK;
}

/**
 * Writes every file into a staging folder inside `folder` (through writeFileInside), then
 * renames each into place, keeping what it replaces; if any step fails, the files already
 * moved are taken back and the replaced ones restored, so the folder is as it was.
 */
async function writeAllOrNone(folder: string, files: { name: string; data: string }[]): Promise<void> {
  await mkdir(folder, { recursive: true });
  const staging = await mkdtemp(join(folder, '.ctrlflow-import-'));
  const stage = basename(staging);
  const done: { target: string; staged: string; previous?: string }[] = [];
  try {
    for (const { name, data } of files) await writeFileInside(folder, `${stage}/${name}`, data, { exclusive: true });
    for (const { name } of files) {
      const target = resolveInside(folder, name);
      const staged = join(staging, name);
      const step: (typeof done)[number] = { target, staged };
      if (existsSync(target)) {
        step.previous = join(staging, `${name}.previous`);
        await rename(target, step.previous);
      }
      done.push(step);
      await rename(staged, target);
    }
  } catch (error) {
    for (const step of done.reverse()) {
      if (existsSync(step.target) && !existsSync(step.staged)) await rename(step.target, step.staged).catch(() => undefined);
      if (step.previous) await rename(step.previous, step.target).catch(() => undefined);
    }
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
