import { EXCEPTIONS_SCHEMA, type ExceptionEntry, type ExceptionsFile } from '../model/exception.js';
import type { Diagnostic } from './diagnostics.js';
import { readCheckedYaml } from './checked-yaml.js';

export interface LoadedException extends ExceptionEntry {
  /** `file:line` of the entry. */
  source: string;
}

/** Reads an `--exceptions` file; every mistake is a Diagnostic with its line and column. */
export async function loadExceptions(file: string, display: string): Promise<{ exceptions: LoadedException[]; diagnostics: Diagnostic[] }> {
  const { value, parsed, diagnostics } = await readCheckedYaml(file, display, EXCEPTIONS_SCHEMA, 'exceptions');
  if (!value || !parsed) return { exceptions: [], diagnostics };
  const { exceptions } = value as ExceptionsFile;
  return { exceptions: exceptions.map((e, i) => ({ ...e, source: `${display}:${parsed.locate(['exceptions', i]).line}` })), diagnostics: [] };
}
