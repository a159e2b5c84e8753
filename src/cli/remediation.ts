import { basename, dirname, join, relative, resolve } from 'node:path';
import type { AuditLog, RemediationChoice } from '../engine/remediate.js';
import { OutputRoot } from '../output/files.js';
import type { Diagnostic } from '../load/diagnostics.js';
import { loadApprovals } from '../load/approvals.js';
import type { Io } from './io.js';
import { UsageError } from './selection.js';
import { redactedJson } from '../lib/redact.js';
import { append } from '../model/append.js';

export interface RemediationArgs {
  remediate?: string[];
  yes?: boolean;
  maxActions?: number;
  approve?: string[];
  approvals?: string;
  auditLog?: string;
  inventory?: string;
  out: string;
  cwd: string;
}

/**
 * What the run may do, checked before anything is read: --remediate needs a live cloud, and
 * without --yes a terminal to ask on (never in CI); an approvals file must be valid.
 */
export async function remediationChoice(args: RemediationArgs, io: Io, environment: Readonly<Record<string, string | undefined>>): Promise<{ choice: RemediationChoice; diagnostics: Diagnostic[] }> {
  // `--remediate all` (the action's input) is every control, as `--remediate` alone is.
  const remediate = args.remediate?.some((id) => id === 'all') ? [] : args.remediate;
  const choice: RemediationChoice = { remediate, approvedControls: args.approve ?? [], approvedResources: [] };
  const diagnostics: Diagnostic[] = [];
  if (args.approvals) {
    const loaded = await loadApprovals(resolve(args.cwd, args.approvals), args.approvals);
    append(diagnostics, loaded.diagnostics);
    choice.approvedResources = loaded.approvals;
  }
  if (args.remediate === undefined) return { choice, diagnostics };
  if (args.inventory !== undefined) throw new UsageError('--remediate changes the live cloud: it cannot run on a snapshot (--inventory); scan live, or leave --remediate out to see the plan');
  if (!Number.isInteger(args.maxActions) || (args.maxActions ?? 0) < 0) throw new UsageError('--max-actions must be a whole number, 0 or more');
  if (!args.yes) {
    if (isCi(environment)) throw new UsageError('--remediate in CI needs --yes: review the plan of a run without --remediate, then apply it with --yes');
    if (!io.confirm) throw new UsageError('--remediate without a terminal to ask on needs --yes');
  }
  return { choice, diagnostics };
}

const isCi = (environment: Readonly<Record<string, string | undefined>>) => ['CI', 'GITHUB_ACTIONS'].some((name) => environment[name] !== undefined && !['', 'false', '0'].includes(environment[name]!));

/**
 * The audit log as a file (JSON lines, appended): `--audit-log FILE`, by default
 * `OUT/ctrlflow-audit.jsonl`, written through its folder's OutputRoot.
 */
export function fileAuditLog(args: Pick<RemediationArgs, 'auditLog' | 'out' | 'cwd'>): AuditLog & { root: OutputRoot } {
  const file = resolve(args.cwd, args.auditLog ?? join(args.out, 'ctrlflow-audit.jsonl'));
  const root = new OutputRoot(dirname(file));
  const name = basename(file);
  return {
    // Its folder, whose `written` the evidence manifest lists.
    root,
    name: relative(args.cwd, file) || file,
    // Writable before the first call, or nothing is changed.
    open: async () => void (await root.appendFile(name, '')),
    // Secrets masked in every value (an error body echoing a credential, a URL holding one).
    append: async (entry) => void (await root.appendFile(name, `${redactedJson(entry)}\n`)),
  };
}
