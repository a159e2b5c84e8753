// Bundles the GitHub Action (src/action/index.ts) into dist/action/, committed so that users
// need no npm install. Run by `npm run build:action`; CI checks the committed bundle is current.
import { mkdirSync, rmSync } from 'node:fs';
import { buildBundle, writeBesideBundle } from './esm-bundle.mjs';

const out = 'dist/action';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The action, the thread that writes the reports (src/output/render-worker.ts) and the one that
// hashes a snapshot (src/evidence/digest-worker.ts), which the action starts from beside itself.
// Split (esm-bundle.mjs): a demo scan through the action takes 1.56 s against 2.05 s as one file.
const metafile = await buildBundle({
  entryPoints: { index: 'src/action/index.ts', 'render-worker': 'src/output/render-worker.ts', 'digest-worker': 'src/evidence/digest-worker.ts' },
  outdir: out,
});
writeBesideBundle(out, metafile);
