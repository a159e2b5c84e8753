import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { makeBundle, MAX_BUNDLE_FLOWS } from '../../load/bundle.js';
import { VERSION } from '../../version.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { UsageError } from '../selection.js';
import { loadCheckedCatalog } from '../content.js';

export interface ExportArgs {
  /** Flow ids, or flow files. */
  names: string[];
  flows: string[];
  output: string;
  cwd: string;
}

/** `ctrlflow export FLOW… -o bundle.json`: up to ten valid flows in one JSON bundle, without credentials. */
export async function exportCommand(args: ExportArgs, io: Io): Promise<ExitCode> {
  if (args.names.length > MAX_BUNDLE_FLOWS) {
    throw new UsageError(`a bundle holds at most ${MAX_BUNDLE_FLOWS} flows (QFlow's limit), got ${args.names.length}: export them in several bundles`);
  }
  const files = args.names.filter((n) => /\.ya?ml$/.test(n));
  const catalog = await loadCheckedCatalog([...args.flows, ...files], args.cwd, io, 'nothing was exported');
  if (!catalog) return EXIT.BAD_INPUT;
  const byFile = new Map([...catalog.flows.values()].map((f) => [resolve(args.cwd, f.file), f]));
  const selected = args.names.map((name) => {
    const loaded = /\.ya?ml$/.test(name) ? byFile.get(resolve(args.cwd, name)) : catalog.flows.get(name);
    if (!loaded) throw new UsageError(`no flow "${name}" (flows: ${[...catalog.flows.keys()].sort().join(', ')})`);
    return loaded.flow;
  });
  const bundle = makeBundle(selected, `ctrlflow ${VERSION}`, new Date());
  const file = resolve(args.cwd, args.output);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(bundle, null, 2)}\n`);
  io.out(`Exported ${selected.length} flow(s) to ${relative(args.cwd, file) || file}`);
  for (const r of bundle.reconfigure) io.out(`  removed: ${r.flow} ${r.path}: ${r.what}`);
  return EXIT.OK;
}
