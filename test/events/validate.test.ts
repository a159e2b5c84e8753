import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { tempDir } from '../helpers/cli.js';

/** `validate` checks an event trigger's pattern and scope and points at the line. */
const FLOW = `id: event-mistakes
trigger:
  type: event
  event:
    source: aws.ec2
    pattern:
      source: [aws.ec2]
      detail:
        eventName: RunInstances
        errorCode: [{ exist: false }]
        count: [{ numeric: [">", 5, "<", 1] }]
    scope:
      instances: $.detail.responseElements.instancesSet.items[*].instanceId
      verdict: $.detail.x
      regions: $.detail.y
      nowhere: "$.detail["
nodes:
  - id: instances
    type: aws.resource
    service: EC2
    method: DescribeInstances
  - id: regions
    type: aws.resource
    service: EC2
    method: DescribeRegions
  - id: verdict
    type: evaluate
    input: instances
    fail_if:
      conditions: [{ id: c1, type: param, key: $.PublicIpAddress, operator: exists }]
    evidence: { resourceId: $.InstanceId }
`;

const NODE_TRIGGER = `id: node-trigger
nodes:
  - id: start
    type: trigger
    on: event
    event:
      pattern: { source: [aws.ec2] }
      scope: { missing: $.detail.x }
  - id: groups
    type: aws.resource
    input: start
    service: EC2
    method: DescribeSecurityGroups
  - id: verdict
    type: evaluate
    input: groups
    fail_if:
      conditions: [{ id: c1, type: param, key: $.GroupId, operator: exists }]
    evidence: { resourceId: $.GroupId }
`;

describe('validate: event triggers', () => {
  it('reports every mistake of the pattern and the scope as file:line:col', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'flows'));
    writeFileSync(join(dir, 'flows', 'event-mistakes.yaml'), FLOW);
    writeFileSync(join(dir, 'flows', 'node-trigger.yaml'), NODE_TRIGGER);
    const io = bufferIo();
    const code = await main(['validate', 'flows'], io, dir);
    expect(code).toBe(2);
    expect(io.stderr).toEqual([
      'flows/event-mistakes.yaml:5:13 error bad-value: "source" is also given in the pattern (as source): keep one',
      'flows/event-mistakes.yaml:9:20 error bad-pattern: the value of "eventName" must be a list of matchers (e.g. ["RunInstances"]) or a nested pattern',
      'flows/event-mistakes.yaml:10:21 error bad-pattern: a matcher has exactly one of: anything-but, cidr, equals-ignore-case, exists, numeric, prefix, suffix, wildcard (got "exist")',
      'flows/event-mistakes.yaml:11:28 error bad-pattern: numeric range is empty: 5 is not below 1',
      'flows/event-mistakes.yaml:14:16 error unknown-node: node "verdict" is of type evaluate: scope names aws.resource nodes (here: instances, regions)',
      'flows/event-mistakes.yaml:15:16 error unscopable: EC2.DescribeRegions has no built-in scope rule: give { ids, param } (the call parameter that takes the ids) or { ids, key } (the item\'s id, to keep after reading all)',
      'flows/event-mistakes.yaml:16:16 error bad-jsonpath: "$.detail[" has an unclosed "[" at column 9',
      'flows/event-mistakes.yaml:16:16 error unknown-node: no node "nowhere": scope names aws.resource nodes (here: instances, regions)',
      'flows/node-trigger.yaml:8:25 error unknown-node: no node "missing": scope names aws.resource nodes (here: groups)',
    ]);
  });
});
