import type { ResolvedFinding, Result, ScanReport } from '../model/result.js';

/** One finding across runs: the same control on the same resource (or whole target) in the same place. */
export function findingKey(r: Pick<Result, 'controlId' | 'provider' | 'account' | 'region' | 'resourceId'>): string {
  return [r.controlId, r.provider, r.account, r.region, r.resourceId ?? ''].join('\u0000');
}

/**
 * The delta against the previous run's FAILs: each FAIL is `new` or `unchanged`, each EXCEPTED
 * result `excepted` (an accepted risk, neither fixed nor new), and a previous FAIL is resolved
 * only when it now PASSes or is gone. One now EXCEPTED is `excepted`, one now ERROR is not
 * known to be fixed: neither is resolved.
 */
export function compareToBaseline(report: ScanReport, previous: ScanReport, file: string): ScanReport {
  const before = new Map(previous.results.filter((r) => r.status === 'FAIL').map((r) => [findingKey(r), r]));
  const current = new Map(report.results.map((r) => [findingKey(r), r]));
  const results = report.results.map((r): Result => {
    if (r.status === 'FAIL') return { ...r, baseline: before.has(findingKey(r)) ? 'unchanged' : 'new' };
    if (r.status === 'EXCEPTED') return { ...r, baseline: 'excepted' };
    return r;
  });
  const resolved: ResolvedFinding[] = [];
  for (const [key, old] of before) {
    const now = current.get(key)?.status ?? 'absent';
    if (now !== 'PASS' && now !== 'absent') continue;
    const { controlId, provider, account, region, resourceId } = old;
    resolved.push({ controlId, provider, account, region, ...(resourceId === undefined ? {} : { resourceId }), now });
  }
  const count = (delta: NonNullable<Result['baseline']>) => results.filter((r) => r.baseline === delta).length;
  return { ...report, results, baseline: { file, scanId: previous.scanId, new: count('new'), unchanged: count('unchanged'), excepted: count('excepted'), resolved } };
}
