import { join, relative, resolve } from 'node:path';
import { folderOf, handleEvent, prepareHandling } from '../events/handle.js';
import { listen } from '../../events/listen.js';
import { seenEvents } from '../../events/queue.js';
import type { EventQueue } from '../../providers/queue.js';
import type { ListenArgs } from '../event-options.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { bufferIo, type Io } from '../io.js';
import { UsageError } from '../selection.js';

export type { ListenArgs } from '../event-options.js';

/**
 * `ctrlflow listen --sqs-queue URL`: a long-running consumer of the queue an EventBridge rule
 * targets. Each event runs as `handle-event` would, its reports under OUT/<event id>/, one line
 * per event; SIGTERM or SIGINT stops receiving, lets the events in flight finish, and exits 0.
 */
export async function listenCommand(args: ListenArgs, io: Io, stop?: AbortSignal, queue?: EventQueue): Promise<ExitCode> {
  if (!Number.isInteger(args.parallel) || args.parallel < 1 || args.parallel > 100) throw new UsageError('--parallel must be a whole number from 1 to 100');
  if (!Number.isInteger(args.waitSeconds) || args.waitSeconds < 0 || args.waitSeconds > 20) throw new UsageError('--wait-seconds must be a whole number from 0 to 20 (SQS long polling)');
  if (!Number.isInteger(args.visibilityTimeout) || args.visibilityTimeout < 10 || args.visibilityTimeout > 43_200) throw new UsageError('--visibility-timeout must be whole seconds from 10 to 43200');
  if (!Number.isInteger(args.retryDelay) || args.retryDelay < 0 || args.retryDelay > 43_200) throw new UsageError('--retry-delay must be whole seconds from 0 to 43200');
  if (!/^https?:\/\//.test(args.sqsQueue)) throw new UsageError(`--sqs-queue ${args.sqsQueue}: expected the queue URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME)`);
  const handling = await prepareHandling(args, io);
  if (typeof handling === 'number') return handling;
  const source =
    queue ??
    (await import('../../providers/aws/sqs.js')).openSqsQueue({ queueUrl: args.sqsQueue, endpoint: args.awsEndpointUrl ?? process.env.AWS_ENDPOINT_URL, visibilityTimeout: args.visibilityTimeout });
  const seen = await seenEvents(args.seen === undefined ? undefined : resolve(args.cwd, args.seen));
  const out = resolve(args.cwd, args.out);

  const controller = new AbortController();
  stop?.addEventListener('abort', () => controller.abort(), { once: true });
  const onSignal = (name: string) => () => {
    if (!controller.signal.aborted) io.err(`${name}: stopping; the events in flight finish, nothing new is received`);
    controller.abort();
  };
  const handlers = stop ? [] : (['SIGTERM', 'SIGINT'] as const).map((name) => [name, onSignal(name)] as const);
  for (const [name, handler] of handlers) process.on(name, handler);

  const flows = [...new Set(handling.controls.map((c) => c.flowId))].sort();
  io.out(`Listening on ${args.sqsQueue}: ${flows.length} event flow(s) (${flows.join(', ') || 'none selected'}), ${args.parallel} at a time; reports under ${relative(args.cwd, out) || out}/<event id>/`);
  try {
    const summary = await listen({
      queue: source,
      parallel: args.parallel,
      waitSeconds: args.waitSeconds,
      visibilityTimeout: args.visibilityTimeout,
      retryDelay: args.retryDelay,
      seen,
      signal: controller.signal,
      maxMessages: args.maxMessages,
      untilEmpty: args.untilEmpty,
      log: (line) => io.out(line),
      async handle(event) {
        // The run's own summary goes nowhere: listen prints one line per event; the reports hold the rest.
        const quiet = bufferIo();
        const folder = join(out, folderOf(event.id));
        const outcome = await handleEvent(event, handling, folder, quiet, new Date());
        const why = quiet.stderr.find((l) => l.startsWith('error'));
        const reports = outcome.report ? `; reports ${relative(args.cwd, folder) || folder}` : '';
        return { retry: outcome.retry, summary: `${outcome.summary}, exit ${outcome.code}${why ? ` (${why})` : ''}${reports}` };
      },
    });
    io.out(`Stopped: ${summary.handled} handled, ${summary.retried} left for redelivery, ${summary.duplicates} duplicate(s), ${summary.malformed} malformed.`);
  } finally {
    for (const [name, handler] of handlers) process.removeListener(name, handler);
  }
  return EXIT.OK;
}
