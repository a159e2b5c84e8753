import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { eventOptions, listenOptions } from '../../src/cli/event-options.js';
import { HELP_GROUPS, SCAN_EXAMPLES } from '../../src/cli/help.js';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { inventoryOptions, scanOptions } from '../../src/cli/scan-options.js';
import { REPO } from '../helpers/cli.js';

/** What `ctrlflow <command> --help` prints (yargs writes it through console.log), and its exit code. */
async function help(...command: string[]): Promise<string> {
  const printed: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
  const io = bufferIo();
  expect(await main([...command, '--help'], io, REPO)).toBe(0);
  return printed.join('\n');
}

/** The flags a help text lists, in its options sections. */
const listed = (text: string) => new Set([...text.matchAll(/^\s+(?:-\w, )?--([a-z0-9-]+)/gm)].map((m) => m[1]!));
const COMMON = ['debug', 'help', 'version'];
const scanFlags = Object.keys(scanOptions({ controls: 'controls', flows: 'flows' }));
const inventory = Object.keys(inventoryOptions());

afterEach(() => {
  vi.restoreAllMocks();
});

describe('--help of every command lists exactly its real options', () => {
  it.each([
    [['scan'], [...scanFlags, 'config', 'due', 'state']],
    [['snapshot'], [...inventory.filter((f) => f !== 'inventory'), 'controls', 'flows', 'cloud', 'only', 'var', 'out']],
    [['run', 'FLOW'], ['flows', 'till', ...inventory, 'target', 'var']],
    [['handle-event'], Object.keys(eventOptions({ controls: 'controls', flows: 'flows' }))],
    [['listen'], [...Object.keys(eventOptions({ controls: 'controls', flows: 'flows' })), ...Object.keys(listenOptions())]],
    [['report', 'x.json'], ['format', 'out', 'fail-on', 'fail-on-new', 'baseline', 'baseline-optional', 'allow-partial', 'sign-key']],
    [['verify', 'reports'], ['public-key', 'inventory']],
    [['validate'], []],
    [['test'], ['flows']],
    [['list', 'controls'], ['controls', 'flows']],
    [['export', 'f'], ['flows', 'output']],
    [['import', 'b.json'], ['into', 'force']],
  ])('%s', async (command, flags) => {
    expect([...listed(await help(...command))].sort()).toEqual([...new Set([...flags, ...COMMON])].sort());
  });
});

describe('scan --help', () => {
  it('groups every flag (selection, output, live, remediation) and ends with examples', async () => {
    const text = await help('scan');
    for (const title of Object.keys(HELP_GROUPS)) expect(text).toContain(`\n${title}\n`);
    // Each flag in exactly one group.
    const grouped = Object.values(HELP_GROUPS).flat();
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual([...scanFlags, 'config', 'due', 'state'].sort());
    expect(text).toContain('Examples:');
    for (const [, what] of SCAN_EXAMPLES) expect(text.replace(/\s+/g, ' ')).toContain(what.split(' ').slice(0, 3).join(' '));
    // The remediation flags are under their own heading, after the others.
    const remediation = text.indexOf('Remediation (plan only unless --remediate):');
    expect(text.indexOf('  --max-actions')).toBeGreaterThan(remediation);
    expect(text.indexOf('  --only')).toBeLessThan(remediation);
  });

  it('snapshot --help does not offer --inventory (it writes a snapshot; it reads the live clouds)', async () => {
    const text = await help('snapshot');
    expect(text).not.toContain('--inventory');
    expect(text).toContain('--region');
  });
});

describe('the README\'s command summary', () => {
  it('names only flags each command has', async () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const block = readme.slice(readme.indexOf('## Commands'), readme.indexOf('### Exit codes')).split('```')[1]!;
    const byCommand = new Map<string, string>();
    let current = '';
    for (const line of block.split('\n')) {
      const m = /^ctrlflow (\S+)/.exec(line);
      if (m) current = m[1]!;
      if (current) byCommand.set(current, `${byCommand.get(current) ?? ''}\n${line}`);
    }
    const args: Record<string, string[]> = { run: ['run', 'FLOW'], report: ['report', 'x.json'], list: ['list', 'controls'], export: ['export', 'f'], import: ['import', 'b.json'] };
    expect(byCommand.size).toBeGreaterThanOrEqual(11);
    for (const [command, text] of byCommand) {
      const own = listed(await help(...(args[command] ?? [command])));
      vi.restoreAllMocks();
      const named = [...text.matchAll(/--([a-z0-9-]+)/g)].map((m) => m[1]!).filter((f) => !own.has(f));
      expect({ command, named }).toEqual({ command, named: [] });
    }
  });
});

describe('list', () => {
  it('providers: each live provider with what it reads, needs and is scoped by, then snapshots', async () => {
    const io = bufferIo();
    expect(await main(['list', 'providers'], io, REPO)).toBe(0);
    expect(io.stdout.map((l) => l.split(/\s{2,}/)[0])).toEqual(['provider', 'aws', 'azure', 'gcp', 'snapshot']);
    expect(io.stdout.find((l) => l.startsWith('azure'))).toContain('DefaultAzureCredential');
    expect(io.stdout.find((l) => l.startsWith('gcp'))).toContain('--gcp-project');
    expect(io.stdout.find((l) => l.startsWith('snapshot'))).toContain('--inventory DIR');
  });

  it('controls: id, severity, provider, flow and title, as the README says', async () => {
    const io = bufferIo();
    expect(await main(['list', 'controls'], io, REPO)).toBe(0);
    expect(io.stdout.find((l) => l.startsWith('AWS-RDS-001 '))!.split(/\s{2,}/)).toEqual(['AWS-RDS-001', 'high', 'aws', 'aws-rds-public-access', 'RDS DB instances are not publicly accessible']);
    expect(readFileSync(join(REPO, 'README.md'), 'utf8')).toContain('`list controls` prints one line per control: id, severity, provider, flow and title');
  });
});
