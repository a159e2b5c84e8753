import { readFile } from 'node:fs/promises';
import { validateSchema } from '../model/validate.js';
import type { Diagnostic } from './diagnostics.js';
import { parseYamlFile, type ParsedYaml } from './yaml.js';

/**
 * A YAML side file (exceptions, approvals) read and checked against its schema: every mistake
 * is a Diagnostic with its line and column; `value` only when there is none.
 */
export async function readCheckedYaml(
  file: string,
  display: string,
  schema: object,
  what: string,
): Promise<{ value?: unknown; parsed?: ParsedYaml; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { diagnostics: [{ file: display, line: 1, col: 1, code: 'unreadable-file', message: `cannot read the ${what} file (${why})` }] };
  }
  const parsed = parseYamlFile(display, text);
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics };
  const problems = validateSchema(schema, parsed.value).map((p) =>
    p.message.includes('must match format "date"') ? { ...p, message: `${String(p.path.at(-1))} must be a date YYYY-MM-DD` } : p,
  );
  const diagnostics = problems.map((p) => ({ file: display, ...parsed.locate(p.path, { key: p.code === 'unknown-key' }), code: p.code, message: p.message }));
  return diagnostics.length > 0 ? { diagnostics } : { value: parsed.value, parsed, diagnostics: [] };
}
