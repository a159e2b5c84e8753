import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadService } from '../../src/providers/aws/clients.js';
import type { ShapeTable, tabledLists as TabledLists } from '../../src/providers/aws/shape-table.js';
import { REPO, tempDir } from '../helpers/cli.js';

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

  it('in a bundle, holds the table to the client versions the bundle records beside itself, not to what is installed around it', async () => {
    // The built module and its table copied where no node_modules can be found, as the action's bundle is.
    const table = JSON.parse(readFileSync(join(BUILT, 'aws-shapes.json'), 'utf8')) as ShapeTable;
    const ec2 = table['@aws-sdk/client-ec2']!;
    const lists = ec2.lists!.DescribeSecurityGroups;
    expect(lists).toContain('SecurityGroups');
    const copy = (clients?: Record<string, string | null>) => {
      const root = tempDir();
      const dir = join(root, 'providers', 'aws');
      mkdirSync(dir, { recursive: true });
      mkdirSync(join(root, 'lib'));
      for (const file of ['shape-table.js', 'names.js', 'aws-shapes.json']) copyFileSync(join(BUILT, file), join(dir, file));
      copyFileSync(join(REPO, 'dist', 'src', 'lib', 'built-file.js'), join(root, 'lib', 'built-file.js'));
      if (clients) writeFileSync(join(dir, 'aws-clients.json'), JSON.stringify(clients));
      return import(`file://${join(dir, 'shape-table.js')}`) as Promise<{ tabledLists: typeof TabledLists }>;
    };
    // The bundle holds the tabled version: the table answers.
    expect((await copy({ '@aws-sdk/client-ec2': ec2.version })).tabledLists('EC2', 'DescribeSecurityGroups')).toEqual(lists);
    // Another version, two copies (null), or not recorded: the client is loaded instead.
    expect((await copy({ '@aws-sdk/client-ec2': '0.0.1' })).tabledLists('EC2', 'DescribeSecurityGroups')).toBeUndefined();
    expect((await copy({ '@aws-sdk/client-ec2': null })).tabledLists('EC2', 'DescribeSecurityGroups')).toBeUndefined();
    expect((await copy({})).tabledLists('EC2', 'DescribeSecurityGroups')).toBeUndefined();
    // No record and no installed client to ask: the client is loaded.
    expect((await copy()).tabledLists('EC2', 'DescribeSecurityGroups')).toBeUndefined();
  });
});
