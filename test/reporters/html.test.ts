import { describe, expect, it } from 'vitest';
import { html } from '../../reporters/html.js';
import { EXCEPTED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';

describe('html reporter', () => {
  it('is one self-contained page naming every control', async () => {
    const page = await html.render(SCAN_REPORT);
    for (const c of SCAN_REPORT.controls) expect(page).toContain(`id="control-${c.id}"`);
    expect(page).not.toMatch(/<(script|link|img)[^>]+(src|href)=["']?https?:/i);
    expect(page).toContain('id="filter-text"');
    expect(page).toContain('No resources of this type were found (not applicable).');
    expect(page).toContain('§5.2');
  });

  it('escapes every value from the cloud', async () => {
    const page = await html.render(SCAN_REPORT);
    expect(page).not.toContain('<img src=x onerror=alert(1)>');
    expect(page).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });

  it('collapses long resource lists', async () => {
    const pass = SCAN_REPORT.results[1]!;
    const many = { ...SCAN_REPORT, results: Array.from({ length: 13 }, (_, i) => ({ ...pass, resourceId: `sg-${i}` })) };
    expect(await html.render(many)).toContain('<details><summary>3 more resources</summary>');
  });

  it('shows exceptions with reason and expiry, the baseline delta, and the control set commit', async () => {
    const page = await html.render({ ...EXCEPTED_REPORT, controlsCommit: '0123456789abcdef0123456789abcdef01234567' });
    expect(page).toContain('<dt>Control set</dt><dd>git 0123456789abcdef0123456789abcdef01234567</dd>');
    expect(page).toContain('<tr data-state="expired"><td><span class="badge exc-expired">expired</span></td><td>AWS-RDS-*</td><td>*</td><td>0</td><td>Migration</td><td>db-team</td><td>2026-01-01</td>');
    expect(page).toContain('<span class="label">Excepted</span> until 2027-01-31 by sec@example.com: Bastion, &lt;b&gt;reviewed&lt;/b&gt;');
    expect(page).toContain('<span class="badge delta-new">new</span>');
    expect(page).toContain('<div class="card"><span class="badge pass">resolved</span><b>1</b></div>');
    expect(page).toContain('<option>CIS-AWS-3.0</option>');
    expect(await html.render(SCAN_REPORT)).toContain('<dd>commit unknown</dd>');
  });

  it('draws failures by severity as inline SVG bars scaled to the largest', async () => {
    const page = await html.render(EXCEPTED_REPORT);
    expect(page).toContain('<title>high: 1 FAIL</title>');
    expect(page).toMatch(/<rect x="70" y="2" width="300" height="14" fill="#c0392b"><title>high: 1 FAIL<\/title>/);
    expect(page).toMatch(/<rect x="70" y="2" width="0" height="14" fill="#7b241c"><title>critical: 0 FAIL<\/title>/);
  });
});
