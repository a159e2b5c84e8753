import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { REPO, tempDir } from './cli.js';

/** Microsoft's SARIF validator and the SARIF 2.1.0 schema it ships (npm @microsoft/sarif-multitool). */
const MULTITOOL_DIR = join(REPO, 'node_modules', '@microsoft', 'sarif-multitool-linux');
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;
const schema = JSON.parse(readFileSync(join(MULTITOOL_DIR, 'sarif-2.1.0.json'), 'utf8')) as object;
const validateSchema = addFormats(new Ajv2020({ allErrors: true, strict: false })).compile(schema);

interface ValidatorLog {
  runs: { invocations?: { executionSuccessful: boolean }[]; results?: { level?: string; ruleId?: string; message: { text?: string; arguments?: string[] } }[] }[];
}

/**
 * Problems the official validator (rule kinds Gh and Sarif) and the official schema find in
 * a SARIF text; empty when GitHub's and the spec's rules all hold. The validator always
 * exits 0, so its own SARIF output is read for results at level `error`.
 */
export function sarifProblems(text: string): string[] {
  const dir = tempDir('ctrlflow-sarif-');
  const input = join(dir, 'input.sarif');
  const output = join(dir, 'validation.sarif');
  writeFileSync(input, text);
  execFileSync(join(MULTITOOL_DIR, 'Sarif.Multitool'), ['validate', input, '-o', output, '--log', 'ForceOverwrite', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', '--max-file-size-in-kb', '200000'], {
    stdio: 'ignore',
    // A self-contained .NET app: without this it refuses to start on a machine lacking libicu.
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
  });
  const log = JSON.parse(readFileSync(output, 'utf8')) as ValidatorLog;
  if (log.runs[0]?.invocations?.[0]?.executionSuccessful !== true) return [`the validator did not analyse ${input}`];
  const validator = (log.runs[0]?.results ?? [])
    .filter((r) => r.level === 'error')
    .map((r) => `${r.ruleId}: ${r.message.text ?? (r.message.arguments ?? []).join(' ')}`);
  return [...validator, ...sarifSchemaProblems(text)];
}

/** The official schema's verdict alone: for files too large for the validator to check quickly. */
export function sarifSchemaProblems(text: string): string[] {
  return validateSchema(JSON.parse(text)) ? [] : (validateSchema.errors ?? []).map((e) => `schema ${e.instancePath} ${e.message}`);
}
