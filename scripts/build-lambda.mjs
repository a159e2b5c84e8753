// Bundles the Lambda entry (src/lambda/handler.ts, export `handler`) into dist/lambda/index.mjs
// and the chunks it imports on demand (esm-bundle.mjs), with the files it reads beside itself.
// Deploy a zip of dist/lambda, schemas, controls and flows with handler dist/lambda/index.handler
// (README "Events: AWS Lambda"); the 1.0 results schema (read by --baseline and report) is read
// from ../../schemas, which the zip holds at its root.
import { mkdirSync, rmSync } from 'node:fs';
import { buildBundle, writeBesideBundle } from './esm-bundle.mjs';

const out = 'dist/lambda';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const metafile = await buildBundle({ entryPoints: { index: 'src/lambda/handler.ts' }, outdir: out, outExtension: { '.js': '.mjs' } });
writeBesideBundle(out, metafile);
