import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/nodes/evaluate.js';
import { memoryProvider, TARGET } from '../helpers/memory-provider.js';
import { NOW, testNode } from '../helpers/node-tester.js';

const dbs = [
  { DBInstanceIdentifier: 'a', DBInstanceArn: 'arn:a', PubliclyAccessible: true, StorageEncrypted: true, VpcSecurityGroups: [{ VpcSecurityGroupId: 'sg-1' }] },
  { DBInstanceIdentifier: 'b', DBInstanceArn: 'arn:b', PubliclyAccessible: false, StorageEncrypted: true, VpcSecurityGroups: [] },
];
const config = {
  input: 'dbs',
  fail_if: { conditions: [{ id: 'c1', type: 'param', key: '$.PubliclyAccessible', operator: '==', value: true }] },
  evidence: { resourceId: '$.DBInstanceArn', displayName: '$.DBInstanceIdentifier', keys: ['$.PubliclyAccessible', '$.VpcSecurityGroups[*].VpcSecurityGroupId', '$.Nope'] },
};

describe('evaluate', () => {
  testNode(evaluate, {
    valid: [
      {
        name: 'splits items into failed and passed with verdicts and evidence',
        config,
        inputs: [dbs],
        expect: (out) => {
          expect(out.ports).toEqual({ failed: [dbs[0]], passed: [dbs[1]] });
          expect(out.verdicts).toEqual([
            {
              status: 'FAIL',
              resourceId: 'arn:a',
              displayName: 'a',
              evidence: { '$.PubliclyAccessible': true, '$.VpcSecurityGroups[*].VpcSecurityGroupId': 'sg-1', '$.Nope': null },
              matches: [expect.objectContaining({ condition: 'c1', type: 'param', seen: true })],
            },
            {
              status: 'PASS',
              resourceId: 'arn:b',
              displayName: 'b',
              evidence: { '$.PubliclyAccessible': false, '$.VpcSecurityGroups[*].VpcSecurityGroupId': null, '$.Nope': null },
              matches: [],
            },
          ]);
        },
      },
    ],
    invalid: [
      { name: 'no evidence', config: { input: 'x', fail_if: config.fail_if }, problems: [' missing-key'] },
      { name: 'evidence without resourceId', config: { ...config, evidence: { displayName: '$.a' } }, problems: ['evidence missing-key'] },
      { name: 'bad JSONPath in evidence', config: { ...config, evidence: { resourceId: 'DBInstanceArn' } }, problems: ['evidence.resourceId bad-jsonpath'] },
      { name: 'unknown condition type', config: { ...config, fail_if: { conditions: [{ id: 'c1', type: 'regex' }] } }, problems: ['fail_if.conditions.0.type unknown-condition-type'] },
      { name: 'unknown key', config: { ...config, evidences: {} }, problems: ['evidences unknown-key'] },
    ],
  });

  it('fails rather than report a resource it cannot name', async () => {
    const run = evaluate.compile({ id: 'v', type: 'evaluate', ...config }, { now: NOW, environment: {} });
    const ctx = { target: TARGET, provider: memoryProvider({}), flowId: 'f', nodeId: 'v', now: NOW };
    await expect(run([[{ DBInstanceIdentifier: 'c' }]], ctx)).rejects.toThrow('evidence.resourceId $.DBInstanceArn found no value on item 0');
  });
});
