import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSnapshot } from '../../../src/providers/snapshot/index.js';
import { CONTENT, cli, readReport, REPO, tempDir } from '../../helpers/cli.js';

const east = { provider: 'aws' as const, account: '111111111111', region: 'us-east-1' };
const groups = { service: 'EC2', method: 'DescribeSecurityGroups', params: {} };
const dbs = { service: 'RDS', method: 'DescribeDBInstances', params: {} };

/** A copy of the basic inventory, whose us-east-1 folder a test then spoils. */
function snapshot(): { root: string; east: string } {
  const root = tempDir();
  cpSync(join(REPO, 'test/fixtures/inventories/basic'), root, { recursive: true });
  return { root, east: join(root, 'aws', '111111111111', 'us-east-1') };
}
const mkfifo = (path: string) => execFileSync('mkfifo', [path]);

describe('the snapshot reads only regular files inside its root', () => {
  it('a FIFO named like a recording is ERROR NotAFile at once, not a hang', async () => {
    const s = snapshot();
    rmSync(join(s.east, 'EC2.DescribeSecurityGroups.json'));
    mkfifo(join(s.east, 'EC2.DescribeSecurityGroups.json'));
    const started = Date.now();
    await expect(openSnapshot(s.root).list(east, groups)).rejects.toMatchObject({
      name: 'TargetReadError',
      code: 'NotAFile',
      message: `${join(s.east, 'EC2.DescribeSecurityGroups.json')} is a FIFO, not a file; a recording must be a regular file`,
    });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('so is a FIFO named like a recorded error', async () => {
    const s = snapshot();
    mkfifo(join(s.east, '_error.json'));
    await expect(openSnapshot(s.root).list(east, groups)).rejects.toMatchObject({ code: 'NotAFile' });
  });

  it('a directory named like a recording is ERROR NotAFile', async () => {
    const s = snapshot();
    rmSync(join(s.east, 'RDS.DescribeDBInstances.json'));
    mkdirSync(join(s.east, 'RDS.DescribeDBInstances.json'));
    await expect(openSnapshot(s.root).list(east, dbs)).rejects.toMatchObject({ code: 'NotAFile', message: expect.stringContaining('is a directory, not a file') });
  });

  it('a symlink leading outside the root is ERROR OutsideSnapshot, and nothing is read', async () => {
    const s = snapshot();
    const outside = join(tempDir(), 'secret.json');
    writeFileSync(outside, JSON.stringify({ SecurityGroups: [{ GroupId: 'sg-from-outside' }] }));
    rmSync(join(s.east, 'EC2.DescribeSecurityGroups.json'));
    symlinkSync(outside, join(s.east, 'EC2.DescribeSecurityGroups.json'));
    await expect(openSnapshot(s.root).list(east, groups)).rejects.toMatchObject({ code: 'OutsideSnapshot', message: expect.stringContaining('outside the snapshot') });
  });

  it('a target folder symlinked outside the root is refused too', async () => {
    const s = snapshot();
    const elsewhere = tempDir();
    cpSync(s.east, elsewhere, { recursive: true });
    symlinkSync(elsewhere, join(s.root, 'aws', '111111111111', 'ap-south-1'));
    await expect(openSnapshot(s.root).list({ ...east, region: 'ap-south-1' }, groups)).rejects.toMatchObject({ code: 'OutsideSnapshot' });
    // A path made up on the command line (`run --target aws/../../x`) is refused the same way.
    mkdirSync(join(s.root, 'inner'));
    await expect(openSnapshot(join(s.root, 'inner')).list({ ...east, account: '..', region: '../aws/111111111111/us-east-1' }, groups)).rejects.toMatchObject({ code: 'OutsideSnapshot' });
  });

  it('a symlink to another file inside the root is read', async () => {
    const s = snapshot();
    const west = join(s.root, 'aws', '111111111111', 'eu-west-1', 'EC2.DescribeSecurityGroups.json');
    rmSync(join(s.east, 'EC2.DescribeSecurityGroups.json'));
    symlinkSync(west, join(s.east, 'EC2.DescribeSecurityGroups.json'));
    expect((await openSnapshot(s.root).list(east, groups)).map((g) => g.GroupId)).toEqual(['sg-0e5']);
  });

  it('a target folder is listed afresh once the target is released, so a provider kept for the next event sees new recordings', async () => {
    const s = snapshot();
    const recording = join(s.east, 'EC2.DescribeSecurityGroups.json');
    const west = join(s.root, 'aws', '111111111111', 'eu-west-1', 'EC2.DescribeSecurityGroups.json');
    rmSync(recording);
    const provider = openSnapshot(s.root);
    await expect(provider.list(east, groups)).rejects.toMatchObject({ code: 'NotRecorded' });
    cpSync(west, recording);
    provider.release!(east);
    expect((await provider.list(east, groups)).map((g) => g.GroupId)).toEqual(['sg-0e5']);
  });

  it('a recording that is not JSON is ERROR BadRecording', async () => {
    const s = snapshot();
    writeFileSync(join(s.east, 'EC2.DescribeSecurityGroups.json'), '{ nope');
    await expect(openSnapshot(s.root).list(east, groups)).rejects.toMatchObject({ code: 'BadRecording', message: expect.stringContaining('unreadable recording (not JSON:') });
  });

  it('a scan over a snapshot with a FIFO ends: the controls reading it are ERROR there, the rest stands', async () => {
    const s = snapshot();
    rmSync(join(s.east, 'EC2.DescribeSecurityGroups.json'));
    mkfifo(join(s.east, 'EC2.DescribeSecurityGroups.json'));
    const out = tempDir();
    const { code } = await cli('scan', ...CONTENT, '--inventory', s.root, '--out', out, '--format', 'json');
    expect(code).toBe(3);
    // In scan order (schemaVersion 2.0): target by target, each target's controls by id.
    expect(readReport(out).results.map((r) => `${r.controlId} ${r.region} ${r.resourceId ?? r.errorCode}`)).toEqual([
      'TEST-SG-001 eu-west-1 sg-0e5',
      'TEST-RDS-001 us-east-1 NotAFile', // its SecurityGroups addon reads the FIFO too
      'TEST-SG-001 us-east-1 NotAFile',
    ]);
  }, 20_000);
});
