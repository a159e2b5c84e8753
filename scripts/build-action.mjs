// Bundles the GitHub Action (src/action/index.ts) into dist/action/, committed so that users
// need no npm install. Run by `npm run build:action`; CI checks the committed bundle is current.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const out = 'dist/action';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The action, the thread that writes the reports (src/output/render-worker.ts) and the one that
// hashes a snapshot (src/evidence/digest-worker.ts), which the
// action starts from beside itself.
await build({
  entryPoints: { index: 'src/action/index.ts', 'render-worker': 'src/output/render-worker.ts', 'digest-worker': 'src/evidence/digest-worker.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: out,
  // CommonJS dependencies inside an ES module bundle still call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});

// Files the code reads beside itself at run time (import.meta.url-relative).
const require = createRequire(import.meta.url);
const quickjs = dirname(require.resolve('@jitl/quickjs-wasmfile-release-sync/emscripten-module'));
copyFileSync(join(quickjs, 'emscripten-module.wasm'), join(out, 'emscripten-module.wasm'));

// The bundled controls, flows and frameworks as `npm run build` checked them
// (src/load/content-cache.ts), beside the bundle as beside its module: the action parses and
// checks none of them again (a demo scan through the action took 3.3 s without it, 2.1 s with).
const cache = 'dist/src/load/content-cache.json';
if (!existsSync(cache)) throw new Error(`${cache} is missing: run npm run build first`);
copyFileSync(cache, join(out, 'content-cache.json'));
