import type { ResolvedFinding, Result, ScanReport } from '../model/result.js';

/** One finding across runs: the same control on the same resource (or whole target) in the same place. */
export function findingKey(r: Pick<Result, 'controlId' | 'provider' | 'account' | 'region' | 'resourceId'>): string {
  return [r.controlId, r.provider, r.account, r.region, r.resourceId ?? ''].join('\u0000');
}

/**
 * Marks each FAIL new or unchanged against the previous run's FAILs, and lists the previous
 * FAILs that no longer fail (with what they are now) as resolved.
 */
export function compareToBaseline(report: ScanReport, previous: ScanReport, file: string): ScanReport {
  const before = new Map(previous.results.filter((r) => r.status === 'FAIL').map((r) => [findingKey(r), r]));
  const current = new Map(report.results.map((r) => [findingKey(r), r]));
  const results = report.results.map((r): Result => (r.status === 'FAIL' ? { ...r, baseline: before.has(findingKey(r)) ? 'unchanged' : 'new' } : r));
  const resolved: ResolvedFinding[] = [];
  for (const [key, old] of before) {
    const now = current.get(key)?.status ?? 'absent';
    if (now === 'FAIL') continue;
    const { controlId, provider, account, region, resourceId } = old;
    resolved.push({ controlId, provider, account, region, ...(resourceId === undefined ? {} : { resourceId }), now });
  }
  const count = (delta: 'new' | 'unchanged') => results.filter((r) => r.baseline === delta).length;
  return { ...report, results, baseline: { file, scanId: previous.scanId, new: count('new'), unchanged: count('unchanged'), resolved } };
}
