import { beforeAll, describe, expect, it } from 'vitest';
import { custom } from '../../src/nodes/custom.js';
import { loadSandbox } from '../../src/sandbox/quickjs.js';
import { memoryProvider, TARGET } from '../helpers/memory-provider.js';
import { NOW, testNode } from '../helpers/node-tester.js';

describe('custom', () => {
  beforeAll(loadSandbox);

  testNode(custom, {
    valid: [
      {
        name: 'transforms the items in the sandbox',
        config: { input: 'x', code: 'return items.filter(function (i) { return i.n > 1; }).map(function (i) { return { id: i.id, double: i.n * 2 }; });' },
        inputs: [[{ id: 'a', n: 1 }, { id: 'b', n: 2 }]],
        expect: { ports: { out: [{ id: 'b', double: 4 }] } },
      },
    ],
    invalid: [
      { name: 'no code', config: { input: 'x' }, problems: [' missing-key'] },
      { name: 'code that does not parse', config: { input: 'x', code: 'return items.map(i => ' }, problems: ['code bad-code'] },
      { name: 'a limit too high', config: { input: 'x', code: 'return items', memoryMB: 4096 }, problems: ['memoryMB bad-value'] },
    ],
  });

  it.each([
    ['return 42;', 'the code must return a list of objects'],
    ['while (true) {}', 'stopped after the 50 ms time limit'],
  ])('fails the node for %s', async (code, message) => {
    const run = custom.compile({ id: 'n', type: 'custom', input: 'x', code, timeoutMs: 50 }, { now: NOW, environment: {} });
    await expect(run([[{ a: 1 }]], { target: TARGET, provider: memoryProvider({}), flowId: 'f', nodeId: 'n', now: NOW })).rejects.toThrow(message);
  });
});
