import { CronExpressionParser } from 'cron-parser';
import type { LoadedControl, LoadedFlow } from '../load/catalog.js';
import type { EventTrigger, TriggerConfig } from '../nodes/trigger.js';
import type { EventPattern } from './pattern.js';

/** A loaded flow's trigger node (loading puts one first: from `trigger:`, or manual). */
export function triggerOf(flow: LoadedFlow): TriggerConfig {
  return (flow.nodes.find((n) => n.type === 'trigger') ?? { id: 'trigger', type: 'trigger', on: 'manual' }) as TriggerConfig;
}

/** The pattern an event trigger matches: `pattern`, with the `source` / `detailType` shorthands folded in. */
export function eventPatternOf(event: EventTrigger): EventPattern {
  return {
    ...(event.source !== undefined ? { source: [event.source] } : {}),
    ...(event.detailType !== undefined ? { 'detail-type': [event.detailType] } : {}),
    ...(event.pattern ?? {}),
  };
}

/** The first time strictly after `after` that a schedule trigger fires; cron times are UTC unless the trigger names a timezone. */
export function nextRun(trigger: TriggerConfig, after: Date): Date | undefined {
  if (trigger.on !== 'schedule' || trigger.cron === undefined) return undefined;
  return CronExpressionParser.parse(trigger.cron, { currentDate: after, tz: trigger.timezone ?? 'UTC' }).next().toDate();
}

/** One line for `list flows`: `schedule 0 2 * * 1-5 (Europe/Paris)`, `event aws.ec2 RunInstances`. */
export function describeTrigger(trigger: TriggerConfig): string {
  if (trigger.on === 'schedule') return `schedule ${trigger.cron ?? ''}${trigger.timezone ? ` (${trigger.timezone})` : ' (UTC)'}`;
  if (trigger.on !== 'event' || !trigger.event) return trigger.on;
  const pattern = eventPatternOf(trigger.event);
  const detail = (pattern.detail ?? {}) as Record<string, unknown>;
  const literals = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const parts = [...literals(pattern.source), ...literals(detail.eventName)];
  return `event ${parts.join(' ') || 'pattern'}`.trim();
}

/**
 * What a plain `scan` runs: controls of manual and control flows. Event and schedule flows run
 * on their events (handle-event, listen) and schedules (scan --due), or when --only names
 * their control by its exact id.
 */
export function splitByTrigger(controls: LoadedControl[], flows: Map<string, LoadedFlow>, only: string[]): { run: LoadedControl[]; skipped: LoadedControl[] } {
  const named = new Set(only.filter((p) => !p.includes('*')));
  const run: LoadedControl[] = [];
  const skipped: LoadedControl[] = [];
  for (const c of controls) {
    const on = triggerOf(flows.get(c.flowId)!).on;
    (on === 'event' || on === 'schedule') && !named.has(c.control.id) ? skipped.push(c) : run.push(c);
  }
  return { run, skipped };
}
