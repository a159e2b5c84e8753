import { describe } from 'vitest';
import { trigger } from '../../src/nodes/trigger.js';
import { testNode } from '../helpers/node-tester.js';

describe('trigger', () => {
  testNode(trigger, {
    valid: [
      { name: 'manual', config: { on: 'manual' }, expect: { ports: { out: [{ trigger: 'manual', cron: null, event: null, time: '2026-11-01T00:00:00.000Z' }] } } },
      { name: 'schedule with cron', config: { on: 'schedule', cron: '0 2 * * 1-5', timezone: 'Europe/Paris' }, expect: { ports: { out: [{ trigger: 'schedule', cron: '0 2 * * 1-5' }] } } },
      { name: 'event', config: { on: 'event', event: { source: 'aws.ec2', detailType: 'AWS API Call via CloudTrail' } }, expect: { ports: { out: [{ trigger: 'event' }] } } },
      { name: 'control', config: { on: 'control' }, expect: { ports: { out: [{ trigger: 'control' }] } } },
      {
        name: 'event with a pattern and a scope (a JSONPath, a list, or ids with param/key)',
        config: {
          on: 'event',
          event: {
            pattern: { source: ['aws.ec2'], detail: { eventName: ['RunInstances'], errorCode: [{ exists: false }] } },
            scope: { instances: '$.detail.responseElements.instancesSet.items[*].instanceId', groups: ['$.detail.requestParameters.groupId', '$.resources[*]'], buckets: { ids: '$.detail.requestParameters.bucketName', key: '$.Name' } },
          },
        },
        expect: { ports: { out: [{ trigger: 'event' }] } },
      },
    ],
    invalid: [
      { name: 'unknown mode', config: { on: 'hourly' }, problems: ['on bad-value'] },
      { name: 'bad cron', config: { on: 'schedule', cron: '61 * * * *' }, problems: ['cron bad-cron'] },
      { name: 'schedule without cron', config: { on: 'schedule' }, problems: ['on missing-key'] },
      { name: 'cron on a manual trigger', config: { on: 'manual', cron: '0 2 * * *' }, problems: ['cron bad-value'] },
      { name: 'event without source', config: { on: 'event' }, problems: ['on missing-key'] },
      { name: 'event block without pattern or source', config: { on: 'event', event: { detailType: 'AWS API Call via CloudTrail' } }, problems: ['event missing-key'] },
      { name: 'event block on a manual trigger', config: { on: 'manual', event: { source: 'aws.ec2' } }, problems: ['event bad-value'] },
      { name: 'a bad pattern, at its place', config: { on: 'event', event: { pattern: { source: ['aws.ec2'], detail: { eventName: 'RunInstances', x: [{ numeric: ['>', 'a'] }] } } } }, problems: ['event.pattern.detail.eventName bad-pattern', 'event.pattern.detail.x.0.numeric bad-pattern'] },
      { name: 'source twice', config: { on: 'event', event: { source: 'aws.ec2', pattern: { source: ['aws.ec2'] } } }, problems: ['event.source bad-value'] },
      { name: 'a scope JSONPath that does not parse', config: { on: 'event', event: { source: 'aws.ec2', scope: { a: '$.detail[', b: ['$.x', 'y'], c: { ids: '$.x', key: 'Name' } } } }, problems: ['event.scope.a bad-jsonpath', 'event.scope.b.1 bad-jsonpath', 'event.scope.c.key bad-jsonpath'] },
      { name: 'a scope of the wrong shape', config: { on: 'event', event: { source: 'aws.ec2', scope: { a: { key: '$.Name' } } } }, problems: ['event.scope.a missing-key'] },
      { name: 'unknown key', config: { on: 'manual', every: '1h' }, problems: ['every unknown-key'] },
    ],
  });
});
