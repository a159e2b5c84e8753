import { describe } from 'vitest';
import { filter } from '../../src/nodes/filter.js';
import { testNode } from '../helpers/node-tester.js';

const instances = [
  { InstanceId: 'i-1', State: { Name: 'running' } },
  { InstanceId: 'i-2', State: { Name: 'stopped' } },
  { InstanceId: 'i-3', State: { Name: 'running' }, Tags: [{ Key: 'env', Value: 'dev' }] },
];

describe('filter', () => {
  testNode(filter, {
    valid: [
      {
        name: 'passes on matching items; the rest go to unmatched',
        config: { input: 'x', match: { conditions: [{ id: 'c1', type: 'param', key: '$.State.Name', operator: '==', value: 'running' }] } },
        inputs: [instances],
        expect: { ports: { matched: [instances[0]!, instances[2]!], unmatched: [instances[1]!] } },
      },
      {
        name: 'combines conditions with an expression',
        config: {
          input: 'x',
          match: {
            expression: 'c1 AND NOT c2',
            conditions: [
              { id: 'c1', type: 'param', key: '$.State.Name', operator: '==', value: 'running' },
              { id: 'c2', type: 'tags', key: 'env', operator: 'equals', value: 'dev' },
            ],
          },
        },
        inputs: [instances],
        expect: { ports: { matched: [instances[0]!], unmatched: [instances[1]!, instances[2]!] } },
      },
    ],
    invalid: [
      { name: 'no criteria', config: { input: 'x' }, problems: [' missing-key'] },
      {
        name: 'bad operator',
        config: { input: 'x', match: { conditions: [{ id: 'c1', type: 'param', key: '$.a', operator: '===', value: 1 }] } },
        problems: ['match.conditions.0.operator bad-operator'],
      },
      {
        name: 'expression naming an unknown condition',
        config: { input: 'x', match: { expression: 'c1 OR c9', conditions: [{ id: 'c1', type: 'param', key: '$.a', operator: 'exists' }] } },
        problems: ['match.expression bad-expression'],
      },
    ],
  });
});
