import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * Writes `<dir>/flows/<id>.yaml`: one read node (`source`, its `read` settings) and one evaluate
 * node failing on one condition, a line per part (the condition is line 9, where a test of a
 * file:line:col error looks for it).
 */
export function writeOneConditionFlow(dir: string, flow: { id: string; source: string; read: string; condition: string; evidence: string }): void {
  const lines = [
    `id: ${flow.id}`,
    'nodes:',
    `  - { id: ${flow.source}, ${flow.read} }`,
    '  - id: verdict',
    '    type: evaluate',
    `    input: ${flow.source}`,
    '    fail_if:',
    '      conditions:',
    `        - ${flow.condition}`,
    `    evidence: ${flow.evidence}`,
    '',
  ];
  writeFileSync(join(dir, 'flows', `${flow.id}.yaml`), lines.join('\n'));
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
