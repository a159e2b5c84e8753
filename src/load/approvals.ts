import { APPROVALS_SCHEMA, type ApprovalEntry } from '../model/approval.js';
import type { Diagnostic } from './diagnostics.js';
import { readCheckedYaml } from './checked-yaml.js';

/** Reads an `--approvals` file; every mistake is a Diagnostic with its line and column. */
export async function loadApprovals(file: string, display: string): Promise<{ approvals: ApprovalEntry[]; diagnostics: Diagnostic[] }> {
  const { value, diagnostics } = await readCheckedYaml(file, display, APPROVALS_SCHEMA, 'approvals');
  return { approvals: value ? (value as { approvals: ApprovalEntry[] }).approvals : [], diagnostics };
}
