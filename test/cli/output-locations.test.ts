import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputProblem } from '../../src/output/writable.js';
import { cli, CONTENT, tempDir } from '../helpers/cli.js';

/**
 * Output locations are checked before anything is read: a run that could not write its
 * reports, history or audit log says so in one line, exit 2, with nothing scanned.
 */
function place(): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, 'taken');
  writeFileSync(file, 'x');
  mkdirSync(join(dir, 'folder'));
  return { dir, file };
}

describe('outputProblem', () => {
  const { dir, file } = place();
  it.each([
    ['a folder that exists', { folders: { '--out': 'folder' } }, undefined],
    ['a folder to create below one that exists', { folders: { '--out': 'new/deeper' } }, undefined],
    ['a file as the folder', { folders: { '--out': 'taken' } }, '--out taken: is a file, not a folder'],
    ['a folder below a file', { folders: { '--history': 'taken/h' } }, '--history taken/h: taken is a file, not a folder'],
    ['a new file in a folder', { files: { '--audit-log': 'folder/audit.jsonl' } }, undefined],
    ['an existing file', { files: { '--audit-log': 'taken' } }, undefined],
    ['a folder as the file', { files: { '--audit-log': 'folder' } }, '--audit-log folder: is a folder; give the file to write'],
    ['a file below a file', { files: { '--audit-log': 'taken/audit.jsonl' } }, '--audit-log taken/audit.jsonl: taken is a file, not a folder'],
    ['a flag not given', { folders: { '--history': undefined } }, undefined],
  ])('%s', async (_name, locations, expected) => {
    expect(await outputProblem(dir, locations)).toBe(expected);
  });
  it('names the path as given', async () => {
    expect(await outputProblem('/', { folders: { '--out': file } })).toBe(`--out ${file}: is a file, not a folder`);
  });
});

describe('a command whose output location cannot be written', () => {
  const scan = (...flags: string[]) => cli('scan', ...CONTENT, '--inventory', 'test/fixtures/inventories/basic', '--fail-on', 'none', ...flags);

  it.each([
    ['--out naming a file', (_d: string, f: string) => ['--out', f], (f: string) => `error usage: --out ${f}: is a file, not a folder`],
    ['--history naming a file', (d: string, f: string) => ['--out', join(d, 'r'), '--history', f], (f: string) => `error usage: --history ${f}: is a file, not a folder`],
    ['--history below a file', (d: string, f: string) => ['--out', join(d, 'r'), '--history', join(f, 'h')], (f: string) => `error usage: --history ${f}/h: ${f} is a file, not a folder`],
    ['--audit-log naming a folder', (d: string) => ['--out', join(d, 'r'), '--audit-log', join(d, 'folder')], (_f: string, d: string) => `error usage: --audit-log ${d}/folder: is a folder; give the file to write`],
  ])('scan with %s: exit 2 and one line, before anything is read', async (_name, flags, line) => {
    const { dir, file } = place();
    const run = await scan(...flags(dir, file));
    expect(run.code).toBe(2);
    // No progress line either: nothing was read.
    expect(run.stderr).toBe(line(file, dir));
    expect(run.stdout).toBe('');
  });

  it('report and snapshot check --out the same way', async () => {
    const { file } = place();
    const report = await cli('report', 'test/fixtures/scan-report.ts', '--out', file);
    expect([report.code, report.stderr]).toEqual([2, `error usage: --out ${file}: is a file, not a folder`]);
    const snapshot = await cli('snapshot', ...CONTENT, '--out', file);
    expect([snapshot.code, snapshot.stderr]).toEqual([2, `error usage: --out ${file}: is a file, not a folder`]);
  });

  it('handle-event checks --out before the event runs', async () => {
    const { file } = place();
    const run = await cli('handle-event', 'examples/events/run-instances.json', ...CONTENT, '--out', file);
    expect([run.code, run.stderr, run.stdout]).toEqual([2, `error usage: --out ${file}: is a file, not a folder`, '']);
  });
});
