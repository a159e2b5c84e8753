import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseShell } from 'shell-quote';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { REPO, tempDir } from './helpers/cli.js';

/**
 * The README is executable: every fenced block right after an `<!-- example: KIND -->` line
 * runs against the demo, so an example that stops working breaks `npm test`.
 * - `run`: a shell block; each command (`ctrlflow …` or `npx ctrlflow …`, `\` continues a
 *   line) must run (exit 0 or 1, never 2 or 3); the `#   ` lines under a command are lines it
 *   prints, in order (`…` stands for any text).
 * - `output`: `$ ctrlflow …` lines, each followed by exactly what it prints.
 * - `config`, `exceptions`, `attestations`: the YAML is written to a file and a demo scan is
 *   run with it (`--config`, `--exceptions`, `--attestations`); it must be accepted.
 */
const README = readFileSync(join(REPO, 'README.md'), 'utf8');
const lines = README.split('\n');
type Example = { kind: string; line: number; body: string[] };
const examples: Example[] = [];
for (let i = 0; i < lines.length; i++) {
  const marker = /^\s*<!-- example: (\w+) -->$/.exec(lines[i]!);
  if (!marker) continue;
  const open = /^(\s*)```/.exec(lines[i + 1] ?? '');
  if (!open) throw new Error(`README.md:${i + 1}: an example marker must be followed by a fenced block`);
  const end = lines.findIndex((l, j) => j > i + 1 && l.trim() === '```');
  examples.push({ kind: marker[1]!, line: i + 3, body: lines.slice(i + 2, end).map((l) => l.slice(open[1]!.length)) });
  i = end;
}

/** A working directory holding the demo and the bundled content, where reports may be written. */
function sandbox(): string {
  const dir = tempDir('ctrlflow-readme-');
  for (const name of ['controls', 'flows', 'examples']) symlinkSync(join(REPO, name), join(dir, name));
  return dir;
}

async function ctrlflow(command: string, cwd: string): Promise<{ code: number; stdout: string[]; stderr: string }> {
  const words = parseShell(command).map(String);
  const args = words[0] === 'npx' ? words.slice(2) : words.slice(1);
  expect(words[words[0] === 'npx' ? 1 : 0], command).toBe('ctrlflow');
  const io = bufferIo();
  const code = await main(args, io, cwd);
  return { code, stdout: io.stdout.join('\n').split('\n'), stderr: io.stderr.join('\n') };
}

/** `expected` lines appear in `printed` in order; `…` in an expected line matches any text. */
function inOrder(printed: string[], expected: string[]): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const want of expected) {
    const pattern = new RegExp(`^${want.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    const at = printed.findIndex((l, i) => i >= from && pattern.test(l.trim()));
    if (at < 0) missing.push(want);
    else from = at + 1;
  }
  return missing;
}

/** Shell commands with the output lines shown under each (`#   …`). */
function commands(body: string[]): { command: string; shows: string[] }[] {
  const out: { command: string; shows: string[] }[] = [];
  let pending = '';
  for (const raw of body) {
    if (/^#\s{3}/.test(raw) && out.length > 0) out.at(-1)!.shows.push(raw.replace(/^#\s{3}/, '').trim());
    if (raw.startsWith('#') || raw.trim() === '') continue;
    pending += raw.replace(/#\s.*$/, '').replace(/\\$/, ' ');
    if (raw.endsWith('\\')) continue;
    out.push({ command: pending.trim().replace(/\s+/g, ' '), shows: [] });
    pending = '';
  }
  return out;
}

describe('README examples', () => {
  it('marks the examples that run against the demo', () => {
    expect(examples.map((e) => e.kind).sort()).toEqual(['attestations', 'config', 'exceptions', 'output', 'run', 'run', 'run']);
  });

  it.each(examples.filter((e) => e.kind === 'run').map((e) => [e.line, e] as const))('runs the commands of the block at README.md:%i', async (_line, example) => {
    const cwd = sandbox();
    for (const { command, shows } of commands(example.body)) {
      const { code, stdout, stderr } = await ctrlflow(command, cwd);
      expect([0, 1], `${command}\n${stdout.join('\n')}\n${stderr}`).toContain(code);
      expect(inOrder(stdout, shows), command).toEqual([]);
    }
  }, 120_000);

  it.each(examples.filter((e) => e.kind === 'output').map((e) => [e.line, e] as const))('prints what the block at README.md:%i shows', async (_line, example) => {
    const cwd = sandbox();
    const starts = example.body.flatMap((l, i) => (l.startsWith('$ ') ? [i] : []));
    for (const [n, start] of starts.entries()) {
      const shown = example.body.slice(start + 1, starts[n + 1] ?? example.body.length);
      const { stdout } = await ctrlflow(example.body[start]!.slice(2), cwd);
      expect(stdout.map((l) => l.trimEnd())).toEqual(shown.map((l) => l.trimEnd()));
    }
  }, 60_000);

  const flagOf: Record<string, string> = { config: '--config', exceptions: '--exceptions', attestations: '--attestations' };
  it.each(examples.filter((e) => e.kind in flagOf).map((e) => [e.kind, e.line, e] as const))('accepts the %s file at README.md:%i in a demo scan', async (kind, _line, example) => {
    const cwd = sandbox();
    writeFileSync(join(cwd, `${kind}.yaml`), example.body.join('\n'));
    const { code, stderr } = await ctrlflow(`ctrlflow scan --inventory examples/demo-inventory --format json --out reports ${flagOf[kind]} ${kind}.yaml`, cwd);
    expect([0, 1], stderr).toContain(code);
  }, 60_000);
});
