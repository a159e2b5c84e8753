import { CONDITION_KINDS } from '../../conditions/index.js';
import { describeTrigger, nextRun, triggerOf } from '../../events/triggers.js';
import type { TriggerConfig } from '../../nodes/trigger.js';
import { loadCatalog } from '../../load/catalog.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import { CLOUDS } from '../../model/control.js';
import { NODE_KINDS } from '../../nodes/index.js';
import { REPORTERS } from '../../../reporters/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';

export const LIST_TOPICS = ['conditions', 'controls', 'flows', 'formats', 'nodes', 'providers'] as const;
export type ListTopic = (typeof LIST_TOPICS)[number];

/** `ctrlflow list TOPIC`: one aligned line per entry. */
export async function listCommand(topic: ListTopic, paths: string[], cwd: string, io: Io, now = new Date()): Promise<ExitCode> {
  if (topic === 'controls' || topic === 'flows') {
    const catalog = await loadCatalog(paths, { cwd });
    if (catalog.diagnostics.length > 0) {
      for (const d of catalog.diagnostics) io.err(formatDiagnostic(d));
      return EXIT.BAD_INPUT;
    }
    const rows =
      topic === 'controls'
        ? catalog.controls.map(({ control: c }) => [c.id, c.severity, c.provider, c.flow, c.title])
        : [...catalog.flows.values()].map((f) => [f.flow.id, describeTrigger(triggerOf(f)), nextRunText(triggerOf(f), now), `${f.nodes.length} nodes`, f.flow.name ?? '']);
    table(rows.sort((a, b) => a[0]!.localeCompare(b[0]!)), io);
    return EXIT.OK;
  }
  const rows: Record<Exclude<ListTopic, 'controls' | 'flows'>, () => string[][]> = {
    nodes: () =>
      NODE_KINDS.map((k) => [k.type, k.aliases?.length ? `alias ${k.aliases.join(', ')}` : '', `ports: ${k.outputs.join(', ')}`, k.summary]),
    conditions: () => CONDITION_KINDS.map((k) => [k.type, k.summary]),
    formats: () => REPORTERS.map((r) => [r.format, `ctrlflow.${r.extension}`, r.summary]),
    providers: () => CLOUDS.map((c) => [c, 'snapshot (--inventory DIR)']),
  };
  table(rows[topic](), io);
  return EXIT.OK;
}

function table(rows: string[][], io: Io): void {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  for (const row of rows) io.out(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

/** When a flow runs next: a schedule's next time; the others run with a scan or on their event. */
function nextRunText(trigger: TriggerConfig, now: Date): string {
  if (trigger.on === 'schedule') return `next ${nextRun(trigger, now)?.toISOString() ?? '-'}`;
  return trigger.on === 'event' ? 'on a matching event' : 'with every scan';
}
