import type { Options } from 'yargs';
import type { EventArgs } from './events/handle.js';
import type { Severity } from '../model/severity.js';
import { inventoryArgs, inventoryOptions, scanOptions, type ScanOption } from './scan-options.js';

/** The `scan` flags that event commands take too, defined once in scan-options.ts. */
const SHARED = ['controls', 'flows', 'only', 'severity', 'fail-on', 'format', 'out', 'var', 'exceptions', 'remediate', 'yes', 'max-actions', 'approve', 'approvals', 'audit-log'] as const;

/** Flags of handle-event and listen: content, selection, reports, remediation, and where to read. */
export function eventOptions(defaults: { controls: string; flows: string }): Record<string, ScanOption> {
  const all = scanOptions(defaults);
  return { ...Object.fromEntries(SHARED.map((name) => [name, all[name]!])), ...inventoryOptions() };
}

export function eventArgs(a: Record<string, unknown>, cwd: string): EventArgs {
  // The same casts as the scan arguments in main.ts, flag by flag; both are to be derived from
  // the flag table in scan-options.ts (issue 18 §3), until then jscpd leaves this pair alone.
  /* jscpd:ignore-start */
  return {
    ...inventoryArgs(a),
    controls: a.controls as string[],
    flows: a.flows as string[],
    only: a.only as string[],
    severity: a.severity as Severity | undefined,
    failOn: a['fail-on'] as Severity | 'none',
    format: [...new Set(a.format as string[])],
    out: a.out as string,
    var: a.var as string[],
    exceptions: a.exceptions as string | undefined,
    remediate: a.remediate as string[] | undefined,
    yes: a.yes as boolean,
    maxActions: a['max-actions'] as number,
    approve: a.approve as string[],
    approvals: a.approvals as string | undefined,
    auditLog: a['audit-log'] as string | undefined,
    cwd,
  };
  /* jscpd:ignore-end */
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

export function listenOptions(): Record<string, Options> {
  return {
    'sqs-queue': { type: 'string', demandOption: true, describe: 'URL of the SQS queue an EventBridge rule sends events to' },
    parallel: { type: 'number', default: 4, describe: 'events handled at once' },
    'wait-seconds': { type: 'number', default: 20, describe: 'long poll: seconds a receive waits for messages (0-20)' },
    'visibility-timeout': { type: 'number', default: 300, describe: 'seconds a received message stays hidden; renewed while its event runs' },
    'retry-delay': { type: 'number', default: 60, describe: 'seconds until a failed event\'s message is visible again' },
    seen: { type: 'string', describe: 'file of handled event ids, so a restart still handles each event once' },
    'max-messages': { type: 'number', describe: 'stop after this many messages' },
    'until-empty': { type: 'boolean', default: false, describe: 'stop when the queue has nothing more (drain it)' },
  };
}

export function listenArgs(a: Record<string, unknown>): Omit<ListenArgs, keyof EventArgs> {
  return {
    sqsQueue: a['sqs-queue'] as string,
    parallel: a.parallel as number,
    waitSeconds: a['wait-seconds'] as number,
    visibilityTimeout: a['visibility-timeout'] as number,
    retryDelay: a['retry-delay'] as number,
    seen: a.seen as string | undefined,
    maxMessages: a['max-messages'] as number | undefined,
    untilEmpty: a['until-empty'] as boolean,
  };
}
