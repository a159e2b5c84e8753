import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../src/load/catalog.js';
import { REPO, tempDir } from '../helpers/cli.js';

/** The cache the build made (npm run build: scripts/build-content-cache.mjs) beside the built catalog. */
const BUILT = join(REPO, 'dist', 'src', 'load');
const built = existsSync(join(BUILT, 'content-cache.json'));

/** What a scan takes from a catalog, in a form two loaders' results compare by. */
const shape = (c: Catalog) =>
  JSON.parse(
    JSON.stringify({
      controls: c.controls,
      flows: [...c.flows],
      frameworks: c.frameworks,
      diagnostics: c.diagnostics,
      contentHash: c.provenance.contentHash,
    }),
  ) as unknown;

async function builtCatalog(): Promise<typeof loadCatalog> {
  // The built module reads the built cache; this file's own import (from source) has none.
  const url = new URL(`file://${join(BUILT, 'catalog.js')}`).href;
  return ((await import(url)) as { loadCatalog: typeof loadCatalog }).loadCatalog;
}

describe.skipIf(!built)('bundled content cached at build time (src/load/content-cache.ts)', () => {
  it('loads the bundled controls, flows and frameworks exactly as parsing and checking them does', async () => {
    const cachedLoad = await builtCatalog();
    const paths = ['controls', 'flows'];
    const [fromCache, parsed] = await Promise.all([cachedLoad(paths, { cwd: REPO }), loadCatalog(paths, { cwd: REPO })]);
    expect(parsed.controls.length).toBeGreaterThan(200);
    expect(shape(fromCache)).toEqual(shape(parsed));
  });

  it('parses and checks a file whose text differs from the bundled one, with the same diagnostics', async () => {
    const dir = tempDir();
    const source = join(REPO, 'controls', 'aws', 'iam', 'AWS-IAM-004.yaml');
    // One copy as shipped (a cache hit), one with a bad severity (not in the cache).
    copyFileSync(source, join(dir, 'AWS-IAM-004.yaml'));
    writeFileSync(join(dir, 'AWS-IAM-104.yaml'), readFileSync(source, 'utf8').replace('id: AWS-IAM-004', 'id: AWS-IAM-104').replace(/^severity: .*$/m, 'severity: bogus'));
    const paths = [dir, 'flows'];
    const cachedLoad = await builtCatalog();
    const [fromCache, parsed] = await Promise.all([cachedLoad(paths, { cwd: REPO }), loadCatalog(paths, { cwd: REPO })]);
    expect(fromCache.diagnostics.map((d) => `${d.line}:${d.col} ${d.code}`)).toEqual([expect.stringMatching(/^\d+:\d+ bad-value$/)]);
    expect(shape(fromCache)).toEqual(shape(parsed));
  });
});
