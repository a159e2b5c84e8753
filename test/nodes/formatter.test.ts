import { describe, expect } from 'vitest';
import { formatter } from '../../src/nodes/formatter.js';
import { testNode } from '../helpers/node-tester.js';

const reservations = [
  { ReservationId: 'r-1', Instances: [{ InstanceId: 'i-1', Tags: [{ Key: 'a', Value: '1' }] }, { InstanceId: 'i-2', Tags: [] }] },
  { ReservationId: 'r-2', Instances: [{ InstanceId: 'i-3' }] },
];

describe('formatter', () => {
  testNode(formatter, {
    valid: [
      {
        name: 'flattens nested lists into items',
        config: { input: 'x', flatten: '$.Instances[*]' },
        inputs: [reservations],
        expect: { ports: { out: [reservations[0]!.Instances[0]!, reservations[0]!.Instances[1]!, reservations[1]!.Instances[0]!] } },
      },
      {
        name: 'picks fields: definite paths give a value, wildcards a list',
        config: { input: 'x', flatten: '$.Instances[*]', fields: { id: '$.InstanceId', tagKeys: '$.Tags[*].Key' } },
        inputs: [reservations],
        expect: { ports: { out: [{ id: 'i-1', tagKeys: ['a'] }, { id: 'i-2', tagKeys: [] }, { id: 'i-3', tagKeys: [] }] } },
      },
      {
        name: 'merges picked fields into the item',
        config: { input: 'x', fields: { count: '$.Instances.length', first: '$.Instances[0].InstanceId' }, merge: true },
        inputs: [[reservations[1]!]],
        expect: { ports: { out: [{ ...reservations[1]!, count: 1, first: 'i-3' }] } },
      },
      {
        name: 'renames and omits top-level keys, order kept',
        config: { input: 'x', rename: { InstanceId: 'id', State: 'state' }, omit: ['Tags'] },
        inputs: [[{ InstanceId: 'i-1', Tags: [], State: 'running', Type: 't3' }]],
        expect: (out) => expect(Object.entries(out.ports.out![0]!)).toEqual([['id', 'i-1'], ['state', 'running'], ['Type', 't3']]),
      },
    ],
    invalid: [
      { name: 'nothing to do', config: { input: 'x' }, problems: [' missing-key'] },
      { name: 'bad path', config: { input: 'x', fields: { id: 'InstanceId' } }, problems: ['fields.id bad-jsonpath'] },
    ],
  });
});
