import { createHash } from 'node:crypto';
import type { FrameworkReport } from '../model/framework-report.js';
import { SCHEMA_VERSION, type ControlInfo, type ControlSummary, type ControlWarning, type ReportHead, type ReportSummary, type TargetSummary } from '../model/result.js';
import type { Remediation } from '../model/result.js';
import { definitionsOf, frameworkReports } from './frameworks.js';

/**
 * Several saved scans (shards, clouds, accounts) as one report, head and summary; the results
 * stream through in input order, each finding once (src/cli/commands/report.ts), and the
 * counts are recounted. Each control once (the first definition wins), targets once. A
 * baseline delta belongs to one scan, so a merge keeps none; exceptions are listed from every
 * input, remediation summaries are added up naming every audit log, and API requests added;
 * framework statuses are computed again over the recounted controls (mergedFrameworks).
 */
export function mergeHeads(heads: readonly ReportHead[]): ReportHead {
  const [first] = heads;
  if (!first) throw new Error('mergeHeads needs at least one report');
  const controls = uniqueBy(heads.flatMap((h) => h.controls), (c) => c.id).sort((a, b) => a.id.localeCompare(b.id));
  const targets = uniqueBy(heads.flatMap((h) => h.targets), (t: TargetSummary) => `${t.provider}/${t.account}/${t.region}`);
  const commits = [...new Set(heads.map((h) => h.controlsCommit))];
  // One control set only when every input names the same content.
  const sets = [...new Set(heads.map((h) => JSON.stringify(h.controlSet ?? null)))];
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: first.tool,
    scanId: `merged-${heads.map((h) => h.scanId).join('+')}`,
    startedAt: heads.map((h) => h.startedAt).sort()[0]!,
    inventory: [...new Set(heads.map((h) => h.inventory))].join('; '),
    failOn: first.failOn,
    evidence: heads.some((h) => h.evidence === 'full') ? 'full' : 'findings',
    targets,
    controls,
    ...(commits.length === 1 && commits[0] ? { controlsCommit: commits[0] } : {}),
    ...(sets.length === 1 && first.controlSet ? { controlSet: first.controlSet } : {}),
  };
}

/** The summary's parts that are not counts: the caller adds the recounted controls and totals. */
export function mergeSummaries(inputs: readonly { file: string; head: ReportHead; summary: ReportSummary }[]): Omit<ReportSummary, 'controls' | 'totals'> {
  const summaries = inputs.map((i) => i.summary);
  const exceptions = summaries.flatMap((s) => s.exceptions ?? []);
  const remediation = mergeRemediation(summaries.flatMap((s) => (s.remediation ? [s.remediation] : [])));
  const calls: Record<string, number> = {};
  for (const s of summaries) for (const [name, n] of Object.entries(s.apiCalls ?? {})) calls[name] = (calls[name] ?? 0) + n;
  return {
    finishedAt: summaries.map((s) => s.finishedAt).sort().at(-1)!,
    ...(Object.keys(calls).length > 0 ? { apiCalls: Object.fromEntries(Object.entries(calls).sort(([a], [b]) => a.localeCompare(b))) } : {}),
    ...(exceptions.length > 0 ? { exceptions } : {}),
    ...(remediation ? { remediation } : {}),
    sources: inputs.map((i) => ({ file: i.file, scanId: i.head.scanId })),
  };
}

/**
 * The requirement statuses of the merged scan: each input's `frameworks` section saw only its
 * share of the controls (a shard), so they are computed again, from the frameworks and
 * attestations the sections were computed from, over the recounted controls.
 */
export function mergedFrameworks(summaries: readonly ReportSummary[], controls: readonly ControlSummary[], today: string): FrameworkReport[] | undefined {
  const sections = summaries.flatMap((s) => s.frameworks ?? []);
  if (sections.length === 0) return undefined;
  const { frameworks, attestations } = definitionsOf(sections);
  return frameworkReports(frameworks, [...controls], attestations, today);
}

/**
 * The recounted controls with their KeyNeverFound warnings: a key is never found in the merged
 * scan when no input that judged the control's items found it, so a warning stays when every
 * input with results for the control has it, its item counts added up.
 */
export function withMergedWarnings(summaries: readonly ReportSummary[], controls: readonly ControlSummary[]): ControlSummary[] {
  const judged = (c: ControlSummary) => Object.values(c.counts).some((n) => n > 0);
  const warningKey = (w: ControlWarning) => JSON.stringify([w.node, w.condition, w.key]);
  return controls.map((control) => {
    const inputs = summaries.map((s) => s.controls.find((c) => c.id === control.id)).filter((c): c is ControlSummary => c !== undefined && judged(c));
    const [first, ...rest] = inputs;
    const warnings = (first?.warnings ?? []).flatMap((w) => {
      const same = rest.map((c) => c.warnings?.find((o) => warningKey(o) === warningKey(w)));
      if (!same.every((o) => o !== undefined)) return [];
      const items = same.reduce((n, o) => n + (o?.items ?? 0), w.items);
      // The message counts the items too (key-warnings.ts): the merged count replaces the first input's.
      return [{ ...w, items, message: w.message.replace(`none of the ${w.items} item(s)`, `none of the ${items} item(s)`) }];
    });
    return warnings.length > 0 ? { ...control, warnings } : control;
  });
}

function mergeRemediation(done: Remediation[]): Remediation | undefined {
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

/** A control set as 16 hex digits: every control's stated fields (an edited control changes it), in id order. */
export function controlSetFingerprint(controls: readonly ControlInfo[]): string {
  const sorted = [...controls].sort((a, b) => a.id.localeCompare(b.id));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 16);
}

/**
 * Whether the shard reports among `inputs` are one complete run: the same number of shards,
 * the same control set, every index from 1 to N once. Reports that are not shards (whole
 * scans of other clouds or accounts) are merged alongside and not checked. Returns the first
 * problem in one line, with the shards given, or nothing when the set is complete.
 */
export function shardProblem(inputs: readonly { file: string; head: ReportHead }[]): { problem: string; shards: string[] } | undefined {
  const shards = inputs.filter((i) => i.head.shard !== undefined).map((i) => ({ file: i.file, shard: i.head.shard!, commit: i.head.controlsCommit }));
  if (shards.length === 0) return undefined;
  const given = shards.map((s) => `${s.shard.index}/${s.shard.count}`);
  const found = (problem: string) => ({ problem, shards: given });
  const [first] = shards;
  for (const s of shards) {
    if (s.shard.count !== first!.shard.count) return found(`${s.file} is shard ${s.shard.index} of ${s.shard.count}, ${first!.file} shard ${first!.shard.index} of ${first!.shard.count}: not shards of one run`);
  }
  for (const s of shards) {
    // Shards written before the fingerprint existed are compared by their controls' git commit.
    const differs = s.shard.controls !== undefined && first!.shard.controls !== undefined ? s.shard.controls !== first!.shard.controls : s.commit !== first!.commit;
    if (differs) return found(`${s.file} ran another control set than ${first!.file}: not shards of one run`);
  }
  const count = first!.shard.count;
  const byIndex = new Map<number, string[]>();
  for (const s of shards) byIndex.set(s.shard.index, [...(byIndex.get(s.shard.index) ?? []), s.file]);
  for (const [index, files] of [...byIndex].sort(([a], [b]) => a - b)) {
    if (files.length > 1) return found(`shard ${index} of ${count} is given ${files.length} times (${files.join(', ')})`);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) return found(`${missing.length === 1 ? 'shard' : 'shards'} ${missing.join(', ')} of ${count} ${missing.length === 1 ? 'is' : 'are'} missing`);
  return undefined;
}
