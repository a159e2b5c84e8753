import type { Options } from 'yargs';
import type { EventArgs } from './events/handle.js';
import { flagValues, inventoryOptions, pickFlags, scanOptions } from './scan-options.js';

/** The `scan` flags that event commands take too, defined once in scan-options.ts. */
const SHARED = ['controls', 'flows', 'only', 'severity', 'fail-on', 'format', 'out', 'var', 'exceptions', 'remediate', 'yes', 'max-actions', 'approve', 'approvals', 'audit-log'] as const;

/** Flags of handle-event and listen: content, selection, reports, remediation, and where to read. */
export function eventOptions(defaults: { controls: string; flows: string }) {
  return { ...pickFlags(scanOptions(defaults), SHARED), ...inventoryOptions() };
}

/** The arguments of handle-event and listen: the values of their flags (`table`, eventOptions'). */
export function eventArgs(table: ReturnType<typeof eventOptions>, a: Record<string, unknown>, cwd: string): EventArgs {
  const { format, ...flags } = flagValues(table, a);
  return { ...flags, format: [...new Set(format)], cwd };
}

export interface ListenArgs extends EventArgs {
  sqsQueue: string;
  parallel: number;
  waitSeconds: number;
  visibilityTimeout: number;
  retryDelay: number;
  seen?: string;
  maxMessages?: number;
  untilEmpty: boolean;
}

export function listenOptions() {
  return {
    'sqs-queue': { type: 'string', demandOption: true, describe: 'URL of the SQS queue an EventBridge rule sends events to' },
    parallel: { type: 'number', default: 4, describe: 'events handled at once' },
    'wait-seconds': { type: 'number', default: 20, describe: 'long poll: seconds a receive waits for messages (0-20)' },
    'visibility-timeout': { type: 'number', default: 300, describe: 'seconds a received message stays hidden; renewed while its event runs' },
    'retry-delay': { type: 'number', default: 60, describe: 'seconds until a failed event\'s message is visible again' },
    seen: { type: 'string', describe: 'file of handled event ids, so a restart still handles each event once' },
    'max-messages': { type: 'number', describe: 'stop after this many messages' },
    'until-empty': { type: 'boolean', default: false, describe: 'stop when the queue has nothing more (drain it)' },
  } satisfies Record<string, Options>;
}

export function listenArgs(a: Record<string, unknown>): Omit<ListenArgs, keyof EventArgs> {
  return flagValues(listenOptions(), a);
}
