import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, cli, readReport, tempDir } from '../helpers/cli.js';
import { resultsSchemaProblems } from '../helpers/results-schema.js';

/**
 * `ctrlflow report` gates like `scan` (--fail-on, --fail-on-new, --baseline, exit 0/1/2/3),
 * and a merge of shards checks that they are one complete run. On the basic inventory:
 * TEST-SG-001 (high) fails sg-0a1, TEST-RDS-001 (low) fails the reports DB, 4 PASS; the work
 * in (control, target) order is RDS eu-west-1, RDS us-east-1, SG eu-west-1, SG us-east-1, so
 * shard 1/2 holds the eu-west-1 work (no FAIL) and shard 2/2 the us-east-1 work (both FAILs).
 */
const BASIC = ['--inventory', 'test/fixtures/inventories/basic'];

async function scan(...extra: string[]): Promise<string> {
  const out = tempDir();
  const run = await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--fail-on', 'none', ...extra);
  expect(run.code).toBe(0);
  return join(out, 'ctrlflow.json');
}

describe('ctrlflow report gates like scan', () => {
  it('exits 1 for a FAIL at or above --fail-on, 0 below it or with none', async () => {
    const file = await scan();
    const gate = async (...flags: string[]) => (await cli('report', file, '--out', tempDir(), '--format', 'json', ...flags)).code;
    expect(await gate()).toBe(1);
    expect(await gate('--fail-on', 'high')).toBe(1);
    expect(await gate('--fail-on', 'critical')).toBe(0);
    expect(await gate('--fail-on', 'none')).toBe(0);
    const run = await cli('report', file, '--out', tempDir(), '--format', 'json', '--fail-on', 'high');
    expect(run.stdout.split('\n').at(-1)).toBe('Exit 1: failures at or above --fail-on high.');
  });

  it('exits 3 when some result is ERROR, before 1', async () => {
    const file = await scan();
    const lines = readFileSync(file, 'utf8').split('\n');
    // The eu-west-1 SG result becomes a target-level ERROR.
    const at = lines.findIndex((l) => l.includes('"sg-0e5"'));
    const error = { controlId: 'TEST-SG-001', status: 'ERROR', provider: 'aws', account: '111111111111', region: 'eu-west-1', reason: 'denied', errorCode: 'AccessDenied' };
    lines[at] = `${JSON.stringify(error)}${lines[at]!.endsWith(',') ? ',' : ''}`;
    writeFileSync(file, lines.join('\n'));
    const run = await cli('report', file, '--out', tempDir(), '--format', 'json', '--fail-on', 'high');
    expect(run.code).toBe(3);
    expect(run.stdout.split('\n').at(-1)).toBe('Exit 3: some targets could not be read (ERROR results); their controls were not evaluated there.');
  });

  it('marks FAILs against --baseline; --fail-on-new gates only on new ones', async () => {
    const rdsOnly = await scan('--only', 'TEST-RDS-001');
    const whole = await scan();
    const out = tempDir();
    // Against a run that saw only the RDS finding: the SG finding (high) is new.
    const run = await cli('report', whole, '--out', out, '--format', 'json', '--fail-on', 'high', '--baseline', rdsOnly, '--fail-on-new');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Against ${rdsOnly}: 1 new, 1 unchanged, 0 resolved`);
    const report = readReport(out);
    expect(resultsSchemaProblems(report)).toEqual([]);
    expect(report.results.filter((r) => r.status === 'FAIL').map((r) => [r.controlId, r.baseline])).toEqual([
      ['TEST-RDS-001', 'unchanged'],
      ['TEST-SG-001', 'new'],
    ]);
    expect(report.baseline).toMatchObject({ new: 1, unchanged: 1, resolved: [] });
    // Against itself nothing is new.
    expect((await cli('report', whole, '--out', tempDir(), '--format', 'json', '--fail-on', 'low', '--baseline', whole, '--fail-on-new')).code).toBe(0);
    const alone = await cli('report', whole, '--out', tempDir(), '--fail-on-new');
    expect([alone.code, alone.stderr]).toEqual([2, 'error usage: --fail-on-new needs --baseline FILE (the previous run\'s ctrlflow.json)']);
  });

  it('treats a missing --baseline as "every FAIL is new" only with --baseline-optional', async () => {
    const whole = await scan();
    const missing = join(tempDir(), 'baseline', 'ctrlflow.json');
    const strict = await cli('report', whole, '--out', tempDir(), '--baseline', missing, '--fail-on-new');
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('error unreadable-file: cannot read this file (ENOENT)');
    const out = tempDir();
    const first = await cli('report', whole, '--out', out, '--format', 'json', '--fail-on', 'high', '--baseline', missing, '--baseline-optional', '--fail-on-new');
    expect(first.code).toBe(1);
    expect(first.stdout.split('\n')[0]).toBe(`No baseline yet: ${missing} does not exist (--baseline-optional), so every FAIL counts as new.`);
    expect(readReport(out).baseline).toEqual({ file: missing, scanId: 'none (no baseline yet)', new: 2, unchanged: 0, excepted: 0, resolved: [] });
    // The same on scan; a baseline that exists but is broken is still exit 2.
    const scanned = await cli('scan', ...CONTENT, ...BASIC, '--out', tempDir(), '--format', 'json', '--baseline', missing, '--baseline-optional', '--fail-on-new', '--fail-on', 'critical');
    expect(scanned.code).toBe(0);
    expect(scanned.stdout).toContain('No baseline yet:');
    const broken = join(tempDir(), 'broken.json');
    writeFileSync(broken, 'not json');
    expect((await cli('scan', ...CONTENT, ...BASIC, '--out', tempDir(), '--baseline', broken, '--baseline-optional')).code).toBe(2);
    const lone = await cli('scan', ...CONTENT, ...BASIC, '--out', tempDir(), '--baseline-optional');
    expect([lone.code, lone.stderr]).toEqual([2, 'error usage: --baseline-optional goes with --baseline FILE (it lets that file be missing on a first run)']);
  });
});

describe('ctrlflow report on shards', () => {
  it('merges every shard of one run into one whole report that gates', async () => {
    const [one, two] = [await scan('--shard', '1/2'), await scan('--shard', '2/2')];
    const out = tempDir();
    const run = await cli('report', one, two, '--out', out, '--fail-on', 'high');
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('partial');
    const merged = readReport(out);
    expect(resultsSchemaProblems(merged)).toEqual([]);
    expect([merged.shard, merged.partial, merged.failOn, merged.totals]).toEqual([undefined, undefined, 'high', { FAIL: 2, ERROR: 0, EXCEPTED: 0, PASS: 4 }]);
    expect(readFileSync(join(out, 'ctrlflow.html'), 'utf8')).not.toContain('class="partial"');
    expect((await cli('report', two, one, '--out', tempDir(), '--fail-on', 'critical')).code).toBe(0);
  });

  it('refuses shards that are not one complete run with exit 2 and one line, writing nothing', async () => {
    const one = await scan('--shard', '1/2');
    const third = await scan('--shard', '2/3');
    const otherSet = await scan('--shard', '2/2', '--only', 'TEST-SG-001');
    const refused = async (inputs: string[], problem: string) => {
      const out = join(tempDir(), 'out');
      const run = await cli('report', ...inputs, '--out', out);
      expect([run.code, run.stderr]).toEqual([2, `error shards: ${problem}; no report was written (merge every shard of one run, or pass --allow-partial for a report marked partial)`]);
      expect(existsSync(out)).toBe(false);
    };
    await refused([one], 'shard 2 of 2 is missing');
    await refused([one, one], `shard 1 of 2 is given 2 times (${one}, ${one})`);
    await refused([one, third], `${third} is shard 2 of 3, ${one} shard 1 of 2: not shards of one run`);
    await refused([one, otherSet], `${otherSet} ran another control set than ${one}: not shards of one run`);
  });

  it('with --allow-partial, writes a report marked partial: JSON field, HTML, Markdown and terminal banners', async () => {
    const [one, three] = [await scan('--shard', '1/3'), await scan('--shard', '3/3')];
    const out = tempDir();
    const run = await cli('report', one, three, '--out', out, '--allow-partial', '--fail-on', 'none');
    expect(run.code).toBe(0);
    const banner = 'Partial report: shard 2 of 3 is missing (merged with --allow-partial from shard(s) 1/3, 3/3)';
    expect(run.stdout.split('\n')[0]).toBe(banner);
    const merged = readReport(out);
    expect(resultsSchemaProblems(merged)).toEqual([]);
    expect(merged.partial).toEqual({ shards: ['1/3', '3/3'], problem: 'shard 2 of 3 is missing' });
    expect(readFileSync(join(out, 'ctrlflow.html'), 'utf8')).toContain(`<h1>ctrlflow compliance report</h1>\n<p class="partial" role="alert"><strong>${banner}</strong></p>`);
    expect(readFileSync(join(out, 'ctrlflow.md'), 'utf8').split('\n')[0]).toBe(`> **${banner}**`);
  });

  it('says "shard k of N — partial" at the top of each shard\'s own reports', async () => {
    const out = tempDir();
    const run = await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--fail-on', 'none', '--shard', '2/2');
    const banner = 'shard 2 of 2 — partial: this report covers 1/2 of the scan\'s work; merge all 2 shards with ctrlflow report';
    expect(run.stdout.split('\n')[0]).toBe(banner);
    expect(readReport(out).shard).toEqual({ index: 2, count: 2, controls: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(readFileSync(join(out, 'ctrlflow.html'), 'utf8')).toContain(`<h1>ctrlflow compliance report</h1>\n<p class="partial" role="alert"><strong>${banner.replace("'", '&#x27;')}</strong></p>`);
    expect(readFileSync(join(out, 'ctrlflow.md'), 'utf8').split('\n')[0]).toBe(`> **${banner}**`);
    // Every shard of one run names the same control set, whatever its share.
    expect(readReport(out).shard!.controls).toBe((JSON.parse(readFileSync(await scan('--shard', '1/2'), 'utf8')) as { shard: { controls: string } }).shard.controls);
    // Rendered again by itself it is still one shard: refused unless partial is allowed, then still marked.
    const alone = await cli('report', join(out, 'ctrlflow.json'), '--out', tempDir(), '--allow-partial', '--fail-on', 'none');
    expect(alone.code).toBe(0);
    expect(alone.stdout.split('\n')[0]).toBe(banner);
  });
});
