import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  REQUIREMENT_STATUSES
} from "./chunk-3AVUNTQJ.js";

// src/engine/frameworks.ts
function frameworkReports(frameworks, controls, attestations, today) {
  const outcomes = new Map(controls.map((c) => [c.id, c]));
  return frameworks.map((framework) => {
    const requirements = framework.requirements.map((requirement) => {
      const behind = (requirement.controls ?? []).map((id3) => {
        const c = outcomes.get(id3);
        return c ? { id: id3, status: c.status, counts: c.counts } : { id: id3, status: "NOT_RUN" };
      });
      const entry = attestations.find((a) => a.framework === framework.id && a.requirement === requirement.id);
      const attestation = entry && recordOf(entry, today);
      const { id: id2, title: title2, section, level, assessment } = requirement;
      return {
        id: id2,
        title: title2,
        ...section === void 0 ? {} : { section },
        ...level === void 0 ? {} : { level },
        assessment,
        status: requirementStatus(requirement, behind, attestation),
        controls: behind,
        ...attestation ? { attestation } : {}
      };
    });
    const { id, title, version, provider, source } = framework;
    return { id, title, version, provider, ...source === void 0 ? {} : { source }, summary: frameworkSummary(framework, requirements), requirements };
  });
}
function frameworksSection(frameworks, attestations, today) {
  return { key: "frameworks", finish: (summary) => frameworkReports(frameworks, summary.controls, attestations, today) };
}
function recordOf(entry, today) {
  const { framework: _framework, requirement: _requirement, ...rest } = entry;
  return { ...rest, expired: entry.expires < today };
}
function requirementStatus(requirement, controls, attestation) {
  if (controls.some((c) => c.status === "FAIL")) return "fail";
  if (requirement.assessment === "manual") {
    if (!attestation) return "manual-missing";
    if (attestation.expired) return "manual-expired";
    return attestation.status === "compliant" ? "manual-attested" : attestation.status === "non-compliant" ? "fail" : "not-applicable";
  }
  if (controls.some((c) => c.status === "ERROR")) return "error";
  if (controls.length === 0 || controls.some((c) => c.status === "NOT_RUN")) return "not-evaluated";
  if (controls.every((c) => c.status === "NO_RESOURCES")) return "not-applicable";
  return "pass";
}
function frameworkCoverage(framework) {
  const mapped = (r) => (r.controls ?? []).length > 0;
  const automated = framework.requirements.filter((r) => r.assessment === "automated");
  const manual = framework.requirements.filter((r) => r.assessment === "manual");
  const automatedCovered = automated.filter(mapped).length;
  return {
    requirements: framework.requirements.length,
    automated: automated.length,
    automatedCovered,
    manualWithEvidence: manual.filter(mapped).length,
    attestableOnly: manual.filter((r) => !mapped(r)).length,
    // Nothing automated to cover is full coverage.
    coverage: percent(automatedCovered, automated.length) ?? 100
  };
}
function frameworkSummary(framework, requirements) {
  const statuses = Object.fromEntries(REQUIREMENT_STATUSES.map((s) => [s, 0]));
  for (const r of requirements) statuses[r.status] += 1;
  const automated = requirements.filter((r) => r.assessment === "automated");
  const count = (s) => automated.filter((r) => r.status === s).length;
  return { ...frameworkCoverage(framework), statuses, passRate: percent(count("pass"), count("pass") + count("fail") + count("error")) };
}
function percent(part, whole) {
  return whole === 0 ? null : Math.round(part / whole * 1e3) / 10;
}
function definitionsOf(reports) {
  const frameworks = [];
  const attestations = [];
  for (const f of reports) {
    if (frameworks.some((g) => g.id === f.id)) continue;
    const requirements = f.requirements.map(({ status: _status, attestation, controls, ...requirement }) => {
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

export {
  frameworkReports,
  frameworksSection,
  requirementStatus,
  frameworkCoverage,
  definitionsOf
};
