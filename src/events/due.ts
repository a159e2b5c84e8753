import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { LoadedControl, LoadedFlow } from '../load/catalog.js';
import { nextRun, triggerOf } from './triggers.js';

/**
 * Schedules that fire: `scan --due [WINDOW]` runs the flows whose cron falls due in the window
 * ending now, so one frequent CI job runs each flow on its own schedule. The window is WINDOW,
 * else since the previous run recorded in `--state FILE`, else the last hour.
 */
export const DEFAULT_WINDOW_MS = 60 * 60 * 1000;

const UNITS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

/** `90m`, `1h`, `1h30m`, `2d`: the window's length in ms; undefined when not such a text. */
export function parseWindow(text: string): number | undefined {
  const m = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  if (!m || text.trim() === '') return undefined;
  const ms = ['d', 'h', 'm', 's'].reduce((sum, unit, i) => sum + Number(m[i + 1] ?? 0) * UNITS[unit]!, 0);
  return ms > 0 ? ms : undefined;
}

export interface DueFlow {
  flowId: string;
  /** The first time in the window the schedule fired. */
  at: Date;
}

/** Each scheduled flow of these controls, due (fired in (from, to]) or not, with its next run. */
export function dueFlows(controls: LoadedControl[], flows: Map<string, LoadedFlow>, from: Date, to: Date): { due: DueFlow[]; notDue: { flowId: string; next?: Date }[] } {
  const due: DueFlow[] = [];
  const notDue: { flowId: string; next?: Date }[] = [];
  for (const flowId of [...new Set(controls.map((c) => c.flowId))].sort()) {
    const trigger = triggerOf(flows.get(flowId)!);
    if (trigger.on !== 'schedule') continue;
    const at = nextRun(trigger, from);
    if (at && at.getTime() <= to.getTime()) due.push({ flowId, at });
    else notDue.push({ flowId, next: at });
  }
  return { due, notDue };
}

/** What `--state FILE` keeps between runs. */
export interface DueState {
  /** The end of the last window that ran: the next window starts here. */
  lastRun: string;
  /** The flows that last window ran, with when each was due. */
  ran: Record<string, string>;
}

/** The state, or undefined when the file does not exist yet; a file that is not a state is an error. */
export async function readDueState(file: string): Promise<DueState | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const value = JSON.parse(text) as Partial<DueState>;
  if (typeof value?.lastRun !== 'string' || Number.isNaN(Date.parse(value.lastRun))) throw new Error('it has no "lastRun" time');
  return { lastRun: value.lastRun, ran: value.ran ?? {} };
}

/** Written to a temporary file and renamed, so a crash never leaves half a state. */
export async function writeDueState(file: string, state: DueState): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
}
