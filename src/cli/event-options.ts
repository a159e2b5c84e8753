import type { EventArgs } from '../events/handle.js';
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
}
