import { describe, expect, it } from 'vitest';
import { renderReport } from '../../reporters/index.js';
import { ocsf, OCSF_VERSION } from '../../reporters/ocsf.js';
import { EXCEPTED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';
import { demoRun } from '../helpers/demo-run.js';
import { COMPLIANCE_FINDING_CLASS, ocsfProblems } from '../helpers/ocsf-validate.js';
import { resolveOcsf, type Resolved } from '../helpers/ocsf-source.js';

const lines = (text: string) => text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, any>);

describe('ocsf reporter', () => {
  it('writes one valid Compliance Finding per result of the demo, in order, as JSON Lines', async () => {
    const demo = await demoRun('ocsf');
    const text = demo.read('ctrlflow.ocsf.jsonl');
    expect(text.endsWith('\n')).toBe(true);
    const events = lines(text);
    expect(events).toHaveLength(demo.report.results.length);
    for (const event of events) expect(ocsfProblems(event)).toEqual([]);
    expect(events.map((e) => [e.compliance.control, e.resources[0].uid, e.status_code])).toEqual(demo.report.results.map((r) => [r.controlId, r.resourceId, r.status]));
    expect(new Set(events.map((e) => e.finding_info.uid)).size).toBe(events.length);
    expect(new Set(events.map((e) => e.metadata.version))).toEqual(new Set([OCSF_VERSION]));
    const byStatus = (s: string) => events.filter((e) => e.status_code === s);
    expect(byStatus('EXCEPTED').length).toBeGreaterThan(0);
    expect(byStatus('FAIL').every((e) => e.compliance.status_id === 3 && e.status_id === 1)).toBe(true);
    expect(byStatus('PASS').every((e) => e.compliance.status_id === 1)).toBe(true);
    expect(byStatus('EXCEPTED').every((e) => e.compliance.status_id === 3 && e.status_id === 3 && e.status === 'Suppressed')).toBe(true);
  });

  it('maps a result field by field', async () => {
    const [fail, pass, error] = lines(await renderReport(ocsf, SCAN_REPORT));
    expect(fail).toEqual({
      activity_id: 1,
      activity_name: 'Create',
      category_uid: 2,
      category_name: 'Findings',
      class_uid: 2003,
      class_name: 'Compliance Finding',
      type_uid: 200301,
      type_name: 'Compliance Finding: Create',
      time: Date.parse('2026-11-01T00:00:05.000Z'),
      severity_id: 4,
      severity: 'High',
      status_id: 1,
      status: 'New',
      status_code: 'FAIL',
      status_detail: SCAN_REPORT.results[0]!.reason,
      message: `Security groups do not allow SSH from the internet: ${SCAN_REPORT.results[0]!.reason}`,
      metadata: {
        version: '1.3.0',
        product: { name: 'ctrlflow', vendor_name: 'ctrlflow', uid: 'ctrlflow', version: '0.1.0', url_string: 'https://github.com/ctrlflow/ctrlflow' },
        profiles: ['cloud'],
        uid: expect.stringMatching(/^scan-2026-11-01T00:00:00.000Z\/[0-9a-f]{64}$/),
        correlation_uid: 'scan-2026-11-01T00:00:00.000Z',
        event_code: 'AWS-EC2-001',
        log_name: 'ctrlflow',
      },
      finding_info: {
        uid: expect.stringMatching(/^ctrlflow\/AWS-EC2-001\/[0-9a-f]{64}$/),
        title: 'Security groups do not allow SSH from the internet',
        desc: 'SSH open to the world invites brute force.',
        types: ['AWS::EC2::SecurityGroup'],
        created_time: Date.parse('2026-11-01T00:00:05.000Z'),
        src_url: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
      },
      compliance: { control: 'AWS-EC2-001', standards: ['CIS-AWS-3.0'], requirements: ['CIS-AWS-3.0:5.2'], status_id: 3, status: 'Fail', status_code: 'FAIL', status_detail: SCAN_REPORT.results[0]!.reason },
      resources: [{ uid: 'sg-0a1', name: '<img src=x onerror=alert(1)>', type: 'AWS::EC2::SecurityGroup', region: 'us-east-1' }],
      remediation: { desc: 'Remove the rule.', references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'] },
      cloud: { provider: 'AWS', region: 'us-east-1', account: { uid: '111111111111' } },
      unmapped: { evidence: { '$.IpPermissions[*].FromPort': 22 }, matches: SCAN_REPORT.results[0]!.matches, execution_id: 'exec-1' },
    });
    expect([pass!.compliance.status_id, pass!.status_id]).toEqual([1, 1]);
    // A target that could not be read: the account is the resource; the check's outcome is unknown.
    expect(error).toMatchObject({ status_code: 'ERROR', compliance: { status_id: 0, status: 'Unknown', standards: ['ctrlflow'] }, resources: [{ uid: '222222222222', type: 'account', region: 'eu-west-1' }] });
    for (const e of [fail!, pass!, error!]) expect(ocsfProblems(e)).toEqual([]);
  });

  it('marks an excepted result Suppressed, its check failed, the exception in unmapped', async () => {
    const [excepted] = lines(await renderReport(ocsf, EXCEPTED_REPORT));
    expect(excepted).toMatchObject({ status_id: 3, status: 'Suppressed', compliance: { status_id: 3 }, unmapped: { exception: { reason: 'Bastion, <b>reviewed</b>' } } });
  });

  it('the class check finds what is wrong (it is not vacuous)', async () => {
    const [event] = lines(await renderReport(ocsf, SCAN_REPORT));
    const broken = { ...event!, finding_info: { title: 'x' }, severity_id: 7, colour: 'red', time: 1_700_000_000, type_uid: 200302 };
    expect(ocsfProblems(broken)).toEqual([
      'time: not a timestamp in milliseconds (1700000000)',
      'severity_id: not in the enum (7)',
      'finding_info.uid: required, missing',
      'colour: not an attribute of the class',
      'type_uid: 200302 is not class_uid × 100 + activity_id',
    ]);
  });
});

describe('the vendored class definition', () => {
  type Spec = { type: string; requirement: string; object_type?: string; is_array?: boolean; enum?: Record<string, string> };
  const DERIVED = new Set(['category_uid', 'class_uid', 'type_uid']);

  /** Each attribute the subset defines is OCSF 1.3.0's own, with its requirement, type, array-ness and enum; none it requires is left out. */
  function differences(subset: Record<string, Spec | string[]>, official: Resolved, where: string): string[] {
    const problems: string[] = [];
    for (const [name, spec] of Object.entries(subset)) {
      if (Array.isArray(spec)) {
        if (JSON.stringify([...spec].sort()) !== JSON.stringify([...(official.atLeastOne ?? [])].sort())) problems.push(`${where}.$at_least_one: ${spec.join(',')} is not ${String(official.atLeastOne)}`);
        continue;
      }
      const o = official.attributes[name];
      if (!o) {
        problems.push(`${where}.${name}: not an attribute of OCSF 1.3.0`);
        continue;
      }
      if (spec.requirement !== o.requirement) problems.push(`${where}.${name}: ${spec.requirement}, OCSF says ${o.requirement}`);
      if (spec.type !== o.type && spec.type !== o.base) problems.push(`${where}.${name}: ${spec.type}, OCSF says ${o.type}`);
      if ((spec.object_type ?? undefined) !== o.object_type) problems.push(`${where}.${name}: object ${String(spec.object_type)}, OCSF says ${String(o.object_type)}`);
      if ((spec.is_array === true) !== o.is_array) problems.push(`${where}.${name}: is_array ${String(spec.is_array === true)}, OCSF says ${String(o.is_array)}`);
      if (spec.enum && !DERIVED.has(name) && JSON.stringify(Object.keys(spec.enum).sort()) !== JSON.stringify(o.enum)) problems.push(`${where}.${name}: enum ${Object.keys(spec.enum).sort().join(',')}, OCSF says ${String(o.enum)}`);
    }
    for (const [name, o] of Object.entries(official.attributes)) if (o.requirement === 'required' && !(name in subset)) problems.push(`${where}.${name}: required by OCSF 1.3.0, not in the subset`);
    return problems;
  }

  it('agrees with the OCSF 1.3.0 source files (class, inherited classes, cloud profile, objects, dictionary)', () => {
    const problems = differences(COMPLIANCE_FINDING_CLASS.attributes as Record<string, Spec>, resolveOcsf('event', 'compliance_finding'), 'compliance_finding');
    for (const [object, attributes] of Object.entries(COMPLIANCE_FINDING_CLASS.objects)) problems.push(...differences(attributes as Record<string, Spec | string[]>, resolveOcsf('object', object), object));
    expect(problems).toEqual([]);
    expect([COMPLIANCE_FINDING_CLASS.uid, COMPLIANCE_FINDING_CLASS.category_uid]).toEqual([2003, 2]);
  });

  it('the comparison sees a wrong requirement, an invented attribute and a required one left out', () => {
    const official = resolveOcsf('event', 'compliance_finding');
    const { time: _time, ...withoutTime } = COMPLIANCE_FINDING_CLASS.attributes as Record<string, Spec>;
    const altered = { ...withoutTime, message: { ...(withoutTime.message as Spec), requirement: 'required' }, verdict: { type: 'string_t', requirement: 'optional' } };
    expect(differences(altered, official, 'c')).toEqual(['c.message: required, OCSF says recommended', 'c.verdict: not an attribute of OCSF 1.3.0', 'c.time: required by OCSF 1.3.0, not in the subset']);
  });
});
