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
      {
        name: 'evidence ids as templates: the target\'s @account and @region, and item fields, for settings without an id',
        config: {
          input: 'policy',
          fail_if: { conditions: [{ id: 'short', type: 'param', key: '$.MinimumPasswordLength', operator: '<', value: 14 }] },
          evidence: { resourceId: 'arn:aws:iam::{{@account}}:root', displayName: 'password policy ({{@region}}, {{MinimumPasswordLength}} characters)' },
        },
        inputs: [[{ MinimumPasswordLength: 8 }]],
        expect: (out) => expect(out.verdicts!.map((v) => [v.status, v.resourceId, v.displayName])).toEqual([['FAIL', 'arn:aws:iam::111111111111:root', 'password policy (us-east-1, 8 characters)']]),
      },
      {
        name: 'an item whose criteria cannot be decided (a missing or unorderable key) is ERROR, on neither port, never PASS',
        config: {
          input: 'dbs',
          fail_if: { conditions: [{ id: 'short', type: 'param', key: '$.BackupRetentionPeriods', operator: '<', value: 7 }] },
          evidence: { resourceId: '$.DBInstanceArn', keys: ['$.BackupRetentionPeriod'] },
        },
        inputs: [[{ DBInstanceArn: 'arn:a', BackupRetentionPeriod: 1 }]],
        expect: (out) => {
          expect(out.ports).toEqual({ failed: [], passed: [] });
          expect(out.verdicts).toEqual([
            {
              status: 'ERROR',
              resourceId: 'arn:a',
              evidence: { '$.BackupRetentionPeriod': 1 },
              matches: [],
              error: { code: 'UndecidedCondition', message: '$.BackupRetentionPeriods < 7 cannot be decided: $.BackupRetentionPeriods is missing' },
            },
          ]);
        },
      },
      {
        name: 'an undecided condition does not matter when the expression is decided without it',
        config: {
          input: 'policy',
          fail_if: {
            expression: 'missing OR short',
            conditions: [
              { id: 'missing', type: 'param', key: '$.PasswordPolicy', operator: 'notExists' },
              { id: 'short', type: 'param', key: '$.PasswordPolicy.MinimumPasswordLength', operator: '<', value: 14 },
            ],
          },
          evidence: { resourceId: 'arn:aws:iam::{{@account}}:root' },
        },
        inputs: [[{}]],
        expect: (out) => expect(out.verdicts!.map((v) => [v.status, v.matches.map((m) => m.condition)])).toEqual([['FAIL', ['missing']]]),
      },
    ],
    invalid: [
      { name: 'a bad evidence template', config: { ...config, evidence: { resourceId: 'arn:aws:iam::{{@account:root', displayName: '{{#each}}' } }, problems: ['evidence.resourceId bad-template', 'evidence.displayName bad-template'] },
      { name: 'evidence that is neither a JSONPath nor a template (a forgotten $)', config: { ...config, evidence: { resourceId: '$.a', displayName: 'DBName' } }, problems: ['evidence.displayName bad-jsonpath'] },
      { name: 'no evidence', config: { input: 'x', fail_if: config.fail_if }, problems: [' missing-key'] },
      { name: 'evidence without resourceId', config: { ...config, evidence: { displayName: '$.a' } }, problems: ['evidence missing-key'] },
      { name: 'bad JSONPath in evidence', config: { ...config, evidence: { resourceId: 'DBInstanceArn' } }, problems: ['evidence.resourceId bad-jsonpath'] },
      { name: 'unknown condition type', config: { ...config, fail_if: { conditions: [{ id: 'c1', type: 'regex' }] } }, problems: ['fail_if.conditions.0.type unknown-condition-type'] },
      { name: 'unknown key', config: { ...config, evidences: {} }, problems: ['evidences unknown-key'] },
    ],
  });

  it('fails rather than report a resource whose template finds nothing', async () => {
    const run = evaluate.compile({ id: 'v', type: 'evaluate', ...config, evidence: { resourceId: '{{Arn}}' } }, { now: NOW, environment: {} });
    const ctx = { target: TARGET, provider: memoryProvider({}), flowId: 'f', nodeId: 'v', now: NOW };
    await expect(run([[{ DBInstanceIdentifier: 'c' }]], ctx)).rejects.toThrow('evidence.resourceId {{Arn}} found no value on item 0');
  });

  it('fails rather than report a resource it cannot name', async () => {
    const run = evaluate.compile({ id: 'v', type: 'evaluate', ...config }, { now: NOW, environment: {} });
    const ctx = { target: TARGET, provider: memoryProvider({}), flowId: 'f', nodeId: 'v', now: NOW };
    await expect(run([[{ DBInstanceIdentifier: 'c' }]], ctx)).rejects.toThrow('evidence.resourceId $.DBInstanceArn found no value on item 0');
  });
});
