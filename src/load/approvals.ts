import { readFile } from 'node:fs/promises';
import { APPROVALS_SCHEMA, type ApprovalEntry } from '../model/approval.js';
import { validateSchema } from '../model/validate.js';
import type { Diagnostic } from './diagnostics.js';
import { parseYamlFile } from './yaml.js';

/** Reads an `--approvals` file; every mistake is a Diagnostic with its line and column. */
export async function loadApprovals(file: string, display: string): Promise<{ approvals: ApprovalEntry[]; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { approvals: [], diagnostics: [{ file: display, line: 1, col: 1, code: 'unreadable-file', message: `cannot read the approvals file (${why})` }] };
  }
  const parsed = parseYamlFile(display, text);
  if (parsed.diagnostics.length > 0) return { approvals: [], diagnostics: parsed.diagnostics };
  const diagnostics = validateSchema(APPROVALS_SCHEMA, parsed.value).map((p) => ({ file: display, ...parsed.locate(p.path, { key: p.code === 'unknown-key' }), code: p.code, message: p.message }));
  if (diagnostics.length > 0) return { approvals: [], diagnostics };
  return { approvals: (parsed.value as { approvals: ApprovalEntry[] }).approvals, diagnostics: [] };
}
