import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.js';
import { REPO } from '../helpers/cli.js';

describe('catalog', () => {
  it('loads controls with their file, id line and flow, and flows with the trigger node first', async () => {
    const catalog = await loadCatalog(['test/fixtures/content'], { cwd: REPO });
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.controls.map((c) => `${c.control.id} ${c.file}:${c.line} -> ${c.flowId}`)).toEqual([
      'TEST-RDS-001 test/fixtures/content/controls/TEST-RDS-001.yaml:1 -> test-rds',
      'TEST-SG-001 test/fixtures/content/controls/TEST-SG-001.yaml:1 -> test-sg-world',
    ]);
    expect(catalog.flows.get('test-rds')!.nodes.map((n) => `${n.id}:${n.type}`)).toEqual(['trigger:trigger', 'dbs:aws.resource', 'verdict:totalcloud', 'export:report']);
    expect(catalog.flows.get('test-sg-world')!.nodes[0]).toEqual({ id: 'trigger', type: 'trigger', on: 'control' });
  });

  it('follows a control whose flow is a relative path', async () => {
    const catalog = await loadCatalog(['test/fixtures/flow-by-path/control.yaml'], { cwd: REPO });
    expect(catalog.diagnostics).toEqual([]);
    expect(catalog.controls.map((c) => c.flowId)).toEqual(['good-flow']);
  });

  it('needs an evaluate node in a control\'s flow', async () => {
    const catalog = await loadCatalog(['test/fixtures/no-evaluate'], { cwd: REPO });
    expect(catalog.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(['test/fixtures/no-evaluate/control.yaml:6:7 no-evaluate']);
  });
});
