import { splitReport, type ScanReport } from '../src/model/result.js';
import type { Reporter, TextSink } from './types.js';

/** One line per report format: its name and how to load its module (formats load only when used). */
export interface ReporterEntry {
  format: string;
  load(): Promise<Reporter>;
  /** Written only when asked for by name (`--format oscal`), not by default. */
  optIn?: true;
}

/** THE table of report formats, sorted by format; CLI choices come from it. */
export const REPORTERS = [
  { format: 'asff', load: async () => (await import('./asff.js')).asff, optIn: true },
  { format: 'csv', load: async () => (await import('./csv.js')).csv },
  { format: 'html', load: async () => (await import('./html.js')).html },
  { format: 'json', load: async () => (await import('./json.js')).json },
  { format: 'junit', load: async () => (await import('./junit.js')).junit, optIn: true },
  { format: 'markdown', load: async () => (await import('./markdown.js')).markdown },
  { format: 'ocsf', load: async () => (await import('./ocsf.js')).ocsf, optIn: true },
  { format: 'oscal', load: async () => (await import('./oscal.js')).oscal, optIn: true },
  { format: 'sarif', load: async () => (await import('./sarif.js')).sarif },
] satisfies readonly ReporterEntry[];

/** Every format: the choices of --format. */
export const FORMATS: readonly string[] = REPORTERS.map((r) => r.format);
/** What --format defaults to: the formats not marked optIn. */
export const DEFAULT_FORMATS: readonly string[] = REPORTERS.filter((r) => !r.optIn).map((r) => r.format);

export async function findReporter(format: string): Promise<Reporter | undefined> {
  return REPORTERS.find((r) => r.format === format)?.load();
}

/**
 * A whole report (a fixture, a small merged file) rendered into one string through the same
 * stream every scan uses. For tests and for bounded formats (the Action's job summary); scans
 * write to files through src/output.
 */
export async function renderReport(reporter: Reporter, report: ScanReport): Promise<string> {
  const { head, summary } = splitReport(report);
  const parts: string[] = [];
  const out: TextSink = { write: (text) => void parts.push(text), drained: async () => undefined };
  const writer = reporter.open(head, out);
  for (const r of report.results) writer.result(r);
  await writer.end(summary);
  return parts.join('');
}
