import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { bufferIo } from '../../src/cli/io.js';
import { cli, REPO, tempDir } from '../helpers/cli.js';

/** validateCommand run from the repo root, as `ctrlflow validate …` would be. */
async function validate(...paths: string[]) {
  const io = bufferIo();
  const code = await validateCommand(paths, io, REPO);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('ctrlflow validate', () => {
  it('prints every mistake of a folder at once as file:line:col code, and exits 2', async () => {
    const { code, stdout, stderr } = await validate('test/fixtures/invalid');
    expect(code).toBe(2);
    const at = 'test/fixtures/invalid/';
    // Positions counted by hand: the value that is wrong, the unknown key itself, or the map
    // that misses a key. One file per mistake, so each line names its own fixture.
    expect(stderr.map((line) => line.replace(/^(\S+ error [a-z-]+):.*$/, '$1'))).toEqual([
      `${at}bad-control-key.yaml:7:1 error unknown-key`,
      `${at}bad-cron.yaml:4:9 error bad-cron`,
      `${at}bad-expression.yaml:11:19 error bad-expression`,
      `${at}bad-operator.yaml:15:21 error bad-operator`,
      `${at}bad-severity.yaml:3:11 error bad-value`,
      `${at}cycle.yaml:5:12 error cycle`,
      `${at}duplicate-control-b.yaml:1:5 error duplicate-id`,
      `${at}duplicate-node.yaml:7:9 error duplicate-id`,
      `${at}incomplete-expression.yaml:11:19 error bad-expression`,
      `${at}missing-flow.yaml:6:7 error unknown-flow`,
      `${at}missing-input.yaml:9:12 error unknown-input`,
      `${at}missing-key.yaml:1:1 error missing-key`,
      `${at}missing-port.yaml:14:12 error unknown-port`,
      `${at}node-key.yaml:7:5 error unknown-key`,
      `${at}not-a-document.yaml:1:1 error unknown-document`,
      `${at}unknown-condition-type.yaml:12:27 error unknown-condition-type`,
      `${at}unknown-node-type.yaml:4:11 error unknown-node-type`,
      `${at}unknown-variable.yaml:14:93 error unknown-variable`,
      `${at}unquoted-wildcard.yaml:13:29 error yaml-syntax`,
      `${at}wrong-file-name.yaml:1:5 error id-mismatch`,
      `${at}yaml-syntax.yaml:6:5 error yaml-syntax`,
    ]);
    expect(stdout).toEqual(['21 error(s) in 21 file(s)']);
  });

  it('says what is wrong in words a person can act on', async () => {
    const { stderr } = await validate('test/fixtures/invalid');
    const text = stderr.join('\n');
    expect(text).toContain('bad-control-key.yaml:7:1 error unknown-key: unknown key "remedation" (did you mean "remediation"?)');
    expect(text).toContain('missing-key.yaml:1:1 error missing-key: missing required key "provider"');
    expect(text).toContain('missing-port.yaml:14:12 error unknown-port: "verdict.fail" (ports of verdict: failed, passed)');
    expect(text).toContain('cycle.yaml:5:12 error cycle: the flow has a cycle: a -> b -> a');
    expect(text).toContain('duplicate-control-b.yaml:1:5 error duplicate-id: control id "DUP-001" is also used by test/fixtures/invalid/duplicate-control-a.yaml');
    expect(text).toContain('unknown-node-type.yaml:4:11 error unknown-node-type: unknown node type "aws.resources" (did you mean "aws.resource"?)');
    expect(text).toContain('unknown-variable.yaml:14:93 error unknown-variable: $wf.variables:sshPort is not declared under variables: (variables: port)');
    expect(text).toContain('a JSONPath with [ or * must be quoted');
    expect(text).not.toMatch(/\n\s+at /);
  });

  it('passes a valid pair and a single file, and exits 0', async () => {
    const { code, stdout, stderr } = await validate('test/fixtures/invalid/good-control.yaml', 'test/fixtures/invalid/good-flow.yaml');
    expect({ code, stderr }).toEqual({ code: 0, stderr: [] });
    expect(stdout).toEqual(['1 control(s) and 1 flow(s) are valid']);
  });

  it('names a path that does not exist', async () => {
    const { code, stderr } = await validate('nope/controls', 'test/fixtures/invalid/good-flow.yaml');
    expect(code).toBe(2);
    expect(stderr).toEqual(['nope/controls:1:1 error no-such-path: no such file or folder']);
  });

  it('checks ./controls and ./flows when no path is given', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'controls'));
    writeFileSync(join(dir, 'controls', 'C-1.yaml'), 'id: C-1\ntitle: t\nseverity: low\nprovider: aws\nresourceType: X\nflow: f\n');
    const io = bufferIo();
    expect(await validateCommand([], io, dir)).toBe(2);
    expect(io.stderr.map((l) => l.replace(/^(\S+ error [a-z-]+):.*$/, '$1'))).toEqual(['controls/C-1.yaml:6:7 error unknown-flow', 'flows:1:1 error no-such-path']);
  });

  it('is wired into the CLI with the same output and exit code', async () => {
    const { code, stdout, stderr } = await cli('validate', 'test/fixtures/invalid');
    expect(code).toBe(2);
    expect(stdout).toBe('21 error(s) in 21 file(s)');
    expect(stderr.split('\n')).toEqual((await validate('test/fixtures/invalid')).stderr);
  });
});
