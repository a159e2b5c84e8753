import { describe, expect, it } from 'vitest';
import { renderReport } from '../../reporters/index.js';
import { markdown, oscal, OSCAL_VERSION, subjectUuid, token } from '../../reporters/oscal.js';
import { splitReport } from '../../src/model/result.js';
import { EXCEPTED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';
import { demoRun } from '../helpers/demo-run.js';
import { OFFICIAL_SCHEMA_FILE, oscalProblems } from '../helpers/oscal-validate.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

type Prop = { name: string; value: string };
type Observation = { uuid: string; title: string; props: Prop[]; subjects: { 'subject-uuid': string; type: string; props: Prop[] }[]; 'relevant-evidence': { href: string }[]; types?: string[]; methods: string[] };
type Finding = { uuid: string; title: string; props: Prop[]; remarks?: string; target: { 'target-id': string; status: { state: string; reason: string } }; 'related-observations'?: { 'observation-uuid': string }[] };
type Document = {
  'assessment-results': {
    uuid: string;
    metadata: { 'oscal-version': string; 'last-modified': string };
    'import-ap': { href: string };
    results: { start: string; end: string; props: Prop[]; 'reviewed-controls': { 'control-selections': { description?: string; 'include-controls'?: { 'control-id': string }[] }[]; 'control-objective-selections': { 'include-objectives': { 'objective-id': string }[] }[] }; observations: Observation[]; findings: Finding[] }[];
    'back-matter': { resources: { uuid: string; rlinks?: { href: string }[] }[] };
  };
};
const prop = (props: Prop[], name: string) => props.filter((p) => p.name === name).map((p) => p.value);

describe('oscal reporter', () => {
  it('writes the demo scan as OSCAL 1.1.2 assessment results that validate against NIST\'s schema (and the stricter subset)', async () => {
    const demo = await demoRun('oscal');
    const doc = JSON.parse(demo.read('ctrlflow.oscal.json')) as Document;
    expect(oscalProblems(doc)).toEqual([]);
    const ar = doc['assessment-results'];
    expect(ar.metadata['oscal-version']).toBe(OSCAL_VERSION);
    expect(ar.results).toHaveLength(1);
    const [result] = ar.results;
    expect([result!.start, result!.end, ar.metadata['last-modified']]).toEqual([demo.report.startedAt, demo.report.finishedAt, demo.report.finishedAt]);
    // One observation per result, in order, each with its resource as the subject and a link to the JSON report.
    expect(result!.observations.map((o) => [prop(o.props, 'control-id')[0], prop(o.props, 'status')[0], prop(o.subjects[0]!.props, 'resource-id')[0]])).toEqual(
      demo.report.results.map((r) => [r.controlId, r.status, r.resourceId]),
    );
    expect(result!.observations.map((o) => o.subjects[0]!['subject-uuid'])).toEqual(demo.report.results.map(subjectUuid));
    expect(new Set(result!.observations.flatMap((o) => o['relevant-evidence'].map((e) => e.href)))).toEqual(new Set(['ctrlflow.json']));
    expect(result!.observations.filter((o) => o.types?.includes('finding')).length).toBe(demo.report.totals.FAIL);
    // One finding per control, naming exactly its observations, satisfied exactly when the control passed.
    expect(result!.findings.map((f) => f.target['target-id'])).toEqual(demo.report.controls.map((c) => c.id));
    const owner = new Map(result!.observations.map((o) => [o.uuid, prop(o.props, 'control-id')[0]]));
    expect(owner.size).toBe(demo.report.results.length);
    for (const [i, f] of result!.findings.entries()) {
      const control = demo.report.controls[i]!;
      const related = (f['related-observations'] ?? []).map((r) => r['observation-uuid']);
      expect(related.length, control.id).toBe(Object.values(control.counts).reduce((a, b) => a + b, 0));
      expect(related.every((u) => owner.get(u) === control.id), control.id).toBe(true);
      expect(f.target.status.state, control.id).toBe(control.status === 'PASS' || control.status === 'NO_RESOURCES' ? 'satisfied' : 'not-satisfied');
      expect(prop(f.props, 'related-control'), control.id).toEqual(Object.entries(control.compliance).flatMap(([fw, ids]) => ids.map((id) => token(`${fw}_${id}`))));
    }
    // The reviewed controls: every framework requirement the controls name, one selection per framework.
    const selected = result!['reviewed-controls']['control-selections'].flatMap((s) => (s['include-controls'] ?? []).map((c) => c['control-id']));
    expect(new Set(selected)).toEqual(new Set(demo.report.controls.flatMap((c) => Object.entries(c.compliance).flatMap(([fw, ids]) => ids.map((id) => token(`${fw}_${id}`))))));
    expect(result!['reviewed-controls']['control-objective-selections'][0]!['include-objectives'].map((o) => o['objective-id'])).toEqual(demo.report.controls.map((c) => c.id));
    // import-ap points into the back matter, which links the JSON report and the manifest.
    const resources = ar['back-matter'].resources;
    expect(resources.map((r) => r.uuid)).toContain(ar['import-ap'].href.slice(1));
    expect(resources.flatMap((r) => r.rlinks ?? []).map((l) => l.href)).toEqual(['ctrlflow.json', 'ctrlflow-manifest.json']);
  });

  it('states each control\'s outcome, escapes cloud text and is the same document when rendered again', async () => {
    const text = await renderReport(oscal, EXCEPTED_REPORT);
    expect(await renderReport(oscal, EXCEPTED_REPORT)).toBe(text);
    const doc = JSON.parse(text) as Document;
    expect(oscalProblems(doc)).toEqual([]);
    const [result] = doc['assessment-results'].results;
    expect(result!.findings.map((f) => [f.target['target-id'], f.target.status.state, f.target.status.reason, (f['related-observations'] ?? []).length])).toEqual([
      ['AWS-EC2-001', 'not-satisfied', 'fail', 3],
      ['AWS-RDS-002', 'not-satisfied', 'other', 1],
      ['AWS-EC2-009', 'satisfied', 'other', 0],
    ]);
    const [excepted, pass] = result!.observations;
    expect(excepted!.title).toBe('AWS-EC2-001 EXCEPTED: \\<img src=x onerror=alert\\(1\\)\\> \\(sg-0a1\\) in aws 111111111111/us-east-1');
    expect(prop(excepted!.props, 'exception')).toEqual(['Bastion, <b>reviewed</b> (owner sec@example.com, expires 2027-01-31)']);
    expect(pass!.types).toBeUndefined();
    expect(result!.observations[3]!.types).toEqual(['finding']);
    const uuids = [...result!.observations, ...result!.findings].map((x) => x.uuid);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('states the control set the reports name and each control\'s KeyNeverFound warnings', async () => {
    const warning = { code: 'KeyNeverFound' as const, message: 'condition c1 key $.Encrypted_* was in none of the 3 item(s) judged', node: 'verdict', condition: 'c1', key: '$.Encrypted_*', items: 3 };
    const report = {
      ...SCAN_REPORT,
      controlSet: { contentHash: 'sha256:ab12', files: 4, commit: 'c0ffee', dirty: true, changed: ['flows/x.yaml'] },
      controls: SCAN_REPORT.controls.map((c, i) => (i === 0 ? { ...c, warnings: [warning] } : c)),
    };
    const doc = JSON.parse(await renderReport(oscal, report)) as Document;
    expect(oscalProblems(doc)).toEqual([]);
    const [result] = doc['assessment-results'].results;
    expect(['control-set-content-hash', 'control-set-files', 'control-set-dirty'].map((n) => prop(result!.props, n))).toEqual([['sha256:ab12'], ['4'], ['true']]);
    expect(result!.findings.map((f) => f.remarks)).toEqual(['Warning (KeyNeverFound): condition c1 key $.Encrypted\\_\\* was in none of the 3 item\\(s\\) judged', undefined, undefined]);
  });

  it('writes each observation as its result arrives, before the summary', () => {
    const written: string[] = [];
    const { head } = splitReport(SCAN_REPORT);
    const results = SCAN_REPORT.results;
    const writer = oscal.open(head, { write: (t) => void written.push(t), drained: async () => undefined });
    const before = written.join('').length;
    writer.result(results[0]!);
    expect(written.join('').slice(before)).toContain('"subject-uuid"');
  });

  it('validates against NIST\'s OSCAL 1.1.2 schema, byte for byte the release asset', () => {
    // The SHA-256 and size of https://github.com/usnistgov/OSCAL/releases/download/v1.1.2/oscal_assessment-results_schema.json.
    const bytes = readFileSync(OFFICIAL_SCHEMA_FILE);
    expect([createHash('sha256').update(bytes).digest('hex'), bytes.length]).toEqual(['d033da70154cf6625ae46a746199e88e58f2928b1387dfac051d381b92f41b0d', 133015]);
    expect((JSON.parse(bytes.toString('utf8')) as { $id: string }).$id).toBe('http://csrc.nist.gov/ns/oscal/1.1.2/oscal-ar-schema.json');
  });

  it('the schema refuses what OSCAL refuses (the check is not vacuous)', async () => {
    const doc = JSON.parse(await renderReport(oscal, SCAN_REPORT)) as Document;
    const [result] = doc['assessment-results'].results;
    const broken = structuredClone(doc);
    const b = broken['assessment-results'].results[0]!;
    delete (b.observations[0] as Partial<Observation>).methods;
    b.observations[1]!.uuid = 'not-a-uuid';
    b.findings[0]!.target.status.state = 'passed';
    b.observations[0]!.props[0]!.value = ' padded';
    const refused = [
      "/assessment-results/results/0/observations/0 must have required property 'methods'",
      '/assessment-results/results/0/observations/0/props/0/value must match pattern "^\\S(.*\\S)?$"',
      '/assessment-results/results/0/observations/1/uuid must match pattern "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$"',
      '/assessment-results/results/0/findings/0/target/status/state must be equal to one of the allowed values',
    ];
    // NIST's schema and the subset refuse the same four things.
    expect(oscalProblems(broken)).toEqual([...refused.map((p) => `official ${p}`), ...refused.map((p) => `subset ${p}`)]);
    expect(result!.observations).toHaveLength(3);
  });

  it('makes OSCAL tokens of requirement ids and escapes Markdown', () => {
    expect([token('cis-aws-7.0_2.4'), token('2.4'), token('NIST 800-53/AC-2')]).toEqual(['cis-aws-7.0_2.4', '_2.4', 'NIST-800-53-AC-2']);
    expect(markdown('[x](javascript:alert(1)) *b* <i>\n2nd')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\) \\*b\\* \\<i\\> 2nd');
  });
});
