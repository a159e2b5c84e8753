import { CronExpressionParser } from 'cron-parser';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import type { NodeKind } from './types.js';

export const TRIGGER_MODES = ['manual', 'schedule', 'event', 'control'] as const;

/**
 * The first node of a flow. A scan always starts flows itself, so the trigger is recorded
 * (execution history, reports) and validated, not waited on. A flow-level `trigger:` block
 * becomes this node with `on` taken from its `type`.
 */
export interface TriggerConfig extends NodeConfig {
  on: (typeof TRIGGER_MODES)[number];
  cron?: string;
  timezone?: string;
  event?: { source: string; detailType?: string; pattern?: Record<string, unknown> };
  control?: string;
}

export const trigger: NodeKind<TriggerConfig> = {
  type: 'trigger',
  summary: 'first node: manual, schedule (cron), cloud event, or tied to the compliance scan',
  outputs: ['out'],
  inputs: 'none',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'on'],
    properties: {
      ...commonNodeProperties,
      on: { enum: [...TRIGGER_MODES] },
      cron: { type: 'string', minLength: 1 },
      timezone: { type: 'string', minLength: 1 },
      event: {
        type: 'object',
        additionalProperties: false,
        required: ['source'],
        properties: { source: { type: 'string' }, detailType: { type: 'string' }, pattern: { type: 'object' } },
      },
      control: { type: 'string' },
    },
  },
  check(config) {
    const problems: Problem[] = [];
    if (config.on === 'schedule' && config.cron === undefined) {
      problems.push({ path: ['on'], code: 'missing-key', message: 'a schedule trigger needs "cron"' });
    }
    if (config.cron !== undefined) {
      if (config.on !== 'schedule') {
        problems.push({ path: ['cron'], code: 'bad-value', message: '"cron" belongs to a schedule trigger' });
      } else {
        try {
          CronExpressionParser.parse(config.cron, config.timezone ? { tz: config.timezone } : {});
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          problems.push({ path: ['cron'], code: 'bad-cron', message: `"${config.cron}" is not a valid cron expression: ${why}` });
        }
      }
    }
    if (config.on === 'event' && config.event === undefined) {
      problems.push({ path: ['on'], code: 'missing-key', message: 'an event trigger needs "event" (source, detailType)' });
    }
    return problems;
  },
  compile(config) {
    return async (_inputs, ctx) => ({
      ports: { out: [{ trigger: config.on, cron: config.cron ?? null, event: config.event ?? null, time: ctx.now.toISOString() }] },
    });
  },
};
