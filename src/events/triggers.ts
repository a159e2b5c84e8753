import { cronParser } from '../lib/cron.js';
import { targetKey } from '../engine/targets.js';
import type { LoadedControl, LoadedFlow } from '../load/catalog.js';
import type { Cloud } from '../model/control.js';
import type { CloudEvent } from '../model/event.js';
import type { EventTrigger, TriggerConfig } from '../nodes/trigger.js';
import type { InventoryProvider } from '../providers/types.js';
import type { EventPattern } from '../nodes/events/pattern.js';

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
  return cronParser().parse(trigger.cron, { currentDate: after, tz: trigger.timezone ?? 'UTC' }).next().toDate();
}

/** One line for `list flows`: `schedule 0 2 * * 1-5 (Europe/Paris)`, `event aws.ec2 RunInstances,CopySnapshot`. */
export function describeTrigger(trigger: TriggerConfig): string {
  if (trigger.on === 'schedule') return `schedule ${trigger.cron ?? ''} (${trigger.timezone ?? 'UTC'})`;
  if (trigger.on !== 'event' || !trigger.event) return trigger.on;
  const found = { source: new Set<string>(), what: new Set<string>() };
  collect(eventPatternOf(trigger.event), found);
  const what = [...found.what].join(',');
  const text = `event ${[...found.source].join(',')} ${what}`.trim();
  return text.length > 72 ? `${text.slice(0, 71)}…` : text;
}

/** The literal sources, API calls (eventName) and detail types other than CloudTrail's, through $or and nesting. */
function collect(pattern: unknown, found: { source: Set<string>; what: Set<string> }): void {
  if (Array.isArray(pattern)) return pattern.forEach((p) => collect(p, found));
  if (typeof pattern !== 'object' || pattern === null) return;
  for (const [key, value] of Object.entries(pattern)) {
    const literals = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    if (key === 'source') literals.forEach((v) => found.source.add(v));
    else if (key === 'eventName') literals.forEach((v) => found.what.add(v));
    else if (key === 'detail-type') literals.filter((v) => !v.endsWith('via CloudTrail')).forEach((v) => found.what.add(v));
    else if (key === '$or' || (typeof value === 'object' && value !== null && !Array.isArray(value))) collect(value, found);
  }
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

/** The targets an event happened on: its account, in its region or the account's global target. */
export async function eventTargets(provider: InventoryProvider, clouds: Cloud[], event: CloudEvent): Promise<Set<string>> {
  const targets = new Set<string>();
  for (const cloud of clouds) {
    for (const t of await provider.targets(cloud)) {
      if (t.account === event.account && (t.region === event.region || t.region === 'global')) targets.add(targetKey(t));
    }
  }
  return targets;
}
