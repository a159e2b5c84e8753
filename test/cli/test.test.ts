import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const FLOWS = ['--flows', 'test/fixtures/content/flows'];

describe('ctrlflow test', () => {
  it('runs every bundled control\'s cases, each control with a failing and a passing resource', async () => {
    const { code, stdout } = await cli('test');
    expect(code).toBe(0);
    expect(stdout).not.toContain('no tests:');
    expect(stdout.split('\n').pop()).toMatch(/^\d+ passed, 0 failed$/);
    // Every case of the 182 bundled controls: 10 s alone on a busy machine.
  }, 60_000);

  it('prints a diff for a failing case and exits 1', async () => {
    const { code, stdout } = await cli('test', 'test/fixtures/content/controls', 'test/fixtures/control-tests/failing', ...FLOWS);
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'ok   TEST-SG-001 › passes as written',
      'FAIL TEST-SG-001 › a wrong expectation and a missing resource',
      '       sg-x: expected FAIL, got PASS',
      '       sg-nope: expected PASS, but no result names it (results: sg-x PASS)',
      'no tests: TEST-RDS-001',
      '1 passed, 1 failed',
    ]);
  });

  it('exits 2 with file:line:col for a bad test file', async () => {
    const { code, stderr } = await cli('test', 'test/fixtures/content/controls', 'test/fixtures/control-tests/invalid', ...FLOWS);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^test\/fixtures\/control-tests\/invalid\/bad\.test\.yaml:5:23 error bad-value: /);
  });
});
