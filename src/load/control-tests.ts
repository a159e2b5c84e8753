import { readFile } from 'node:fs/promises';
import { basename, relative, resolve, sep } from 'node:path';
import { controlTestSchema, type ControlTestFile } from '../model/control-test.js';
import { validateSchema } from '../model/validate.js';
import type { Diagnostic } from './diagnostics.js';
import { parseYamlFile } from './yaml.js';
import { yamlFiles } from './yaml-files.js';
import { append } from '../model/append.js';

export interface LoadedControlTest {
  file: string;
  absolute: string;
  controlId: string;
  tests: ControlTestFile;
}

/** Finds `*.test.yaml` under the paths and checks each against its schema, with positions. */
export async function loadControlTests(paths: string[], cwd: string): Promise<{ tests: LoadedControlTest[]; diagnostics: Diagnostic[] }> {
  const tests: LoadedControlTest[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const absolute of (await Promise.all(paths.map((p) => testFiles(resolve(cwd, p))))).flat().sort()) {
    const file = relative(cwd, absolute).split(sep).join('/');
    const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
      diagnostics.push({ file, line: 1, col: 1, code: 'unreadable-file', message: `cannot read this file (${error.code ?? error.message})` });
      return undefined;
    });
    if (text === undefined) continue;
    const parsed = parseYamlFile(file, text);
    append(diagnostics, parsed.diagnostics);
    if (parsed.diagnostics.length > 0) continue;
    const problems = validateSchema(controlTestSchema, parsed.value);
    for (const p of problems) diagnostics.push({ file, ...parsed.locate(p.path, { key: p.code === 'unknown-key' }), code: p.code, message: p.message });
    if (problems.length > 0) continue;
    const value = parsed.value as ControlTestFile;
    tests.push({ file, absolute, controlId: value.control ?? basename(absolute).replace(/\.test\.ya?ml$/, ''), tests: value });
  }
  return { tests, diagnostics };
}

/** Only the unit tests under a path; a file named explicitly counts only if it is one. */
async function testFiles(absolute: string): Promise<string[]> {
  const found = (await yamlFiles(absolute, { tests: true })) ?? [];
  return found.filter((f) => /\.test\.ya?ml$/.test(f));
}
