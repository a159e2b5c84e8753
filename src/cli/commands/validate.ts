import { loadCatalog } from '../../load/catalog.js';
import { checkControlTests, loadControlTests } from '../../load/control-tests.js';
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../../load/diagnostics.js';
import { describeProvenance } from '../../load/provenance.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';

/** Checked when no path is given, relative to the working directory. */
export const DEFAULT_VALIDATE_PATHS = ['controls', 'flows'];

/**
 * `ctrlflow validate`: everything a scan or `ctrlflow test` will read (controls, flows,
 * framework files, and the control unit tests `*.test.yaml` under the paths), every problem at
 * once as file:line:col on stderr, one summary line on stdout; exit 2 if there is any problem.
 * A path that does not exist is one of them.
 */
export async function validateCommand(paths: string[], io: Io, cwd = process.cwd(), onDiagnostic?: (d: Diagnostic) => void): Promise<ExitCode> {
  const given = paths.length > 0 ? paths : DEFAULT_VALIDATE_PATHS;
  // Also what a live scan needs installed (AWS SDK clients): a snapshot scan does not check it.
  const catalog = await loadCatalog(given, { cwd, runtime: true });
  const { tests, diagnostics: testDiagnostics } = await loadControlTests(given, cwd);
  const diagnostics = sortDiagnostics([...catalog.diagnostics, ...testDiagnostics, ...checkControlTests(tests, catalog.controls, catalog.flows)]);
  // The GitHub Action turns each into an annotation on its file, line and column instead.
  for (const d of diagnostics) (onDiagnostic ?? ((x: Diagnostic) => io.err(formatDiagnostic(x))))(d);
  if (diagnostics.length > 0) {
    const files = new Set(diagnostics.map((d) => d.file)).size;
    io.out(`${diagnostics.length} error(s) in ${files} file(s)`);
    return EXIT.BAD_INPUT;
  }
  const { controls, flows, frameworks } = catalog;
  const parts = [`${controls.length} control(s)`, `${flows.size} flow(s)`];
  if (frameworks.length > 0) parts.push(`${frameworks.length} framework(s)`);
  if (tests.length > 0) parts.push(`${tests.length} control test file(s)`);
  io.out(`${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!} are valid`);
  for (const line of describeProvenance(catalog.provenance, cwd)) io.out(line);
  return EXIT.OK;
}
