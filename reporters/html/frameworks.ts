import { REQUIREMENT_STATUSES, type FrameworkReport, type RequirementReport } from '../../src/model/framework-report.js';
import type { ReportSummary } from '../../src/model/result.js';

/**
 * The HTML report's framework view, from the summary's `frameworks` section (src/engine/
 * frameworks.ts computes it once the controls' statuses are known): per framework its pass
 * rate, automated coverage and requirement counts, then every requirement with its status,
 * the controls behind it (linked to their sections) and its attestation. Absent section, no part.
 */
export function frameworksPart(summary: ReportSummary, esc: (value: unknown) => string): string {
  const frameworks = summary.frameworks ?? [];
  if (frameworks.length === 0) return '';
  return `
<h2 id="frameworks">Frameworks</h2>
${frameworks.map((f) => framework(f, esc)).join('')}`;
}

function framework(f: FrameworkReport, esc: (value: unknown) => string): string {
  const s = f.summary;
  const rate = s.passRate === null ? 'no automated requirement evaluated' : `pass rate <b>${s.passRate}%</b>`;
  const counts = REQUIREMENT_STATUSES.filter((status) => s.statuses[status] > 0);
  const open = f.requirements.filter((r) => r.status !== 'pass' && r.status !== 'not-applicable' && r.status !== 'manual-attested').length;
  return `<div class="framework" id="framework-${esc(f.id)}">
<h3>${esc(f.title)} ${esc(f.version)} <span class="muted">${esc(f.id)}</span></h3>
<p>${rate} · automated coverage ${s.coverage}% (${s.automatedCovered} of ${s.automated} automated requirements have a control) · ${s.requirements} requirements, ${s.manualWithEvidence} manual with evidence controls, ${s.attestableOnly} by attestation only${f.source && /^https?:\/\//.test(f.source) ? ` · <a href="${esc(f.source)}" rel="noopener">source</a>` : ''}</p>
<div class="cards">
  ${counts.map((status) => `<div class="card"><span class="badge req-${status}">${status}</span><b>${s.statuses[status]}</b></div>`).join('\n  ')}
</div>
<details><summary>${f.requirements.length} requirements (${open} need attention)</summary>
<table class="requirements">
  <thead><tr><th>Requirement</th><th>Title</th><th>Level</th><th>Assessment</th><th>Status</th><th>Controls</th></tr></thead>
  <tbody>
  ${f.requirements.map((r) => requirement(r, esc)).join('\n  ')}
  </tbody>
</table>
</details>
</div>
`;
}

function requirement(r: RequirementReport, esc: (value: unknown) => string): string {
  const controls = r.controls.map((c) => (c.status === 'NOT_RUN' ? `${esc(c.id)} <span class="muted">not run</span>` : `<a href="#control-${esc(c.id)}">${esc(c.id)}</a> ${esc(c.status)}`)).join(', ');
  const a = r.attestation;
  const attestation = a ? `<div class="muted">attested ${esc(a.status)} by ${esc(a.owner)} on ${esc(a.date)}, ${a.expired ? 'expired' : 'holds until'} ${esc(a.expires)}; evidence: ${esc(a.evidence)} (${esc(a.source)})</div>` : '';
  return `<tr data-requirement-status="${esc(r.status)}"><td>${r.section ? `<span title="${esc(r.section)}">${esc(r.id)}</span>` : esc(r.id)}</td><td>${esc(r.title)}</td><td>${r.level ?? ''}</td><td>${esc(r.assessment)}</td><td><span class="badge req-${esc(r.status)}">${esc(r.status)}</span></td><td>${controls || '<span class="muted">none</span>'}${attestation}</td></tr>`;
}
