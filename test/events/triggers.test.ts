import { describe, expect, it } from 'vitest';
import { describeTrigger, eventPatternOf, nextRun, splitByTrigger } from '../../src/events/triggers.js';
import { loadCatalog } from '../../src/load/catalog.js';
import type { TriggerConfig } from '../../src/nodes/trigger.js';
import { REPO } from '../helpers/cli.js';

const trigger = (config: Pick<TriggerConfig, 'on' | 'cron' | 'timezone' | 'event'>): TriggerConfig => ({ ...config, id: 'trigger', type: 'trigger' });

describe('triggers', () => {
  it('folds the source and detailType shorthands into the pattern', () => {
    expect(eventPatternOf({ source: 'aws.ec2', detailType: 'AWS API Call via CloudTrail', pattern: { detail: { eventName: ['RunInstances'] } } })).toEqual({
      source: ['aws.ec2'],
      'detail-type': ['AWS API Call via CloudTrail'],
      detail: { eventName: ['RunInstances'] },
    });
  });

  it('describes each trigger in one line', () => {
    expect(describeTrigger(trigger({ on: 'manual' }))).toBe('manual');
    expect(describeTrigger(trigger({ on: 'schedule', cron: '0 2 * * 1-5', timezone: 'Europe/Paris' }))).toBe('schedule 0 2 * * 1-5 (Europe/Paris)');
    const launch = { source: ['aws.ec2'], $or: [{ 'detail-type': ['AWS API Call via CloudTrail'], detail: { eventName: ['RunInstances'] } }, { 'detail-type': ['EC2 Instance State-change Notification'] }] };
    expect(describeTrigger(trigger({ on: 'event', event: { pattern: launch } }))).toBe('event aws.ec2 RunInstances,EC2 Instance State-change Notification');
  });

  it('gives a schedule\'s next run, in UTC unless the trigger names a timezone', () => {
    const at = new Date('2026-11-25T10:07:00Z');
    expect(nextRun(trigger({ on: 'schedule', cron: '30 9 * * *' }), at)?.toISOString()).toBe('2026-11-26T09:30:00.000Z');
    expect(nextRun(trigger({ on: 'schedule', cron: '30 9 * * *', timezone: 'America/New_York' }), at)?.toISOString()).toBe('2026-11-25T14:30:00.000Z');
    expect(nextRun(trigger({ on: 'event', event: { source: 'aws.ec2' } }), at)).toBeUndefined();
  });

  it('a plain scan runs manual and control flows; event flows only when named by id', async () => {
    const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
    const ids = (only: string[]) => splitByTrigger(catalog.controls, catalog.flows, only);
    expect(ids([]).skipped.map((c) => c.control.id)).toEqual(['AWS-EVT-001', 'AWS-EVT-002', 'AWS-EVT-003']);
    expect(ids(['AWS-EVT-*']).skipped).toHaveLength(3);
    expect(ids(['AWS-EVT-002']).run.map((c) => c.control.id)).toContain('AWS-EVT-002');
  });
});
