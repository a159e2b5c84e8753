import { describe, expect } from 'vitest';
import { report } from '../../src/nodes/report.js';
import { testNode } from '../helpers/node-tester.js';

const items = [
  { GroupId: 'sg-1', GroupName: '=cmd|calc', Tags: [{ Key: 'a', Value: 'b' }] },
  { GroupId: 'sg-2', GroupName: 'web, "public"' },
];

describe('report', () => {
  testNode(report, {
    valid: [
      {
        name: 'CSV with chosen columns, quoted and formula-safe, passing items on',
        config: { input: 'x', format: 'csv', fields: { id: '$.GroupId', name: '$.GroupName', tagKeys: '$.Tags[*].Key' } },
        inputs: [items],
        expect: (out) => {
          expect(out.ports.out).toBe(items);
          expect(out.artifacts).toEqual([
            {
              name: 'flows/f/n-111111111111-us-east-1.csv',
              content: 'id,name,tagKeys\r\nsg-1,"\'=cmd|calc","[""a""]"\r\nsg-2,"web, ""public""",[]\r\n',
            },
          ]);
        },
      },
      {
        name: 'CSV with chosen columns keeps its header when nothing came in',
        config: { input: 'x', format: 'csv', fields: { id: '$.GroupId' } },
        inputs: [[]],
        expect: { artifacts: [{ name: 'flows/f/n-111111111111-us-east-1.csv', content: 'id\r\n' }] },
      },
      {
        name: 'JSON of the whole items under a chosen file name',
        config: { input: 'x', format: 'json', fileName: 'groups' },
        inputs: [items],
        expect: { artifacts: [{ name: 'flows/f/groups-111111111111-us-east-1.json', content: `${JSON.stringify(items, null, 2)}\n` }] },
      },
    ],
    invalid: [
      { name: 'unknown format', config: { input: 'x', format: 'xlsx' }, problems: ['format bad-value'] },
      { name: 'unsafe file name', config: { input: 'x', format: 'csv', fileName: '../etc/passwd' }, problems: ['fileName bad-value'] },
    ],
  });
});
