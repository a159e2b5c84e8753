import { resolve } from 'node:path';
import { DEFAULT_WINDOW_MS, dueFlows, parseWindow, readDueState, writeDueState } from '../../events/due.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { contentPaths, loadCheckedCatalog } from '../content.js';
import type { Io } from '../io.js';
import { selectControls, UsageError } from '../selection.js';
import { scanCommand, type ScanArgs } from './scan.js';

export interface DueScanArgs extends ScanArgs {
  /** `--due` as given: a window (`1h`, `90m`, `1d`), or empty for "since the last run". */
  due: string;
  /** `--state FILE`: when the last window ended; read first, written after a scan that completed. */
  state?: string;
}

/**
 * `ctrlflow scan --due [WINDOW]`: the selected controls whose flows have a schedule trigger
 * that fell due in the window ending now, scanned as `scan --only` those controls would be.
 */
export async function dueScanCommand(args: DueScanArgs, io: Io, now = new Date()): Promise<ExitCode> {
  const window = args.due.trim() === '' ? undefined : parseWindow(args.due);
  if (args.due.trim() !== '' && window === undefined) throw new UsageError(`--due ${args.due}: expected a window such as 1h, 90m, 1h30m or 1d (or none: since the last run in --state, else the last hour)`);
  const stateFile = args.state === undefined ? undefined : resolve(args.cwd, args.state);
  let last: string | undefined;
  try {
    last = stateFile ? (await readDueState(stateFile))?.lastRun : undefined;
  } catch (error) {
    throw new UsageError(`--state ${args.state}: not a state file written by scan --due (${(error as Error).message})`);
  }
  const from = window !== undefined ? new Date(now.getTime() - window) : last !== undefined ? new Date(last) : new Date(now.getTime() - DEFAULT_WINDOW_MS);

  const paths = await contentPaths(args, io);
  const catalog = await loadCheckedCatalog(paths, args.cwd, io, 'nothing was scanned');
  if (!catalog) return EXIT.BAD_INPUT;
  const selected = selectControls(catalog, args.only, args.severity, args.cloud);
  const { due, notDue } = dueFlows(selected, catalog.flows, from, now);
  const span = `${from.toISOString()} and ${now.toISOString()}`;
  for (const f of notDue) io.out(`Not due: ${f.flowId} (next ${f.next?.toISOString() ?? 'never'})`);
  let code: ExitCode = EXIT.OK;
  if (due.length === 0) {
    io.out(`No scheduled flow fell due between ${span}: nothing ran.`);
  } else {
    io.out(`Due between ${span}: ${due.map((f) => `${f.flowId} (${f.at.toISOString()})`).join(', ')}`);
    const flowIds = new Set(due.map((f) => f.flowId));
    const ids = selected.filter((c) => flowIds.has(c.flowId)).map((c) => c.control.id);
    // The same files again, the bundled ones already among them (and their warnings said).
    code = await scanCommand({ ...args, controls: paths, flows: [], bundled: false, only: ids }, io);
  }
  // A scan that could not finish (bad input, an unreadable target) leaves the state, so the next run covers this window again.
  if (stateFile && (code === EXIT.OK || code === EXIT.FAILED)) {
    await writeDueState(stateFile, { lastRun: now.toISOString(), ran: Object.fromEntries(due.map((f) => [f.flowId, f.at.toISOString()])) });
  }
  return code;
}
