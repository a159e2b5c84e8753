import { renderReport } from '../../reporters/index.js';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html } from '../../reporters/html.js';
import type { ScanReport } from '../../src/model/result.js';
import { EXCEPTED_REPORT } from '../fixtures/scan-report.js';
import { cli, REPO, tempDir } from '../helpers/cli.js';
import { BENCH_CONTROLS } from '../../bench/controls.mjs';

/** Debian's chromium; .ci/run installs it and sets CI, where a missing browser fails instead of skipping. */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUTPUT = join(REPO, 'test-output');
const XSS = '<img src=x onerror=alert(1)>';

const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip) console.warn(`html browser test skipped: ${CHROMIUM} is absent (apt-get install -y chromium); it never skips when CI is set`);

/** The fixture with the XSS probe as a tag value in evidence, a display name, an exception reason and a planned action's name and params. */
const PROBED: ScanReport = {
  ...EXCEPTED_REPORT,
  results: EXCEPTED_REPORT.results.map((r) => ({
    ...r,
    evidence: { ...r.evidence, '$.Tags.Name': XSS },
    ...(r.status === 'FAIL' ? { actions: [{ node: 'fix', name: XSS, status: 'planned' as const, calls: [{ step: 'main', via: 'aws', service: 'EC2', method: 'CreateTags', params: { Value: XSS } }] }] } : {}),
  })),
  exceptions: EXCEPTED_REPORT.exceptions!.map((e) => ({ ...e, reason: XSS })),
};

interface Visit {
  page: Page;
  requests: string[];
  problems: string[];
  dialogs: string[];
}

describe.skipIf(skip)('html report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 60_000);
  afterAll(async () => browser?.close());

  /** Opens a file, recording every request, console error, page error and dialog. */
  async function visit(file: string): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const visit: Visit = { page, requests: [], problems: [], dialogs: [] };
    page.on('request', (request) => visit.requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') visit.problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => visit.problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      visit.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return visit;
  }

  const visibleRows = (page: Page) => page.$$eval('#controls tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.querySelector('td')!.textContent));

  it('loads with no console errors and no network, filters rows, and does not run the XSS probe', async () => {
    const file = join(tempDir(), 'ctrlflow.html');
    writeFileSync(file, await renderReport(html, PROBED));
    const { page, requests, problems, dialogs } = await visit(file);

    expect(await visibleRows(page)).toEqual(['AWS-EC2-001', 'AWS-RDS-002', 'AWS-EC2-009']);
    await page.selectOption('#filter-status', 'ERROR');
    expect(await visibleRows(page)).toEqual(['AWS-RDS-002']);
    await page.selectOption('#filter-status', '');
    await page.selectOption('#filter-framework', 'CIS-AWS-3.0');
    expect(await visibleRows(page)).toEqual(['AWS-EC2-001']);
    await page.selectOption('#filter-framework', '');
    await page.selectOption('#filter-severity', 'low');
    expect(await visibleRows(page)).toEqual(['AWS-EC2-009']);
    await page.selectOption('#filter-severity', '');
    await page.fill('#filter-text', 'rds');
    expect(await visibleRows(page)).toEqual(['AWS-RDS-002']);
    await page.fill('#filter-text', '');
    // Sorting by a header: ERROR count descending on the second click.
    await page.click('#controls th[data-sort="7"]');
    await page.click('#controls th[data-sort="7"]');
    expect(await visibleRows(page)).toEqual(['AWS-RDS-002', 'AWS-EC2-001', 'AWS-EC2-009']);

    // The probe is text on the page, never an element, and no alert ran.
    expect(await page.$$eval('img', (images) => images.length)).toBe(0);
    expect(await page.locator('#exceptions').textContent()).toContain(XSS);
    expect(await page.locator('#control-AWS-EC2-001').textContent()).toContain(XSS);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    await page.screenshot({ path: join(OUTPUT, 'html-report-fixture.png'), fullPage: true });
    await page.close();
  });

  it('renders the demo scan report, with exceptions and a baseline, and saves its screenshot', async () => {
    const [previous, out] = [tempDir(), tempDir()];
    const demo = ['scan', '--inventory', 'examples/demo-inventory', '--fail-on', 'none'];
    await cli(...demo, '--out', previous, '--format', 'json');
    await cli(...demo, '--out', out, '--format', 'html', '--exceptions', 'examples/demo-exceptions.yaml', '--baseline', join(previous, 'ctrlflow.json'));
    const file = join(out, 'ctrlflow.html');
    const { page, requests, problems, dialogs } = await visit(file);
    expect(await visibleRows(page)).toHaveLength(readFileSync(file, 'utf8').match(/<tr data-status=/g)!.length);
    await page.selectOption('#filter-provider', 'gcp');
    const gcp = await visibleRows(page);
    expect(gcp.length).toBeGreaterThan(0);
    expect(gcp.every((id) => id!.startsWith('GCP-'))).toBe(true);
    await page.selectOption('#filter-provider', '');
    expect(await page.locator('#exceptions tbody tr').count()).toBe(4);
    // 28 action records on 27 FAIL results, 17 distinct calls (the SG controls plan the same revokes): the count --max-actions applies to.
    // The bundled RDS flow plans one action: on analytics-db, the one flagged publicly accessible.
    expect(await page.locator('#remediation + p').textContent()).toBe('17 planned action(s) on 27 FAIL result(s), 2 awaiting approval: run with --remediate to apply. Each is shown under its resource below.');
    expect(await page.locator('#control-AWS-RDS-001 .action summary').allTextContents()).toEqual(['RDS ModifyDBInstance']);
    expect([problems, dialogs, requests]).toEqual([[], [], [pathToFileURL(file).href]]);
    // Printed (or saved as PDF): no filter controls, and collapsed evidence is shown.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.controls-filter').isVisible()).toBe(false);
    expect(await page.locator('section.control details pre').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ path: join(OUTPUT, 'demo-report.pdf') });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('section.control details pre').first().isVisible()).toBe(false);
    const screenshot = join(OUTPUT, 'demo-report.png');
    await page.screenshot({ path: screenshot, fullPage: true, timeout: 120_000 });
    await page.screenshot({ path: join(OUTPUT, 'demo-report-top.png') });
    expect(readFileSync(screenshot).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
    // Two demo scans, then a PDF and full-page screenshots of a report that grows with the
    // bundled content (a page tens of thousands of pixels tall): minutes on a busy machine.
  }, 300_000);

  it('opens a 100k-resource report of at most 10 MB and is interactive within 2 s; the findings beyond the first ten show on demand', async () => {
    // The bench's synthetic inventory (it reads the built package: npm ci builds it).
    const inventory = tempDir('ctrlflow-100k-');
    execFileSync(process.execPath, [join(REPO, 'bench/generate.mjs'), '100000', inventory], { cwd: REPO, stdio: 'ignore' });
    const out = tempDir();
    await cli('scan', '--inventory', inventory, '--only', ...BENCH_CONTROLS, '--out', out, '--format', 'html', '--fail-on', 'none');
    rmSync(inventory, { recursive: true, force: true });
    const file = join(out, 'ctrlflow.html');
    expect(statSync(file).size).toBeLessThanOrEqual(10_000_000);

    const started = Date.now();
    const { page, requests, problems, dialogs } = await visit(file);
    // Interactive: the controls table filters.
    await page.selectOption('#filter-status', 'FAIL');
    const failing = await visibleRows(page);
    const interactiveMs = Date.now() - started;
    const timing = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return { domInteractive: nav!.domInteractive, load: nav!.loadEventEnd };
    });
    console.log(`100k report: ${statSync(file).size} bytes, DOM interactive ${timing.domInteractive.toFixed(0)} ms, load ${timing.load.toFixed(0)} ms, filtered after ${interactiveMs} ms`);
    expect(failing.length).toBeGreaterThan(10);
    expect(timing.load).toBeLessThanOrEqual(2000);
    expect(interactiveMs).toBeLessThanOrEqual(2000);

    // The first ten findings of a control are in the page; the others come from the compressed data.
    const section = page.locator('#control-AWS-EC2-005');
    expect(await section.locator('table.results tbody tr').count()).toBe(10);
    await section.locator('button.more-rows').click();
    await page.waitForFunction(() => document.querySelectorAll('#control-AWS-EC2-005 table.results tbody tr').length === 500);
    expect(await section.locator('button.more-rows').textContent()).toMatch(/^Show 500 more \(\d+ not shown\)$/);
    expect(await section.locator('table.results tbody tr').first().locator('td').nth(1).textContent()).toMatch(/sg-/);
    expect([problems, dialogs, requests]).toEqual([[], [], [pathToFileURL(file).href]]);
    await page.screenshot({ path: join(OUTPUT, 'html-report-100k-top.png') });
    await page.close();
  }, 300_000);
});
