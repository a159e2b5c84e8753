import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtBin } from '../helpers/built-bin.js';
import { CONTENT, cli, REPO, tempDir } from '../helpers/cli.js';

// The built CLI writes SARIF and Markdown in the scan's thread and the other formats on the report thread
// (src/output/reports.ts) when its input is large; CTRLFLOW_WORKERS=1 does so for these small ones, and
// CTRLFLOW_WORKERS=0 writes all in one thread. Both write the same bytes.
const FIVE = ['csv', 'html', 'json', 'markdown', 'sarif'];
const FILES = ['ctrlflow.csv', 'ctrlflow.html', 'ctrlflow.json', 'ctrlflow.md', 'ctrlflow.sarif'];

function report(json: string, out: string, workers: '0' | '1'): { status: number | null; stderr: string } {
  const env = { ...process.env, CTRLFLOW_WORKERS: workers };
  const run = spawnSync(process.execPath, [builtBin(), 'report', json, '--format', ...FIVE, '--fail-on', 'none', '--out', out], { cwd: REPO, env, encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr };
}

async function scanned(): Promise<string> {
  const out = tempDir();
  expect((await cli('scan', ...CONTENT, '--inventory', 'test/fixtures/inventories/basic', '--format', 'json', '--out', out)).code).toBe(1);
  return join(out, 'ctrlflow.json');
}

describe('the report threads of the built CLI', () => {
  it('write the same bytes as one thread, and list the files in format order', async () => {
    const json = await scanned();
    const [threads, one] = [tempDir(), tempDir()];
    expect(report(json, threads, '1').status).toBe(0);
    expect(report(json, one, '0').status).toBe(0);
    for (const file of FILES) expect(readFileSync(join(threads, file), 'utf8'), file).toBe(readFileSync(join(one, file), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(threads, 'ctrlflow-manifest.json'), 'utf8')) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(FILES);
  });

  it('fail the run (exit 2, the file named) when a report cannot be written, on either thread', async () => {
    const json = await scanned();
    for (const file of ['ctrlflow.csv', 'ctrlflow.sarif']) {
      const out = tempDir();
      mkdirSync(join(out, file));
      const { status, stderr } = report(json, out, '1');
      expect([file, status]).toEqual([file, 2]);
      expect(stderr).toContain(`refusing to write "${file}" in ${out}: "${file}" is not a regular file`);
    }
  });
});
