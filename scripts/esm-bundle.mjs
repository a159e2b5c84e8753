// How the bundles are built (the GitHub Action's, the Lambda's, and the CLI's own code): ES
// modules of Node code, split where the source imports on demand, and the files the code reads
// beside itself.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { BUNDLED_CLIENTS_FILE, SHAPE_TABLE_FILE } from '../dist/src/providers/aws/shape-table.js';

// CommonJS packages inside an ES module bundle still call require() and read __dirname and
// __filename (google-gax does at load: without them the action could not start the GCP client
// at all). Every file gets its own; `define` replaces only free uses, so ES modules that
// declare their own __dirname keep it.
const BANNER = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  "import { dirname as __pathDirname } from 'node:path';",
  'const require = __createRequire(import.meta.url);',
  'const __bundleFilename = __fileURLToPath(import.meta.url);',
  'const __bundleDirname = __pathDirname(__bundleFilename);',
].join(' ');
const DEFINE = { __dirname: '__bundleDirname', __filename: '__bundleFilename' };

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

/**
 * Bundles `entryPoints` into `outdir`, split at the source's dynamic imports: a run reads and
 * compiles the commands, reporters and cloud SDKs it uses, not all 18 MB. Chunks sit beside
 * the entry points, so files read relative to the code resolve as from one bundle. With
 * `externalPackages`, only ctrlflow's own code is bundled and every package is imported from
 * node_modules (the npm package's CLI, installed with its dependencies). Returns esbuild's
 * metafile.
 */
export async function buildBundle({ entryPoints, outdir, outExtension, externalPackages = false }) {
  const options = {
    entryPoints,
    outdir,
    ...(outExtension ? { outExtension } : {}),
    ...(externalPackages ? { packages: 'external' } : {}),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    chunkNames: '[name]-[hash]',
    metafile: true,
    banner: { js: BANNER },
    define: DEFINE,
    legalComments: 'linked',
    logLevel: 'warning',
  };
  // Which files esbuild bundles as CommonJS, from a first build it does not write.
  const { metafile: first } = await build({ ...options, write: false });
  const commonJs = new Set(Object.entries(first.inputs).filter(([, input]) => input.format === 'cjs').map(([file]) => resolve(file)));
  return (await build({ ...options, plugins: [commonJsImports(commonJs)] })).metafile;
}

/** A file `npm run build` made, copied beside the bundle. */
function copyBuilt(file, outdir) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  copyFileSync(file, join(outdir, basename(file)));
}

/** The files the bundled code reads beside itself at run time (import.meta.url-relative). */
export function writeBesideBundle(outdir, metafile) {
  const require = createRequire(import.meta.url);
  const quickjs = dirname(require.resolve('@jitl/quickjs-wasmfile-release-sync/emscripten-module'));
  copyFileSync(join(quickjs, 'emscripten-module.wasm'), join(outdir, 'emscripten-module.wasm'));

  // The bundled controls, flows and frameworks as npm run build checked them
  // (src/load/content-cache.ts): the bundle parses and checks none of them again (a demo scan
  // through the action took 3.3 s without it, 2.1 s with, before the split).
  copyBuilt('dist/src/load/content-cache.json', outdir);

  // The AWS clients' output lists as npm run build tabled them (src/providers/aws/shape-table.ts),
  // and the version of each client package the bundle holds, read from the files esbuild
  // bundled: with no node_modules to ask, the bundle uses a table entry only for the very
  // version it runs, so judging an empty recorded page loads no client.
  copyBuilt(`dist/src/providers/aws/${SHAPE_TABLE_FILE}`, outdir);
  const clients = {};
  for (const input of Object.keys(metafile.inputs)) {
    // Files only (not the modules naming a CommonJS file's exports, in their own namespace).
    const m = /^(node_modules\/(?:.*\/node_modules\/)?(@aws-sdk\/client-[^/]+))\//.exec(input);
    if (!m) continue;
    const version = JSON.parse(readFileSync(join(m[1], 'package.json'), 'utf8')).version;
    // Two copies of one client in the bundle: neither is the version it runs, so neither is tabled.
    clients[m[2]] = m[2] in clients && clients[m[2]] !== version ? null : version;
  }
  const sorted = Object.fromEntries(Object.entries(clients).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(join(outdir, BUNDLED_CLIENTS_FILE), JSON.stringify(sorted));
}
