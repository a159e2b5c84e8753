import { describe, expect, it } from 'vitest';
import { awsAction } from '../../src/nodes/aws-action.js';
import type { ActionData, NodeOutput, Verdict } from '../../src/nodes/types.js';
import { memoryProvider, TARGET } from '../helpers/memory-provider.js';
import { NOW, testNode } from '../helpers/node-tester.js';

const DATA: ActionData = { control: 'AWS-RDS-001', title: 'RDS private', severity: 'high', time: '2026-11-01T00:00:00.000Z' };
const db = { DBInstanceIdentifier: 'db-1', DBInstanceArn: 'arn:aws:rds:us-east-1:1:db:db-1', VpcId: 'vpc-1' };
const calls = (out: NodeOutput, earlier?: Record<string, Record<string, unknown>>) => out.actions!.map((a) => [a.resourceId, a.steps.map((s) => s.call(DATA, earlier))]);

describe('aws.action', () => {
  testNode(awsAction, {
    valid: [
      {
        name: 'one call per item, templates resolved, a lone expression keeping its type',
        config: { input: 'dbs', resourceId: '$.DBInstanceArn', service: 'RDS', method: 'ModifyDBInstance', params: { DBInstanceIdentifier: '{{DBInstanceIdentifier}}', PubliclyAccessible: false, Note: 'by {{@control}} at {{@time}}', Ids: '{{Ids}}' } },
        inputs: [[{ ...db, Ids: [1, 2] }]],
        expect: (out) => {
          expect(out.ports.out).toHaveLength(1);
          expect(calls(out)).toEqual([
            [db.DBInstanceArn, [{ service: 'RDS', method: 'ModifyDBInstance', params: { DBInstanceIdentifier: 'db-1', PubliclyAccessible: false, Note: 'by AWS-RDS-001 at 2026-11-01T00:00:00.000Z', Ids: [1, 2] } }]],
          ]);
        },
      },
      {
        name: 'steps: a later step reads an earlier one, shown as a placeholder in the plan',
        config: {
          input: 'x',
          resourceId: '$.DBInstanceArn',
          approval: 'required',
          steps: [
            { id: 'group', service: 'EC2', method: 'CreateSecurityGroup', params: { VpcId: '{{VpcId}}' }, reuse: { method: 'DescribeSecurityGroups', params: { Filters: [{ Name: 'vpc-id', Values: ['{{VpcId}}'] }] } } },
            { id: 'use', service: 'EC2', method: 'ModifyInstanceAttribute', params: { Groups: ['{{@steps.group.GroupId}}'] }, onlyIfCreated: 'group' },
          ],
        },
        inputs: [[db]],
        expect: (out) => {
          const [action] = out.actions!;
          expect(action!.approval).toBe('required');
          expect(action!.steps.map((s) => s.call(DATA).params)).toEqual([{ VpcId: 'vpc-1' }, { Groups: ['<GroupId of step group>'] }]);
          expect(action!.steps[1]!.call(DATA, { group: { GroupId: 'sg-9' } }).params).toEqual({ Groups: ['sg-9'] });
          expect(action!.steps[0]!.reuse!(DATA)).toEqual({ service: 'EC2', method: 'DescribeSecurityGroups', params: { Filters: [{ Name: 'vpc-id', Values: ['vpc-1'] }] } });
          expect(action!.steps[1]!.onlyIfCreated).toBe('group');
        },
      },
      { name: 'nothing failed, nothing planned', config: { input: 'x', service: 'RDS', method: 'ModifyDBInstance' }, inputs: [[]], expect: { actions: [] } },
    ],
    invalid: [
      { name: 'a read is not an action', config: { input: 'x', service: 'EC2', method: 'DescribeInstances' }, problems: ['method bad-node'] },
      { name: 'no method', config: { input: 'x', service: 'EC2' }, problems: [' missing-key'] },
      { name: 'call and steps both', config: { input: 'x', service: 'EC2', steps: [{ service: 'EC2', method: 'CreateTags' }] }, problems: ['service bad-node'] },
      { name: 'no input', config: { service: 'EC2', method: 'CreateTags' }, problems: [' missing-key'] },
      { name: 'onlyIfCreated names no earlier step with reuse', config: { input: 'x', steps: [{ id: 'a', service: 'EC2', method: 'CreateTags' }, { service: 'EC2', method: 'CreateTags', onlyIfCreated: 'a' }] }, problems: ['steps.1.onlyIfCreated unknown-step'] },
      { name: 'bad template', config: { input: 'x', service: 'EC2', method: 'CreateTags', params: { Resources: ['{{#if}}'] } }, problems: ['params.Resources.0 bad-template'] },
      { name: 'unknown key', config: { input: 'x', service: 'EC2', method: 'CreateTags', parms: {} }, problems: ['parms unknown-key'] },
    ],
  });

  it('acts on the resource its evaluate verdict names, and sees the matched rules', async () => {
    const group = { GroupId: 'sg-1' };
    const verdict: Verdict = { status: 'FAIL', resourceId: 'sg-1', evidence: {}, matches: [{ condition: 'world', type: 'securityGroup', text: 't', rules: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }] };
    const run = awsAction.compile({ id: 'revoke', type: 'aws.action', input: 'v.failed', service: 'EC2', method: 'RevokeSecurityGroupIngress', params: { GroupId: '{{GroupId}}', IpPermissions: '{{@matches.world.rules}}' } }, { now: NOW, environment: {} });
    const out = await run([[group]], { target: TARGET, provider: memoryProvider({}), flowId: 'f', nodeId: 'revoke', now: NOW, verdictOf: (item) => (item === group ? verdict : undefined) });
    expect(calls(out)).toEqual([['sg-1', [{ service: 'EC2', method: 'RevokeSecurityGroupIngress', params: { GroupId: 'sg-1', IpPermissions: verdict.matches[0]!.rules } }]]]);
    // An item that did not come from an evaluate node names no resource: the node fails rather than guess.
    await expect(run([[{ GroupId: 'sg-2' }]], { target: TARGET, provider: memoryProvider({}), flowId: 'f', nodeId: 'revoke', now: NOW, verdictOf: () => undefined })).rejects.toThrow(/has no resource id/);
  });
});
