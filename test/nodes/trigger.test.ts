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
    ],
    invalid: [
      { name: 'unknown mode', config: { on: 'hourly' }, problems: ['on bad-value'] },
      { name: 'bad cron', config: { on: 'schedule', cron: '61 * * * *' }, problems: ['cron bad-cron'] },
      { name: 'schedule without cron', config: { on: 'schedule' }, problems: ['on missing-key'] },
      { name: 'cron on a manual trigger', config: { on: 'manual', cron: '0 2 * * *' }, problems: ['cron bad-value'] },
      { name: 'event without source', config: { on: 'event' }, problems: ['on missing-key'] },
      { name: 'unknown key', config: { on: 'manual', every: '1h' }, problems: ['every unknown-key'] },
    ],
  });
});
