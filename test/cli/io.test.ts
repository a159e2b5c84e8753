import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { printable, throttled } from '../../src/cli/io.js';
import { builtBin } from '../helpers/built-bin.js';
import { cli, CONTENT, REPO, tempDir } from '../helpers/cli.js';

const HOSTILE_NAME = 'x\n::add-mask::secret';
const HOSTILE_ID = 'sg-\u001b[31mred\u001b[0m';
const HOSTILE_ERROR = 'denied\r\n::stop-commands::pwn\n##[warning]fake\u001b]0;title\u0007\u202egnp.exe';

describe('printable: one line, nothing that drives a terminal or a CI log', () => {
  it.each([
    ['plain text stays', 'FAIL  high  AWS-EC2-001', 'FAIL  high  AWS-EC2-001'],
    ['a tab stays', 'a\tb', 'a\tb'],
    ['newline and CR', 'a\nb\rc', 'a\\nb\\rc'],
    ['ESC and BEL', '\u001b[31mred\u0007', '\\u001b[31mred\\u0007'],
    ['C1 (NEL, CSI) and DEL', 'a\u0085b\u009bc\u007f', 'a\\u0085b\\u009bc\\u007f'],
    ['bidi overrides and isolates', 'a\u202eb\u2066c\u200fd', 'a\\u202eb\\u2066c\\u200fd'],
    ['line and paragraph separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['a workflow command at the start', '::add-mask::secret', '\\u003a:add-mask::secret'],
    ['after blanks too', '  ::warning ::x', '  \\u003a:warning ::x'],
    ['the old ##[ form', '##[error]x', '\\u0023#[error]x'],
    [':: elsewhere is text', 'a ::b', 'a ::b'],
  ])('%s', (_, line, shown) => {
    expect(printable(line)).toBe(shown);
  });

  it('keeps printed JSON valid JSON', () => {
    const text = JSON.stringify({ name: 'a\u202eb\u0085c' });
    expect(JSON.parse(printable(text))).toEqual({ name: 'a\u202eb\u0085c' });
  });
});

/** The basic inventory with a security group named and numbered by an attacker, and an unreadable region whose error message is hostile. */
function hostileInventory(): string {
  const root = tempDir();
  cpSync(join(REPO, 'test/fixtures/inventories/basic'), root, { recursive: true });
  const east = join(root, 'aws/111111111111/us-east-1');
  writeFileSync(
    join(east, 'EC2.DescribeSecurityGroups.json'),
    JSON.stringify({ SecurityGroups: [{ GroupId: HOSTILE_ID, GroupName: HOSTILE_NAME, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] }] }),
  );
  writeFileSync(join(root, 'aws/111111111111/eu-west-1/_error.json'), JSON.stringify({ code: 'AccessDenied', message: HOSTILE_ERROR }));
  return root;
}

/** Lines a CI runner would read as workflow commands (it trims blanks first). */
const commands = (text: string) => text.split('\n').filter((l) => /^\s*(::|##\[)/.test(l));

describe('a real `ctrlflow scan` child process over hostile cloud values', () => {
  let bin: string;
  beforeAll(() => {
    bin = builtBin();
  }, 300_000);

  it('prints every cloud value on its own line, escaped: no new line, no ESC, no workflow command', () => {
    const out = tempDir();
    const run = spawnSync(process.execPath, [bin, 'scan', '--no-bundled', '--controls', 'test/fixtures/content/controls', '--flows', 'test/fixtures/content/flows', '--inventory', hostileInventory(), '--out', out, '--format', 'json'], {
      cwd: REPO,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: 'true' },
    });
    expect(run.status).toBe(3);
    const printed = `${run.stdout}\n${run.stderr}`;
    expect(commands(printed)).toEqual([]);
    expect(printed).not.toMatch(/[\u001b\u0007\r\u202e]/);
    expect(run.stdout).toContain('  - x\\n::add-mask::secret (sg-\\u001b[31mred\\u001b[0m) in aws 111111111111/us-east-1: ');
    expect(run.stdout).toContain('could not be read: AccessDenied: denied\\r\\n::stop-commands::pwn\\n##[warning]fake\\u001b]0;title\\u0007\\u202egnp.exe');
    // stderr is a pipe: a scan this short prints no progress line (one at most every 10 s).
    expect(run.stderr).not.toMatch(/^\[\d+\/\d+\]|Writing reports/m);
  });
});

describe('progress where stderr is not a terminal', () => {
  it('prints a status line at most once per interval, the first after one interval', () => {
    let now = 1000;
    const printed: string[] = [];
    const status = throttled((line) => printed.push(line), 10_000, () => now);
    for (const [at, line] of [[1000, 'a'], [10_999, 'b'], [11_000, 'c'], [15_000, 'd'], [21_000, 'e']] as const) {
      now = at;
      status(line);
    }
    expect(printed).toEqual(['c', 'e']);
  });

  it('--quiet: no status line at all', async () => {
    const args = ['scan', ...CONTENT, '--inventory', 'test/fixtures/inventories/basic', '--out', tempDir(), '--fail-on', 'none', '--format', 'json'];
    // bufferIo keeps every status line, so the difference is --quiet's alone.
    expect((await cli(...args)).stderr).toMatch(/^\[1\/\d+\] /m);
    expect((await cli(...args, '--quiet')).stderr).toBe('');
  });
});

describe('the GitHub Action over the same values', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
    vi.restoreAllMocks();
  });

  it('issues only its own workflow commands, and its annotations carry no control character', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary.md'), '');
    Object.assign(process.env, {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      INPUT_INVENTORY: hostileInventory(),
      INPUT_CONTROLS: 'test/fixtures/content/controls',
      INPUT_FLOWS: 'test/fixtures/content/flows',
      INPUT_BUNDLED: 'false',
      INPUT_OUT: join(tempDir(), 'r'),
      INPUT_FORMAT: 'json',
      INPUT_SUMMARY: 'false',
    });
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
    const code = await runAction(REPO);
    vi.restoreAllMocks();
    expect(code).toBe(3);
    const own = commands(printed.join(''));
    expect(own.map((l) => l.replace(/ .*/s, ''))).toEqual(['::error', '::warning', '::error::ctrlflow:']);
    expect(own.join('\n')).not.toMatch(/[\u001b\u0007\u202e\r]/);
    expect(own[0]).toContain('%0A- sg-\\u001b[31mred\\u001b[0m (111111111111/us-east-1): ');
    expect(own[0]).toContain('could not be read: AccessDenied: denied\\r\\n::stop-commands::pwn\\n##[warning]fake\\u001b]0;title\\u0007\\u202egnp.exe');
  });
});
