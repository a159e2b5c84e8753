// Bundles the Lambda entry (src/lambda/handler.ts, export `handler`) into dist/lambda/index.mjs.
// Deploy a zip of dist/lambda, schemas, controls and flows with handler dist/lambda/index.handler
// (README "Events: AWS Lambda").
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { ESM_BANNER, ESM_DEFINE } from './esm-bundle.mjs';

const out = 'dist/lambda';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { index: 'src/lambda/handler.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  outdir: out,
  banner: { js: ESM_BANNER },
  define: ESM_DEFINE,
  legalComments: 'linked',
  logLevel: 'warning',
});

// Files the code reads beside itself at run time (import.meta.url-relative); the 1.0 results
// schema (read by --baseline and report) is read from ../../schemas, which the zip holds at its root.
const require = createRequire(import.meta.url);
const quickjs = dirname(require.resolve('@jitl/quickjs-wasmfile-release-sync/emscripten-module'));
copyFileSync(join(quickjs, 'emscripten-module.wasm'), join(out, 'emscripten-module.wasm'));
