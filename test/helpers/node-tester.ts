import { expect, it } from 'vitest';
import type { NodeConfig } from '../../src/model/flow.js';
import { validateSchema } from '../../src/model/validate.js';
import type { NodeKind, NodeOutput } from '../../src/nodes/types.js';
import type { InventoryProvider, Item } from '../../src/providers/types.js';
import { memoryProvider, TARGET } from './memory-provider.js';

export const NOW = new Date('2026-11-01T00:00:00Z');

export interface ValidCase {
  name: string;
  config: Record<string, unknown>;
  inputs?: Item[][];
  provider?: InventoryProvider;
  environment?: Record<string, string>;
  expect: Partial<NodeOutput> | ((out: NodeOutput) => void);
}

export interface InvalidCase {
  name: string;
  config: Record<string, unknown>;
  /** `path code` per problem, path joined with dots, e.g. `fail_if.conditions.0.operator bad-operator`. */
  problems: string[];
}

/** RuleTester-style table for one node kind: valid configs run on inputs, invalid ones list their problems. */
export function testNode<C extends NodeConfig>(kind: NodeKind<C>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  for (const c of cases.valid) {
    it(`valid: ${c.name}`, async () => {
      const config = { id: 'n', type: kind.type, ...c.config } as unknown as C;
      expect(problemsOf(kind, config)).toEqual([]);
      const run = kind.compile(config, { now: NOW, environment: c.environment ?? {} });
      const out = await run(c.inputs ?? [], { target: TARGET, provider: c.provider ?? memoryProvider({}), flowId: 'f', nodeId: 'n', now: NOW });
      if (typeof c.expect === 'function') c.expect(out);
      else expect(out).toMatchObject(c.expect);
    });
  }
  for (const c of cases.invalid) {
    it(`invalid: ${c.name}`, () => {
      const config = { id: 'n', type: kind.type, ...c.config } as unknown as C;
      expect(problemsOf(kind, config)).toEqual(c.problems);
    });
  }
}

function problemsOf<C extends NodeConfig>(kind: NodeKind<C>, config: C): string[] {
  const schemaProblems = validateSchema(kind.schema, config);
  const problems = schemaProblems.length > 0 ? schemaProblems : (kind.check?.(config) ?? []);
  return problems.map((p) => `${p.path.join('.')} ${p.code}`);
}
