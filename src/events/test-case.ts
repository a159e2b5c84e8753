import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { LoadedControl, LoadedFlow } from '../load/catalog.js';
import type { ControlTestCase } from '../model/control-test.js';
import type { InventoryProvider } from '../providers/types.js';
import { parseEvents, type CloudEvent } from '../model/event.js';
import { matchesPattern } from '../nodes/events/pattern.js';
import { scopeOfEvent, type EventScope } from '../nodes/events/scope.js';
import { eventPatternOf, eventTargets, triggerOf } from './triggers.js';

/**
 * A control test case that carries an event runs as handle-event would: only when the flow's
 * trigger matches the event (or, with `fires: false`, checks that it does not), on the event's
 * account and region, with the trigger's scope. `run` is what the scan takes; absent: nothing to run.
 */
export async function eventCase(
  control: LoadedControl,
  flows: Map<string, LoadedFlow>,
  testCase: ControlTestCase,
  testFile: string,
  provider: InventoryProvider,
): Promise<{ problems: string[]; run?: { restrictTo: Set<string>; eventScope: EventScope } }> {
  const loaded = await loadEvent(testCase.event!, testFile);
  if (typeof loaded === 'string') return { problems: [`event: ${loaded}`] };
  const trigger = triggerOf(flows.get(control.flowId)!);
  const fires = trigger.event !== undefined && matchesPattern(eventPatternOf(trigger.event), loaded);
  const expected = testCase.fires ?? true;
  if (fires !== expected) {
    const why = trigger.on !== 'event' ? ` (flow ${control.flowId} has a ${trigger.on} trigger)` : '';
    return { problems: [`event ${loaded.id}: expected the trigger of ${control.flowId} ${expected ? 'to match' : 'not to match'} it, but it did${fires ? '' : ' not'}${why}`] };
  }
  if (!fires) return { problems: [] };
  const restrictTo = await eventTargets(provider, [control.control.provider], loaded);
  if (restrictTo.size === 0) return { problems: [`event ${loaded.id}: the inventory has no target ${loaded.account}/${loaded.region}`] };
  return { problems: [], run: { restrictTo, eventScope: new Map([[control.flowId, scopeOfEvent(trigger.event?.scope ?? {}, loaded)]]) } };
}

async function loadEvent(event: string | Record<string, unknown>, testFile: string): Promise<CloudEvent | string> {
  let text: string;
  if (typeof event === 'string') {
    try {
      text = await readFile(resolve(dirname(testFile), event), 'utf8');
    } catch (error) {
      return `cannot read ${event} (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    }
  } else {
    text = JSON.stringify(event);
  }
  const { events, errors } = parseEvents(text);
  if (errors.length > 0) return errors.join('; ');
  return events.length === 1 ? events[0]! : `${events.length} events; a case takes one`;
}
