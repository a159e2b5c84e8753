// Bundles the CLI (src/cli/bin.ts) and the threads it starts into dist/cli/, the package's `bin`:
// ctrlflow's own code in a few chunks, split where it imports on demand, every package still
// imported from node_modules. Node resolves, reads and compiles each ES module by itself: the
// ~200 modules tsc writes to dist/src cost a scan about 55 ms more before it starts its work
// (a scan of 21 controls over 100 resources, paired: 0.715 s from dist/src, 0.660 s bundled).
// Run by `npm run build`, after the files copied below are made; tests and CI run this bundle.
import { chmodSync, copyFileSync, cpSync, mkdirSync, rmSync } from 'node:fs';
import { buildBundle } from './esm-bundle.mjs';
import { SHAPE_TABLE_FILE } from '../dist/src/providers/aws/shape-table.js';

const out = 'dist/cli';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await buildBundle({
  entryPoints: { bin: 'src/cli/bin.ts', 'render-worker': 'src/output/render-worker.ts', 'digest-worker': 'src/evidence/digest-worker.ts' },
  outdir: out,
  externalPackages: true,
});
chmodSync(`${out}/bin.js`, 0o755);

// What the code reads beside itself (import.meta.url-relative), as npm run build made it: the
// checked bundled content, the AWS clients' output lists (for the installed versions: no
// aws-clients.json, which would pin a bundle's own), and the precompiled schema validators.
copyFileSync('dist/src/load/content-cache.json', `${out}/content-cache.json`);
copyFileSync(`dist/src/providers/aws/${SHAPE_TABLE_FILE}`, `${out}/${SHAPE_TABLE_FILE}`);
cpSync('dist/src/model/validators', `${out}/validators`, { recursive: true });
