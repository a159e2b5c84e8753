import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Result, ScanReport } from '../../src/model/result.js';
import { cli, readReport, tempDir } from '../helpers/cli.js';

const DEMO = ['--inventory', 'examples/demo-inventory', '--format', 'json', '--fail-on', 'none'];
const key = (r: Result) => [r.controlId, r.provider, r.account, r.region, r.resourceId ?? '', r.status].join('|');

async function scan(...extra: string[]): Promise<ScanReport> {
  const out = tempDir();
  const { code, stderr } = await cli('scan', ...DEMO, '--out', out, ...extra);
  expect(stderr).not.toMatch(/error/);
  expect(code).toBe(0);
  return readReport(out);
}

describe('scan --shard k/N', () => {
  it('splits the demo scan into disjoint shards whose union is the whole scan', async () => {
    const wholeHistory = tempDir();
    const whole = await scan('--history', wholeHistory);
    const histories = [tempDir(), tempDir(), tempDir()];
    const shards: ScanReport[] = [];
    for (const k of [1, 2, 3]) shards.push(await scan('--shard', `${k}/3`, '--history', histories[k - 1]!));
    const keys = shards.map((s) => s.results.map(key));
    const union = keys.flat();
    expect(new Set(union).size).toBe(union.length); // no overlap
    expect(union.sort()).toEqual(whole.results.map(key).sort());
    // Each names the whole run's control set, the same in every shard.
    expect(shards.map((s) => s.shard)).toEqual([1, 2, 3].map((index) => ({ index, count: 3, controls: shards[0]!.shard!.controls })));
    expect(shards[0]!.shard!.controls).toMatch(/^[0-9a-f]{16}$/);
    // Each control's counts add up across shards to the whole scan's.
    for (const control of whole.controls) {
      const parts = shards.flatMap((s) => s.controls.filter((c) => c.id === control.id));
      expect(parts.length).toBeGreaterThan(0);
      for (const status of ['FAIL', 'PASS', 'ERROR'] as const) {
        expect(parts.reduce((n, c) => n + c.counts[status], 0), `${control.id} ${status}`).toBe(control.counts[status]);
      }
    }
    // Control × target pairs are dealt out evenly: every bundled control over its targets, within one of each other.
    // Each pair run leaves one execution record in --history, whether or not it found resources
    // (a pair without resources has no result, so results alone cannot count the pairs).
    const runs = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    const pairs = histories.map(runs);
    expect(Math.max(...pairs) - Math.min(...pairs)).toBeLessThanOrEqual(1);
    expect(pairs.reduce((a, b) => a + b, 0)).toBe(runs(wholeHistory));
    // Four demo scans of every bundled control (247 since the CIS content): over 20 s on a busy machine.
  }, 120_000);

  it('is the whole scan as 1/1, and the same shard twice is the same', async () => {
    const whole = await scan();
    expect((await scan('--shard', '1/1')).results.map(key)).toEqual(whole.results.map(key));
    expect((await scan('--shard', '2/4')).results.map(key)).toEqual((await scan('--shard', '2/4')).results.map(key));
  }, 120_000);

  it.each(['0/3', '4/3', '3', 'a/b', '1/0'])('refuses --shard %s with exit 2', async (text) => {
    const { code, stderr } = await cli('scan', ...DEMO, '--out', tempDir(), '--shard', text);
    expect(code).toBe(2);
    expect(stderr).toBe(`error usage: --shard ${text}: expected k/N with 1 <= k <= N <= 256, e.g. --shard 2/4`);
  });
});
