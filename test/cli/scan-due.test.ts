import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dueScanCommand, type DueScanArgs } from '../../src/cli/commands/scan-due.js';
import { listCommand } from '../../src/cli/commands/list.js';
import { bufferIo } from '../../src/cli/io.js';
import { parseWindow } from '../../src/events/due.js';
import { cli, readReport, REPO, tempDir } from '../helpers/cli.js';

/**
 * `scan --due` on a fixed clock: Wednesday 2026-11-25 10:07 UTC, over six flows: hourly at :00,
 * every 15 minutes, nightly at 02:00, Mondays at 00:00, weekdays at 11:00 Paris (10:00 UTC in
 * November), and one tied to the scan (never "due").
 */
const NOW = new Date('2026-11-25T10:07:00Z');
const CONTENT = ['test/fixtures/schedules/controls', 'test/fixtures/schedules/flows'];

function args(out: string, more: Partial<DueScanArgs> = {}): DueScanArgs {
  return {
    controls: [CONTENT[0]!],
    flows: [CONTENT[1]!],
    inventory: 'examples/demo-inventory',
    only: [],
    failOn: 'low',
    format: ['json'],
    out,
    var: [],
    cwd: REPO,
    due: '',
    approve: [],
    maxActions: 10,
    // A scan flag with a default always has a value (src/cli/scan-options.ts); no bundled content beside the fixtures.
    bundled: false,
    framework: [],
    evidence: 'findings',
    baselineOptional: false,
    failOnNew: false,
    strict: false,
    yes: false,
    securityHub: false,
    ...more,
  };
}
const ran = (out: string) => readReport(out).controls.map((c) => `${c.id} ${c.flowId}`);

describe('scan --due', () => {
  it('runs exactly the flows due in the last hour by default', async () => {
    const out = tempDir();
    const io = bufferIo();
    expect(await dueScanCommand(args(out), io, NOW)).toBe(1);
    expect(ran(out)).toEqual(['SCHED-001 hourly', 'SCHED-002 quarter-hourly', 'SCHED-005 paris-eleven']);
    expect(io.stdout).toContain('Due between 2026-11-25T09:07:00.000Z and 2026-11-25T10:07:00.000Z: hourly (2026-11-25T10:00:00.000Z), paris-eleven (2026-11-25T10:00:00.000Z), quarter-hourly (2026-11-25T09:15:00.000Z)');
    expect(io.stdout).toContain('Not due: nightly (next 2026-11-26T02:00:00.000Z)');
    expect(io.stdout).toContain('Not due: weekly-monday (next 2026-11-30T00:00:00.000Z)');
  });

  it('takes a window: 12 hours adds the nightly flow; 5 minutes finds nothing due and runs nothing', async () => {
    const out = tempDir();
    await dueScanCommand(args(out, { due: '12h' }), bufferIo(), NOW);
    expect(ran(out)).toEqual(['SCHED-001 hourly', 'SCHED-002 quarter-hourly', 'SCHED-003 nightly', 'SCHED-005 paris-eleven']);
    const none = tempDir();
    const io = bufferIo();
    expect(await dueScanCommand(args(none, { due: '5m' }), io, NOW)).toBe(0);
    expect(io.stdout).toContain('No scheduled flow fell due between 2026-11-25T10:02:00.000Z and 2026-11-25T10:07:00.000Z: nothing ran.');
    expect(existsSync(join(none, 'ctrlflow.json'))).toBe(false);
  });

  it('runs since the last run recorded in --state, and records this one', async () => {
    const out = tempDir();
    const state = join(tempDir(), 'due-state.json');
    writeFileSync(state, JSON.stringify({ lastRun: '2026-11-22T23:30:00.000Z', ran: {} }));
    await dueScanCommand(args(out, { state }), bufferIo(), NOW);
    // Since Sunday night: every scheduled flow, the Monday one included.
    expect(ran(out)).toEqual(['SCHED-001 hourly', 'SCHED-002 quarter-hourly', 'SCHED-003 nightly', 'SCHED-004 weekly-monday', 'SCHED-005 paris-eleven']);
    expect(JSON.parse(readFileSync(state, 'utf8'))).toEqual({
      lastRun: '2026-11-25T10:07:00.000Z',
      ran: {
        hourly: '2026-11-23T00:00:00.000Z',
        nightly: '2026-11-23T02:00:00.000Z',
        'paris-eleven': '2026-11-23T10:00:00.000Z',
        'quarter-hourly': '2026-11-22T23:45:00.000Z',
        'weekly-monday': '2026-11-23T00:00:00.000Z',
      },
    });
    // Twenty minutes later, the window starts where the last one ended.
    const next = tempDir();
    await dueScanCommand(args(next, { state }), bufferIo(), new Date('2026-11-25T10:27:00Z'));
    expect(ran(next)).toEqual(['SCHED-002 quarter-hourly']);
    // An explicit window wins over the state.
    const wide = tempDir();
    await dueScanCommand(args(wide, { state, due: '1d' }), bufferIo(), new Date('2026-11-25T10:30:00Z'));
    expect(ran(wide)).toEqual(['SCHED-001 hourly', 'SCHED-002 quarter-hourly', 'SCHED-003 nightly', 'SCHED-005 paris-eleven']);
  });

  it('leaves the state alone when the scan could not run', async () => {
    const state = join(tempDir(), 'due-state.json');
    writeFileSync(state, JSON.stringify({ lastRun: '2026-11-25T09:00:00.000Z', ran: {} }));
    const code = await dueScanCommand(args(tempDir(), { state, var: ['nope=1'] }), bufferIo(), NOW).catch(() => 2);
    expect(code).toBe(2);
    expect(JSON.parse(readFileSync(state, 'utf8')).lastRun).toBe('2026-11-25T09:00:00.000Z');
  });

  it('refuses a window it cannot read, a state file that is not one, and --state without --due', async () => {
    const flags = ['--no-bundled', '--controls', CONTENT[0]!, '--flows', CONTENT[1]!, '--inventory', 'examples/demo-inventory', '--out', tempDir()];
    expect(await cli('scan', ...flags, '--due', 'soon')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error usage: --due soon: expected a window such as 1h/) });
    const bad = join(tempDir(), 'state.json');
    writeFileSync(bad, '{"last": 1}');
    expect(await cli('scan', ...flags, '--due', '--state', bad)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error usage: --state .*: not a state file written by scan --due/) });
    expect(await cli('scan', ...flags, '--state', bad)).toMatchObject({ code: 2, stderr: 'error usage: --state goes with --due (it records when scheduled flows last ran)' });
  });

  it.each([
    ['1h', 3_600_000],
    ['90m', 5_400_000],
    ['1h30m', 5_400_000],
    ['2d', 172_800_000],
    ['45s', 45_000],
    ['0m', undefined],
    ['1 h', undefined],
    ['h', undefined],
  ])('parseWindow(%s)', (text, ms) => expect(parseWindow(text)).toBe(ms));
});

describe('schedules outside --due', () => {
  it('a plain scan leaves scheduled flows out and says so; naming a control runs it', async () => {
    const out = tempDir();
    const run = await cli('scan', '--no-bundled', '--controls', CONTENT[0]!, '--flows', CONTENT[1]!, '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json');
    expect(ran(out)).toEqual(['SCHED-006 on-scan']);
    expect(run.stdout.split('\n')[0]).toBe(
      'Not run by a scan: SCHED-001, SCHED-002, SCHED-003, SCHED-004, SCHED-005 (event- or schedule-triggered: see handle-event, listen, scan --due; or name the control with --only)',
    );
    await cli('scan', '--no-bundled', '--controls', CONTENT[0]!, '--flows', CONTENT[1]!, '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json', '--only', 'SCHED-004');
    expect(ran(out)).toEqual(['SCHED-004 weekly-monday']);
  });

  it('list flows shows each trigger and its next run', async () => {
    const io = bufferIo();
    await listCommand('flows', CONTENT, REPO, io, NOW);
    expect(io.stdout).toEqual([
      'hourly          schedule 0 * * * * (UTC)              next 2026-11-25T11:00:00.000Z  3 nodes',
      'nightly         schedule 0 2 * * * (UTC)              next 2026-11-26T02:00:00.000Z  3 nodes',
      'on-scan         control                               with every scan                3 nodes',
      'paris-eleven    schedule 0 11 * * 1-5 (Europe/Paris)  next 2026-11-26T10:00:00.000Z  3 nodes',
      'quarter-hourly  schedule */15 * * * * (UTC)           next 2026-11-25T10:15:00.000Z  3 nodes',
      'weekly-monday   schedule 0 0 * * 1 (UTC)              next 2026-11-30T00:00:00.000Z  3 nodes',
    ]);
  });
});
