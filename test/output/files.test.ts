import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputPathError, OutputRoot } from '../../src/output/files.js';
import { tempDir } from '../helpers/cli.js';

// Every write of a run goes through OutputRoot, and each kind of write gets safe-path's checks.
describe('OutputRoot', () => {
  it('streams, appends and writes whole files inside its folder, listing each once in order', async () => {
    const root = new OutputRoot(join(tempDir(), 'out'));
    const sink = await root.open('ctrlflow.json');
    sink.write('{"a":');
    sink.write('1}\n');
    expect(await sink.close()).toBe(8);
    await root.appendFile('audit/log.jsonl', 'one\n');
    await root.appendFile('audit/log.jsonl', 'two\n');
    await root.writeFile('flows/f/report.csv', 'a,b\r\n');
    expect(readFileSync(join(root.dir, 'ctrlflow.json'), 'utf8')).toBe('{"a":1}\n');
    expect(readFileSync(join(root.dir, 'audit/log.jsonl'), 'utf8')).toBe('one\ntwo\n');
    expect(root.written).toEqual([join(root.dir, 'ctrlflow.json'), join(root.dir, 'audit/log.jsonl'), join(root.dir, 'flows/f/report.csv')]);
  });

  it('refuses a name that leaves the folder, for every kind of write', async () => {
    const parent = tempDir();
    const root = new OutputRoot(join(parent, 'out'));
    await expect(root.open('../ctrlflow.json')).rejects.toThrow(OutputPathError);
    await expect(root.appendFile('../audit.jsonl', 'x')).rejects.toThrow(OutputPathError);
    await expect(root.writeFile('/tmp/x.csv', 'x')).rejects.toThrow(OutputPathError);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('never streams or appends through a link in place of the file', async () => {
    const dir = tempDir();
    const outside = join(tempDir(), 'victim.txt');
    writeFileSync(outside, 'keep');
    symlinkSync(outside, join(dir, 'ctrlflow.sarif'));
    symlinkSync(outside, join(dir, 'audit.jsonl'));
    const root = new OutputRoot(dir);
    await expect(root.open('ctrlflow.sarif')).rejects.toThrow(`refusing to write "ctrlflow.sarif" in ${dir}: "ctrlflow.sarif" is a link; a file is written only in place of a file`);
    await expect(root.appendFile('audit.jsonl', 'x')).rejects.toThrow('"audit.jsonl" is a link');
    expect(readFileSync(outside, 'utf8')).toBe('keep');
    expect(root.written).toEqual([]);
  });

  it('never streams into a folder that links outside the root', async () => {
    const dir = tempDir();
    const outside = tempDir();
    symlinkSync(outside, join(dir, 'reports'));
    const root = new OutputRoot(dir);
    await expect(root.open('reports/ctrlflow.csv')).rejects.toThrow(`"reports/ctrlflow.csv" goes through ${join(dir, 'reports')}, a link leading outside the output folder`);
    expect(readdirSync(outside)).toEqual([]);
  });
});
