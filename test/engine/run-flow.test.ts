import { describe, expect, it } from 'vitest';
import { compileFlow, needsSandbox } from '../../src/engine/compile.js';
import { runFlow } from '../../src/engine/run-flow.js';
import type { LoadedFlow } from '../../src/load/catalog.js';
import type { NodeConfig } from '../../src/model/flow.js';
import { memoryProvider, TARGET } from '../helpers/memory-provider.js';
import { NOW } from '../helpers/node-tester.js';

const trigger: NodeConfig = { id: 'trigger', type: 'trigger', on: 'manual' };
const groups: NodeConfig = { id: 'groups', type: 'aws.resource', service: 'EC2', method: 'DescribeSecurityGroups' };
const verdict: NodeConfig = {
  id: 'verdict',
  type: 'evaluate',
  input: 'groups',
  fail_if: { conditions: [{ id: 'c1', type: 'param', key: '$.GroupName', operator: '==', value: '$wf.variables:bad' }] },
  evidence: { resourceId: '$.GroupId' },
};

function flow(nodes: NodeConfig[], variables = {}): LoadedFlow {
  return { flow: { id: 'f', nodes: nodes.slice(1), variables }, file: 'flows/f.yaml', nodes };
}

const provider = memoryProvider({ 'aws/111111111111/us-east-1': { 'EC2.DescribeSecurityGroups': [{ GroupId: 'sg-1', GroupName: 'open' }, { GroupName: 'nameless' }] } });

describe('runFlow', () => {
  it("an action sees each item's last verdict: failed, passed, or failed and then passed by a later evaluate node", async () => {
    const two = memoryProvider({ 'aws/111111111111/us-east-1': { 'EC2.DescribeSecurityGroups': [{ GroupId: 'sg-1', GroupName: 'open' }, { GroupId: 'sg-2', GroupName: 'shut' }, { GroupId: 'sg-3', GroupName: 'open', Owner: 'ops' }] } });
    const again: NodeConfig = {
      id: 'again',
      type: 'evaluate',
      input: 'verdict.failed',
      fail_if: { conditions: [{ id: 'unowned', type: 'param', key: '$.Owner', operator: 'notExists' }] },
      evidence: { resourceId: '$.GroupId' },
    };
    const act = (id: string, input: string): NodeConfig => ({ id, type: 'aws.action', input, service: 'EC2', method: 'CreateTags', params: { Resources: ['{{@resourceId}}'], Tags: [{ Key: 'why', Value: '{{@reason}}' }] } });
    const compiled = compileFlow(flow([trigger, groups, verdict, again, act('onFailed', 'again.failed'), act('onPassed', 'again.passed'), act('onFirstPassed', 'verdict.passed')], { bad: { value: 'open' } }), {}, { now: NOW, environment: {} });
    const execution = await runFlow(compiled, TARGET, two, { now: NOW });
    expect(execution.error).toBeUndefined();
    const DATA = { control: 'C', title: 'T', severity: 'high', time: NOW.toISOString() };
    const tagged = execution.actions.map((a) => [a.node, a.resourceId, (a.steps[0]!.call(DATA).params.Tags as { Value: string }[])[0]!.Value]);
    expect(tagged).toEqual([
      ['onFailed', 'sg-1', '$.Owner notExists (seen: null)'],
      // Failed by the first node, passed by the second: the last verdict, with no reason.
      ['onPassed', 'sg-3', ''],
      ['onFirstPassed', 'sg-2', ''],
    ]);
  });

  it('stops at a failing node, names it, and marks later nodes skipped', async () => {
    const compiled = compileFlow(flow([trigger, groups, verdict], { bad: { value: 'open' } }), {}, { now: NOW, environment: {} });
    const execution = await runFlow(compiled, TARGET, provider, { now: NOW });
    expect(execution.status).toBe('failed');
    expect(execution.error).toEqual({
      nodeId: 'verdict',
      code: 'node-failed',
      message: 'node "verdict" (evaluate) failed: evidence.resourceId $.GroupId found no value on item 1',
    });
    expect(execution.verdicts).toEqual([]);
    expect(execution.nodes.map((n) => `${n.id}:${n.status}`)).toEqual(['trigger:succeeded', 'groups:succeeded', 'verdict:failed']);
  });

  it('records the config with secret variables as *****', async () => {
    const compiled = compileFlow(flow([trigger, groups, verdict], { bad: { value: 'hunter2', secret: true } }), {}, { now: NOW, environment: {} });
    expect(compiled.nodes.get('verdict')!.recordedConfig).toMatchObject({ fail_if: { conditions: [{ value: '*****' }] } });
    expect(compiled.nodes.get('verdict')!.config).toMatchObject({ fail_if: { conditions: [{ value: 'hunter2' }] } });
  });

  it('--till runs only the node and its ancestors (and the trigger)', async () => {
    const second: NodeConfig = { id: 'vpcs', type: 'aws.resource', service: 'EC2', method: 'DescribeVpcs' };
    const compiled = compileFlow(flow([trigger, groups, second]), {}, { now: NOW, environment: {} });
    const execution = await runFlow(compiled, TARGET, provider, { now: NOW, till: 'groups', keepOutputs: true });
    expect(execution.status).toBe('succeeded');
    expect(execution.nodes.map((n) => n.id)).toEqual(['trigger', 'groups']);
    expect(execution.nodes[1]!.output!.out).toHaveLength(2);
  });
});

describe('needsSandbox', () => {
  it('is true only when a node or a condition runs user code', () => {
    const fn = { ...verdict, fail_if: { conditions: [{ id: 'f', type: 'function', code: 'return true' }] } };
    expect(needsSandbox([flow([trigger, groups, verdict])])).toBe(false);
    expect(needsSandbox([flow([trigger, groups, fn])])).toBe(true);
    expect(needsSandbox([flow([trigger, groups, { id: 'c', type: 'custom', input: 'groups', code: 'return items' }])])).toBe(true);
  });
});
