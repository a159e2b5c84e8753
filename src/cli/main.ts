import type { Argv } from 'yargs';
import type { ResultStream } from '../model/stream.js';
import { CLOUDS, type Cloud } from '../model/control.js';
import type { ReportSummary } from '../model/result.js';
import { asksVersion, VERSION } from '../version.js';
import { DEFAULT_FORMATS, FORMATS } from '../../reporters/index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { processIo, type Io } from './io.js';
import { groupFlags, LIVE_GROUP, SCAN_EXAMPLES } from './help.js';
import { flagValues, inventoryArgs, inventoryOptions, pickFlags, scanOptions, type ScanOption } from './scan-options.js';
import { defaultContentPaths, parseShard, UsageError } from './usage.js';
import { requireHere } from '../lib/lazy-module.js';

import { LIST_TOPICS } from './commands/list.js';
import { CONFIG_FILE, ConfigFileError, findConfigFile, readConfigFile } from './config-file.js';
import { eventArgs, eventOptions, listenArgs, listenOptions } from './event-options.js';

type ScanFlags = ReturnType<typeof scanOptions>;

// Commands, reporters, the engine and the cloud SDKs are imported when a command runs: `--version` loads none of them.
/**
 * What an embedding caller (the GitHub Action) adds to a run: more consumers of the result
 * stream, and the run's summary and files once it is done, so nothing is read back from disk.
 */
export interface MainHooks {
  outputs?: ResultStream[];
  onRun?(run: { summary?: ReportSummary; files: string[] }): void;
}

/** Parses argv, runs one command and returns its exit code; never calls process.exit. */
export async function main(argv: string[], io: Io = processIo(), cwd = process.cwd(), hooks: MainHooks = {}): Promise<ExitCode> {
  if (asksVersion(argv)) {
    io.out(VERSION);
    return EXIT.OK;
  }
  const defaults = defaultContentPaths(cwd);
  let code: ExitCode = EXIT.OK;
  const debug = argv.includes('--debug');
  let scanFlags: ScanFlags;
  try {
    scanFlags = await withConfigDefaults(scanOptions(defaults), argv, cwd);
  } catch (error) {
    return reportError(error, io, debug);
  }
  const eventFlags = eventOptions(defaults);
  // yargs 17's CommonJS build, one file: its ES module build is many (twice the load). yargs 18
  // took ~0.13 s more to load (two string-width copies, each building an Intl.Segmenter as it
  // loads, and a dozen more modules): a scan started ~75 ms later, --help ~0.13 s.
  const yargs: typeof import('yargs').default = typeof require === 'function' ? require('yargs') : requireHere('yargs');
  const cli = yargs(argv)
    .scriptName('ctrlflow')
    .usage('$0 <command> [options]')
    .option('debug', { type: 'boolean', describe: 'print stack traces of internal errors' })
    .command(
      'scan',
      'run controls against an inventory and write reports; the exit code gates CI',
      (y: Argv) =>
        groupFlags(
          SCAN_EXAMPLES.reduce(
            (g, [command, what]) => g.example(command, what),
            y
              .options(scanFlags)
              .option('config', { type: 'string', describe: `scan defaults file (default: the nearest ${CONFIG_FILE} upward)` })
              .option('due', { type: 'string', describe: 'only the scheduled flows due in this window ending now (1h, 90m, 1d; none: since --state\'s last run, else 1h)' })
              .option('state', { type: 'string', describe: 'with --due: the file recording the last run (read, then written)' }),
          ),
          [...Object.keys(scanFlags), 'config', 'due', 'state'],
        ),
      async (a) => {
        if (a.state !== undefined && a.due === undefined) throw new UsageError('--state goes with --due (it records when scheduled flows last ran)');
        const { runScanCommand } = await import('./commands/scan.js');
        const due = a.due as string | undefined;
        // --due: only the scheduled flows due now, each run as `scan --only` their controls would be.
        const scan: typeof runScanCommand =
          due === undefined
            ? runScanCommand
            : async (args, out) => ({ code: await (await import('./commands/scan-due.js')).dueScanCommand({ ...args, due, state: a.state as string | undefined }, out), files: [] });
        // The scan's arguments are the flag table's values; --shard parsed, --quiet/--verbose one verbosity.
        const { shard, quiet, verbose, format, ...flags } = flagValues(scanFlags, a);
        const verbosity = quiet === true ? 'quiet' : verbose === true ? 'verbose' : 'normal';
        const run = await scan({ ...flags, format: [...new Set(format)], shard: shard === undefined ? undefined : parseShard(shard), verbosity, cwd }, io, hooks.outputs);
        code = run.code;
        hooks.onRun?.(run);
      },
    )
    .command(
      'handle-event [input]',
      'run the event-triggered controls whose pattern matches a cloud event (a file, a batch, or - for stdin), on the resources it names',
      (y: Argv) => y.positional('input', { type: 'string', describe: 'event JSON file, a list or JSON lines of events, or - (stdin, the default)' }).options(eventFlags),
      async (a) => {
        const { handleEventCommand } = await import('./commands/handle-event.js');
        code = await handleEventCommand({ ...eventArgs(eventFlags, a, cwd), input: a.input as string | undefined }, io);
      },
    )
    .command(
      'listen',
      'consume the SQS queue an EventBridge rule targets: each event as handle-event, one line each, until SIGTERM/SIGINT',
      (y: Argv) => y.options(eventFlags).options(listenOptions()),
      async (a) => {
        const { listenCommand } = await import('./commands/listen.js');
        code = await listenCommand({ ...eventArgs(eventFlags, a, cwd), ...listenArgs(a) }, io);
      },
    )
    .command(
      'report <inputs..>',
      'render saved JSON results (ctrlflow.json) again in any format; several are merged into one report',
      (y: Argv) =>
        y
          .positional('inputs', { type: 'string', array: true, demandOption: true, describe: 'ctrlflow.json files from earlier scans' })
          .option('format', { choices: FORMATS, array: true, default: DEFAULT_FORMATS, describe: 'report formats (asff, junit, ocsf and oscal only when named)' })
          .option('out', { type: 'string', default: 'reports', describe: 'folder for the reports' })
          .option('sign-key', { type: 'string', describe: 'Ed25519 private key (PEM) to sign ctrlflow-manifest.json with (or $CTRLFLOW_SIGN_KEY)' })
          .options(reportGateOptions(scanFlags))
          .option('allow-partial', { type: 'boolean', default: false, describe: 'merge shards that are not one complete run (a shard missing or given twice, another run\'s shard); the report is marked partial' }),
      async (a) => {
        const { runReportCommand } = await import('./commands/report.js');
        const run = await runReportCommand(
          {
            inputs: a.inputs,
            format: [...new Set(a.format)],
            out: a.out,
            ...flagValues(reportGateOptions(scanFlags), a),
            allowPartial: a.allowPartial,
            signKey: a.signKey,
            cwd,
          },
          io,
          hooks.outputs,
        );
        code = run.code;
        hooks.onRun?.(run);
      },
    )
    .command(
      'verify <dir>',
      'check a run\'s reports against its ctrlflow-manifest.json: every file hashed again, its signature checked; exit 1 on any difference',
      (y: Argv) =>
        y
          .positional('dir', { type: 'string', demandOption: true, describe: 'the folder holding ctrlflow-manifest.json (the --out of the run)' })
          .option('public-key', { type: 'string', describe: 'the Ed25519 public key (PEM) the manifest must be signed with' })
          .option('inventory', { type: 'string', describe: 'a snapshot folder to hash again: is it the one the scan read?' }),
      async (a) => {
        const { verifyCommand } = await import('./commands/verify.js');
        code = await verifyCommand({ dir: a.dir as string, publicKey: a['public-key'] as string | undefined, inventory: a.inventory as string | undefined, cwd }, io);
      },
    )
    .command(
      'validate [paths..]',
      'check controls and flows; every error as file:line:col',
      (y: Argv) => y.positional('paths', { type: 'string', array: true, describe: 'files or folders (default: controls flows)' }),
      async (a) => {
        const paths = a.paths ?? [];
        const { validateCommand } = await import('./commands/validate.js');
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
          .options(groupInventory(inventoryOptions()))
          .option('target', { type: 'string', describe: 'CLOUD/ACCOUNT/REGION (default: every target of the flow\'s cloud)' })
          .option('var', { type: 'string', array: true, default: [], describe: 'NAME=VALUE' }),
      async (a) => {
        const { runCommand } = await import('./commands/run.js');
        code = await runCommand(
          {
            flow: a.flow as string,
            flows: a.flows as string[],
            till: a.till as string | undefined,
            ...inventoryArgs(a),
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
        const paths = a.paths ?? [];
        const { testCommand } = await import('./commands/test.js');
        code = await testCommand(paths.length > 0 ? paths : [defaults.controls], a.flows, io, cwd);
      },
    )
    .command(
      'list <topic>',
      'list controls, flows, frameworks, nodes, conditions, formats or providers',
      (y: Argv) => contentOptions(y.positional('topic', { choices: LIST_TOPICS, demandOption: true }), defaults),
      async (a) => {
        const { listCommand } = await import('./commands/list.js');
        code = await listCommand(a.topic, [...a.controls, ...a.flows], cwd, io);
      },
    )
    .command(
      'snapshot',
      'record what the selected controls read from the live clouds into a snapshot folder',
      (y: Argv) =>
        y
          // It reads the live clouds: a snapshot folder (--inventory) is what it writes (--out), not a source.
          .options(groupInventory(liveOptions(), 'Live clouds (what it records):'))
          .option('controls', { type: 'string', array: true, default: [defaults.controls], describe: 'control files or folders' })
          .option('flows', { type: 'string', array: true, default: [defaults.flows], describe: 'flow files or folders' })
          .option('cloud', { choices: CLOUDS, array: true, describe: 'only the controls of these clouds' })
          .option('only', { type: 'string', array: true, default: [], describe: 'control ids or patterns' })
          .option('var', { type: 'string', array: true, default: [], describe: 'NAME=VALUE' })
          .option('out', { type: 'string', demandOption: true, describe: 'the snapshot folder to write' }),
      async (a) => {
        const { snapshotCommand } = await import('./commands/snapshot.js');
        code = await snapshotCommand(
          { ...inventoryArgs(a), controls: a.controls as string[], flows: a.flows as string[], cloud: a.cloud as Cloud[] | undefined, only: a.only as string[], var: a.var as string[], out: a.out as string, cwd },
          io,
        );
      },
    )
    .command(
      'export <names..>',
      'write up to 10 flows (ids or files) into one JSON bundle, HTTP auth and secret values removed',
      (y: Argv) =>
        y
          .positional('names', { type: 'string', array: true, demandOption: true })
          .option('flows', { type: 'string', array: true, default: [defaults.flows], describe: 'flow files or folders' })
          .option('output', { alias: 'o', type: 'string', demandOption: true, describe: 'the bundle file to write' }),
      async (a) => {
        const { exportCommand } = await import('./commands/export.js');
        code = await exportCommand({ names: a.names, flows: a.flows, output: a.output, cwd }, io);
      },
    )
    .command(
      'import <bundle>',
      'write the flows of a JSON bundle as YAML files, checked first; never overwrites without --force',
      (y: Argv) =>
        y
          .positional('bundle', { type: 'string', demandOption: true })
          .option('into', { type: 'string', default: 'flows', describe: 'folder for the flow files' })
          .option('force', { type: 'boolean', default: false, describe: 'replace flow files that exist' }),
      async (a) => {
        const { importCommand } = await import('./commands/import.js');
        code = await importCommand({ bundle: a.bundle, into: a.into, force: a.force, cwd }, io);
      },
    )
    .demandCommand(1, 'name a command: scan, handle-event, listen, report, verify, validate, run, test, list, snapshot, export or import')
    .strict()
    .exitProcess(false)
    .fail((message, error) => {
      // Throwing stops yargs before any handler runs: bad flags mean nothing runs. A flag's
      // coerce (scan-options.ts) says what is wrong itself; yargs hands it on as a YError.
      if (error?.name === 'YError') throw new UsageError(error.message);
      throw error ?? new UsageError(`${message} (see: ctrlflow --help)`);
    })
    .help()
    .version(VERSION);
  skipHelpCache(cli);

  try {
    await cli.parseAsync();
  } catch (error) {
    return await reportError(error, io, debug);
  }
  return code;
}

/**
 * yargs lays out a command's whole help text each time the command runs (~0.15 s for scan's
 * flags), only to print it should the handler fail; `.fail` above never prints it. Turned off
 * through yargs' internal methods where it has them (else nothing changes); `--help` still
 * lays the text out when asked.
 */
function skipHelpCache(cli: object): void {
  const internal: unknown = Reflect.get(cli, 'getInternalMethods');
  if (typeof internal !== 'function') return;
  const methods: unknown = internal.call(cli);
  const usageOf: unknown = typeof methods === 'object' && methods !== null ? Reflect.get(methods, 'getUsageInstance') : undefined;
  const usage: unknown = typeof usageOf === 'function' ? usageOf() : undefined;
  if (typeof usage === 'object' && usage !== null && typeof Reflect.get(usage, 'cacheHelpMessage') === 'function') Reflect.set(usage, 'cacheHelpMessage', () => undefined);
}

/** The gate of `scan`, taken by `report` too, from the one flag table: the same names, defaults and exit codes. */
function reportGateOptions(flags: ScanFlags) {
  return pickFlags(flags, ['fail-on', 'fail-on-new', 'baseline', 'baseline-optional']);
}

/** The inventory flags under their help group. */
function groupInventory(options: Record<string, ScanOption>, title = LIVE_GROUP): Record<string, ScanOption> {
  return Object.fromEntries(Object.entries(options).map(([name, option]) => [name, { ...option, group: title }]));
}

/** The live flags alone: what `snapshot` reads from. */
function liveOptions(): Record<string, ScanOption> {
  const { inventory: _snapshot, ...live } = inventoryOptions();
  return live;
}

function contentOptions<T>(y: Argv<T>, defaults: { controls: string; flows: string }) {
  return y
    .option('controls', { type: 'string', array: true, default: [defaults.controls], describe: 'control files or folders' })
    .option('flows', { type: 'string', array: true, default: [defaults.flows], describe: 'flow files or folders' });
}

/**
 * The scan flags with a config file's values as their defaults (flags given still win). Only
 * `scan` reads the file; `--config` is looked for before yargs runs, as it shapes the options.
 */
async function withConfigDefaults<T extends Record<string, ScanOption>>(options: T, argv: string[], cwd: string): Promise<T> {
  if (argv[0] !== 'scan') return options;
  const at = argv.findIndex((a) => a === '--config' || a.startsWith('--config='));
  const explicit = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.slice('--config='.length) : argv[at + 1];
  if (at >= 0 && (explicit === undefined || explicit === '')) throw new UsageError('--config needs a file');
  const file = findConfigFile(cwd, explicit);
  if (!file) return options;
  const values = await readConfigFile(file, cwd, options);
  const withDefaults = { ...options };
  const byName: Record<string, ScanOption> = withDefaults;
  for (const [name, option] of Object.entries(options)) if (name in values) byName[name] = { ...option, default: values[name] };
  return withDefaults;
}

/** A bad flag is one clear line and exit 2; anything else is our bug, still without a stack unless --debug. */
async function reportError(error: unknown, io: Io, debug: boolean): Promise<ExitCode> {
  // Known by name: their modules load only with the commands that throw them.
  const name = error instanceof Error ? error.name : '';
  if (name === 'ConfigFileError') {
    const { formatDiagnostic } = await import('../load/diagnostics.js');
    if (!(error instanceof ConfigFileError)) throw error;
    for (const d of error.diagnostics) io.err(formatDiagnostic(d));
    io.err(`${error.diagnostics.length} error(s) in the config file: nothing was scanned`);
    return EXIT.BAD_INPUT;
  }
  if (name === 'ProviderSetupError') {
    io.err(`error provider: ${(error as Error).message}`);
    return EXIT.UNREADABLE;
  }
  if (error instanceof UsageError || name === 'FlowInputError' || name === 'OutputPathError' || name === 'SnapshotFileError') {
    io.err(`error usage: ${(error as Error).message}`);
    return EXIT.BAD_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`error internal: ${message}${debug ? '' : ' (run again with --debug for details)'}`);
  if (debug && error instanceof Error && error.stack) for (const line of error.stack.split('\n')) io.err(line);
  return EXIT.BAD_INPUT;
}
