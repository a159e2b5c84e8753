import { renderReport } from '../../reporters/index.js';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { html } from '../../reporters/html.js';
import { EXCEPTED_REPORT, FRAMEWORK_REPORT, PLANNED_REPORT, REMEDIATED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';

describe('html reporter', () => {
  it('is one self-contained page naming every control', async () => {
    const page = await renderReport(html, SCAN_REPORT);
    for (const c of SCAN_REPORT.controls) expect(page).toContain(`id="control-${c.id}"`);
    expect(page).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
    expect(page).toContain('id="filter-text"');
    expect(page).toContain('No resources of this type were found (not applicable).');
    expect(page).toContain('§5.2');
  });

  it('shows each framework of the summary with every requirement, its status, controls and attestation', async () => {
    const page = await renderReport(html, FRAMEWORK_REPORT);
    const part = page.slice(page.indexOf('<h2 id="frameworks">'), page.indexOf('<div class="controls-filter"'));
    expect(part).toContain('<h3>CIS Amazon Web Services Foundations Benchmark 7.0.0 <span class="muted">cis-aws-7.0</span></h3>');
    expect(part).toContain('pass rate <b>0%</b> · automated coverage 100% (3 of 3 automated requirements have a control) · 4 requirements, 0 manual with evidence controls, 1 by attestation only');
    expect(part.match(/<span class="badge req-[a-z-]+">[a-z-]+<\/span><b>\d+<\/b>/g)).toEqual([
      '<span class="badge req-fail">fail</span><b>1</b>',
      '<span class="badge req-error">error</span><b>1</b>',
      '<span class="badge req-not-evaluated">not-evaluated</span><b>1</b>',
      '<span class="badge req-manual-attested">manual-attested</span><b>1</b>',
    ]);
    expect(part).toContain('<summary>4 requirements (3 need attention)</summary>');
    // Not data-status: that marks the controls table's rows, which the page's filters work on.
    expect(part.match(/<tr data-[a-z-]+="[a-z-]+">/g)).toEqual(['<tr data-requirement-status="manual-attested">', '<tr data-requirement-status="not-evaluated">', '<tr data-requirement-status="error">', '<tr data-requirement-status="fail">']);
    expect(part).toContain('<td><a href="#control-AWS-EC2-001">AWS-EC2-001</a> FAIL</td>');
    expect(part).toContain('AWS-IAM-009 <span class="muted">not run</span>');
    expect(part).toContain('attested compliant by sec@example.com on 2026-10-01, holds until 2027-10-01; evidence: TICKET-&lt;7&gt; (attestations.yaml:3)');
    expect(await renderReport(html, SCAN_REPORT)).not.toContain('id="frameworks"');
  });

  it('escapes every value from the cloud', async () => {
    const page = await renderReport(html, SCAN_REPORT);
    expect(page).not.toContain('<img src=x onerror=alert(1)>');
    expect(page).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });

  it('shows a control\'s first 10 findings in the page, the rest on demand, and PASS results as a count', async () => {
    const [fail, pass] = [SCAN_REPORT.results[0]!, SCAN_REPORT.results[1]!];
    const results = [...Array.from({ length: 13 }, (_, i) => ({ ...fail, resourceId: `sg-f${i}` })), ...Array.from({ length: 7 }, (_, i) => ({ ...pass, resourceId: `sg-p${i}` }))];
    const page = await renderReport(html, { ...SCAN_REPORT, results, controls: [{ ...SCAN_REPORT.controls[0]!, counts: { FAIL: 13, ERROR: 0, EXCEPTED: 0, PASS: 7 } }] });
    const section = page.slice(page.indexOf('id="control-AWS-EC2-001"'), page.indexOf('</section>'));
    expect(section.match(/<tr><td><span class="badge fail">/g)).toHaveLength(10);
    expect(section).not.toContain('sg-p');
    expect(section).toContain('<p class="muted">7 resource(s) pass (listed in the CSV and JSON reports).</p>');
    expect(section).toContain('<button class="more-rows" type="button" data-control="AWS-EC2-001">Show all 13 results</button>');
    // The 13 findings travel as gzip blocks of JSON lines, PASS results not among them.
    const blocks = JSON.parse(/<script type="application\/json" id="ctrlflow-rows">(.*?)<\/script>/s.exec(page)![1]!) as string[];
    const lines = blocks.flatMap((b) => gunzipSync(Buffer.from(b, 'base64')).toString('utf8').split('\n').filter(Boolean));
    expect(lines.map((l) => (JSON.parse(l) as { resourceId: string }).resourceId)).toEqual(results.slice(0, 13).map((r) => r.resourceId));
  });

  it('shows exceptions with reason and expiry, the baseline delta, and the control set commit', async () => {
    const page = await renderReport(html, { ...EXCEPTED_REPORT, controlsCommit: '0123456789abcdef0123456789abcdef01234567' });
    expect(page).toContain('<dt>Control set</dt><dd>git 0123456789abcdef0123456789abcdef01234567</dd>');
    expect(page).toContain('<tr data-state="expired"><td><span class="badge exc-expired">expired</span></td><td>AWS-RDS-*</td><td>*</td><td>0</td><td>Migration</td><td>db-team</td><td>2026-01-01</td>');
    expect(page).toContain('<span class="label">Excepted</span> until 2027-01-31 by sec@example.com: Bastion, &lt;b&gt;reviewed&lt;/b&gt;');
    expect(page).toContain('<span class="badge delta-new">new</span>');
    expect(page).toContain('<div class="card"><span class="badge pass">resolved</span><b>1</b></div>');
    expect(page).toContain('<div class="card"><span class="badge delta-excepted">excepted</span><b>1</b></div>');
    expect(page).toContain('<span class="badge excepted">EXCEPTED</span> <span class="badge delta-excepted">excepted</span>');
    expect(page).toContain('<option>CIS-AWS-3.0</option>');
    expect(await renderReport(html, SCAN_REPORT)).toContain('<dd>commit unknown</dd>');
  });

  it('draws failures by severity as inline SVG bars scaled to the largest', async () => {
    const page = await renderReport(html, EXCEPTED_REPORT);
    expect(page).toContain('<title>high: 1 FAIL</title>');
    expect(page).toMatch(/<rect x="70" y="2" width="300" height="14" fill="#c0392b"><title>high: 1 FAIL<\/title>/);
    expect(page).toMatch(/<rect x="70" y="2" width="0" height="14" fill="#7b241c"><title>critical: 0 FAIL<\/title>/);
  });

  it('shows the plan under its resource, with each call\'s params, and counts it at the top', async () => {
    const page = await renderReport(html, PLANNED_REPORT);
    expect(page).toContain(
      '<h2 id="remediation">Remediation</h2>\n<p><b>1</b> planned action(s) on 1 FAIL result(s): run with <code>--remediate</code> to apply. Each is shown under its resource below.</p>',
    );
    expect(page).toContain(
      '<div class="action"><span class="label">Action</span> <span class="badge act-planned">planned</span> Remove the SSH rule <span class="muted">(node closeSsh)</span>\n' +
        '<details><summary>EC2 RevokeSecurityGroupIngress</summary><div>EC2 RevokeSecurityGroupIngress <span class="muted">via aws, step main</span><pre>{\n &quot;GroupId&quot;: &quot;sg-0a1&quot;,',
    );
    expect(await renderReport(html, SCAN_REPORT)).not.toContain('id="remediation"');
  });

  it('after --remediate: the summary with the audit log, and each action\'s status, error and outcome', async () => {
    const page = await renderReport(html, REMEDIATED_REPORT);
    expect(page).toContain('<div class="card"><span class="badge act-applied">applied</span><b>1</b></div>');
    expect(page).toContain('<div class="card"><span class="badge act-failed">failed</span><b>1</b></div>');
    expect(page).toContain('<div class="card"><span class="badge outcome-fixed">fixed</span><b>1</b></div>');
    expect(page).toContain('<div class="card"><span class="badge outcome-still-failing">still failing</span><b>0</b></div>');
    expect(page).toContain('Every call is recorded in the audit log <code>reports/ctrlflow-audit.jsonl</code>.');
    expect(page).not.toContain('planned action(s)');
    expect(page).toContain('<span class="badge act-applied">applied</span> <span class="badge outcome-fixed">fixed</span> Remove the SSH rule');
    expect(page).toContain('<span class="badge act-failed">failed</span> Remove the SSH rule <span class="muted">(node closeSsh)</span><div>AccessDenied: not authorized to perform ec2:RevokeSecurityGroupIngress</div>');
    expect(page).toContain('<span class="badge act-awaiting-approval">awaiting approval</span> Remove the SSH rule');
  });

  it('escapes action names, params and errors', async () => {
    const xss = '<img src=x onerror=alert(1)>';
    const fail = PLANNED_REPORT.results[0]!;
    const action = fail.actions![0]!;
    const probed = { ...fail, displayName: 'x', actions: [{ ...action, name: xss, error: { code: xss, message: xss }, calls: [{ ...action.calls[0]!, method: xss, params: { Description: xss } }] }] };
    const page = await renderReport(html, { ...PLANNED_REPORT, results: [probed] });
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; <span class="muted">(node closeSsh)</span>');
    expect(page).toContain('&quot;Description&quot;: &quot;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;&quot;');
  });
});
