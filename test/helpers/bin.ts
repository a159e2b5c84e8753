import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { REPO, tempDir } from './cli.js';

/**
 * This source bundled into one runnable file, for tests that need a real `ctrlflow` child
 * process (a signal, a kill, everything it prints and writes): `node <bin> scan …`. Beside it
 * the files the code reads relative to itself (the HTML template, the results schema).
 */
export async function buildCli(): Promise<string> {
  const root = tempDir('ctrlflow-bin-');
  const dir = join(root, 'dist', 'cli');
  const bin = join(dir, 'ctrlflow.mjs');
  await build({
    entryPoints: [join(REPO, 'src/cli/bin.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bin,
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  mkdirSync(join(dir, 'html'));
  copyFileSync(join(REPO, 'reporters/html/report.hbs'), join(dir, 'html', 'report.hbs'));
  mkdirSync(join(root, 'schemas'));
  copyFileSync(join(REPO, 'schemas/results.schema.json'), join(root, 'schemas', 'results.schema.json'));
  return bin;
}
