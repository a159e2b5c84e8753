import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.js';
import { processIo, type Io } from '../cli/io.js';
import { EXIT } from '../cli/exit-codes.js';
import { addEnvironmentCredentials } from '../lib/redact.js';

/**
 * The AWS Lambda entry (`handler`): runs `ctrlflow handle-event` on what Lambda hands it, as
 * the CLI would. Two shapes come in:
 *   - an EventBridge event (the rule targets the function): the result is `{ exitCode }`; a
 *     target that could not be read (exit 3) throws, so Lambda retries the asynchronous call;
 *   - an SQS batch (`{ Records }`, the queue is the function's event source): each message is
 *     one event; the ones that could not be handled are returned as `batchItemFailures` (turn on
 *     ReportBatchItemFailures), so only they come back, and to the dead-letter queue in the end.
 * Flags come from CTRLFLOW_ARGS (e.g. `--remediate AWS-EVT-003 --yes`); reports go to
 * /tmp/ctrlflow-reports unless --out says otherwise; the controls and flows are those beside
 * the bundle (CTRLFLOW_CONTENT, default LAMBDA_TASK_ROOT).
 */
export interface SqsBatch {
  Records: { messageId: string; body: string }[];
}

export type LambdaResult = { exitCode: number } | { batchItemFailures: { itemIdentifier: string }[] };

/** Event ids this (warm) instance has handled: an SQS redelivery to it is not run twice. */
const handled = new Set<string>();

export async function handler(input: unknown, _context?: unknown, io: Io = processIo(), environment: Readonly<Record<string, string | undefined>> = process.env): Promise<LambdaResult> {
  addEnvironmentCredentials(environment);
  const root = environment.CTRLFLOW_CONTENT ?? environment.LAMBDA_TASK_ROOT ?? process.cwd();
  const flags = (environment.CTRLFLOW_ARGS ?? '').split(/\s+/).filter(Boolean);
  const argv = (file: string) => [
    'handle-event',
    file,
    ...(flags.includes('--controls') ? [] : ['--controls', join(root, 'controls')]),
    ...(flags.includes('--flows') ? [] : ['--flows', join(root, 'flows')]),
    ...(flags.includes('--out') ? [] : ['--out', join(tmpdir(), 'ctrlflow-reports')]),
    ...flags,
  ];
  const run = async (body: string): Promise<number> => {
    const dir = await mkdtemp(join(tmpdir(), 'ctrlflow-event-'));
    try {
      await writeFile(join(dir, 'event.json'), body);
      return await main(argv(join(dir, 'event.json')), io, root);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

  if (isSqsBatch(input)) {
    const batchItemFailures: { itemIdentifier: string }[] = [];
    for (const record of input.Records) {
      const id = eventIdOf(record.body);
      if (id !== undefined && handled.has(id)) {
        io.out(`Event ${id}: already handled by this instance; skipped`);
        continue;
      }
      const code = await run(record.body);
      // Findings (exit 1) are a result; bad input (2) and unreadable targets (3) are not.
      if (code === EXIT.BAD_INPUT || code === EXIT.UNREADABLE) batchItemFailures.push({ itemIdentifier: record.messageId });
      else if (id !== undefined) handled.add(id);
    }
    return { batchItemFailures };
  }
  const exitCode = await run(JSON.stringify(input));
  if (exitCode === EXIT.UNREADABLE) throw new Error('ctrlflow: some target could not be read (exit 3); the event is retried');
  return { exitCode };
}

function isSqsBatch(input: unknown): input is SqsBatch {
  const records = (input as { Records?: unknown } | null)?.Records;
  return Array.isArray(records) && records.every((r) => typeof (r as { body?: unknown })?.body === 'string' && typeof (r as { messageId?: unknown }).messageId === 'string');
}

function eventIdOf(body: string): string | undefined {
  try {
    const id = (JSON.parse(body) as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
