import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { checkBundle, type FlowBundle } from '../../load/bundle.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import { parseYamlFile } from '../../load/yaml.js';
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
 * is never overwritten without --force. Lists what the export removed and must be set again.
 */
export async function importCommand(args: ImportArgs, io: Io): Promise<ExitCode> {
  const path = resolve(args.cwd, args.bundle);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`${args.bundle}: cannot read the bundle file`);
  }
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
  const targets = bundle.flows.map((flow) => ({ flow, file: join(folder, `${flow.id}.yaml`) }));
  const existing = targets.filter((t) => existsSync(t.file));
  if (existing.length > 0 && !args.force) {
    throw new UsageError(`would overwrite ${existing.map((t) => relative(args.cwd, t.file)).join(', ')}: pass --force to replace them`);
  }
  await mkdir(folder, { recursive: true });
  for (const { flow, file } of targets) {
    await writeFile(file, stringify(flow, { lineWidth: 0 }));
    io.out(`Imported ${flow.id} -> ${relative(args.cwd, file)}`);
  }
  for (const r of bundle.reconfigure ?? []) io.out(`  configure again: ${r.flow} ${r.path}: ${r.what}`);
  return EXIT.OK;
}
