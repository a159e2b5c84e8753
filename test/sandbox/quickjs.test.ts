import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionCondition, type FunctionCondition } from '../../src/conditions/function.js';
import { custom, type CustomConfig } from '../../src/nodes/custom.js';
import { compileSandboxed, DEFAULT_LIMITS, loadSandbox } from '../../src/sandbox/quickjs.js';
import { cli, readReport, REPO, tempDir, writeOneConditionFlow } from '../helpers/cli.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };

describe('what sandboxed code may return', () => {
  beforeAll(loadSandbox);

  it('documents its numbers: 64 Ki characters of JSON for a condition, 100 levels deep', () => {
    expect(DEFAULT_LIMITS).toMatchObject({ resultChars: 65_536, resultDepth: 100 });
  });

  it('a result over the size limit is a SandboxError, measured before it reaches the host', () => {
    const call = compileSandboxed("return 'x'.repeat(item.n);", 'item', { ...DEFAULT_LIMITS, resultChars: 1000 });
    expect(call({ n: 998 })).toBe('x'.repeat(998)); // 1000 characters with its quotes
    expect(() => call({ n: 999 })).toThrow('returned 1001 characters of JSON, over the 1000-character limit');
    expect(call({ n: 3 })).toBe('xxx'); // the runtime still works
  });

  it('a result nested deeper than the limit is a SandboxError', () => {
    const call = compileSandboxed('let v = 1; for (let i = 0; i < item.n; i++) v = [v]; return v;', 'item', { ...DEFAULT_LIMITS, resultDepth: 5 });
    expect(call({ n: 5 })).toEqual([[[[[1]]]]]);
    expect(() => call({ n: 6 })).toThrow('returned JSON nested deeper than the 5-level limit');
  });

  it('a function condition returning a huge string fails with the limit, not the host', () => {
    const test = functionCondition.compile({ id: 'big', type: 'function', code: "return 'x'.repeat(70000);" } as FunctionCondition, NOW);
    expect(() => test({})).toThrow('function condition "big": returned 70002 characters of JSON, over the 65536-character limit');
  });

  it('a custom node may return up to 64 Mi characters', async () => {
    const node = custom.compile({ id: 'c', type: 'custom', input: 'x', code: 'let v = 1; for (let i = 0; i < 200; i++) v = [v]; return [{ v: v }];' } as CustomConfig, {} as never);
    await expect(node([[]], {} as never)).rejects.toThrow('returned JSON nested deeper than the 100-level limit');
  });
});

describe('a scan with a function returning 100 MB for 3 resources', () => {
  beforeAll(loadSandbox);

  it('makes that control ERROR on its target; the other controls and targets stand', async () => {
    const dir = tempDir();
    cpSync(join(REPO, 'test/fixtures/sandbox'), dir, { recursive: true });
    writeFileSync(join(dir, 'controls', 'SANDBOX-huge.yaml'), 'id: SANDBOX-huge\ntitle: Huge answers\nseverity: low\nprovider: aws\nresourceType: AWS::EC2::SecurityGroup\nflow: sandbox-huge\n');
    writeOneConditionFlow(dir, {
      id: 'sandbox-huge',
      source: 'groups',
      read: 'type: aws.resource, service: EC2, method: DescribeSecurityGroups',
      condition: "{ id: huge, type: function, code: \"return item.GroupId === 'sg-0e5' ? false : 'x'.repeat(100000000);\", memoryMB: 256, timeoutMs: 10000 }",
      evidence: '{ resourceId: $.GroupId }',
    });
    const out = tempDir();
    const { code, stderr } = await cli('scan', '--no-bundled', '--controls', join(dir, 'controls'), '--flows', join(dir, 'flows'), '--only', 'SANDBOX-huge', 'SANDBOX-ok', '--inventory', 'test/fixtures/inventories/basic', '--out', out, '--format', 'json', 'csv');
    expect(stderr).not.toContain('internal');
    expect(code).toBe(3);
    const report = readReport(out);
    // In scan order (schemaVersion 2.0): target by target, each target's controls by id.
    expect(report.results.map((r) => `${r.controlId} ${r.region} ${r.resourceId ?? '-'} ${r.status}`)).toEqual([
      'SANDBOX-huge eu-west-1 sg-0e5 PASS',
      'SANDBOX-ok eu-west-1 sg-0e5 FAIL',
      'SANDBOX-huge us-east-1 - ERROR',
      'SANDBOX-ok us-east-1 sg-0a1 PASS',
      'SANDBOX-ok us-east-1 sg-0b2 PASS',
      'SANDBOX-ok us-east-1 sg-0c3 PASS',
    ]);
    expect(report.results[2]!.reason).toBe('node "verdict" (evaluate) failed: function condition "huge": returned 100000002 characters of JSON, over the 65536-character limit');
  }, 60_000);
});
