import { describe, expect, it } from 'vitest';
import { definitionsOf, frameworkCoverage, frameworkReports, requirementStatus, type ControlOutcome } from '../../src/engine/frameworks.js';
import type { LoadedAttestation } from '../../src/load/attestations.js';
import type { AttestationRecord, RequirementControl, RequirementStatus } from '../../src/model/framework-report.js';
import type { Framework } from '../../src/model/framework.js';
import type { ControlStatus } from '../../src/model/result.js';

type Behind = ControlStatus | 'NOT_RUN';
const controls = (statuses: Behind[]): RequirementControl[] => statuses.map((status, i) => ({ id: `C-${i}`, status }));
const attested = (status: AttestationRecord['status'], expired = false): AttestationRecord => ({
  status,
  owner: 'secops@example.com',
  evidence: 'https://wiki.example.com/r',
  date: '2026-01-15',
  expires: '2027-01-15',
  source: 'attestations.yaml:2',
  expired,
});

describe('requirementStatus', () => {
  const automated: [Behind[], RequirementStatus][] = [
    [[], 'not-evaluated'],
    [['PASS'], 'pass'],
    [['PASS', 'NO_RESOURCES'], 'pass'],
    [['EXCEPTED', 'PASS'], 'pass'],
    [['NO_RESOURCES'], 'not-applicable'],
    [['NO_RESOURCES', 'NO_RESOURCES'], 'not-applicable'],
    [['PASS', 'FAIL'], 'fail'],
    [['ERROR', 'FAIL'], 'fail'],
    [['PASS', 'ERROR'], 'error'],
    [['NOT_RUN', 'FAIL'], 'fail'],
    [['NOT_RUN', 'ERROR'], 'error'],
    [['PASS', 'NOT_RUN'], 'not-evaluated'],
    [['NOT_RUN'], 'not-evaluated'],
  ];
  it.each(automated)('automated, controls %j: %s', (behind, expected) => {
    expect(requirementStatus({ assessment: 'automated' }, controls(behind), undefined)).toBe(expected);
  });

  const manual: [Behind[], AttestationRecord | undefined, RequirementStatus][] = [
    [[], undefined, 'manual-missing'],
    [['PASS'], undefined, 'manual-missing'],
    [['NO_RESOURCES'], undefined, 'manual-missing'],
    [[], attested('compliant'), 'manual-attested'],
    [['PASS'], attested('compliant'), 'manual-attested'],
    [['ERROR'], attested('compliant'), 'manual-attested'],
    [['FAIL'], attested('compliant'), 'fail'],
    [['FAIL'], undefined, 'fail'],
    [[], attested('compliant', true), 'manual-expired'],
    [['PASS'], attested('non-compliant', true), 'manual-expired'],
    [[], attested('non-compliant'), 'fail'],
    [[], attested('not-applicable'), 'not-applicable'],
  ];
  it.each(manual)('manual, controls %j, attestation %o: %s', (behind, attestation, expected) => {
    expect(requirementStatus({ assessment: 'manual' }, controls(behind), attestation)).toBe(expected);
  });

  it('never gives pass to a manual requirement, whatever its controls and attestation', () => {
    const all: Behind[] = ['PASS', 'FAIL', 'ERROR', 'EXCEPTED', 'NO_RESOURCES', 'NOT_RUN'];
    const attestations = [undefined, attested('compliant'), attested('compliant', true), attested('non-compliant'), attested('not-applicable')];
    const seen = new Set<RequirementStatus>();
    for (const a of all) for (const b of all) for (const attestation of attestations) seen.add(requirementStatus({ assessment: 'manual' }, controls([a, b]), attestation));
    expect([...seen].sort()).toEqual(['fail', 'manual-attested', 'manual-expired', 'manual-missing', 'not-applicable']);
  });
});

const FRAMEWORK: Framework = {
  id: 'fw',
  title: 'A framework',
  version: '1.0.0',
  provider: 'aws',
  requirements: [
    { id: '1.1', title: 'Automated, one control', section: '1 S', level: 1, assessment: 'automated', controls: ['A-1'] },
    { id: '1.2', title: 'Automated, two controls', level: 2, assessment: 'automated', controls: ['A-1', 'A-2'] },
    { id: '1.3', title: 'Automated, not run', assessment: 'automated', controls: ['A-3'] },
    { id: '1.4', title: 'Automated, no control', assessment: 'automated', controls: [] },
    { id: '2.1', title: 'Manual, evidence control', assessment: 'manual', controls: ['A-2'] },
    { id: '2.2', title: 'Manual, attestable only', assessment: 'manual' },
  ],
};
const counts = { FAIL: 0, ERROR: 0, EXCEPTED: 0, PASS: 2 };
const OUTCOMES: ControlOutcome[] = [
  { id: 'A-1', status: 'PASS', counts },
  { id: 'A-2', status: 'NO_RESOURCES', counts: { ...counts, PASS: 0 } },
];
const attestation = (requirement: string, expires: string): LoadedAttestation => ({
  framework: 'fw',
  requirement,
  status: 'compliant',
  owner: 'secops@example.com',
  evidence: 'https://wiki.example.com/r',
  date: '2026-01-15',
  expires,
  source: 'attestations.yaml:2',
});

describe('frameworkReports', () => {
  it('gives each requirement its status, the controls behind it, and the framework its figures', () => {
    const [report] = frameworkReports([FRAMEWORK], OUTCOMES, [attestation('2.1', '2026-06-30')], '2026-06-30');
    expect(report!.requirements.map((r) => `${r.id} ${r.status} ${r.controls.map((c) => `${c.id}:${c.status}`).join(',')}`)).toEqual([
      '1.1 pass A-1:PASS',
      '1.2 pass A-1:PASS,A-2:NO_RESOURCES',
      '1.3 not-evaluated A-3:NOT_RUN',
      '1.4 not-evaluated ',
      '2.1 manual-attested A-2:NO_RESOURCES',
      '2.2 manual-missing ',
    ]);
    expect(report!.requirements[0]).toEqual({
      id: '1.1',
      title: 'Automated, one control',
      section: '1 S',
      level: 1,
      assessment: 'automated',
      status: 'pass',
      controls: [{ id: 'A-1', status: 'PASS', counts }],
    });
    expect(report!.requirements[4]!.attestation).toEqual({ ...attested('compliant'), expires: '2026-06-30' });
    expect(report!.summary).toEqual({
      requirements: 6,
      automated: 4,
      automatedCovered: 3,
      manualWithEvidence: 1,
      attestableOnly: 1,
      coverage: 75,
      statuses: { fail: 0, error: 0, 'manual-expired': 0, 'manual-missing': 1, 'not-evaluated': 2, 'manual-attested': 1, 'not-applicable': 0, pass: 2 },
      passRate: 100,
    });
  });

  it('lets an attestation hold through its expiry day (UTC) and no longer', () => {
    const on = (today: string) => frameworkReports([FRAMEWORK], OUTCOMES, [attestation('2.2', '2026-06-30')], today)[0]!.requirements[5]!;
    expect([on('2026-06-30').status, on('2026-06-30').attestation!.expired]).toEqual(['manual-attested', false]);
    expect([on('2026-07-01').status, on('2026-07-01').attestation!.expired]).toEqual(['manual-expired', true]);
  });

  it('has no pass rate when no automated requirement was evaluated, and counts error against it', () => {
    expect(frameworkReports([FRAMEWORK], [], [], '2026-06-30')[0]!.summary.passRate).toBeNull();
    const errored = frameworkReports([FRAMEWORK], [{ ...OUTCOMES[0]!, status: 'ERROR' }, OUTCOMES[1]!], [], '2026-06-30')[0]!;
    expect(errored.requirements.slice(0, 2).map((r) => r.status)).toEqual(['error', 'error']);
    expect(errored.summary.passRate).toBe(0);
    const third = frameworkReports([FRAMEWORK], [OUTCOMES[0]!, { id: 'A-2', status: 'FAIL', counts }, { id: 'A-3', status: 'PASS', counts }], [], '2026-06-30')[0]!;
    // 1.1 and 1.3 pass, 1.2 fails: 2 of 3.
    expect(third.summary.passRate).toBe(66.7);
    expect(third.requirements[4]!.status).toBe('fail');
  });

  it('can be computed again from a report section alone (as a merge of shards does)', () => {
    const reports = frameworkReports([FRAMEWORK], OUTCOMES, [attestation('2.1', '2026-06-30')], '2026-06-30');
    const { frameworks, attestations } = definitionsOf(reports);
    expect(frameworks).toEqual([FRAMEWORK].map((f) => ({ ...f, requirements: f.requirements.map((r) => ({ ...r, controls: r.controls ?? [] })) })));
    expect(frameworkReports(frameworks, OUTCOMES, attestations, '2026-06-30')).toEqual(reports);
  });

  it('calls a framework with nothing automated fully covered', () => {
    expect(frameworkCoverage({ ...FRAMEWORK, requirements: FRAMEWORK.requirements.slice(4) }).coverage).toBe(100);
  });
});
