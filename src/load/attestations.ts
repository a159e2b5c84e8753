import { ATTESTATIONS_SCHEMA, type AttestationEntry, type AttestationsFile } from '../model/attestation.js';
import type { Problem } from '../model/problem.js';
import { closest } from '../model/validate.js';
import { readCheckedYaml } from './checked-yaml.js';
import { sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { nearest, type LoadedFramework } from './frameworks.js';

export interface LoadedAttestation extends AttestationEntry {
  /** `file:line` of the entry. */
  source: string;
}

/**
 * Reads an `--attestations` file and checks it against the loaded frameworks: each entry names
 * a manual requirement of a known framework, once, and is dated no later than it expires.
 * Every mistake is a Diagnostic with its line and column.
 */
export async function loadAttestations(file: string, display: string, frameworks: LoadedFramework[]): Promise<{ attestations: LoadedAttestation[]; diagnostics: Diagnostic[] }> {
  const read = await readCheckedYaml(file, display, ATTESTATIONS_SCHEMA, 'attestations');
  if (!read.value || !read.parsed) {
    // YAML reads an unquoted 2.10 as the number 2.1.
    const hinted = read.diagnostics.map((d) => (d.message === 'requirement must be string' ? { ...d, message: `${d.message}: quote it ("2.10"), as YAML reads 2.10 as the number 2.1` } : d));
    return { attestations: [], diagnostics: sortDiagnostics(hinted) };
  }
  const { parsed } = read;
  const { attestations } = read.value as AttestationsFile;
  const lineOf = (i: number) => parsed.locate(['attestations', i]).line;
  const problems = attestations.flatMap((a, i) => entryProblems(a, i, attestations, frameworks, lineOf));
  if (problems.length > 0) {
    return { attestations: [], diagnostics: problems.map((p) => ({ file: display, ...parsed.locate(p.path), code: p.code, message: p.message })) };
  }
  return { attestations: attestations.map((a, i) => ({ ...a, source: `${display}:${lineOf(i)}` })), diagnostics: [] };
}

function entryProblems(a: AttestationEntry, i: number, all: AttestationEntry[], frameworks: LoadedFramework[], lineOf: (i: number) => number): Problem[] {
  const at = (key: string) => ['attestations', i, key];
  const problems: Problem[] = [];
  if (a.date > a.expires) problems.push({ path: at('expires'), code: 'bad-dates', message: `expires ${a.expires} is before the attestation's date ${a.date}` });
  const framework = frameworks.find((f) => f.framework.id === a.framework)?.framework;
  if (!framework) {
    const ids = frameworks.map((f) => f.framework.id);
    const near = closest(a.framework, ids);
    const hint = near ? `did you mean "${near}"?` : ids.length > 0 ? `frameworks: ${ids.join(', ')}` : 'no framework files were loaded: pass controls/frameworks with --controls';
    return [...problems, { path: at('framework'), code: 'unknown-framework', message: `no framework "${a.framework}" (${hint})` }];
  }
  const requirement = framework.requirements.find((r) => r.id === a.requirement);
  if (!requirement) {
    const hint = nearest(a.requirement, framework.requirements.map((r) => r.id));
    return [...problems, { path: at('requirement'), code: 'unknown-requirement', message: `${framework.id} has no requirement "${a.requirement}"${hint}` }];
  }
  if (requirement.assessment !== 'manual') {
    problems.push({ path: at('requirement'), code: 'not-manual', message: `requirement "${a.requirement}" of ${framework.id} is automated: its status comes from its controls, not from an attestation` });
  }
  const first = all.findIndex((b) => b.framework === a.framework && b.requirement === a.requirement);
  if (first < i) problems.push({ path: at('requirement'), code: 'duplicate-attestation', message: `${a.framework} "${a.requirement}" is already attested at line ${lineOf(first)}` });
  return problems;
}
