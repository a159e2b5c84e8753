import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Log, Notification, ReportingDescriptor, Result as SarifResult } from 'sarif';
import { actionText } from '../src/model/action.js';
import type { ControlSummary, ControlWarning, Result, ScanReport } from '../src/model/result.js';
import { severityRank, type Severity } from '../src/model/severity.js';
import type { Reporter } from './types.js';

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
 * A result's action records are in its properties and named in its message; a result that
 * --remediate fixed is a PASS, so it leaves the run and GitHub closes its alert, while the
 * run's properties keep the remediation summary.
 */
export const sarif: Reporter = {
  format: 'sarif',
  extension: 'sarif',
  summary: 'SARIF 2.1.0 for GitHub code scanning',
  render: (report) => renderSarif(report),
};

/**
 * The SARIF text within GitHub's limits: over them, the most severe results are kept (as many
 * as fit) and the run says how many were left out. The JSON report always has them all.
 */
export function renderSarif(report: ScanReport, limits = LIMITS): string {
  // Worst first (stable, so control order stands within a severity): a cap drops the least severe.
  const reportable = report.results.filter((r) => r.status === 'FAIL' || r.status === 'ERROR').sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  let keep = Math.min(reportable.length, limits.results);
  for (;;) {
    const text = build(report, reportable, keep, limits);
    const size = keep === 0 ? 0 : gzipSync(text).length;
    if (size <= limits.gzipBytes) return text;
    // Shrink in proportion, with a margin, until it fits.
    keep = Math.floor(keep * (limits.gzipBytes / size) * 0.9);
  }
}

function build(report: ScanReport, reportable: Result[], keep: number, limits: typeof LIMITS): string {
  const rules = report.controls.map(rule);
  const index = new Map(report.controls.map((c, i) => [c.id, i]));
  const byId = new Map(report.controls.map((c) => [c.id, c]));
  const kept = reportable.slice(0, keep);
  const capped = reportable.length > kept.length;
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ctrlflow', version: report.tool.version, semanticVersion: report.tool.version, informationUri: report.tool.informationUri, rules } },
        automationDetails: { id: automationId(report) },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.startedAt,
            endTimeUtc: report.finishedAt,
            toolExecutionNotifications: [
              ...(capped
                ? [{ level: 'warning' as const, message: { text: `${reportable.length} results exceed GitHub's limits (${limits.results} a run, ${limits.gzipBytes / 1e6} MB gzipped); the ${kept.length} most severe are included. The JSON report has all of them.` } }]
                : []),
              ...report.controls.flatMap((c) => (c.warnings ?? []).map((w) => warning(c, w, index.get(c.id)!))),
            ],
          },
        ],
        results: kept.map((r) => result(r, byId.get(r.controlId)!, index.get(r.controlId)!)),
        properties: {
          inventory: report.inventory,
          totals: report.totals,
          ...(report.controlsCommit ? { controlsCommit: report.controlsCommit } : {}),
          ...(report.controlSet ? { controlSet: report.controlSet } : {}),
          ...(report.remediation ? { remediation: report.remediation } : {}),
          ...(report.baseline
            ? { baseline: { file: report.baseline.file, scanId: report.baseline.scanId, new: report.baseline.new, unchanged: report.baseline.unchanged, excepted: report.baseline.excepted ?? 0, resolved: report.baseline.resolved.length } }
            : {}),
          ...(capped ? { truncated: true, totalResults: reportable.length } : {}),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * `ctrlflow/<clouds>/<accounts>/`: GitHub treats everything up to the last `/` as the run's
 * category and refuses two runs of one category, so scans of different scopes (clouds,
 * accounts) upload side by side while tonight's scan of a scope replaces last night's.
 * A long account list is replaced by a digest of it to keep the id short.
 */
export function automationId(report: ScanReport): string {
  const clouds = [...new Set(report.targets.map((t) => t.provider))].sort().join('-') || 'none';
  const accounts = [...new Set(report.targets.map((t) => t.account))].sort().join('+') || 'none';
  const scope = accounts.length <= 80 ? accounts : `${report.targets.length}-targets-${createHash('sha256').update(accounts).digest('hex').slice(0, 12)}`;
  return `ctrlflow/${clouds}/${scope.replace(/[^A-Za-z0-9+._-]/g, '_')}/`;
}

function rule(c: ControlSummary): ReportingDescriptor {
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

function result(r: Result, control: ControlSummary, ruleIndex: number): SarifResult {
  const where = `${r.provider} ${r.account} ${r.region}`;
  const subject = r.resourceId ? `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId}` : `target ${r.account}/${r.region}`;
  const text =
    r.status === 'ERROR'
      ? `Could not evaluate ${control.id} on ${where}: ${r.reason}`
      : [`${control.title}: ${subject} in ${where} fails. ${r.reason}`.trim(), ...(r.actions ?? []).map((a) => `Action ${actionText(a)}.`)].join(' ');
  // Stable across nightly runs and distinct per resource, so GitHub tracks each finding.
  const fingerprint = createHash('sha256').update([r.controlId, r.provider, r.account, r.region, r.resourceId ?? '(target)'].join('|')).digest('hex');
  return {
    ruleId: r.controlId,
    ruleIndex,
    level: r.status === 'ERROR' ? 'warning' : LEVEL[r.severity],
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
      evidence: r.evidence,
      ...(r.errorCode ? { errorCode: r.errorCode } : {}),
      ...(r.actions ? { actions: r.actions } : {}),
    },
  };
}
