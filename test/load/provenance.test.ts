import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { bufferIo } from '../../src/cli/io.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { cli, readReport, tempDir } from '../helpers/cli.js';

const CONTROL = 'id: C-1\ntitle: t\nseverity: low\nprovider: aws\nresourceType: X\nflow: f\n';
const FLOW =
  'id: f\nnodes:\n  - { id: g, type: aws.resource, service: EC2, method: DescribeSecurityGroups }\n' +
  '  - { id: v, type: evaluate, input: g, fail_if: { conditions: [{ id: c1, type: param, key: $.GroupId, operator: exists }] }, evidence: { resourceId: $.GroupId } }\n';
const TEST = 'cases:\n  - { name: n, inventory: { aws/111111111111/us-east-1: { EC2.DescribeSecurityGroups: { SecurityGroups: [] } } }, expect: { x: PASS } }\n';

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' }).trim();

describe('catalog provenance', () => {
  it('hashes every control, flow and framework file loaded (not the tests), as sha256sum would, in byte order of their names', async () => {
    const dir = tempDir();
    write(dir, { 'controls/C-1.yaml': CONTROL, 'controls/C-1.test.yaml': TEST, 'flows/f.yaml': FLOW });
    const { provenance, diagnostics } = await loadCatalog(['flows', 'controls'], { cwd: dir });
    expect(diagnostics).toEqual([]);
    expect(provenance.files).toEqual([
      { name: 'controls/C-1.yaml', sha256: sha256(CONTROL) },
      { name: 'flows/f.yaml', sha256: sha256(FLOW) },
    ]);
    // `sha256sum controls/C-1.yaml flows/f.yaml | sha256sum`, by hand:
    expect(provenance.contentHash).toBe(`sha256:${sha256(`${sha256(CONTROL)}  controls/C-1.yaml\n${sha256(FLOW)}  flows/f.yaml\n`)}`);
    expect(provenance.commit).toBeUndefined();
    expect(provenance.dirty).toBeUndefined();
  });

  it('is the same whatever order or form the paths are given in, and for CRLF line ends; any edit changes it', async () => {
    const dir = tempDir();
    write(dir, { 'controls/C-1.yaml': CONTROL, 'flows/f.yaml': FLOW });
    const first = (await loadCatalog(['controls', 'flows'], { cwd: dir })).provenance.contentHash;
    expect((await loadCatalog([join(dir, 'flows'), 'C-1.yaml'], { cwd: join(dir, 'controls') })).provenance.contentHash).toBe(first);
    write(dir, { 'flows/f.yaml': FLOW.replace(/\n/g, '\r\n') });
    expect((await loadCatalog(['controls', 'flows'], { cwd: dir })).provenance.contentHash).toBe(first);
    write(dir, { 'flows/f.yaml': FLOW.replace('exists', 'notExists') });
    expect((await loadCatalog(['controls', 'flows'], { cwd: dir })).provenance.contentHash).not.toBe(first);
  });

  it('names the commit holding the files, and marks it dirty when a loaded file differs from it: edited, new, ignored', async () => {
    const dir = tempDir();
    git(dir, 'init', '-q');
    write(dir, { 'controls/C-1.yaml': CONTROL, 'flows/f.yaml': FLOW, 'README.md': 'not loaded\n' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'content');
    const head = git(dir, 'rev-parse', 'HEAD');
    const state = async () => {
      const { provenance } = await loadCatalog(['controls', 'flows'], { cwd: dir });
      return { commit: provenance.commit, dirty: provenance.dirty, changed: provenance.changed };
    };
    expect(await state()).toEqual({ commit: head, dirty: false, changed: undefined });

    write(dir, { 'README.md': 'edited, but not loaded\n' });
    expect((await state()).dirty).toBe(false);
    write(dir, { 'controls/C-1.yaml': CONTROL.replace('severity: low', 'severity: high') });
    expect(await state()).toEqual({ commit: head, dirty: true, changed: ['controls/C-1.yaml'] });
    // Staged is not committed either.
    git(dir, 'add', 'controls/C-1.yaml');
    expect((await state()).changed).toEqual(['controls/C-1.yaml']);
    git(dir, 'checkout', '-q', 'HEAD', '--', 'controls/C-1.yaml');
    expect((await state()).dirty).toBe(false);

    write(dir, { 'controls/C-2.yaml': CONTROL.replace('C-1', 'C-2') });
    expect((await state()).changed).toEqual(['controls/C-2.yaml']);
    write(dir, { '.gitignore': 'C-2.yaml\n' });
    expect((await state()).changed).toEqual(['controls/C-2.yaml']);
    rmSync(join(dir, 'controls/C-2.yaml'));
    expect((await state()).dirty).toBe(false);
  });

  it('names no commit when the files are not all in one work tree', async () => {
    const repo = tempDir();
    git(repo, 'init', '-q');
    write(repo, { 'controls/C-1.yaml': CONTROL });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'controls only');
    const outside = tempDir();
    write(outside, { 'flows/f.yaml': FLOW });
    const { provenance, diagnostics } = await loadCatalog([join(repo, 'controls'), join(outside, 'flows')], { cwd: repo });
    expect(diagnostics).toEqual([]);
    expect(provenance.files).toHaveLength(2);
    expect(provenance.commit).toBeUndefined();
  });

  it('is printed by validate', async () => {
    const dir = tempDir();
    git(dir, 'init', '-q');
    write(dir, { 'controls/C-1.yaml': CONTROL, 'flows/f.yaml': FLOW });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'content');
    const head = git(dir, 'rev-parse', 'HEAD');
    const run = async () => {
      const io = bufferIo();
      expect(await validateCommand([], io, dir)).toBe(0);
      return io.stdout;
    };
    const hash = (await loadCatalog(['controls', 'flows'], { cwd: dir })).provenance.contentHash;
    expect(await run()).toEqual([
      '1 control(s) and 1 flow(s) are valid',
      `Content hash: ${hash} (2 control, flow and framework file(s) under .)`,
      `Git commit: ${head} (the loaded files are as committed)`,
    ]);
    write(dir, { 'flows/f.yaml': FLOW.replace('exists', 'notExists') });
    expect((await run())[2]).toBe(`Git commit: ${head}-dirty (1 loaded file(s) differ from it: flows/f.yaml)`);
  });
});

describe('the report names the control set', () => {
  it('by commit, dirty with the changed files once a loaded file is edited, and by content hash, in JSON, HTML and Markdown', async () => {
    const dir = tempDir();
    git(dir, 'init', '-q');
    write(dir, { 'controls/C-1.yaml': CONTROL, 'flows/f.yaml': FLOW, 'snap/aws/111111111111/us-east-1/EC2.DescribeSecurityGroups.json': '{"SecurityGroups":[{"GroupId":"sg-1"}]}' });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'content');
    const head = git(dir, 'rev-parse', 'HEAD');
    const scan = async () => {
      const out = join(dir, 'out');
      rmSync(out, { recursive: true, force: true });
      await cli('scan', '--no-bundled', '--controls', join(dir, 'controls'), '--flows', join(dir, 'flows'), '--inventory', join(dir, 'snap'), '--out', out, '--fail-on', 'none', '--format', 'json', 'html', 'markdown');
      return { report: readReport(out), html: readFileSync(join(out, 'ctrlflow.html'), 'utf8'), md: readFileSync(join(out, 'ctrlflow.md'), 'utf8') };
    };
    const hash = (await loadCatalog(['controls', 'flows'], { cwd: dir })).provenance.contentHash;
    const clean = await scan();
    expect(clean.report.controlsCommit).toBe(head);
    expect(clean.report.controlSet).toEqual({ contentHash: hash, files: 2, commit: head, dirty: false });
    expect(clean.html).toContain(`<dt>Control set</dt><dd>git ${head} · content ${hash} (2 file(s))</dd>`);
    expect(clean.md).toContain(`Control set: git ${head} · content ${hash} (2 file(s))\n`);

    write(dir, { 'flows/f.yaml': FLOW.replace('exists', 'notExists') });
    const edited = await scan();
    const newHash = (await loadCatalog(['controls', 'flows'], { cwd: dir })).provenance.contentHash;
    expect(newHash).not.toBe(hash);
    expect(edited.report.controlSet).toEqual({ contentHash: newHash, files: 2, commit: head, dirty: true, changed: ['flows/f.yaml'] });
    expect(edited.html).toContain(`<dt>Control set</dt><dd>git ${head}-dirty (1 loaded file(s) differ from it: flows/f.yaml) · content ${newHash} (2 file(s))</dd>`);
    expect(edited.md).toContain(`Control set: git ${head}-dirty (1 loaded file(s) differ from it) · content ${newHash} (2 file(s))\n`);
  });
});
