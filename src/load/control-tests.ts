import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { controlTestSchema, type ControlTestFile } from '../model/control-test.js';
import type { Problem } from '../model/problem.js';
import { closest, validateSchema } from '../model/validate.js';
import type { LoadedControl, LoadedFlow } from './catalog.js';
import type { Diagnostic } from './diagnostics.js';
import { parseYamlFile, type ParsedYaml } from './yaml.js';
import { yamlFiles } from './yaml-files.js';
import { append } from '../model/append.js';

export interface LoadedControlTest {
  file: string;
  absolute: string;
  controlId: string;
  tests: ControlTestFile;
  /** Where a path inside the file is, for diagnostics. */
  locate: ParsedYaml['locate'];
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
    tests.push({ file, absolute, controlId: value.control ?? basename(absolute).replace(/\.test\.ya?ml$/, ''), tests: value, locate: parsed.locate });
  }
  return { tests, diagnostics };
}

/** Only the unit tests under a path; a file named explicitly counts only if it is one. */
async function testFiles(absolute: string): Promise<string[]> {
  const found = (await yamlFiles(absolute, { tests: true })) ?? [];
  return found.filter((f) => /\.test\.ya?ml$/.test(f));
}

const TARGET_KEY = /^(aws|azure|gcp)\//;
const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;

/**
 * What the schema cannot see in a schema-valid test file, before any case runs (`validate` and
 * `ctrlflow test` alike): the control it tests was loaded; an inventory or event named by path
 * exists beside the test file; each `vars` name is a variable of the control's flow; each
 * expectation names a resource (no blank or padded key) or, for a target-level ERROR, a target
 * (`aws/111111111111/us-east-1`) of the case's inline inventory.
 */
export function checkControlTests(tests: LoadedControlTest[], controls: LoadedControl[], flows: Map<string, LoadedFlow>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const test of tests) {
    // A key's own mistake (a variable name, an expectation) points at the key, others at the value.
    const report = (problems: Problem[], key = false) => {
      for (const p of problems) diagnostics.push({ file: test.file, ...test.locate(p.path, { key }), code: p.code, message: p.message });
    };
    const control = controls.find((c) => c.control.id === test.controlId);
    // A control file beside the test that did not load has its own diagnostics: say it once.
    const brokenSibling = test.tests.control === undefined && existsSync(test.absolute.replace(/\.test\.(ya?ml)$/, '.$1'));
    if (!control && !brokenSibling) {
      const near = closest(test.controlId, controls.map((c) => c.control.id));
      const hint = near ? ` (did you mean "${near}"?)` : ' (name it with control:, or keep the test beside its control, named <ID>.test.yaml)';
      report([{ path: test.tests.control === undefined ? [] : ['control'], code: 'unknown-control', message: `no control "${test.controlId}" was loaded${hint}` }]);
    }
    const variables = Object.keys(control ? (flows.get(control.flowId)?.flow.variables ?? {}) : {});
    test.tests.cases.forEach((testCase, i) => {
      const at = ['cases', i];
      const here = dirname(test.absolute);
      if (typeof testCase.inventory === 'string' && !isDirectory(resolve(here, testCase.inventory))) {
        report([{ path: [...at, 'inventory'], code: 'no-such-path', message: `no inventory folder "${testCase.inventory}" (a path is relative to this test file)` }]);
      }
      if (typeof testCase.event === 'string' && !isFile(resolve(here, testCase.event))) {
        report([{ path: [...at, 'event'], code: 'no-such-path', message: `no event file "${testCase.event}" (a path is relative to this test file)` }]);
      }
      if (control) {
        for (const name of Object.keys(testCase.vars ?? {})) {
          if (variables.includes(name)) continue;
          const near = closest(name, variables);
          const hint = near ? `did you mean "${near}"?` : variables.length > 0 ? `variables: ${variables.join(', ')}` : 'it declares none';
          report([{ path: [...at, 'vars', name], code: 'unknown-variable', message: `flow "${control.flowId}" has no variable "${name}" (${hint})` }], true);
        }
      }
      const targets = typeof testCase.inventory === 'string' ? undefined : Object.keys(testCase.inventory);
      for (const key of Object.keys(testCase.expect)) report(under([...at, 'expect', key], checkExpectationKey(key, targets)), true);
    });
  }
  return diagnostics;
}

function under(path: (string | number)[], problems: Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, path }));
}

/** An expectation key: a resource id or display name as results carry it, or a target of the inline inventory. */
function checkExpectationKey(key: string, targets: string[] | undefined): Problem[] {
  if (key.trim() === '') return [{ path: [], code: 'bad-key', message: 'an expectation names a resource id or display name; this key is blank' }];
  if (key.trim() !== key) return [{ path: [], code: 'bad-key', message: `"${key}" has spaces around it: no result names it so (write "${key.trim()}")` }];
  if (!TARGET_KEY.test(key)) return [];
  if (key.split('/').length !== 3 || key.split('/').some((part) => part === '')) {
    return [{ path: [], code: 'bad-key', message: `"${key}" is neither a resource nor a target: a target is cloud/account/region (e.g. aws/111111111111/us-east-1)` }];
  }
  // Every AWS account of a snapshot has its global target, recorded or not (an unrecorded read there is ERROR).
  const globalOfAccount = key.startsWith('aws/') && key.endsWith('/global') && targets?.some((t) => t.startsWith(key.slice(0, -'global'.length)));
  if (targets && !targets.includes(key) && !globalOfAccount) {
    const near = closest(key, targets);
    return [{ path: [], code: 'unknown-target', message: `"${key}" is no target of this case's inventory (${near ? `did you mean "${near}"?` : `targets: ${targets.join(', ')}`})` }];
  }
  return [];
}
