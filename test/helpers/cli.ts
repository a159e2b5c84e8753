import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { bufferIo } from '../../src/cli/io.js';
import { resultsOfLine } from '../../src/load/report-file.js';
import type { ResultLine, ScanReport } from '../../src/model/result.js';

export const REPO = join(import.meta.dirname, '..', '..');
/** The fixture content's flags, for any command that takes --controls and --flows. */
export const FIXTURE_CONTENT = ['--controls', 'test/fixtures/content/controls', '--flows', 'test/fixtures/content/flows'];
/** The fixture content alone, for scan (which adds the bundled content unless --no-bundled). */
export const CONTENT = ['--no-bundled', ...FIXTURE_CONTENT];

export function tempDir(prefix = 'ctrlflow-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the CLI in-process from the repo root; returns the exit code and what it printed. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = bufferIo();
  const code = await main(argv, io, REPO);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

/** A scan's ctrlflow.json, its results as the scan had them (PASS groups expanded, match texts restored, as `ctrlflow report` reads them). */
export function readReport(dir: string): ScanReport {
  const stored = JSON.parse(readFileSync(join(dir, 'ctrlflow.json'), 'utf8')) as Omit<ScanReport, 'results'> & { results: ResultLine[] };
  return { ...stored, results: stored.results.flatMap(resultsOfLine) };
}
