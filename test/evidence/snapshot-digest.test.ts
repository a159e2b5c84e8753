import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtBin } from '../helpers/built-bin.js';
import { REPO, tempDir } from '../helpers/cli.js';

type Digest = (root: string, path: string, environment?: NodeJS.ProcessEnv) => Promise<{ sha256: string; files: number }>;

// The built module: only there (a .js file) is a large snapshot hashed on a thread of its own.
async function builtSnapshotDigest(): Promise<Digest> {
  builtBin();
  const module = (await import(pathToFileURL(join(REPO, 'dist/src/evidence/inventory.js')).href)) as { snapshotDigest: Digest };
  return module.snapshotDigest;
}

/** A snapshot of 9 MiB (over the thread's threshold) in three files, and its digest worked out as the README says: `sha256sum` lines in byte order, hashed. */
function largeSnapshot(): { root: string; expected: string } {
  const root = tempDir();
  mkdirSync(join(root, 'aws/111111111111/us-east-1'), { recursive: true });
  const files: Record<string, string> = {
    'aws/111111111111/us-east-1/EC2.DescribeVolumes.json': JSON.stringify({ Volumes: [{ VolumeId: 'vol-1', Pad: 'a'.repeat(4 * 1024 * 1024) }] }),
    'aws/111111111111/us-east-1/EC2.DescribeSnapshots.json': JSON.stringify({ Snapshots: [{ SnapshotId: 'snap-1', Pad: 'b'.repeat(5 * 1024 * 1024) }] }),
    'aws/111111111111/us-east-1/EC2.DescribeInstances.json': '{"Reservations":[]}',
  };
  const lines = Object.entries(files)
    .map(([path, text]) => {
      writeFileSync(join(root, path), text);
      return `${createHash('sha256').update(text).digest('hex')}  ${path}\n`;
    })
    .sort((a, b) => Buffer.compare(Buffer.from(a.slice(66)), Buffer.from(b.slice(66))));
  return { root, expected: createHash('sha256').update(lines.join('')).digest('hex') };
}

describe('a large snapshot hashed on its own thread', () => {
  it('gives the digest of the same files as this thread does', async () => {
    const snapshotDigest = await builtSnapshotDigest();
    const { root, expected } = largeSnapshot();
    expect(await snapshotDigest(root, 'inv', {})).toEqual({ kind: 'snapshot', path: 'inv', sha256: expected, files: 3 });
    expect(await snapshotDigest(root, 'inv', { CTRLFLOW_WORKERS: '0' })).toEqual({ kind: 'snapshot', path: 'inv', sha256: expected, files: 3 });
  });

  it('names a file it cannot hash before anything is hashed or scanned, on either thread', async () => {
    const snapshotDigest = await builtSnapshotDigest();
    const { root } = largeSnapshot();
    symlinkSync(join(root, 'nowhere'), join(root, 'aws/dangling.json'));
    for (const environment of [{}, { CTRLFLOW_WORKERS: '0' }]) {
      expect(() => snapshotDigest(root, 'inv', environment)).toThrow(
        expect.objectContaining({ name: 'SnapshotFileError', message: '--inventory inv: aws/dangling.json is a link to nothing: remove it or restore what it links to; every file under a snapshot is hashed into the manifest' }),
      );
    }
  });

  it('names a file that changed after it was listed, on either thread', async () => {
    const snapshotDigest = await builtSnapshotDigest();
    for (const environment of [{}, { CTRLFLOW_WORKERS: '0' }]) {
      const { root } = largeSnapshot();
      const digest = snapshotDigest(root, 'inv', environment);
      // Listed and sized already; gone before it is hashed (the last file in byte order).
      rmSync(join(root, 'aws/111111111111/us-east-1/EC2.DescribeVolumes.json'));
      await expect(digest).rejects.toMatchObject({
        name: 'SnapshotFileError',
        message: expect.stringMatching(/^--inventory inv: a file changed while the scan read it \(ENOENT: .*EC2\.DescribeVolumes\.json'\): scan again once nothing writes into the snapshot; every file under a snapshot is hashed into the manifest$/),
      });
    }
  });
});
