import type { ScanReport, TargetSummary } from '../model/result.js';
import { findingKey } from './baseline.js';
import { definitionsOf, frameworkReports } from './frameworks.js';
import { withResults } from './results.js';

/**
 * Several saved scans (shards, clouds, accounts) as one report: each control once (the first
 * definition wins), targets once, results once per finding (control, place, resource: a scan
 * given twice does not double its findings), counts, totals and framework statuses recomputed. A baseline delta
 * belongs to one scan, so a merge keeps none; exceptions are listed from every input, and
 * remediation summaries are added up, naming every audit log.
 */
export function mergeReports(inputs: { file: string; report: ScanReport }[]): ScanReport {
  const [first] = inputs;
  if (!first) throw new Error('mergeReports needs at least one report');
  if (inputs.length === 1) return first.report;
  const reports = inputs.map((i) => i.report);
  const controls = uniqueBy(reports.flatMap((r) => r.controls), (c) => c.id).sort((a, b) => a.id.localeCompare(b.id));
  // Grouped by control as a scan writes them; the sort is stable, so each input's order stands.
  const results = uniqueBy(reports.flatMap((r) => r.results), findingKey).sort((a, b) => a.controlId.localeCompare(b.controlId));
  const targets = uniqueBy(reports.flatMap((r) => r.targets), (t: TargetSummary) => `${t.provider}/${t.account}/${t.region}`);
  const exceptions = reports.flatMap((r) => r.exceptions ?? []);
  const commits = [...new Set(reports.map((r) => r.controlsCommit))];
  const remediation = mergeRemediation(reports);
  // One control set only when every input names the same content.
  const sets = [...new Set(reports.map((r) => JSON.stringify(r.controlSet ?? null)))];
  const { baseline: _baseline, controlsCommit: _commit, controlSet: _set, exceptions: _exceptions, remediation: _remediation, ...base } = first.report;
  const merged: ScanReport = {
    ...base,
    scanId: `merged-${reports.map((r) => r.scanId).join('+')}`,
    startedAt: reports.map((r) => r.startedAt).sort()[0]!,
    finishedAt: reports.map((r) => r.finishedAt).sort().at(-1)!,
    inventory: [...new Set(reports.map((r) => r.inventory))].join('; '),
    targets,
    controls,
    results,
    ...(commits.length === 1 && commits[0] ? { controlsCommit: commits[0] } : {}),
    ...(sets.length === 1 && first.report.controlSet ? { controlSet: first.report.controlSet } : {}),
    ...(exceptions.length > 0 ? { exceptions } : {}),
    ...(remediation ? { remediation } : {}),
    sources: inputs.map((i) => ({ file: i.file, scanId: i.report.scanId })),
  };
  const whole = withResults(merged, results);
  // A shard's requirement statuses saw only its share of the controls: compute them again.
  const sections = reports.flatMap((r) => r.frameworks ?? []);
  if (sections.length === 0) return whole;
  const { frameworks, attestations } = definitionsOf(sections);
  return { ...whole, frameworks: frameworkReports(frameworks, whole.controls, attestations, whole.startedAt.slice(0, 10)) };
}

type Remediation = NonNullable<ScanReport['remediation']>;

function mergeRemediation(reports: ScanReport[]): Remediation | undefined {
  const done = reports.flatMap((r) => (r.remediation ? [r.remediation] : []));
  if (done.length === 0) return undefined;
  const sum = (key: Exclude<keyof Remediation, 'auditLog'>) => done.reduce((n, d) => n + d[key], 0);
  return {
    auditLog: [...new Set(done.map((d) => d.auditLog))].join(', '),
    applied: sum('applied'),
    noOp: sum('noOp'),
    failed: sum('failed'),
    interrupted: sum('interrupted'),
    fixed: sum('fixed'),
    stillFailing: sum('stillFailing'),
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
