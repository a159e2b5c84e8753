import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../load/diagnostics.js';
import { append } from '../model/append.js';
import type { Problem } from '../model/problem.js';
import { configSchema, type ScanOption } from './scan-options.js';
import { UsageError } from './usage.js';

export const CONFIG_FILE = 'ctrlflow.config.yaml';

/** Bad config: every problem as file:line:col, exit 2, nothing runs. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
  constructor(readonly diagnostics: Diagnostic[]) {
    super(`${diagnostics.length} error(s) in ${diagnostics[0]?.file ?? 'the config file'}`);
  }
}

/** `--config FILE`, else the nearest `ctrlflow.config.yaml` from the working directory up. */
export function findConfigFile(cwd: string, explicit: string | undefined): string | undefined {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new UsageError(`--config ${explicit}: no such file`);
    return file;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return join(dir, CONFIG_FILE);
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * The scan defaults a config file sets, checked against the flags' own types. A path in the
 * file is relative to the file, so a config found from a subfolder still means what it says.
 */
export async function readConfigFile(file: string, cwd: string, options: Record<string, ScanOption>): Promise<Record<string, unknown>> {
  const shown = relative(cwd, file) || file;
  // The YAML parser and the schema checker load only when there is a config file to read.
  const [{ parseYamlFile }, { validateSchema }] = await Promise.all([import('../load/yaml.js'), import('../model/validate.js')]);
  const parsed = parseYamlFile(shown, await readFile(file, 'utf8'));
  if (parsed.diagnostics.length > 0) throw new ConfigFileError(parsed.diagnostics);
  if (parsed.value === null || parsed.value === undefined) return {};
  // `format: json` means `format: [json]`, as `--format json` does.
  const written = parsed.value as Record<string, unknown>;
  const listed: Record<string, unknown> =
    typeof written === 'object' && !Array.isArray(written)
      ? Object.fromEntries(Object.entries(written).map(([k, v]) => [k, options[k]?.array && !Array.isArray(v) ? [v] : v]))
      : written;
  const problems = validateSchema(configSchema(options), listed);
  if (problems.length === 0 && Array.isArray(listed.var)) {
    const { vars, problems: varProblems } = joinVarValues(listed.var as string[]);
    listed.var = vars;
    append(problems, varProblems);
  }
  if (problems.length > 0) {
    throw new ConfigFileError(problems.map((p) => ({ file: shown, ...parsed.locate(p.path, { key: p.code === 'unknown-key' }), code: p.code, message: p.message })));
  }
  const base = dirname(file);
  const fromFile = (v: string) => (isAbsolute(v) ? v : relative(cwd, resolve(base, v)) || '.');
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(listed)) {
    values[name] = options[name]!.path ? (Array.isArray(value) ? value.map((v) => fromFile(String(v))) : fromFile(String(value))) : value;
  }
  return values;
}

/**
 * `var: [trustedCidrs=10.0.0.0/8,192.168.0.0/16]` is a YAML flow list, which YAML splits at the
 * comma into `trustedCidrs=10.0.0.0/8` and `192.168.0.0/16`: an entry without `=` cannot be a
 * variable of its own, so it is the rest of the value before it, joined back with the comma
 * YAML took (the value is then read by the variable's type, as `--var` reads it: `a,b` is a list).
 */
export function joinVarValues(entries: string[]): { vars: string[]; problems: Problem[] } {
  const vars: string[] = [];
  const problems: Problem[] = [];
  entries.forEach((entry, i) => {
    if (entry.indexOf('=') > 0) vars.push(entry);
    else if (vars.length > 0 && !entry.includes('=')) vars[vars.length - 1] += `,${entry}`;
    else problems.push({ path: ['var', i], code: 'bad-value', message: `"${entry}" is not NAME=VALUE (e.g. var: [trustedCidrs=10.0.0.0/8])` });
  });
  return { vars, problems };
}
