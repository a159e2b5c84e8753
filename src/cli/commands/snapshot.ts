import { resolve } from 'node:path';
import { runScan } from '../../engine/scan.js';
import type { Cloud } from '../../model/control.js';
import { withCallCache } from '../../providers/call-cache.js';
import { ProviderSetupError } from '../../providers/types.js';
import { SnapshotRecorder } from '../../providers/snapshot/write.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { openInventory, type InventoryArgs } from '../inventory.js';
import type { Io } from '../io.js';
import { parseVarFlags, selectControls, UsageError } from '../selection.js';
import { outputProblem } from '../../output/writable.js';
import { loadCheckedCatalog } from '../content.js';

export interface SnapshotArgs extends InventoryArgs {
  controls: string[];
  flows: string[];
  cloud?: Cloud[];
  only: string[];
  var: string[];
  out: string;
  cwd: string;
}

/**
 * `ctrlflow snapshot`: runs the selected controls' flows against the live clouds and writes
 * exactly the calls they made as a snapshot folder, so a scan can be repeated on frozen
 * evidence (`scan --inventory DIR`). Exit 3 when the scan has ERROR results (each unreadable
 * call is recorded as its error, so the re-scan says ERROR there too), and when nothing was
 * recorded (no target, or no call): then one line says why and nothing is written.
 */
export async function snapshotCommand(args: SnapshotArgs, io: Io): Promise<ExitCode> {
  if (args.inventory !== undefined) throw new UsageError('snapshot records the live clouds: drop --inventory (scan --inventory reads a snapshot)');
  const unwritable = await outputProblem(args.cwd, { folders: { '--out': args.out } });
  if (unwritable) throw new UsageError(unwritable);
  const catalog = await loadCheckedCatalog([...args.controls, ...args.flows], args.cwd, io, 'nothing was recorded');
  if (!catalog) return EXIT.BAD_INPUT;
  const controls = selectControls(catalog, args.only, undefined, args.cloud);
  const recorder = new SnapshotRecorder();
  const clouds = [...new Set(controls.map((c) => c.control.provider))];
  const provider = withCallCache(recorder.wrap(await openInventory(args, clouds, args.cwd, recorder)));
  const nothingWritten = `nothing was written to ${args.out}`;
  let report;
  try {
    ({ report } = await runScan({
      controls,
      flows: catalog.flows,
      provider,
      overrides: parseVarFlags(args.var),
      now: new Date(),
      environment: process.env,
      failOn: 'none',
      onProgress: (done, total, label) => io.status(`[${done}/${total}] ${label}`),
    }));
  } catch (error) {
    if (!(error instanceof ProviderSetupError)) throw error;
    // No credentials, or a scope that cannot be listed: the scan stopped before its first read.
    io.endStatus();
    io.err(`error snapshot: nothing was recorded: ${error.message}; ${nothingWritten}`);
    return EXIT.UNREADABLE;
  }
  io.endStatus();
  // Nothing read is never a snapshot: no folder is written that a later scan would read as "no resources".
  if (report.targets.length === 0) {
    io.err(`error snapshot: nothing was recorded: the live ${clouds.join(', ') || 'cloud'} scope gave no account, subscription or project to read (check the credentials and the scope flags); ${nothingWritten}`);
    return EXIT.UNREADABLE;
  }
  if (recorder.calls === 0) {
    io.err(`error snapshot: nothing was recorded: the selected controls' flows made no cloud call on ${report.targets.length} target(s); ${nothingWritten}`);
    return EXIT.UNREADABLE;
  }
  const written = await recorder.write(resolve(args.cwd, args.out));
  io.out(`Snapshot: ${written.calls} call(s) on ${written.targets} target(s) written to ${args.out}${written.errors ? ` (${written.errors} answered with an error, recorded as such)` : ''}`);
  io.out(`Scan it with: ctrlflow scan --inventory ${args.out}`);
  // A recorded error may be an answer the flow reads as data ("not configured", absentOn):
  // what was unreadable is what the scan could not judge.
  return report.totals.ERROR > 0 ? EXIT.UNREADABLE : EXIT.OK;
}
