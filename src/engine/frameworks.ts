import type { LoadedAttestation } from '../load/attestations.js';
import type { Framework, Requirement } from '../model/framework.js';
import {
  REQUIREMENT_STATUSES,
  type AttestationRecord,
  type FrameworkCoverage,
  type FrameworkReport,
  type FrameworkSummary,
  type RequirementControl,
  type RequirementReport,
  type RequirementStatus,
} from '../model/framework-report.js';
import type { ControlSummary } from '../model/result.js';
import type { SummarySection } from '../model/stream.js';

/** What a requirement needs to know of a control: how it came out. */
export type ControlOutcome = Pick<ControlSummary, 'id' | 'status' | 'counts'>;

/**
 * Each framework's requirements with their status in this scan, from the controls' summaries
 * and the attestations; `today` (YYYY-MM-DD, UTC) decides which attestations have expired.
 */
export function frameworkReports(frameworks: Framework[], controls: ControlOutcome[], attestations: LoadedAttestation[], today: string): FrameworkReport[] {
  const outcomes = new Map(controls.map((c) => [c.id, c]));
  return frameworks.map((framework) => {
    const requirements = framework.requirements.map((requirement): RequirementReport => {
      const behind = (requirement.controls ?? []).map((id): RequirementControl => {
        const c = outcomes.get(id);
        return c ? { id, status: c.status, counts: c.counts } : { id, status: 'NOT_RUN' };
      });
      const entry = attestations.find((a) => a.framework === framework.id && a.requirement === requirement.id);
      const attestation = entry && recordOf(entry, today);
      const { id, title, section, level, assessment } = requirement;
      return {
        id,
        title,
        ...(section === undefined ? {} : { section }),
        ...(level === undefined ? {} : { level }),
        assessment,
        status: requirementStatus(requirement, behind, attestation),
        controls: behind,
        ...(attestation ? { attestation } : {}),
      };
    });
    const { id, title, version, provider, source } = framework;
    return { id, title, version, provider, ...(source === undefined ? {} : { source }), summary: frameworkSummary(framework, requirements), requirements };
  });
}

/**
 * The `frameworks` section of a scan's summary: computed once the controls' statuses are
 * known (EXCEPTED results count as accepted, so after exceptions were applied), before any
 * report writes its summary. `today` (YYYY-MM-DD, UTC) decides which attestations have expired.
 */
export function frameworksSection(frameworks: Framework[], attestations: LoadedAttestation[], today: string): SummarySection {
  return { key: 'frameworks', finish: (summary) => frameworkReports(frameworks, summary.controls, attestations, today) };
}

function recordOf(entry: LoadedAttestation, today: string): AttestationRecord {
  const { framework: _framework, requirement: _requirement, ...rest } = entry;
  return { ...rest, expired: entry.expires < today };
}

/**
 * One requirement's status. A FAIL always counts. A manual requirement is never `pass`: without
 * a failing evidence control its attestation decides. An automated one passes only when every
 * control behind it ran and none failed or errored; EXCEPTED results count as accepted, as a
 * suppressed finding does in AWS Security Hub, and stay visible in the counts.
 */
export function requirementStatus(requirement: Pick<Requirement, 'assessment'>, controls: RequirementControl[], attestation: AttestationRecord | undefined): RequirementStatus {
  if (controls.some((c) => c.status === 'FAIL')) return 'fail';
  if (requirement.assessment === 'manual') {
    if (!attestation) return 'manual-missing';
    if (attestation.expired) return 'manual-expired';
    return attestation.status === 'compliant' ? 'manual-attested' : attestation.status === 'non-compliant' ? 'fail' : 'not-applicable';
  }
  if (controls.some((c) => c.status === 'ERROR')) return 'error';
  // No control, or one that did not run: a pass would claim more than was checked.
  if (controls.length === 0 || controls.some((c) => c.status === 'NOT_RUN')) return 'not-evaluated';
  if (controls.every((c) => c.status === 'NO_RESOURCES')) return 'not-applicable';
  return 'pass';
}

/** What the framework file covers, whatever ran: `ctrlflow list frameworks` prints it. */
export function frameworkCoverage(framework: Framework): FrameworkCoverage {
  const mapped = (r: Requirement) => (r.controls ?? []).length > 0;
  const automated = framework.requirements.filter((r) => r.assessment === 'automated');
  const manual = framework.requirements.filter((r) => r.assessment === 'manual');
  const automatedCovered = automated.filter(mapped).length;
  return {
    requirements: framework.requirements.length,
    automated: automated.length,
    automatedCovered,
    manualWithEvidence: manual.filter(mapped).length,
    attestableOnly: manual.filter((r) => !mapped(r)).length,
    // Nothing automated to cover is full coverage.
    coverage: percent(automatedCovered, automated.length) ?? 100,
  };
}

function frameworkSummary(framework: Framework, requirements: RequirementReport[]): FrameworkSummary {
  const statuses = Object.fromEntries(REQUIREMENT_STATUSES.map((s) => [s, 0])) as Record<RequirementStatus, number>;
  for (const r of requirements) statuses[r.status] += 1;
  const automated = requirements.filter((r) => r.assessment === 'automated');
  const count = (s: RequirementStatus) => automated.filter((r) => r.status === s).length;
  return { ...frameworkCoverage(framework), statuses, passRate: percent(count('pass'), count('pass') + count('fail') + count('error')) };
}

/** part of whole in percent, one decimal; null when whole is 0. */
function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/**
 * The frameworks and attestations a report's `frameworks` section was computed from, so a
 * merge of several reports (shards) can compute it again over the merged controls.
 */
export function definitionsOf(reports: FrameworkReport[]): { frameworks: Framework[]; attestations: LoadedAttestation[] } {
  const frameworks: Framework[] = [];
  const attestations: LoadedAttestation[] = [];
  for (const f of reports) {
    if (frameworks.some((g) => g.id === f.id)) continue;
    const requirements = f.requirements.map(({ status: _status, attestation, controls, ...requirement }): Requirement => {
      if (attestation) {
        const { expired: _expired, ...entry } = attestation;
        attestations.push({ ...entry, framework: f.id, requirement: requirement.id });
      }
      return { ...requirement, controls: controls.map((c) => c.id) };
    });
    const { summary: _summary, requirements: _requirements, ...head } = f;
    frameworks.push({ ...head, requirements });
  }
  return { frameworks, attestations };
}
