import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseEvents } from '../../model/event.js';
import { folderOf, handleEvent, prepareHandling, worstCode, type EventArgs } from '../events/handle.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Io } from '../io.js';
import { UsageError } from '../selection.js';

export interface HandleEventArgs extends EventArgs {
  /** A file of one event, a batch (a JSON list, or JSON lines), or `-` for stdin (the default). */
  input?: string;
}

/**
 * `ctrlflow handle-event [FILE|-]`: runs every selected control whose flow's event trigger
 * matches, on the event's account and region, reading only the resources the trigger's scope
 * names; writes the usual reports (one folder per event for a batch). An event that matches
 * nothing exits 0 and says so; a malformed one exits 2 with nothing run.
 */
export async function handleEventCommand(args: HandleEventArgs, io: Io, readStdin: () => Promise<string> = stdinText, now = new Date()): Promise<ExitCode> {
  // yargs hands a lone `-` over as ''.
  const label = args.input === undefined || args.input === '-' || args.input === '' ? 'stdin' : args.input;
  let text: string;
  try {
    text = label === 'stdin' ? await readStdin() : await readFile(resolve(args.cwd, label), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${label} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const { events, errors } = parseEvents(text);
  if (errors.length > 0) {
    for (const e of errors) io.err(`error bad-event: ${label}: ${e}`);
    io.err('The input is not a valid event: nothing ran.');
    return EXIT.BAD_INPUT;
  }
  const handling = await prepareHandling(args, io);
  if (typeof handling === 'number') return handling;
  const codes: ExitCode[] = [];
  for (const event of events) {
    const out = events.length === 1 ? resolve(args.cwd, args.out) : join(resolve(args.cwd, args.out), folderOf(event.id));
    codes.push((await handleEvent(event, handling, out, io, now)).code);
  }
  return worstCode(codes);
}

async function stdinText(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
