import { loadCatalog } from '../../load/catalog.js';
import { formatDiagnostic, type Diagnostic } from '../../load/diagnostics.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';

/** Checked when no path is given, relative to the working directory. */
export const DEFAULT_VALIDATE_PATHS = ['controls', 'flows'];

/**
 * `ctrlflow validate`: every problem at once as file:line:col on stderr, one summary line on
 * stdout; exit 2 if there is any problem. A path that does not exist is one of them.
 */
export async function validateCommand(paths: string[], io: Io, cwd = process.cwd(), onDiagnostic?: (d: Diagnostic) => void): Promise<ExitCode> {
  // Also what a live scan needs installed (AWS SDK clients): a snapshot scan does not check it.
  const catalog = await loadCatalog(paths.length > 0 ? paths : DEFAULT_VALIDATE_PATHS, { cwd, runtime: true });
  // The GitHub Action turns each into an annotation on its file, line and column instead.
  for (const d of catalog.diagnostics) (onDiagnostic ?? ((x: Diagnostic) => io.err(formatDiagnostic(x))))(d);
  if (catalog.diagnostics.length > 0) {
    const files = new Set(catalog.diagnostics.map((d) => d.file)).size;
    io.out(`${catalog.diagnostics.length} error(s) in ${files} file(s)`);
    return EXIT.BAD_INPUT;
  }
  const { controls, flows, frameworks } = catalog;
  io.out(
    frameworks.length > 0
      ? `${controls.length} control(s), ${flows.size} flow(s) and ${frameworks.length} framework(s) are valid`
      : `${controls.length} control(s) and ${flows.size} flow(s) are valid`,
  );
  return EXIT.OK;
}
