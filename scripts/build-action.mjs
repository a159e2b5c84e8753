// Bundles the GitHub Action (src/action/index.ts) into dist/action/, committed so that users
// need no npm install. Run by `npm run build:action`; CI checks the committed bundle is current.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ESM_BANNER, ESM_DEFINE } from './esm-bundle.mjs';
import { BUNDLED_CLIENTS_FILE, SHAPE_TABLE_FILE } from '../dist/src/providers/aws/shape-table.js';

const out = 'dist/action';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/**
 * `import()` of a CommonJS module, across a split (esbuild issue #3245): esbuild's chunk exports
 * only `default`, so `(await import('google-gax')).GoogleAuth` would be undefined. Such an
 * import is given a module that names each export, as Node's own namespace of that file has
 * them (taken by importing the file here, at build time), and `default` as module.exports.
 */
const commonJsImports = (commonJs) => ({
  name: 'commonjs-dynamic-imports',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === 'as-is') return undefined;
      const found = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'as-is' });
      if (found.errors.length > 0 || found.external || !commonJs.has(found.path)) return undefined;
      // Named from the repository (the bundle is the same from every checkout).
      return { path: relative(process.cwd(), found.path), namespace: 'commonjs-namespace' };
    });
    b.onLoad({ filter: /.*/, namespace: 'commonjs-namespace' }, async (args) => {
      const path = resolve(args.path);
      const names = Object.keys(await import(pathToFileURL(path).href)).filter((name) => name !== 'default' && name !== 'module.exports');
      const lines = [`const exported = require(${JSON.stringify(`./${basename(path)}`)});`, 'export default exported;'];
      names.forEach((name, i) => lines.push(`const named${i} = exported[${JSON.stringify(name)}];`, `export { named${i} as ${JSON.stringify(name)} };`));
      return { contents: lines.join('\n'), loader: 'js', resolveDir: dirname(path) };
    });
  },
});

// The action, the thread that writes the reports (src/output/render-worker.ts) and the one that
// hashes a snapshot (src/evidence/digest-worker.ts), which the
// action starts from beside itself. Split at the source's dynamic imports: a command, a
// reporter or a cloud's SDK is read and compiled when a run imports it, as from the package,
// not all 18 MB at every start (a demo scan through the action: 1.56 s against 2.05 s).
// Chunks sit beside index.js, so files read relative to the code resolve as from one bundle.
const options = {
  entryPoints: { index: 'src/action/index.ts', 'render-worker': 'src/output/render-worker.ts', 'digest-worker': 'src/evidence/digest-worker.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: out,
  splitting: true,
  chunkNames: '[name]-[hash]',
  metafile: true,
  banner: { js: ESM_BANNER },
  define: ESM_DEFINE,
  legalComments: 'linked',
  logLevel: 'warning',
};
// Which files esbuild bundles as CommonJS, from a first build it does not write.
const { metafile: first } = await build({ ...options, write: false });
const commonJs = new Set(Object.entries(first.inputs).filter(([, input]) => input.format === 'cjs').map(([file]) => resolve(file)));
const { metafile } = await build({ ...options, plugins: [commonJsImports(commonJs)] });

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

// The AWS clients' output lists as npm run build tabled them (src/providers/aws/shape-table.ts),
// and the version of each client package the bundle holds, read from the files esbuild bundled:
// with no node_modules to ask, the action uses a table entry only for the very version it runs,
// so judging an empty recorded page loads no client.
const table = 'dist/src/providers/aws/' + SHAPE_TABLE_FILE;
if (!existsSync(table)) throw new Error(`${table} is missing: run npm run build first`);
copyFileSync(table, join(out, SHAPE_TABLE_FILE));
const clients = {};
for (const input of Object.keys(metafile.inputs)) {
  // Files only (not the modules naming a CommonJS file's exports, in their own namespace).
  const m = /^(node_modules\/(?:.*\/node_modules\/)?(@aws-sdk\/client-[^/]+))\//.exec(input);
  if (!m) continue;
  const version = JSON.parse(readFileSync(join(m[1], 'package.json'), 'utf8')).version;
  // Two copies of one client in the bundle: neither is the version it runs, so neither is tabled.
  clients[m[2]] = m[2] in clients && clients[m[2]] !== version ? null : version;
}
writeFileSync(join(out, BUNDLED_CLIENTS_FILE), JSON.stringify(Object.fromEntries(Object.entries(clients).sort(([a], [b]) => (a < b ? -1 : 1)))));
