import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstParagraph } from '../../src/cli/summary.js';
import type { ScanReport } from '../../src/model/result.js';
import { builtBin } from '../helpers/built-bin.js';
import { REPO, tempDir } from '../helpers/cli.js';

/*
 * The demo scan as a person sees it: in a real terminal (a tmux pane of 80 columns), through
 * the built CLI. tmux is installed by .ci/run; without it (a machine that cannot have it) the
 * test says so and skips, except under CI, where it fails.
 */
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux && process.env.CI) throw new Error('tmux is required under CI (apt-get install -y tmux; .ci/run does it)');
if (!hasTmux) console.warn('terminal-tmux.test.ts skipped: tmux is not installed (apt-get install -y tmux)');

const WIDTH = 80;
const socket = `ctrlflow-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
// eslint-disable-next-line no-control-regex -- the terminal's own escape sequences
const SGR = /\u001b\[[0-9;]*m/g;
const ESC = '\u001b';

interface Screen {
  /** Rows as the terminal shows them, with escape codes (capture-pane -e). */
  rows: string[];
  /** Lines as printed: rows that tmux wrapped itself joined again (capture-pane -J); over 80 columns if any was too long. */
  lines: string[];
  report: ScanReport;
}

/** Runs the demo scan in a fresh 80×50 pane with the given colour variables; the whole scrollback once it exits. */
async function scanInPane(name: string, color: string): Promise<Screen> {
  const dir = tempDir('ctrlflow-tmux-');
  const done = join(dir, 'done');
  const conf = join(dir, 'tmux.conf');
  writeFileSync(conf, 'set -g history-limit 100000\nset -g default-terminal screen-256color\n');
  const command = `cd ${REPO} && env -u NO_COLOR -u FORCE_COLOR ${color} node ${builtBin()} scan --inventory examples/demo-inventory --out ${dir}/reports --fail-on none; echo $? > ${done}; exec sleep 600`;
  tmux('-f', conf, 'new-session', '-d', '-s', name, '-x', String(WIDTH), '-y', '50', command);
  for (let waited = 0; !existsSync(done) && waited < 170_000; waited += 250) await new Promise((r) => setTimeout(r, 250));
  expect(readFileSync(done, 'utf8').trim()).toBe('0');
  const rows = tmux('capture-pane', '-t', name, '-p', '-e', '-S', '-', '-E', '-').split('\n');
  const lines = tmux('capture-pane', '-t', name, '-p', '-J', '-S', '-', '-E', '-').split('\n');
  tmux('kill-session', '-t', name);
  return { rows, lines, report: JSON.parse(readFileSync(join(dir, 'reports', 'ctrlflow.json'), 'utf8')) as ScanReport };
}

/** Each "Fix:" as shown: its line and the continuation lines under it (7 columns in), joined. */
function fixesShown(rows: string[]): string[] {
  const fixes: string[] = [];
  let current: string[] | undefined;
  for (const row of rows.map((r) => r.replace(SGR, '').trimEnd())) {
    if (row.startsWith('  Fix: ')) fixes.push((current = [row.slice(7)]).join(' '));
    else if (current && /^ {7}\S/.test(row)) {
      current.push(row.slice(7));
      fixes[fixes.length - 1] = current.join(' ');
    } else current = undefined;
  }
  return fixes;
}

const columns = (line: string) => [...line.replace(SGR, '').trimEnd()].length;

describe.skipIf(!hasTmux)('the demo scan in an 80-column terminal (tmux)', () => {
  let colour: Screen;
  let plain: Screen;
  beforeAll(async () => {
    builtBin();
    colour = await scanInPane('colour', '');
    plain = await scanInPane('plain', 'NO_COLOR=1');
  }, 600_000);
  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  });

  it('is coloured on the terminal, and not at all with NO_COLOR', () => {
    const text = colour.rows.join('\n');
    expect(text).toContain(ESC);
    // The status words and the verdict carry their colour: FAIL in red (31), bold.
    expect(colour.rows.some((r) => /\u001b\[[0-9;]*31[0-9;]*mFAIL/.test(r) || /\u001b\[1m\u001b\[31mFAIL/.test(r))).toBe(true);
    expect(plain.rows.join('\n')).not.toContain(ESC);
    expect(plain.rows.some((r) => r.startsWith('FAIL  '))).toBe(true);
  });

  it('never prints a line wider than the terminal', () => {
    for (const screen of [colour, plain]) {
      const wide = screen.lines.filter((l) => columns(l) > WIDTH);
      expect(wide).toEqual([]);
      expect(screen.lines.filter((l) => l.trim() !== '').length).toBeGreaterThan(500);
    }
  });

  it('shows every failing control\'s fix whole, wrapped at word boundaries', () => {
    const expected = plain.report.controls.filter((c) => c.status === 'FAIL' && c.remediation).map((c) => firstParagraph(c.remediation!));
    expect(expected.length).toBeGreaterThan(100);
    for (const screen of [colour, plain]) {
      const shown = fixesShown(screen.rows);
      expect(shown.length).toBe(expected.length);
      // Nothing cut or lost: the same characters in the same order.
      const squeeze = (t: string) => t.replace(/\s+/g, '');
      expect(shown.map(squeeze).sort()).toEqual(expected.map(squeeze).sort());
      // Wrapped at blanks: every word that fits on a line (73 columns after "  Fix: ") is shown whole.
      const words = new Set(shown.flatMap((t) => t.split(/\s+/)));
      const broken = expected.flatMap((t) => t.split(/\s+/)).filter((w) => w.length <= WIDTH - 7 && !words.has(w));
      expect(broken).toEqual([]);
    }
  });

  it('shortens Azure ids to their resource group onwards; the reports keep them whole', () => {
    const azure = plain.report.results.find((r) => r.status === 'FAIL' && r.resourceId?.startsWith('/subscriptions/'))!;
    expect(plain.rows.join('\n')).not.toContain(azure.resourceId!);
    const rg = /resourceGroups\/([^/]+)/.exec(azure.resourceId!)![1]!;
    expect(plain.rows.some((r) => r.includes(`(${rg}/`))).toBe(true);
  });
});
