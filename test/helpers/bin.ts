import { copyFileSync, cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { REPO, tempDir } from './cli.js';

/**
 * This source bundled into one runnable file, for tests that need a real `ctrlflow` child
 * process (a signal, a kill, everything it prints and writes): `node <bin> scan …`. Bundled
 * as the Action is (scripts/build-action.mjs): the HTML template and the schema validators
 * are inside; beside it the files the code reads relative to itself (the sandbox's wasm, the
 * result schemas at ../../schemas).
 */
export async function buildCli(): Promise<string> {
  const root = tempDir('ctrlflow-bin-');
  const dir = join(root, 'dist', 'cli');
  await build({
    entryPoints: { ctrlflow: join(REPO, 'src/cli/bin.ts'), 'render-worker': join(REPO, 'src/output/render-worker.ts') },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    // As scripts/esm-bundle.mjs: CommonJS packages (yargs) read require and __dirname.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);",
    },
    define: { __dirname: '__bundleDirname', __filename: '__bundleFilename' },
    logLevel: 'silent',
  });
  const quickjs = dirname(createRequire(import.meta.url).resolve('@jitl/quickjs-wasmfile-release-sync/emscripten-module'));
  copyFileSync(join(quickjs, 'emscripten-module.wasm'), join(dir, 'emscripten-module.wasm'));
  cpSync(join(REPO, 'schemas'), join(root, 'schemas'), { recursive: true });
  return join(dir, 'ctrlflow.mjs');
}
