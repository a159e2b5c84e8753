import { readFile } from 'node:fs/promises';
import { EXCEPTIONS_SCHEMA, type ExceptionEntry, type ExceptionsFile } from '../model/exception.js';
import { validateSchema } from '../model/validate.js';
import type { Diagnostic } from './diagnostics.js';
import { parseYamlFile } from './yaml.js';

export interface LoadedException extends ExceptionEntry {
  /** `file:line` of the entry. */
  source: string;
}

/** Reads an `--exceptions` file; every mistake is a Diagnostic with its line and column. */
export async function loadExceptions(file: string, display: string): Promise<{ exceptions: LoadedException[]; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { exceptions: [], diagnostics: [{ file: display, line: 1, col: 1, code: 'unreadable-file', message: `cannot read the exceptions file (${why})` }] };
  }
  const parsed = parseYamlFile(display, text);
  if (parsed.diagnostics.length > 0) return { exceptions: [], diagnostics: parsed.diagnostics };
  const problems = validateSchema(EXCEPTIONS_SCHEMA, parsed.value).map((p) =>
    p.message.includes('must match format "date"') ? { ...p, message: `${String(p.path.at(-1))} must be a date YYYY-MM-DD` } : p,
  );
  const diagnostics = problems.map((p) => ({ file: display, ...parsed.locate(p.path, { key: p.code === 'unknown-key' }), code: p.code, message: p.message }));
  if (diagnostics.length > 0) return { exceptions: [], diagnostics };
  const { exceptions } = parsed.value as ExceptionsFile;
  return { exceptions: exceptions.map((e, i) => ({ ...e, source: `${display}:${parsed.locate(['exceptions', i]).line}` })), diagnostics: [] };
}
