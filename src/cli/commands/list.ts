import { CLOUDS } from '../../model/control.js';
import { REPORTERS } from '../../../reporters/index.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';

export const LIST_TOPICS = ['conditions', 'controls', 'flows', 'formats', 'nodes', 'providers'] as const;
export type ListTopic = (typeof LIST_TOPICS)[number];

/** `ctrlflow list TOPIC`: one aligned line per entry. What it lists is loaded only for that topic. */
export async function listCommand(topic: ListTopic, paths: string[], cwd: string, io: Io): Promise<ExitCode> {
  if (topic === 'controls' || topic === 'flows') {
    const [{ loadCatalog }, { formatDiagnostic }] = await Promise.all([import('../../load/catalog.js'), import('../../load/diagnostics.js')]);
    const catalog = await loadCatalog(paths, { cwd });
    if (catalog.diagnostics.length > 0) {
      for (const d of catalog.diagnostics) io.err(formatDiagnostic(d));
      return EXIT.BAD_INPUT;
    }
    const rows =
      topic === 'controls'
        ? catalog.controls.map(({ control: c }) => [c.id, c.severity, c.provider, c.flow, c.title])
        : [...catalog.flows.values()].map((f) => [f.flow.id, `${f.nodes.length} nodes`, f.flow.name ?? '']);
    table(rows.sort((a, b) => a[0]!.localeCompare(b[0]!)), io);
    return EXIT.OK;
  }
  const rows: Record<Exclude<ListTopic, 'controls' | 'flows'>, () => string[][] | Promise<string[][]>> = {
    nodes: async () =>
      (await import('../../nodes/index.js')).NODE_KINDS.map((k) => [k.type, k.aliases?.length ? `alias ${k.aliases.join(', ')}` : '', `ports: ${k.outputs.join(', ')}`, k.summary]),
    conditions: async () => (await import('../../conditions/index.js')).CONDITION_KINDS.map((k) => [k.type, k.summary]),
    formats: async () => (await Promise.all(REPORTERS.map((r) => r.load()))).map((r) => [r.format, `ctrlflow.${r.extension}`, r.summary]),
    providers: () => CLOUDS.map((c) => [c, 'snapshot (--inventory DIR)']),
  };
  table(await rows[topic](), io);
  return EXIT.OK;
}

function table(rows: string[][], io: Io): void {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  for (const row of rows) io.out(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
}
