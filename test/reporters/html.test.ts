import { describe, expect, it } from 'vitest';
import { html } from '../../reporters/html.js';
import { SCAN_REPORT } from '../fixtures/scan-report.js';

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
});
