import { describe, expect, it } from 'vitest';
import { loadAttestations } from '../../src/load/attestations.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { formatDiagnostic } from '../../src/load/diagnostics.js';
import { nearest } from '../../src/load/frameworks.js';
import { REPO } from '../helpers/cli.js';

const AT = 'test/fixtures/frameworks';

async function problems(...paths: string[]): Promise<string[]> {
  const catalog = await loadCatalog(paths.map((p) => `${AT}/${p}`), { cwd: REPO });
  return catalog.diagnostics.map(formatDiagnostic);
}

describe('framework files', () => {
  it('loads a framework that agrees with its controls, each requirement with a controls list', async () => {
    const catalog = await loadCatalog([`${AT}/valid`, `${AT}/flows`], { cwd: REPO });
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.frameworks.map((f) => f.file)).toEqual([`${AT}/valid/frameworks/fw-valid.yaml`]);
    const { framework } = catalog.frameworks[0]!;
    expect(framework.requirements.map((r) => `${r.id} ${r.assessment} [${(r.controls ?? []).join(' ')}]`)).toEqual([
      '1.1 automated [FW-101]',
      '1.2 manual [FW-102]',
      '1.3 manual []',
      '1.4 automated []',
    ]);
    expect(catalog.controls.map((c) => c.control.id)).toEqual(['FW-101', 'FW-102']);
  });

  it('checks each file against its schema, at the line and column of the mistake', async () => {
    expect(await problems('bad')).toEqual([
      `${AT}/bad/fw-bad.yaml:6:9 error bad-type: id must be string: quote it ("2.10"), as YAML reads 2.10 as the number 2.1`,
      `${AT}/bad/fw-bad.yaml:9:5 error missing-key: missing required key "title"`,
      `${AT}/bad/fw-bad.yaml:10:5 error unknown-key: unknown key "titel" (did you mean "title"?)`,
      `${AT}/bad/fw-bad.yaml:14:17 error bad-value: assessment must be one of "automated", "manual"`,
      `${AT}/bad/fw-bad.yaml:17:12 error bad-type: level must be integer`,
      `${AT}/bad/fw-dup.yaml:1:5 error id-mismatch: framework id "fw-duplicate" must match its file name "fw-dup"`,
      `${AT}/bad/fw-dup.yaml:9:9 error duplicate-requirement: requirement "1.1" is already listed at line 6`,
    ]);
  });

  it('checks frameworks and controls agree both ways; an automated requirement without controls is no error', async () => {
    const fw = `${AT}/mapping/frameworks/fw-mini.yaml`;
    const control = (id: string) => `${AT}/mapping/controls/${id}.yaml`;
    expect(await problems('mapping', 'flows')).toEqual([
      `${control('FW-001')}:7:32 error unknown-requirement: fw-mini has no requirement "1.22" (did you mean "1.2"?)`,
      `${control('FW-002')}:7:25 error mapping-mismatch: requirement "1.4" of fw-mini does not list FW-002: add it to that requirement's controls (${fw}:23), or remove "1.4" here`,
      `${control('FW-003')}:7:24 error unknown-framework: "FW-MINI" is not "fw-mini": a framework's compliance key is its id, exactly`,
      `${fw}:15:16 error mapping-mismatch: FW-002 does not name requirement "1.2": add it to its compliance under fw-mini (${control('FW-002')}:7), or remove FW-002 here`,
      `${fw}:19:16 error unknown-control: no control "FW-00l" was loaded (did you mean "FW-001"?)`,
      `${fw}:27:16 error provider-mismatch: FW-AZ-001 is a control for azure, but fw-mini is a framework for aws`,
    ]);
  });

  it('says a requirement names a missing control when the controls are not loaded with it', async () => {
    expect(await problems('valid/frameworks')).toEqual([
      `${AT}/valid/frameworks/fw-valid.yaml:12:16 error unknown-control: no control "FW-101" was loaded (no controls were loaded: pass the controls folder too)`,
      `${AT}/valid/frameworks/fw-valid.yaml:18:16 error unknown-control: no control "FW-102" was loaded (no controls were loaded: pass the controls folder too)`,
    ]);
  });

  it('suggests close requirement ids only when few are close', () => {
    expect(nearest('1.22', ['1.1', '1.2', '2.1'])).toBe(' (did you mean "1.2"?)');
    expect(nearest('6.33', ['6.3', '6.4', '6.1.1'])).toBe(' (did you mean "6.3"?)');
    // One edit from 2.1 are 2.10 … 2.19 and more: no hint beats ten.
    expect(nearest('2.1', ['2.2', '2.3', '2.4', '2.10', '2.11', '2.12'])).toBe('');
    expect(nearest('9.9.9', ['1.1', '1.2'])).toBe('');
  });

  it('loads the bundled frameworks with the bundled controls, with no problem', async () => {
    const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.frameworks.map((f) => `${f.framework.id} ${f.framework.requirements.length}`)).toEqual(['cis-aws-7.0 70', 'cis-azure-6.0 127', 'cis-gcp-5.0 93']);
  });
});

describe('attestations files', () => {
  async function attestations(file: string) {
    const catalog = await loadCatalog([`${AT}/valid`, `${AT}/flows`], { cwd: REPO });
    return loadAttestations(`${REPO}/${AT}/${file}`, `${AT}/${file}`, catalog.frameworks);
  }

  it('reads each entry with where it was written', async () => {
    const { attestations: read, diagnostics } = await attestations('attestations-valid.yaml');
    expect(diagnostics).toEqual([]);
    expect(read.map((a) => `${a.framework} ${a.requirement} ${a.status} ${a.expires} ${a.source}`)).toEqual([
      `fw-valid 1.2 compliant 2027-01-15 ${AT}/attestations-valid.yaml:3`,
      `fw-valid 1.3 not-applicable 2026-12-31 ${AT}/attestations-valid.yaml:10`,
    ]);
  });

  it('checks the file against its schema, with line numbers', async () => {
    const { attestations: read, diagnostics } = await attestations('attestations-schema.yaml');
    expect(read).toEqual([]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `${AT}/attestations-schema.yaml:3:18 error bad-type: requirement must be string: quote it ("2.10"), as YAML reads 2.10 as the number 2.1`,
      `${AT}/attestations-schema.yaml:11:13 error bad-value: status must be one of "compliant", "non-compliant", "not-applicable"`,
      `${AT}/attestations-schema.yaml:14:11 error bad-value: date must be a date YYYY-MM-DD`,
      `${AT}/attestations-schema.yaml:16:5 error unknown-key: unknown key "reviewer" (allowed: framework, requirement, status, owner, evidence, date, expires)`,
    ]);
  });

  it('checks each entry names a manual requirement of a loaded framework, once, dated before it expires', async () => {
    const { diagnostics } = await attestations('attestations-refs.yaml');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      `${AT}/attestations-refs.yaml:2:16 error unknown-framework: no framework "fw-vaild" (did you mean "fw-valid"?)`,
      `${AT}/attestations-refs.yaml:10:18 error unknown-requirement: fw-valid has no requirement "1.33" (did you mean "1.3"?)`,
      `${AT}/attestations-refs.yaml:17:18 error not-manual: requirement "1.1" of fw-valid is automated: its status comes from its controls, not from an attestation`,
      `${AT}/attestations-refs.yaml:29:14 error bad-dates: expires 2026-01-14 is before the attestation's date 2026-01-15`,
      `${AT}/attestations-refs.yaml:31:18 error duplicate-attestation: fw-valid "1.3" is already attested at line 23`,
    ]);
  });
});
