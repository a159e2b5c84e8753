import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

describe('ctrlflow validate', () => {
  it('prints every mistake of a folder at once as file:line:col code, and exits 2', async () => {
    const { code, stdout, stderr } = await cli('validate', 'test/fixtures/invalid');
    expect(code).toBe(2);
    const at = 'test/fixtures/invalid/';
    expect(stderr.split('\n').map((line) => line.replace(/^(\S+ error [a-z-]+):.*$/, '$1'))).toEqual([
      `${at}bad-control-key.yaml:7:1 error unknown-key`,
      `${at}bad-cron.yaml:4:9 error bad-cron`,
      `${at}bad-expression.yaml:11:19 error bad-expression`,
      `${at}bad-operator.yaml:15:21 error bad-operator`,
      `${at}bad-severity.yaml:3:11 error bad-value`,
      `${at}cycle.yaml:5:12 error cycle`,
      `${at}duplicate-control-b.yaml:1:5 error duplicate-id`,
      `${at}duplicate-node.yaml:7:9 error duplicate-id`,
      `${at}missing-flow.yaml:6:7 error unknown-flow`,
      `${at}missing-input.yaml:9:12 error unknown-input`,
      `${at}missing-key.yaml:1:1 error missing-key`,
      `${at}missing-port.yaml:14:12 error unknown-port`,
      `${at}node-key.yaml:7:5 error unknown-key`,
      `${at}not-a-document.yaml:1:1 error unknown-document`,
      `${at}unknown-node-type.yaml:4:11 error unknown-node-type`,
      `${at}unknown-variable.yaml:14:93 error unknown-variable`,
      `${at}unquoted-wildcard.yaml:13:29 error yaml-syntax`,
      `${at}wrong-file-name.yaml:1:5 error id-mismatch`,
      `${at}yaml-syntax.yaml:6:5 error yaml-syntax`,
    ]);
    expect(stdout).toBe('19 error(s) in 19 file(s)');
  });

  it('says what is wrong in words a person can act on', async () => {
    const { stderr } = await cli('validate', 'test/fixtures/invalid');
    expect(stderr).toContain('bad-control-key.yaml:7:1 error unknown-key: unknown key "remedation" (did you mean "remediation"?)');
    expect(stderr).toContain('missing-port.yaml:14:12 error unknown-port: "verdict.fail" (ports of verdict: failed, passed)');
    expect(stderr).toContain('cycle.yaml:5:12 error cycle: the flow has a cycle: a -> b -> a');
    expect(stderr).toContain('a JSONPath with [ or * must be quoted');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('passes a valid pair and a single file, and exits 0', async () => {
    const { code, stdout } = await cli('validate', 'test/fixtures/invalid/good-control.yaml', 'test/fixtures/invalid/good-flow.yaml');
    expect(code).toBe(0);
    expect(stdout).toBe('1 control(s) and 1 flow(s) are valid');
  });

  it('names a path that does not exist', async () => {
    const { code, stderr } = await cli('validate', 'nope/controls');
    expect(code).toBe(2);
    expect(stderr).toBe('nope/controls:1:1 error no-such-path: no such file or folder');
  });
});
