import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadService } from '../../src/providers/aws/clients.js';
import type { ShapeTable, tabledLists as TabledLists } from '../../src/providers/aws/shape-table.js';
import { REPO } from '../helpers/cli.js';

/** The table the build made (scripts/build-shape-table.mjs) beside the built module that reads it. */
const BUILT = join(REPO, 'dist', 'src', 'providers', 'aws');
const built = existsSync(join(BUILT, 'aws-shapes.json'));

describe.skipIf(!built)('the bundled AWS clients\' output lists tabled at build time (shape-table.ts)', () => {
  it('answers every operation of every tabled client as loading the client does', async () => {
    const { tabledLists } = (await import(`file://${join(BUILT, 'shape-table.js')}`)) as { tabledLists: typeof TabledLists };
    const { default: table } = (await import(`file://${join(BUILT, 'aws-shapes.json')}`, { with: { type: 'json' } })) as { default: ShapeTable };
    expect(Object.keys(table)).toContain('@aws-sdk/client-ec2');
    for (const { service } of Object.values(table)) {
      const module = await loadService(service);
      const methods = Object.keys(module.exports).filter((k) => k.endsWith('$')).map((k) => k.slice(0, -1));
      for (const method of [...methods, 'NoSuchOperation']) {
        const shape = module.outputShape(method);
        // What recorded-page.ts holds a page to: the lists of a Query protocol output, else nothing.
        const live = shape?.protocol === 'query' ? shape.lists : null;
        expect(tabledLists(service, method), `${service}.${method}`).toEqual(live);
      }
    }
    // A service the table does not hold: the client is loaded.
    expect(tabledLists('Lambda', 'ListFunctions')).toBeUndefined();
  }, 120_000);
});
