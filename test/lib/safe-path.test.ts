import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathSegment, resolveInside, targetSegments, UnsafePathError, writeFileInside } from '../../src/lib/safe-path.js';
import { tempDir } from '../helpers/cli.js';

describe('writeFileInside', () => {
  it('writes a relative path under the root, creating its folders', async () => {
    const root = join(tempDir(), 'out');
    const file = await writeFileInside(root, 'flows/f/report.csv', 'a,b\r\n');
    expect(file).toBe(join(root, 'flows/f/report.csv'));
    expect(readFileSync(file, 'utf8')).toBe('a,b\r\n');
    await writeFileInside(root, 'flows/f/report.csv', 'again');
    expect(readFileSync(file, 'utf8')).toBe('again');
  });

  it.each([
    ['../escape.txt', '"../escape.txt" has a ".." segment'],
    ['a/../../escape.txt', 'has a ".." segment'],
    ['/tmp/ctrlflow-absolute.txt', 'is absolute'],
    ['a//b.txt', 'has a "//" segment'],
    ['./a.txt', 'has a "." segment'],
    ['a\0b', 'holds a NUL byte'],
  ])('refuses %j before creating anything', async (path, why) => {
    const parent = tempDir();
    const root = join(parent, 'out');
    await expect(writeFileInside(root, path, 'x')).rejects.toThrow(why);
    await expect(writeFileInside(root, path, 'x')).rejects.toBeInstanceOf(UnsafePathError);
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync('/tmp/ctrlflow-absolute.txt')).toBe(false);
  });

  it('refuses a folder on the way that links outside the root, and creates nothing there', async () => {
    const root = tempDir();
    const outside = tempDir();
    symlinkSync(outside, join(root, 'flows'));
    await expect(writeFileInside(root, 'flows/f/x.csv', 'x')).rejects.toThrow(`"flows/f/x.csv" goes through ${join(root, 'flows')}, a link leading outside the output folder`);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('follows a folder link that stays inside the root', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'real'));
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    await writeFileInside(root, 'alias/x.txt', 'x');
    expect(readFileSync(join(root, 'real/x.txt'), 'utf8')).toBe('x');
  });

  it('never writes through a link in place of the file', async () => {
    const root = tempDir();
    const target = join(tempDir(), 'victim.txt');
    writeFileSync(target, 'keep');
    symlinkSync(target, join(root, 'x.txt'));
    await expect(writeFileInside(root, 'x.txt', 'overwritten')).rejects.toThrow('"x.txt" is a link');
    expect(readFileSync(target, 'utf8')).toBe('keep');
  });

  it('refuses a FIFO in place of the file at once', async () => {
    const root = tempDir();
    execFileSync('mkfifo', [join(root, 'x.txt')]);
    await expect(writeFileInside(root, 'x.txt', 'x')).rejects.toThrow('"x.txt" is not a regular file');
  });

  it('exclusive refuses a file that exists', async () => {
    const root = tempDir();
    await writeFileInside(root, 'x.txt', 'one', { exclusive: true });
    await expect(writeFileInside(root, 'x.txt', 'two', { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(join(root, 'x.txt'), 'utf8')).toBe('one');
  });

  it('resolveInside gives the absolute path, with the same checks', () => {
    expect(resolveInside('/srv/out', 'a/b.json')).toBe('/srv/out/a/b.json');
    expect(() => resolveInside('/srv/out', '../b.json')).toThrow(UnsafePathError);
  });
});

describe('cloud ids as path segments', () => {
  it.each([
    ['111111111111', '111111111111'],
    ['/../../tmp/x/PWNED', '%2F..%2F..%2Ftmp%2Fx%2FPWNED'],
    ['..', '%2E.'],
    ['.hidden', '%2Ehidden'],
    ['', '%00'],
    ['a\nb', 'a%0Ab'],
    ['ü', '%C3%BC'],
  ])('pathSegment(%j) is %j', (text, segment) => {
    expect(pathSegment(text)).toBe(segment);
  });

  it('hashes what would be too long a name', () => {
    expect(pathSegment('/'.repeat(300))).toMatch(/^sha256-[0-9a-f]{16}$/);
  });

  it.each([
    [{ provider: 'aws', account: '123456789012', region: 'us-gov-west-1' }, { account: '123456789012', region: 'us-gov-west-1' }],
    [{ provider: 'aws', account: '/../../tmp/x', region: '../..' }, { account: '%2F..%2F..%2Ftmp%2Fx', region: '%2E.%2F..' }],
    [{ provider: 'azure', account: '00000000-1111-2222-3333-444444444444', region: 'global' }, { account: '00000000-1111-2222-3333-444444444444', region: 'global' }],
    [{ provider: 'gcp', account: 'my-project-1', region: 'global' }, { account: 'my-project-1', region: 'global' }],
    [{ provider: 'gcp', account: 'folders/123', region: 'global' }, { account: 'folders%2F123', region: 'global' }],
  ] as const)('targetSegments(%j)', (target, segments) => {
    expect(targetSegments(target)).toEqual(segments);
  });
});
