import { hash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Notification, ReportingDescriptor, Result as SarifResult } from 'sarif';
import { actionText } from '../src/model/action.js';
import type { ControlInfo, ControlSummary, ControlWarning, ReportHead, ReportSummary, Result, TargetSummary } from '../src/model/result.js';
import { SEVERITIES, type Severity } from '../src/model/severity.js';
import type { Reporter, TextSink } from './types.js';

/** GitHub reads security-severity only when a rule is tagged `security`; these are its bands. */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: '0.0' };
const LEVEL: Record<Severity, SarifResult.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub rejects a run over 25,000 results, a file over 10 MB gzipped, and a rule over 20 tags. */
export const LIMITS = { results: 25_000, gzipBytes: 10 * 1000 * 1000 };
const MAX_TAGS = 20;

/**
 * SARIF 2.1.0 for GitHub code scanning. One run; rules = the controls evaluated. A FAIL is a
 * result at its severity's level; an ERROR (a target that could not be read) is a result at
 * level `warning` whose message starts "Could not evaluate", so it is visible in code scanning
 * rather than lost in a notification. A cloud resource has no file, so each result points at
 * the control's YAML (file and line of its id) and carries the resource in logicalLocations.
 * A result's actions are named in its message (their records, like its evidence, are in its
 * properties at `--evidence full` only: GitHub never shows properties); a result that
 * --remediate fixed is a PASS, so it leaves the run and GitHub closes its alert, while the
 * run's properties keep the remediation summary.
 *
 * Within GitHub's limits: over them the most severe results are kept (as many as fit) and the
 * run says how many were left out; the JSON report always has them all. While the scan streams,
 * at most `limits.results` rendered results are held, the least severe (latest) dropped first.
 */
export const sarif: Reporter = sarifReporter(LIMITS);

export function sarifReporter(limits: { results: number; gzipBytes: number }): Reporter {
  return {
    format: 'sarif',
    extension: 'sarif',
    summary: 'SARIF 2.1.0 for GitHub code scanning',
    open(head, out) {
      const controls = new Map(head.controls.map((c, i) => [c.id, { control: c, index: i }]));
      const full = head.evidence === 'full';
      // Kept rendered results by severity, most severe first; arrival order within a severity.
      const kept: string[][] = SEVERITIES.map(() => []);
      let held = 0;
      let reportable = 0;
      return {
        result(r) {
          if (r.status !== 'FAIL' && r.status !== 'ERROR') return;
          reportable += 1;
          const { control, index } = controls.get(r.controlId)!;
          const rank = SEVERITIES.indexOf(control.severity);
          // Full, and this one is no more severe than the least severe held: it is the one dropped.
          if (held >= limits.results && !kept.slice(rank + 1).some((list) => list.length > 0)) return;
          kept[rank]!.push(JSON.stringify(result(r, control, index, full)));
          held += 1;
          if (held > limits.results) {
            for (let s = kept.length - 1; s >= 0; s -= 1) {
              if (kept[s]!.length > 0) {
                kept[s]!.pop();
                held -= 1;
                break;
              }
            }
          }
        },
        async end(summary) {
          const results = kept.flat();
          let keep = results.length;
          for (;;) {
            const parts = document(head, summary, results, keep, reportable, limits);
            // Compressed fast first (level 1, four times faster and never smaller than the default
            // level on such text): what fits so fits; only a file near the limit is measured at the default.
            if (keep === 0 || surelyFits(parts, limits.gzipBytes) || gzipBound(parts, 1) <= limits.gzipBytes) return write(parts, out);
            const size = gzipBound(parts, 6);
            if (size <= limits.gzipBytes) return write(parts, out);
            // Shrink in proportion, with a margin, until it fits.
            keep = Math.floor(keep * (limits.gzipBytes / size) * 0.9);
          }
        },
      };
    },
  };
}

async function write(parts: string[], out: TextSink): Promise<void> {
  for (let i = 0; i < parts.length; i += 1) {
    out.write(parts[i]!);
    if (i % 1000 === 999) await out.drained();
  }
}

/**
 * True when gzipBound could not exceed `gzipBytes` however the text compresses, so it need not
 * be compressed to know (the demo's 1.2 MB): a UTF-16 unit is at most 3 bytes of UTF-8, and
 * deflate adds at most bytes/4096 + bytes/16384 + 13 (zlib's compressBound) and gzip an 18-byte
 * frame to each of gzipBound's blocks.
 */
function surelyFits(parts: string[], gzipBytes: number): boolean {
  let units = 0;
  for (const part of parts) units += part.length;
  const bytes = units * 3;
  const blocks = Math.ceil(units / (1 << 20)) + 1;
  return bytes + bytes / 1000 + 32 * blocks <= gzipBytes;
}

/**
 * An upper bound of the file's gzipped size: its parts compressed in 1 MB blocks, each on its
 * own (blocks compress no better apart than together), never the file as one string.
 */
function gzipBound(parts: string[], level: number): number {
  let size = 0;
  let block: string[] = [];
  let length = 0;
  const flush = () => {
    if (block.length > 0) size += gzipSync(block.join(''), { level }).length;
    block = [];
    length = 0;
  };
  for (const part of parts) {
    block.push(part);
    length += part.length;
    if (length >= 1 << 20) flush();
  }
  flush();
  return size;
}

/** The SARIF file in parts: the run up to its results, each result, the rest. */
function document(head: ReportHead, summary: ReportSummary, results: string[], keep: number, reportable: number, limits: { results: number; gzipBytes: number }): string[] {
  const capped = reportable > keep;
  const run = {
    tool: { driver: { name: 'ctrlflow', version: head.tool.version, semanticVersion: head.tool.version, informationUri: head.tool.informationUri, rules: head.controls.map(rule) } },
    automationDetails: { id: automationId(head.targets) },
    columnKind: 'utf16CodeUnits',
    invocations: [
      {
        executionSuccessful: true,
        startTimeUtc: head.startedAt,
        endTimeUtc: summary.finishedAt,
        toolExecutionNotifications: [
          ...(capped
            ? [{ level: 'warning' as const, message: { text: `${reportable} results exceed GitHub's limits (${limits.results} a run, ${limits.gzipBytes / 1e6} MB gzipped); the ${keep} most severe are included. The JSON report has all of them.` } }]
            : []),
          ...summary.controls.flatMap((c, i) => (c.warnings ?? []).map((w) => warning(c, w, i))),
        ],
      },
    ],
    properties: {
      inventory: head.inventory,
      totals: summary.totals,
      ...(head.controlsCommit ? { controlsCommit: head.controlsCommit } : {}),
      ...(head.controlSet ? { controlSet: head.controlSet } : {}),
      ...(summary.remediation ? { remediation: summary.remediation } : {}),
      ...(summary.baseline
        ? { baseline: { file: summary.baseline.file, scanId: summary.baseline.scanId, new: summary.baseline.new, unchanged: summary.baseline.unchanged, excepted: summary.baseline.excepted ?? 0, resolved: summary.baseline.resolved.length } }
        : {}),
      ...(summary.plan ? { plan: summary.plan } : {}),
      ...(capped ? { truncated: true, totalResults: reportable } : {}),
    },
  };
  const before = JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [{ ...run, results: [] }] });
  // Split the run at its empty results list: everything before `[`, the results, everything after.
  const at = before.indexOf('"results":[]') + '"results":['.length;
  const parts = [before.slice(0, at)];
  for (let i = 0; i < keep; i += 1) parts.push(i === 0 ? results[i]! : `,${results[i]!}`);
  parts.push(`${before.slice(at)}\n`);
  return parts;
}

/**
 * `ctrlflow/<clouds>/<accounts>/`: GitHub treats everything up to the last `/` as the run's
 * category and refuses two runs of one category, so scans of different scopes (clouds,
 * accounts) upload side by side while tonight's scan of a scope replaces last night's.
 * A long account list is replaced by a digest of it to keep the id short.
 */
export function automationId(targets: readonly TargetSummary[]): string {
  const clouds = [...new Set(targets.map((t) => t.provider))].sort().join('-') || 'none';
  const accounts = [...new Set(targets.map((t) => t.account))].sort().join('+') || 'none';
  const scope = accounts.length <= 80 ? accounts : `${targets.length}-targets-${hash('sha256', accounts, 'hex').slice(0, 12)}`;
  return `ctrlflow/${clouds}/${scope.replace(/[^A-Za-z0-9+._-]/g, '_')}/`;
}

function rule(c: ControlInfo): ReportingDescriptor {
  const compliance = Object.entries(c.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}/${id}`));
  const allTags = [...new Set(['security', c.provider, ...c.tags, ...compliance])];
  const tags = allTags.slice(0, MAX_TAGS);
  const links = c.references.map((ref) => `- <${ref}>`).join('\n');
  const markdown = [
    `**${c.title}** (${c.severity})`,
    c.description,
    c.rationale && `### Rationale\n${c.rationale}`,
    c.remediation && `### Remediation\n${c.remediation}`,
    compliance.length > 0 && `### Compliance\n${compliance.join(', ')}`,
    links && `### References\n${links}`,
  ].filter(Boolean).join('\n\n');
  return {
    id: c.id,
    name: c.id.replace(/[^A-Za-z0-9]/g, ''),
    shortDescription: { text: c.title },
    fullDescription: { text: c.description ?? c.title },
    help: { text: [c.rationale, c.remediation].filter(Boolean).join('\n\n') || c.title, markdown },
    ...(c.references[0] ? { helpUri: c.references[0] } : {}),
    defaultConfiguration: { level: LEVEL[c.severity] },
    properties: {
      tags,
      ...(allTags.length > MAX_TAGS ? { 'ctrlflow/tagsDropped': allTags.slice(MAX_TAGS) } : {}),
      'security-severity': SECURITY_SEVERITY[c.severity],
      precision: 'very-high',
      'problem.severity': LEVEL[c.severity] === 'note' ? 'recommendation' : LEVEL[c.severity],
    },
  };
}

/** A control's warning (a condition key no item had) as a notification on its rule, at the control file. */
function warning(c: ControlSummary, w: ControlWarning, ruleIndex: number): Notification {
  return {
    level: 'warning',
    message: { text: `${c.id}: ${w.message}` },
    descriptor: { id: w.code },
    associatedRule: { id: c.id, index: ruleIndex },
    locations: [{ physicalLocation: { artifactLocation: { uri: c.file }, region: { startLine: c.line } } }],
    properties: { node: w.node, condition: w.condition, key: w.key, items: w.items },
  };
}

/**
 * One FAIL or ERROR. Its properties (which GitHub code scanning never shows) carry status,
 * account, region and error code; the evidence and the action records (named in the message)
 * only at `--evidence full`: at the default they are in the JSON report, and in the CSV.
 */
function result(r: Result, control: ControlInfo, ruleIndex: number, full: boolean): SarifResult {
  const where = `${r.provider} ${r.account} ${r.region}`;
  const subject = r.resourceId ? `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId}` : `target ${r.account}/${r.region}`;
  const text =
    r.status === 'ERROR'
      ? `Could not evaluate ${control.id} on ${where}: ${r.reason ?? ''}`
      : [`${control.id} ${control.title}: ${subject} in ${where} fails. ${r.reason ?? ''}`.trim(), ...(r.actions ?? []).map((a) => `Action ${actionText(a)}.`)].join(' ');
  // Stable across nightly runs and distinct per resource, so GitHub tracks each finding.
  // One-shot hash(): every FAIL has one, and a Hash object per result cost about four times as much.
  const fingerprint = hash('sha256', `${r.controlId}|${r.provider}|${r.account}|${r.region}|${r.resourceId ?? '(target)'}`, 'hex');
  return {
    ruleId: r.controlId,
    ruleIndex,
    level: r.status === 'ERROR' ? 'warning' : LEVEL[control.severity],
    message: { text },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: control.file }, region: { startLine: control.line } },
        logicalLocations: [{ fullyQualifiedName: r.resourceId ?? `${r.provider}/${r.account}/${r.region}`, kind: r.resourceId ? 'resource' : 'target' }],
      },
    ],
    partialFingerprints: { primaryLocationLineHash: fingerprint, 'ctrlflow/v1': fingerprint },
    ...(r.baseline === 'new' || r.baseline === 'unchanged' ? { baselineState: r.baseline } : {}),
    properties: {
      status: r.status,
      account: r.account,
      region: r.region,
      ...(full ? { evidence: r.evidence ?? {} } : {}),
      ...(r.errorCode ? { errorCode: r.errorCode } : {}),
      ...(full && r.actions ? { actions: r.actions } : {}),
    },
  };
}
