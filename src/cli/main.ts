import yargs, { type Argv } from 'yargs';
import { VariableError } from '../engine/compile.js';
import { SEVERITIES, type Severity } from '../model/severity.js';
import { REPORTERS } from '../../reporters/index.js';
import { VERSION } from '../version.js';
import { listCommand, LIST_TOPICS, type ListTopic } from './commands/list.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';
import { scanCommand } from './commands/scan.js';
import { testCommand } from './commands/test.js';
import { validateCommand } from './commands/validate.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { processIo, type Io } from './io.js';
import { defaultContentPaths, UsageError } from './selection.js';

const FORMATS = REPORTERS.map((r) => r.format);

/** Parses argv, runs one command and returns its exit code; never calls process.exit. */
export async function main(argv: string[], io: Io = processIo(), cwd = process.cwd()): Promise<ExitCode> {
  const defaults = defaultContentPaths(cwd);
  let code: ExitCode = EXIT.OK;
  const debug = argv.includes('--debug');
  const cli = yargs(argv)
    .scriptName('ctrlflow')
    .usage('$0 <command> [options]')
    .option('debug', { type: 'boolean', describe: 'print stack traces of internal errors' })
    .command(
      'scan',
      'run controls against an inventory and write reports; the exit code gates CI',
      (y: Argv) =>
        contentOptions(y, defaults)
          .option('inventory', { type: 'string', describe: 'snapshot folder to scan (see README "Snapshot layout")' })
          .option('only', { type: 'string', array: true, default: [], describe: 'control ids or patterns (AWS-EC2-*)' })
          .option('severity', { choices: SEVERITIES, describe: 'only controls at or above this severity' })
          .option('fail-on', { choices: [...SEVERITIES, 'none'], default: 'low', describe: 'exit 1 when a FAIL at or above this severity exists' })
          .option('format', { choices: FORMATS, array: true, default: FORMATS, describe: 'report formats' })
          .option('out', { type: 'string', default: 'reports', describe: 'folder for the reports' })
          .option('var', { type: 'string', array: true, default: [], describe: 'NAME=VALUE: override a flow variable' })
          .option('history', { type: 'string', describe: 'folder for execution records (one JSON per flow run)' })
          .option('exceptions', { type: 'string', describe: 'YAML of accepted risks: matching FAILs become EXCEPTED until they expire' })
          .option('baseline', { type: 'string', describe: 'a previous ctrlflow.json: mark each FAIL new or unchanged, list resolved ones' })
          .option('fail-on-new', { type: 'boolean', default: false, describe: 'with --baseline: exit 1 only for new FAILs at or above --fail-on' }),
      async (a) => {
        code = await scanCommand(
          {
            controls: a.controls as string[],
            flows: a.flows as string[],
            inventory: a.inventory as string | undefined,
            only: a.only as string[],
            severity: a.severity as Severity | undefined,
            failOn: a['fail-on'] as Severity | 'none',
            format: [...new Set(a.format as string[])],
            out: a.out as string,
            var: a.var as string[],
            history: a.history as string | undefined,
            exceptions: a.exceptions as string | undefined,
            baseline: a.baseline as string | undefined,
            failOnNew: a['fail-on-new'] as boolean,
            cwd,
          },
          io,
        );
      },
    )
    .command(
      'report <inputs..>',
      'render saved JSON results (ctrlflow.json) again in any format; several are merged into one report',
      (y: Argv) =>
        y
          .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'ctrlflow.json files from earlier scans' })
          .option('format', { choices: FORMATS, array: true, default: FORMATS, describe: 'report formats' })
          .option('out', { type: 'string', default: 'reports', describe: 'folder for the reports' }),
      async (a) => {
        code = await reportCommand({ inputs: a.inputs as string[], format: [...new Set(a.format as string[])], out: a.out as string, cwd }, io);
      },
    )
    .command(
      'validate [paths..]',
      'check controls and flows; every error as file:line:col',
      (y: Argv) => y.positional('paths', { type: 'string', array: true, describe: 'files or folders (default: controls flows)' }),
      async (a) => {
        const paths = (a.paths as string[] | undefined) ?? [];
        code = await validateCommand(paths.length > 0 ? paths : [defaults.controls, defaults.flows], io, cwd);
      },
    )
    .command(
      'run <flow>',
      'run one flow (an id or a file); --till NODE prints that node\'s output as JSON',
      (y: Argv) =>
        y
          .positional('flow', { type: 'string', demandOption: true })
          .option('flows', { type: 'string', array: true, default: [defaults.flows], describe: 'flow files or folders' })
          .option('till', { type: 'string', describe: 'run up to this node and print its output' })
          .option('inventory', { type: 'string', describe: 'snapshot folder' })
          .option('target', { type: 'string', describe: 'CLOUD/ACCOUNT/REGION (default: every target of the flow\'s cloud)' })
          .option('var', { type: 'string', array: true, default: [], describe: 'NAME=VALUE' }),
      async (a) => {
        code = await runCommand(
          {
            flow: a.flow as string,
            flows: a.flows as string[],
            till: a.till as string | undefined,
            inventory: a.inventory as string | undefined,
            target: a.target as string | undefined,
            var: a.var as string[],
            cwd,
          },
          io,
        );
      },
    )
    .command(
      'test [paths..]',
      'run the controls\' unit tests (*.test.yaml beside each control)',
      (y: Argv) =>
        y
          .positional('paths', { type: 'string', array: true, describe: 'control files or folders (default: controls)' })
          .option('flows', { type: 'string', array: true, default: [defaults.flows], describe: 'flow files or folders' }),
      async (a) => {
        const paths = (a.paths as string[] | undefined) ?? [];
        code = await testCommand(paths.length > 0 ? paths : [defaults.controls], a.flows as string[], io, cwd);
      },
    )
    .command(
      'list <topic>',
      'list controls, flows, nodes, conditions, formats or providers',
      (y: Argv) => contentOptions(y.positional('topic', { choices: LIST_TOPICS, demandOption: true }), defaults),
      async (a) => {
        code = await listCommand(a.topic as ListTopic, [...(a.controls as string[]), ...(a.flows as string[])], cwd, io);
      },
    )
    .demandCommand(1, 'name a command: scan, report, validate, run, test or list')
    .strict()
    .exitProcess(false)
    .fail((message, error) => {
      // Throwing stops yargs before any handler runs: bad flags mean nothing runs.
      throw error ?? new UsageError(`${message} (see: ctrlflow --help)`);
    })
    .help()
    .version(VERSION);

  try {
    await cli.parseAsync();
  } catch (error) {
    return reportError(error, io, debug);
  }
  return code;
}

function contentOptions(y: Argv, defaults: { controls: string; flows: string }): Argv {
  return y
    .option('controls', { type: 'string', array: true, default: [defaults.controls], describe: 'control files or folders' })
    .option('flows', { type: 'string', array: true, default: [defaults.flows], describe: 'flow files or folders' });
}

/** A bad flag is one clear line and exit 2; anything else is our bug, still without a stack unless --debug. */
function reportError(error: unknown, io: Io, debug: boolean): ExitCode {
  if (error instanceof UsageError || error instanceof VariableError) {
    io.err(`error usage: ${error.message}`);
    return EXIT.BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`error internal: ${message}${debug ? '' : ' (run again with --debug for details)'}`);
  if (debug && error instanceof Error && error.stack) io.err(error.stack);
  return EXIT.BAD_INPUT;
}
