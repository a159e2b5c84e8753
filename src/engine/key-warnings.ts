import type { ControlWarning, Result } from '../model/result.js';
import type { FlowExecution } from './run-flow.js';

/**
 * A control's keys that no item had: over every target its flow ran on, each condition key
 * (of an evaluate node no schema checked) found on no item and absent from at least one. A
 * key absent from some items and found on others is an optional property, not a mistake; a
 * key that could be neither (empty lists on the way) says nothing.
 */
export type KeyRecord = Partial<Pick<FlowExecution, 'error' | 'keys'>>;

export function keyWarnings(executions: readonly KeyRecord[]): ControlWarning[] {
  const sums = new Map<string, { node: string; condition: string; key: string; found: number; absent: number; member?: string; nearest?: string }>();
  for (const execution of executions) {
    if (execution.error) continue;
    for (const { node, tallies } of execution.keys ?? []) {
      for (const t of tallies) {
        const id = `${node}\u0000${t.condition}\u0000${t.key}`;
        const sum = sums.get(id) ?? { node, condition: t.condition, key: t.key, found: 0, absent: 0 };
        sum.found += t.found;
        sum.absent += t.absent;
        if (sum.member === undefined && t.missing) {
          sum.member = t.missing.member;
          if (t.missing.nearest !== undefined) sum.nearest = t.missing.nearest;
        }
        sums.set(id, sum);
      }
    }
  }
  return [...sums.values()]
    .filter((s) => s.found === 0 && s.absent > 0)
    .map((s) => {
      const where = s.member !== undefined && !s.key.endsWith(s.member) ? ` (no "${s.member}" on the way)` : '';
      const hint = s.nearest !== undefined ? `; did you mean "${s.nearest}"?` : '';
      return {
        code: 'KeyNeverFound' as const,
        message: `condition "${s.condition}" of node ${s.node} reads ${s.key}, which none of the ${s.absent} item(s) had${where}${hint}: it checked nothing`,
        node: s.node,
        condition: s.condition,
        key: s.key,
        items: s.absent,
      };
    });
}

/** --strict: a control with such a warning cannot PASS: its PASS results are ERROR (KeyNeverFound). */
export function strictResults(results: Result[], warnings: ControlWarning[]): Result[] {
  if (warnings.length === 0) return results;
  const reason = warnings.map((w) => w.message).join('; ');
  return results.map((r) => (r.status === 'PASS' ? { ...r, status: 'ERROR', errorCode: 'KeyNeverFound', reason } : r));
}
