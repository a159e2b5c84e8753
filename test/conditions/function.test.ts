import { beforeAll, describe, expect, it } from 'vitest';
import { functionCondition, type FunctionCondition } from '../../src/conditions/function.js';
import { loadSandbox } from '../../src/sandbox/quickjs.js';
import { cli, readReport, tempDir } from '../helpers/cli.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };
const compile = (code: string, limits: Partial<FunctionCondition> = {}) =>
  functionCondition.compile({ id: 'f1', type: 'function', code, ...limits } as FunctionCondition, NOW);

describe('function condition syntax, checked without the sandbox', () => {
  const check = (code: string) => functionCondition.check!({ id: 'f1', type: 'function', code });
  it.each([
    ['return item.a ==', 'the code does not parse: at the end: Unexpected token \'}\''],
    ['const x = 1;\nreturn x +* 2;', "the code does not parse: line 2: Unexpected token '*'"],
    ['return item.Tags.length === 0;', undefined],
  ])('%s', (code, message) => {
    expect(check(code)).toEqual(message ? [{ path: ['code'], code: 'bad-code', message }] : []);
  });
});

describe('function condition (QuickJS sandbox)', () => {
  beforeAll(loadSandbox);

  it('returns the verdict of a normal predicate, with what it returned', () => {
    const test = compile('return item.Tags.length === 0;');
    expect(test({ Tags: [] })).toEqual({ condition: 'f1', type: 'function', text: 'function f1 returned true', seen: true });
    expect(test({ Tags: [{ Key: 'a' }] })).toBeNull();
  });

  it('stops an infinite loop within its time limit', () => {
    const started = Date.now();
    expect(() => compile('while (true) {}', { timeoutMs: 100 })({})).toThrow('function condition "f1": stopped after the 100 ms time limit');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops a memory bomb at its memory limit', () => {
    const started = Date.now();
    expect(() => compile('const a = []; while (true) { a.push({ n: a.length, pad: [1, 2, 3, 4] }); }', { memoryMB: 8, timeoutMs: 10_000 })({})).toThrow(
      'stopped at the 8 MiB memory limit',
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it.each([
    ["require('fs')", "ReferenceError: 'require' is not defined"],
    ['return process.env', "ReferenceError: 'process' is not defined"],
    ["return globalThis.constructor.constructor('return process')().env", "ReferenceError: 'process' is not defined"],
    ["return typeof fetch === 'undefined' ? null.x : 1", 'TypeError'],
  ])('cannot reach the host: %s', (code, message) => {
    expect(() => compile(code)({})).toThrow(message);
  });

  it('works again after a failure (the runtime is replaced)', () => {
    const test = compile('if (item.spin) { while (true) {} } return item.ok;', { timeoutMs: 50 });
    expect(() => test({ spin: true })).toThrow('time limit');
    expect(test({ ok: true })).not.toBeNull();
  });

  it('a failing script makes its control ERROR naming the node, and the scan goes on', async () => {
    const out = tempDir();
    const { code } = await cli('scan', '--controls', 'test/fixtures/sandbox/controls', '--flows', 'test/fixtures/sandbox/flows', '--inventory', 'test/fixtures/inventories/basic', '--out', out, '--format', 'json');
    expect(code).toBe(3);
    const results = readReport(out).results.map((r) => `${r.controlId} ${r.region} ${r.resourceId ?? '-'} ${r.status}`);
    // In scan order: target by target, each target's controls by id.
    expect(results).toEqual([
      'SANDBOX-loop eu-west-1 - ERROR',
      'SANDBOX-ok eu-west-1 sg-0e5 FAIL',
      'SANDBOX-loop us-east-1 - ERROR',
      'SANDBOX-ok us-east-1 sg-0a1 PASS',
      'SANDBOX-ok us-east-1 sg-0b2 PASS',
      'SANDBOX-ok us-east-1 sg-0c3 PASS',
    ]);
    expect(readReport(out).results[0]!.reason).toBe('node "verdict" (evaluate) failed: function condition "spin": stopped after the 100 ms time limit');
  });
});
