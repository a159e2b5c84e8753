import { runControlTestCase } from '../../events/control-test.js';
import { loadCatalog } from '../../load/catalog.js';
import { checkControlTests, loadControlTests } from '../../load/control-tests.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';

/** `ctrlflow test`: every control's unit tests; a line per case, a diff when one fails, exit 1 on failure. */
export async function testCommand(paths: string[], flows: string[], io: Io, cwd: string): Promise<ExitCode> {
  const catalog = await loadCatalog([...paths, ...flows], { cwd });
  const { tests, diagnostics } = await loadControlTests(paths, cwd);
  const all = [...catalog.diagnostics, ...diagnostics, ...checkControlTests(tests, catalog.controls, catalog.flows)];
  if (all.length > 0) {
    for (const d of all) io.err(formatDiagnostic(d));
    return EXIT.BAD_INPUT;
  }
  let passed = 0;
  let failed = 0;
  for (const test of tests) {
    const control = catalog.controls.find((c) => c.control.id === test.controlId)!;
    for (const testCase of test.tests.cases) {
      const problems = await runControlTestCase(control, catalog.flows, testCase, test.absolute);
      io.out(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${test.controlId} › ${testCase.name}`);
      for (const p of problems) io.out(`       ${p}`);
      if (problems.length === 0) passed += 1;
      else failed += 1;
    }
  }
  const untested = catalog.controls.filter((c) => !tests.some((t) => t.controlId === c.control.id)).map((c) => c.control.id);
  if (untested.length > 0) io.out(`no tests: ${untested.join(', ')}`);
  io.out(`${passed} passed, ${failed} failed`);
  return failed > 0 ? EXIT.FAILED : EXIT.OK;
}
