import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ScanReport } from '../model/result.js';
import { validateSchema } from '../model/validate.js';
import type { Diagnostic } from './diagnostics.js';

/** The published schema of ctrlflow.json (schemas/ sits two levels up in the repo and in dist). */
export const RESULTS_SCHEMA = JSON.parse(readFileSync(new URL('../../schemas/results.schema.json', import.meta.url), 'utf8')) as object;

/**
 * Reads a saved JSON report (for --baseline and `ctrlflow report`). JSON carries no positions
 * we keep, so a schema mistake is placed at 1:1 and named by its path inside the file.
 */
export async function readScanReport(file: string, display: string): Promise<{ report?: ScanReport; diagnostics: Diagnostic[] }> {
  const at = (code: string, message: string) => ({ diagnostics: [{ file: display, line: 1, col: 1, code, message }] });
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return at('unreadable-file', `cannot read this file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return at('bad-json', `${(error as Error).message} (expected a ctrlflow.json written by ctrlflow scan)`);
  }
  const problems = validateSchema(RESULTS_SCHEMA, value);
  if (problems.length > 0) {
    const shown = problems.slice(0, 5).map((p) => `${p.path.join('.') || '(top)'}: ${p.message}`);
    return at('bad-report', `not a ctrlflow JSON result (see schemas/results.schema.json): ${shown.join('; ')}${problems.length > 5 ? ` and ${problems.length - 5} more` : ''}`);
  }
  return { report: value as ScanReport, diagnostics: [] };
}
