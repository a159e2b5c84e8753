import { loadCatalog } from '../../load/catalog.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';

/** `ctrlflow validate`: every problem at once as file:line:col, exit 2 if there is any. */
export async function validateCommand(paths: string[], io: Io, cwd = process.cwd()): Promise<ExitCode> {
  const catalog = await loadCatalog(paths, { cwd });
  for (const d of catalog.diagnostics) io.err(formatDiagnostic(d));
  if (catalog.diagnostics.length > 0) {
    const files = new Set(catalog.diagnostics.map((d) => d.file)).size;
    io.out(`${catalog.diagnostics.length} error(s) in ${files} file(s)`);
    return EXIT.BAD_INPUT;
  }
  io.out(`${catalog.controls.length} control(s) and ${catalog.flows.size} flow(s) are valid`);
  return EXIT.OK;
}
