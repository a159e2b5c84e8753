import type { ControlInfo, ControlStatus, ReportHead, ReportSummary, Result } from '../src/model/result.js';
import { uuidV5 } from './common/ids.js';
import type { Reporter, TextSink } from './types.js';

/** The OSCAL version the document follows (metadata.oscal-version). */
export const OSCAL_VERSION = '1.1.2';
/** The namespace of ctrlflow's own props. */
export const OSCAL_NS = 'https://github.com/ctrlflow/ctrlflow/ns/oscal';
/** Observation UUIDs listed per piece of a finding's related-observations (written between drains). */
const PIECE = 2000;

/**
 * NIST OSCAL 1.1 Assessment Results (JSON): what an auditor's OSCAL tools read.
 *
 * - The scan is one `result` (start, end, scope in props); its `reviewed-controls` are the
 *   framework requirements the controls name (`compliance`), one control selection per
 *   framework, with control ids `<framework>_<requirement>` (an OSCAL token: `cis-aws-7.0_2.4`),
 *   and ctrlflow's controls as the control objectives.
 * - Each result is one `observation` (method TEST), written as it arrives: its subject is the
 *   cloud resource (an inventory item whose UUID is derived from cloud, account, region and id,
 *   the same in every scan), its evidence a link to the JSON report (`ctrlflow.json`), its
 *   status and target in props.
 * - Each control is one `finding` at the end: its target is the control (objective), satisfied
 *   when nothing failed or errored, with the control's status and counts, its requirements as
 *   `related-control` props, and every observation of it as related observations. An
 *   observation's UUID is derived from the scan, the control and its position, so the findings
 *   name them without holding them.
 * - `import-ap` points at a back-matter resource describing the controls and flows (ctrlflow has
 *   no separate assessment plan); the back matter also links the JSON report and the manifest.
 *
 * UUIDs are version 5 (name-based), so the same scan re-rendered by `ctrlflow report` gives the
 * same document. Cloud data in titles and descriptions (markup) is escaped as Markdown text.
 */
export const oscal: Reporter = {
  format: 'oscal',
  extension: 'oscal.json',
  summary: `NIST OSCAL ${OSCAL_VERSION} assessment results (JSON) for auditors`,
  open(head, out) {
    const controls = new Map(head.controls.map((c) => [c.id, c]));
    const observed = new Map<string, number>();
    const ids = documentIds(head.scanId);
    const result = {
      uuid: ids.result,
      title: `ctrlflow scan ${markdown(head.scanId)}`,
      description: `Scan of ${markdown(head.inventory)}: ${head.controls.length} control(s) on ${head.targets.length} target(s).`,
      start: head.startedAt,
      props: props({ 'scan-id': head.scanId, inventory: head.inventory, 'fail-on': head.failOn, evidence: head.evidence, 'controls-commit': head.controlsCommit, ...controlSetProps(head), shard: head.shard ? `${head.shard.index}/${head.shard.count}` : undefined }),
      'reviewed-controls': reviewedControls(head.controls),
    };
    out.write(`{"assessment-results":{"uuid":${JSON.stringify(ids.document)},"import-ap":${JSON.stringify({ href: `#${ids.plan}`, remarks: 'ctrlflow has no separate assessment plan: the controls and flows evaluated are described in the back matter.' })},\n`);
    out.write(`"results":[${JSON.stringify(result).slice(0, -1)},"observations":[\n`);
    let first = true;
    return {
      result(r) {
        const control = controls.get(r.controlId)!;
        const n = (observed.get(r.controlId) ?? 0) + 1;
        observed.set(r.controlId, n);
        out.write(`${first ? '' : ',\n'}${JSON.stringify(observation(r, control, observationUuid(head.scanId, r.controlId, n), head.startedAt))}`);
        first = false;
      },
      async end(summary) {
        // An empty observations list is not allowed: a scan with no result states that instead.
        if (first) out.write(JSON.stringify(observation(undefined, undefined, uuidV5(`${head.scanId}/observation/none`), head.startedAt)));
        out.write('\n],"findings":[\n');
        await findings(out, head, summary, observed);
        out.write(`\n],"end":${JSON.stringify(summary.finishedAt)}}],\n`);
        out.write(`"metadata":${JSON.stringify(metadata(head, summary))},\n`);
        out.write(`"back-matter":${JSON.stringify(backMatter(head, ids))}}}\n`);
      },
    };
  },
};

function documentIds(scanId: string) {
  return { document: uuidV5(`${scanId}/assessment-results`), result: uuidV5(`${scanId}/result`), plan: uuidV5(`${scanId}/plan`), json: uuidV5(`${scanId}/json`), manifest: uuidV5(`${scanId}/manifest`) };
}

export function observationUuid(scanId: string, controlId: string, n: number): string {
  return uuidV5(`${scanId}/observation/${controlId}/${n}`);
}

/** The UUID of a cloud resource (or of a target, for a target-level ERROR): the same in every scan. */
export function subjectUuid(r: Pick<Result, 'provider' | 'account' | 'region' | 'resourceId'>): string {
  return uuidV5(`resource/${JSON.stringify([r.provider, r.account, r.region, r.resourceId ?? null])}`);
}

function observation(r: Result | undefined, control: ControlInfo | undefined, uuid: string, startedAt: string): object {
  if (!r || !control) return { uuid, description: 'The scan evaluated no resource.', methods: ['TEST'], collected: startedAt };
  const where = `${r.provider} ${r.account}/${r.region}`;
  const subject = r.resourceId === undefined ? `target ${where}` : `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId} in ${where}`;
  return {
    uuid,
    title: `${r.controlId} ${r.status}: ${markdown(subject)}`,
    description: `${control.title}: ${r.status}${r.reason ? `. ${markdown(r.reason)}` : ''}`,
    props: props({ 'control-id': r.controlId, status: r.status, severity: control.severity, 'error-code': r.errorCode, baseline: r.baseline, exception: r.exception ? `${r.exception.reason} (owner ${r.exception.owner}, expires ${r.exception.expires})` : undefined }),
    methods: ['TEST'],
    ...(r.status === 'FAIL' ? { types: ['finding'] } : {}),
    subjects: [
      {
        'subject-uuid': subjectUuid(r),
        type: 'inventory-item',
        title: markdown(subject),
        props: props({ 'resource-id': r.resourceId, 'display-name': r.displayName, provider: r.provider, account: r.account, region: r.region, 'resource-type': control.resourceType }),
      },
    ],
    'relevant-evidence': [{ href: 'ctrlflow.json', description: `The result of control ${r.controlId} on ${markdown(subject)} in the JSON report of the scan, with its evidence${r.executionId ? ` (flow execution ${markdown(r.executionId)})` : ''}.` }],
    collected: r.time ?? startedAt,
  };
}

/** One finding per control, its observations named piece by piece so that no list is held whole. */
async function findings(out: TextSink, head: ReportHead, summary: ReportSummary, observed: Map<string, number>): Promise<void> {
  const status = new Map(summary.controls.map((c) => [c.id, c]));
  for (let i = 0; i < head.controls.length; i += 1) {
    const control = head.controls[i]!;
    const outcome = status.get(control.id);
    const n = observed.get(control.id) ?? 0;
    const state = stateOf(outcome?.status ?? 'NO_RESOURCES');
    const finding = {
      uuid: uuidV5(`${head.scanId}/finding/${control.id}`),
      title: `${control.id} ${control.title}`,
      description: control.description ?? control.title,
      props: [
        ...props({ 'control-id': control.id, status: outcome?.status, severity: control.severity, 'resource-type': control.resourceType, 'flow-id': control.flowId }),
        ...(outcome ? props({ 'count-fail': String(outcome.counts.FAIL), 'count-error': String(outcome.counts.ERROR), 'count-excepted': String(outcome.counts.EXCEPTED), 'count-pass': String(outcome.counts.PASS) }) : []),
        ...requirementsOf(control).map(({ controlId }) => ({ name: 'related-control', ns: OSCAL_NS, value: controlId })),
      ],
      target: { type: 'objective-id', 'target-id': token(control.id), status: state, ...(control.remediation ? { remarks: control.remediation } : {}) },
      // Its KeyNeverFound warnings (a condition key none of its items had), as the HTML and Markdown show them.
      ...(outcome?.warnings?.length ? { remarks: outcome.warnings.map((w) => `Warning (${w.code}): ${markdown(w.message)}`).join('\n\n') } : {}),
    };
    out.write(`${i === 0 ? '' : ',\n'}${JSON.stringify(finding).slice(0, -1)}`);
    if (n > 0) {
      out.write(',"related-observations":[');
      for (let from = 1; from <= n; from += PIECE) {
        const piece: string[] = [];
        for (let k = from; k < Math.min(n + 1, from + PIECE); k += 1) piece.push(`{"observation-uuid":"${observationUuid(head.scanId, control.id, k)}"}`);
        out.write(`${from === 1 ? '' : ','}${piece.join(',')}`);
        await out.drained();
      }
      out.write(']');
    }
    out.write('}');
  }
}

/** Satisfied when nothing failed or errored; an accepted risk (EXCEPTED) is still not satisfied. */
function stateOf(status: ControlStatus): { state: 'satisfied' | 'not-satisfied'; reason: 'pass' | 'fail' | 'other'; remarks?: string } {
  if (status === 'PASS') return { state: 'satisfied', reason: 'pass' };
  if (status === 'NO_RESOURCES') return { state: 'satisfied', reason: 'other', remarks: 'No resource of the control\'s type was found: not applicable.' };
  if (status === 'FAIL') return { state: 'not-satisfied', reason: 'fail' };
  if (status === 'ERROR') return { state: 'not-satisfied', reason: 'other', remarks: 'Some resources or targets could not be read: the control could not be evaluated there.' };
  return { state: 'not-satisfied', reason: 'other', remarks: 'Every failure is covered by an accepted-risk exception.' };
}

function reviewedControls(controls: readonly ControlInfo[]): object {
  const byFramework = new Map<string, Set<string>>();
  for (const c of controls) for (const { framework, controlId } of requirementsOf(c)) (byFramework.get(framework) ?? byFramework.set(framework, new Set()).get(framework)!).add(controlId);
  const frameworks = [...byFramework.keys()].sort();
  return {
    description: 'The framework requirements named by the evaluated controls (one selection per framework), and ctrlflow\'s controls as the control objectives.',
    'control-selections':
      frameworks.length === 0
        ? [{ description: 'The evaluated controls name no framework requirement.', 'include-all': {} }]
        : frameworks.map((f) => ({ description: f, props: props({ framework: f }), 'include-controls': [...byFramework.get(f)!].sort().map((id) => ({ 'control-id': id })) })),
    'control-objective-selections': [controls.length === 0 ? { 'include-all': {} } : { 'include-objectives': controls.map((c) => ({ 'objective-id': token(c.id) })) }],
  };
}

function requirementsOf(control: ControlInfo): { framework: string; controlId: string }[] {
  return Object.entries(control.compliance).flatMap(([framework, ids]) => ids.map((id) => ({ framework, controlId: token(`${framework}_${id}`) })));
}

function metadata(head: ReportHead, summary: ReportSummary): object {
  return {
    title: `ctrlflow assessment results: ${markdown(head.scanId)}`,
    'last-modified': summary.finishedAt,
    version: head.scanId,
    'oscal-version': OSCAL_VERSION,
    props: props({ tool: `${head.tool.name} ${head.tool.version}` }),
    links: [{ href: head.tool.informationUri, rel: 'homepage', text: 'ctrlflow' }],
  };
}

function backMatter(head: ReportHead, ids: ReturnType<typeof documentIds>): object {
  return {
    resources: [
      {
        uuid: ids.plan,
        title: 'The controls and flows evaluated',
        description: `ctrlflow's controls (what must hold) and flows (how it is checked)${head.controlsCommit ? `, at git commit ${head.controlsCommit}` : ''}; each control is an objective of the result's reviewed controls.`,
        ...(head.controlsCommit ? { props: props({ 'controls-commit': head.controlsCommit }) } : {}),
      },
      { uuid: ids.json, title: 'The JSON report of the scan (ctrlflow.json)', rlinks: [{ href: 'ctrlflow.json', 'media-type': 'application/json' }] },
      { uuid: ids.manifest, title: 'The evidence manifest of the run: SHA-256 and size of every file written', rlinks: [{ href: 'ctrlflow-manifest.json', 'media-type': 'application/json' }] },
    ],
  };
}

/** OSCAL props from name → value, leaving out absent values; a value is one line with no space at either end. */
/** The control set as the report states it (src/load/provenance.ts): content hash, file count, dirty marker. */
function controlSetProps(head: ReportHead): Record<string, string | undefined> {
  const set = head.controlSet;
  if (!set) return {};
  return { 'control-set-content-hash': set.contentHash, 'control-set-files': String(set.files), 'control-set-dirty': set.commit === undefined ? undefined : String(set.dirty === true) };
}

function props(values: Record<string, string | undefined>): { name: string; ns: string; value: string }[] {
  const list: { name: string; ns: string; value: string }[] = [];
  for (const [name, value] of Object.entries(values)) {
    const line = value?.replace(/\s+/g, ' ').trim();
    if (line) list.push({ name, ns: OSCAL_NS, value: line });
  }
  return list;
}

/** An OSCAL token: letters, digits, `.`, `-`, `_`, starting with a letter or `_`. */
export function token(text: string): string {
  const clean = text.replace(/[^\p{L}\p{N}._-]/gu, '-');
  return /^[\p{L}_]/u.test(clean) ? clean : `_${clean}`;
}

/** Cloud text inside OSCAL markup (Markdown): shown as written, never read as markup; one line. */
export function markdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]<>()#!|~&]/g, '\\$&');
}
