import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileDigest, filesUnder, listingDigest } from '../../src/evidence/hash.js';
import type { Manifest } from '../../src/evidence/manifest.js';
import { cli, REPO, tempDir } from '../helpers/cli.js';

const DEMO = ['--inventory', 'examples/demo-inventory', '--fail-on', 'none'];

function keyPair(dir: string): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const files = { privateKey: join(dir, 'sign.pem'), publicKey: join(dir, 'sign.pub.pem') };
  writeFileSync(files.privateKey, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(files.publicKey, publicKey.export({ type: 'spki', format: 'pem' }));
  return files;
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'ctrlflow-manifest.json'), 'utf8')) as Manifest;

/** A signed demo run, copied fresh for each test that alters it. */
let signed: string;
let keys: { privateKey: string; publicKey: string };

beforeAll(async () => {
  keys = keyPair(tempDir());
  signed = tempDir();
  const { code } = await cli('scan', ...DEMO, '--history', join(signed, 'history'), '--format', 'json', 'csv', 'html', 'markdown', 'sarif', 'oscal', 'junit', '--out', signed, '--sign-key', keys.privateKey);
  expect(code).toBe(0);
  // The whole demo with seven formats and its history: longer than a hook's default on a busy machine.
}, 120_000);

function copy(): string {
  const dir = tempDir();
  cpSync(signed, dir, { recursive: true });
  return dir;
}

describe('the evidence manifest', () => {
  it('lists every file the run wrote with its SHA-256 and size, the scope, the control set and the inventory read', async () => {
    const m = manifestOf(signed);
    // Exactly what is in the folder: the reports, the report nodes' files, the history records.
    expect(m.files.map((f) => f.path)).toEqual(filesUnder(signed).filter((p) => !p.startsWith('ctrlflow-manifest.')));
    expect(m.files.map((f) => f.path.split('/')[0]).filter((p, i, all) => all.indexOf(p) === i)).toEqual([
      'ctrlflow.csv', 'ctrlflow.html', 'ctrlflow.json', 'ctrlflow.junit.xml', 'ctrlflow.md', 'ctrlflow.oscal.json', 'ctrlflow.sarif', 'flows', 'history',
    ]);
    for (const f of m.files) expect(await fileDigest(join(signed, f.path)), f.path).toEqual({ sha256: f.sha256, size: f.size });
    const report = JSON.parse(readFileSync(join(signed, 'ctrlflow.json'), 'utf8')) as { scanId: string; startedAt: string; finishedAt: string };
    expect([m.command, m.scanId, m.startedAt, m.finishedAt]).toEqual(['scan', report.scanId, report.startedAt, report.finishedAt]);
    expect(m.scope).toEqual({
      clouds: ['aws', 'azure', 'gcp'],
      accounts: [
        { provider: 'aws', account: '111111111111' },
        { provider: 'aws', account: '222222222222' },
        { provider: 'azure', account: '00000000-0000-0000-0000-000000000001' },
        { provider: 'gcp', account: 'ctrlflow-demo' },
        { provider: 'gcp', account: 'ctrlflow-security' },
      ],
      regions: ['eu-west-1', 'global', 'us-east-1'],
      targets: 9,
    });
    // The control set: the reports' own (src/load/provenance.ts), over every control, flow and
    // framework file loaded, hashed as sha256sum would list them (names relative to the repository).
    const files = execFileSync('git', ['ls-files', 'controls', 'flows'], { cwd: REPO, encoding: 'utf8' }).split('\n').filter((f) => /\.ya?ml$/.test(f) && !f.endsWith('.test.yaml'));
    expect(files.filter((f) => f.startsWith('controls/frameworks/'))).toHaveLength(3);
    const entries = await Promise.all(files.map(async (path) => ({ path, sha256: (await fileDigest(join(REPO, path))).sha256 })));
    expect(m.controlSet).toMatchObject({ contentHash: `sha256:${listingDigest(entries)}`, files: files.length, commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
    expect(typeof m.controlSet!.dirty).toBe('boolean');
    expect(m.controlSet).toEqual((JSON.parse(readFileSync(join(signed, 'ctrlflow.json'), 'utf8')) as { controlSet: unknown }).controlSet);
    // The snapshot: every file under it.
    const inventory = execFileSync('git', ['ls-files', 'examples/demo-inventory'], { cwd: REPO, encoding: 'utf8' }).split('\n').filter(Boolean);
    const recorded = await Promise.all(inventory.map(async (path) => ({ path: path.slice('examples/demo-inventory/'.length), sha256: (await fileDigest(join(REPO, path))).sha256 })));
    expect(m.inventory).toEqual({ kind: 'snapshot', path: 'examples/demo-inventory', sha256: listingDigest(recorded), files: inventory.length });
    expect(m.signature).toMatchObject({ algorithm: 'Ed25519', file: 'ctrlflow-manifest.sig', keyId: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
  });

  it('recomputes the listing digests with coreutils, as the README says', () => {
    const m = manifestOf(signed);
    const listing = execFileSync('bash', ['-c', 'cd examples/demo-inventory && find . -type f -printf "%P\\n" | LC_ALL=C sort | xargs sha256sum | LC_ALL=C sort -k2 | sha256sum'], { cwd: REPO, encoding: 'utf8' });
    expect(m.inventory.kind === 'snapshot' && m.inventory.sha256).toBe(listing.split(' ')[0]);
    const files = execFileSync('bash', ['-c', `cd ${signed} && sha256sum -c --quiet - <<'EOF'\n${m.files.map((f) => `${f.sha256}  ${f.path}`).join('\n')}\nEOF\necho ok`], { encoding: 'utf8' });
    expect(files.trim()).toBe('ok');
  });
});

describe('ctrlflow verify', () => {
  it('passes an untouched run, with and without the public key, and openssl agrees with the signature', async () => {
    expect(await cli('verify', signed, '--public-key', keys.publicKey)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^ok: \d+ file\(s\) intact \(scan scan-.*\); signature valid \(Ed25519, key sha256:[0-9a-f]{64}\)$/) });
    expect((await cli('verify', signed)).stdout).toMatch(/signature valid for the key the manifest states .*give --public-key to check it is yours$/);
    expect((await cli('verify', signed, '--inventory', 'examples/demo-inventory')).code).toBe(0);
    const openssl = execFileSync('bash', ['-c', `openssl pkeyutl -verify -pubin -inkey ${keys.publicKey} -rawin -in ${join(signed, 'ctrlflow-manifest.json')} -sigfile <(base64 -d ${join(signed, 'ctrlflow-manifest.sig')})`], { encoding: 'utf8' });
    expect(openssl.trim()).toBe('Signature Verified Successfully');
  });

  it('fails naming the file when one byte of any report changes', async () => {
    for (const file of manifestOf(signed).files.map((f) => f.path).filter((p) => !p.startsWith('history/'))) {
      const dir = copy();
      const bytes = readFileSync(join(dir, file));
      const at = Math.floor(bytes.length / 2);
      bytes[at] = bytes[at]! ^ 0x01;
      writeFileSync(join(dir, file), bytes);
      const { code, stdout } = await cli('verify', dir, '--public-key', keys.publicKey);
      expect(code, file).toBe(1);
      expect(stdout.split('\n'), file).toEqual([expect.stringMatching(new RegExp(`^changed: ${file.replace(/\./g, '\\.')} \\(sha256 [0-9a-f]{12}… → [0-9a-f]{12}…, (\\d+) → \\1 bytes\\)$`)), 'FAILED: 1 difference(s) from ctrlflow-manifest.json (scan ' + manifestOf(dir).scanId + ')']);
    }
  });

  it('fails naming the file when one is added, removed or a history record grows', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'extra.csv'), 'planted');
    mkdirSync(join(dir, 'planted'));
    writeFileSync(join(dir, 'planted', 'x.json'), '{}');
    rmSync(join(dir, 'ctrlflow.md'));
    const history = manifestOf(dir).files.find((f) => f.path.startsWith('history/'))!.path;
    appendFileSync(join(dir, history), ' ');
    const { code, stdout } = await cli('verify', dir);
    expect(code).toBe(1);
    // In path order.
    expect(stdout.split('\n').slice(0, -1)).toEqual([
      'removed: ctrlflow.md',
      'added: extra.csv',
      expect.stringMatching(new RegExp(`^changed: ${history.replace(/[.\-]/g, '\\$&')} `)),
      'added: planted/x.json',
    ]);
  });

  it('fails when the signature does not match the key, or the manifest was edited, or the signature is gone', async () => {
    const other = keyPair(tempDir());
    const wrongKey = await cli('verify', signed, '--public-key', other.publicKey);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stdout).toMatch(/^signature: does not match ctrlflow-manifest\.json for key sha256:[0-9a-f]{64} \(the manifest names key sha256:[0-9a-f]{64}\)$/m);

    const edited = copy();
    const m = manifestOf(edited);
    // Someone re-hashes a changed report into the manifest: the files agree, the signature does not.
    writeFileSync(join(edited, 'ctrlflow.csv'), 'rewritten');
    const files = m.files.map((f) => (f.path === 'ctrlflow.csv' ? { ...f, sha256: '0b3e0f7dbb1d7c0c7f4a3cbf15fbbf8fe7dfb3f6d51cdbd43f24b7aea5ea8c1e', size: 9 } : f));
    files[files.findIndex((f) => f.path === 'ctrlflow.csv')] = { path: 'ctrlflow.csv', ...(await fileDigest(join(edited, 'ctrlflow.csv'))) };
    writeFileSync(join(edited, 'ctrlflow-manifest.json'), `${JSON.stringify({ ...m, files }, null, 2)}\n`);
    for (const args of [[], ['--public-key', keys.publicKey]]) {
      const { code, stdout } = await cli('verify', edited, ...args);
      expect(code).toBe(1);
      expect(stdout.split('\n')[0]).toMatch(/^signature: does not match ctrlflow-manifest\.json for key sha256:/);
    }

    const unsigned = copy();
    rmSync(join(unsigned, 'ctrlflow-manifest.sig'));
    expect(await cli('verify', unsigned, '--public-key', keys.publicKey)).toMatchObject({ code: 1, stdout: expect.stringContaining('signature: ctrlflow-manifest.sig is missing; the manifest is not signed') });
    expect((await cli('verify', unsigned)).stdout).toContain('signature: ctrlflow-manifest.sig is missing, though the manifest says it was signed');
  });

  it('fails when the snapshot given is not the one the scan read', async () => {
    const inventory = tempDir();
    cpSync(join(REPO, 'examples/demo-inventory'), inventory, { recursive: true });
    appendFileSync(join(inventory, 'README.md'), '\n');
    const { code, stdout } = await cli('verify', signed, '--inventory', inventory);
    expect(code).toBe(1);
    expect(stdout).toContain(`inventory: ${inventory} is not the snapshot the scan read`);
  });

  it('exits 2 on bad input: no manifest, a broken manifest, an unreadable or wrong public key', async () => {
    expect((await cli('verify', tempDir())).code).toBe(2);
    const broken = copy();
    writeFileSync(join(broken, 'ctrlflow-manifest.json'), '{"manifestVersion":"1.0","files":[{"path":"x"}]}');
    const bad = await cli('verify', broken);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ctrlflow-manifest.json: error');
    expect((await cli('verify', signed, '--public-key', join(tempDir(), 'none.pem'))).code).toBe(2);
    expect((await cli('verify', signed, '--public-key', keys.privateKey.replace('sign.pem', 'nothing'))).code).toBe(2);
    const rsa = join(tempDir(), 'rsa.pem');
    writeFileSync(rsa, generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }));
    expect(await cli('verify', signed, '--public-key', rsa)).toMatchObject({ code: 2, stderr: expect.stringContaining('ctrlflow signs with Ed25519') });
  });

  it('a scan refuses a bad signing key before scanning (exit 2), and takes the key from CTRLFLOW_SIGN_KEY', async () => {
    const out = tempDir();
    const bad = join(tempDir(), 'bad.pem');
    writeFileSync(bad, 'not a key');
    expect(await cli('scan', ...DEMO, '--format', 'json', '--out', out, '--sign-key', bad)).toMatchObject({ code: 2, stderr: expect.stringContaining('not a private key in PEM') });
    expect(readdirSync(out)).toEqual([]);
    process.env.CTRLFLOW_SIGN_KEY = readFileSync(keys.privateKey, 'utf8');
    try {
      const envOut = tempDir();
      expect((await cli('scan', ...DEMO, '--format', 'json', '--out', envOut)).code).toBe(0);
      expect((await cli('verify', envOut, '--public-key', keys.publicKey)).code).toBe(0);
    } finally {
      delete process.env.CTRLFLOW_SIGN_KEY;
    }
  });
});
