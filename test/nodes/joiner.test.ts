import { describe } from 'vitest';
import { joiner } from '../../src/nodes/joiner.js';
import { testNode } from '../helpers/node-tester.js';

const volumes = [
  { VolumeId: 'vol-1', Encrypted: false },
  { VolumeId: 'vol-2', Encrypted: true },
];
const snapshots = [
  { SnapshotId: 'snap-1', VolumeId: 'vol-1' },
  { SnapshotId: 'snap-2', VolumeId: 'vol-1' },
  { SnapshotId: 'snap-3', VolumeId: 'vol-9' },
];

describe('joiner', () => {
  testNode(joiner, {
    valid: [
      {
        name: 'left join nests every match under `as`',
        config: { input: ['v', 's'], on: { left: '$.VolumeId', right: '$.VolumeId' }, as: 'Snapshots' },
        inputs: [volumes, snapshots],
        expect: {
          ports: { out: [{ ...volumes[0]!, Snapshots: [snapshots[0]!, snapshots[1]!] }, { ...volumes[1]!, Snapshots: [] }] },
        },
      },
      {
        name: 'inner join merges the first match; left fields win',
        config: { input: ['s', 'v'], on: { left: '$.VolumeId', right: '$.VolumeId' }, join: 'inner' },
        inputs: [snapshots, [{ VolumeId: 'vol-1', Encrypted: false, SnapshotId: 'not-this' }]],
        expect: {
          ports: {
            out: [
              { SnapshotId: 'snap-1', VolumeId: 'vol-1', Encrypted: false },
              { SnapshotId: 'snap-2', VolumeId: 'vol-1', Encrypted: false },
            ],
          },
        },
      },
    ],
    invalid: [
      { name: 'one input', config: { input: ['a'], on: { left: '$.a', right: '$.b' } }, problems: ['input bad-value'] },
      { name: 'no keys', config: { input: ['a', 'b'] }, problems: [' missing-key'] },
      { name: 'bad join', config: { input: ['a', 'b'], on: { left: '$.a', right: '$.b' }, join: 'outer' }, problems: ['join bad-value'] },
    ],
  });
});
