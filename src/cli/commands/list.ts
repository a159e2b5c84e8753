import type { frameworkCoverage } from '../../engine/frameworks.js';
import type { nextRun } from '../../events/triggers.js';
import type { Catalog } from '../../load/catalog.js';
import type { TriggerConfig } from '../../nodes/trigger.js';
import { CLOUDS } from '../../model/control.js';
import { REPORTERS } from '../../../reporters/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';

export const LIST_TOPICS = ['conditions', 'controls', 'flows', 'formats', 'frameworks', 'nodes', 'providers'] as const;
export type ListTopic = (typeof LIST_TOPICS)[number];

/** `ctrlflow list TOPIC`: one aligned line per entry. What it lists is loaded only for that topic. */
export async function listCommand(topic: ListTopic, paths: string[], cwd: string, io: Io, now = new Date()): Promise<ExitCode> {
  if (topic === 'controls' || topic === 'flows' || topic === 'frameworks') {
    const [{ loadCatalog }, { formatDiagnostic }, { describeTrigger, nextRun, triggerOf }, { frameworkCoverage }] = await Promise.all([
      import('../../load/catalog.js'),
      import('../../load/diagnostics.js'),
      import('../../events/triggers.js'),
      import('../../engine/frameworks.js'),
    ]);
    const catalog = await loadCatalog(paths, { cwd });
    if (catalog.diagnostics.length > 0) {
      for (const d of catalog.diagnostics) io.err(formatDiagnostic(d));
      return EXIT.BAD_INPUT;
    }
    const rows =
      topic === 'frameworks'
        ? frameworkRows(catalog, frameworkCoverage)
        : topic === 'controls'
          ? catalog.controls.map(({ control: c }) => [c.id, c.severity, c.provider, c.flow, c.title]).sort((a, b) => a[0]!.localeCompare(b[0]!))
          : [...catalog.flows.values()]
              .map((f) => [f.flow.id, describeTrigger(triggerOf(f)), nextRunText(triggerOf(f), now, nextRun), `${f.nodes.length} nodes`, f.flow.name ?? ''])
              .sort((a, b) => a[0]!.localeCompare(b[0]!));
    table(rows, io);
    return EXIT.OK;
  }
  const rows: Record<Exclude<ListTopic, 'controls' | 'flows' | 'frameworks'>, () => string[][] | Promise<string[][]>> = {
    nodes: async () =>
      (await import('../../nodes/index.js')).NODE_KINDS.map((k) => [k.type, k.aliases?.length ? `alias ${k.aliases.join(', ')}` : '', `ports: ${k.outputs.join(', ')}`, k.summary]),
    conditions: async () => (await import('../../conditions/index.js')).CONDITION_KINDS.map((k) => [k.type, k.summary]),
    formats: async () => (await Promise.all(REPORTERS.map((r) => r.load()))).map((r) => [r.format, `ctrlflow.${r.extension}`, r.summary]),
    providers: () => CLOUDS.map((c) => [c, 'snapshot (--inventory DIR)']),
  };
  table(await rows[topic](), io);
  return EXIT.OK;
}

/**
 * One line per framework under a header: its requirements, the automated ones and how many of
 * those have a control, the manual ones with an evidence control, the manual ones left to
 * attestation, and the automated coverage.
 */
function frameworkRows(catalog: Catalog, coverage: typeof frameworkCoverage): string[][] {
  if (catalog.frameworks.length === 0) return [['no framework files were loaded (they live in controls/frameworks/, beside the controls)']];
  const head = ['framework', 'requirements', 'automated', 'covered', 'manual+evidence', 'attestable-only', 'coverage', 'title'];
  const rows = catalog.frameworks
    .map(({ framework: f }) => {
      const c = coverage(f);
      const figures = [c.requirements, c.automated, c.automatedCovered, c.manualWithEvidence, c.attestableOnly].map(String);
      return [f.id, ...figures, `${c.coverage}%`, `${f.title} v${f.version}`];
    })
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
  return [head, ...rows];
}

function table(rows: string[][], io: Io): void {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  for (const row of rows) io.out(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}

/** When a flow runs next: a schedule's next time; the others run with a scan or on their event. */
function nextRunText(trigger: TriggerConfig, now: Date, next: typeof nextRun): string {
  if (trigger.on === 'schedule') return `next ${next(trigger, now)?.toISOString() ?? '-'}`;
  return trigger.on === 'event' ? 'on a matching event' : 'with every scan';
}
