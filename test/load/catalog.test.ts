import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../../src/load/catalog.js';
import { REPO, tempDir } from '../helpers/cli.js';

const control = (flow: string, id = 'C-1') => `id: ${id}\ntitle: t\nseverity: low\nprovider: aws\nresourceType: X\nflow: ${flow}\n`;
const FETCH = '  - id: groups\n    type: aws.resource\n    service: EC2\n    method: DescribeSecurityGroups\n';
const VERDICT = '  - id: v\n    type: evaluate\n    input: groups\n    fail_if: { conditions: [{ id: c1, type: param, key: $.a, operator: exists }] }\n    evidence: { resourceId: $.GroupId }\n';
const flow = (id: string, head = '') => `id: ${id}\n${head}nodes:\n${FETCH}${VERDICT}`;

/** Writes files into a fresh folder and loads the given paths (default: all of it) from there. */
async function load(files: Record<string, string>, paths = ['.']): Promise<Catalog & { found: string[] }> {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const catalog = await loadCatalog(paths, { cwd: dir });
  return { ...catalog, found: catalog.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`) };
}

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
    expect([...catalog.flows.values()].map((f) => f.file)).toEqual(['test/fixtures/flow-by-path/good-flow.yaml']);
  });

  it("needs an evaluate node in a control's flow", async () => {
    const catalog = await loadCatalog(['test/fixtures/no-evaluate'], { cwd: REPO });
    expect(catalog.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}`)).toEqual(['test/fixtures/no-evaluate/control.yaml:6:7 no-evaluate']);
  });

  it('builds the trigger node from the trigger: block, or manual without one', async () => {
    const { found, flows } = await load({ 'a.yaml': flow('a', 'trigger: { type: schedule, cron: "0 2 * * *", timezone: UTC }\n'), 'b.yaml': flow('b') });
    expect(found).toEqual([]);
    expect(flows.get('a')!.nodes[0]).toEqual({ id: 'trigger', type: 'trigger', on: 'schedule', cron: '0 2 * * *', timezone: 'UTC' });
    expect(flows.get('b')!.nodes.map((n) => n.id)).toEqual(['trigger', 'groups', 'v']);
  });

  it('reports trigger mistakes in the trigger: block', async () => {
    const { found } = await load({
      'cron.yaml': flow('cron', 'trigger: { type: schedule, cron: "0 25 * * *" }\n'),
      'mode.yaml': flow('mode', 'trigger: { type: weekly }\n'),
      'on.yaml': flow('on', 'trigger: { on: schedule, cron: "0 2 * * *" }\n'),
      'nocron.yaml': flow('nocron', 'trigger:\n  type: schedule\n'),
      'both.yaml': `id: both\ntrigger: { type: manual }\nnodes:\n  - { id: t, type: trigger, on: manual }\n${FETCH}`,
      'twice.yaml': `id: twice\nnodes:\n${FETCH}  - { id: t1, type: trigger, on: manual }\n  - { id: t2, type: trigger, on: manual }\n`,
      'taken.yaml': `id: taken\nnodes:\n  - id: trigger\n    type: aws.resource\n    service: EC2\n    method: DescribeSecurityGroups\n`,
    });
    expect(found).toEqual([
      'both.yaml:2:10 duplicate-trigger',
      'cron.yaml:2:34 bad-cron',
      'mode.yaml:2:18 bad-value',
      'nocron.yaml:3:9 missing-key',
      'on.yaml:2:12 unknown-key',
      'taken.yaml:3:9 duplicate-id',
      'twice.yaml:8:21 duplicate-trigger',
    ]);
  });

  it('accepts one trigger node anywhere in the list, and keeps the order as written', async () => {
    const { found, flows } = await load({ 'a.yaml': `id: a\nnodes:\n${FETCH}  - { id: start, type: trigger, on: event, event: { source: aws.ec2 } }\n${VERDICT}` });
    expect(found).toEqual([]);
    expect(flows.get('a')!.nodes.map((n) => n.id)).toEqual(['groups', 'start', 'v']);
  });

  it('reports references to undeclared variables once, not also as a bad value', async () => {
    const text = `id: a\nvariables:\n  port: { value: 22 }\nnodes:\n${FETCH}    params: { MaxResults: $wf.variables:max }\n${VERDICT}`;
    const { diagnostics } = await load({ 'a.yaml': text });
    expect(diagnostics.map((d) => `${d.line}:${d.col} ${d.code}: ${d.message}`)).toEqual(['9:27 unknown-variable: $wf.variables:max is not declared under variables: (variables: port)']);
  });

  it('takes no name of an object property as a variable (toString, constructor)', async () => {
    const text = `id: a\nnodes:\n${FETCH}    params: { MaxResults: $wf.variables:toString, Filters: "$wf.variables:constructor" }\n${VERDICT}`;
    const { diagnostics } = await load({ 'a.yaml': text });
    expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
      'unknown-variable: $wf.variables:toString is not declared under variables:',
      'unknown-variable: $wf.variables:constructor is not declared under variables:',
    ]);
  });

  it('goes on past a broken frame, so every mistake shows at once', async () => {
    const { found } = await load({
      'a.yaml': `name: no id\nvariables:\n  x:\nnodes:\n${FETCH}  - id: v\n    type: evaluat\n  - id: w\n    type: filter\n    input: nothere\n    match: { conditions: [{ id: c1, type: param, key: $.a, operator: exists }] }\n`,
    });
    expect(found).toEqual(['a.yaml:1:1 missing-key', 'a.yaml:3:3 bad-type', 'a.yaml:10:11 unknown-node-type', 'a.yaml:13:12 unknown-input']);
  });

  it('reports a control with several mistakes, and skips what it cannot check', async () => {
    const { found, controls } = await load({
      'c.yaml': control('missing').replace('severity: low', 'severity: severe'),
      'd.yaml': 'id: D-1\nflow: 7\n',
    });
    expect(found).toEqual(['c.yaml:3:11 bad-value', 'c.yaml:6:7 unknown-flow', 'd.yaml:1:1 missing-key', 'd.yaml:1:1 missing-key', 'd.yaml:1:1 missing-key', 'd.yaml:1:1 missing-key', 'd.yaml:2:7 bad-type']);
    expect(controls).toEqual([]);
  });

  it('checks ids across files', async () => {
    const { diagnostics } = await load({
      'flows/a.yaml': flow('a'),
      'more/a.yaml': flow('a'),
      'flows/b.yaml': flow('c'),
      'controls/one.yaml': control('a'),
      'controls/two.yaml': control('a'),
    });
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code}: ${d.message}`)).toEqual([
      'controls/two.yaml:1:5 duplicate-id: control id "C-1" is also used by controls/one.yaml',
      'flows/b.yaml:1:5 id-mismatch: flow id "c" must match its file name "b" (controls name flows by id)',
      'more/a.yaml:1:5 duplicate-id: flow id "a" is also used by flows/a.yaml',
    ]);
  });

  it('reports flow paths that lead nowhere at the control, and a broken flow file once', async () => {
    const { found } = await load({
      'c/missing.yaml': control('../f/nope.yaml', 'C-1'),
      'c/not-a-flow.yaml': control('./missing.yaml', 'C-2'),
      'c/broken.yaml': control('../f/broken.yaml', 'C-3'),
      'f/broken.yaml': `nodes:\n${FETCH}`,
    });
    expect(found).toEqual(['c/missing.yaml:6:7 unknown-flow', 'c/not-a-flow.yaml:6:7 unknown-flow', 'f/broken.yaml:1:1 missing-key']);
  });

  it('finds YAML files recursively, without unit tests, node_modules below, or a path named twice', async () => {
    const files = { 'flows/a.yaml': flow('a'), 'controls/x/c.yml': control('a'), 'controls/c.test.yaml': 'nonsense: [', 'controls/node_modules/p/c.yaml': 'nonsense: [', 'notes.txt': 'x' };
    const catalog = await load(files, ['.', 'controls', 'controls/x/c.yml']);
    expect(catalog.found).toEqual([]);
    expect(catalog.controls.map((c) => c.file)).toEqual(['controls/x/c.yml']);
  });

  it('loads content that itself sits under node_modules (an installed package)', async () => {
    const { found, flows } = await load({ 'node_modules/ctrlflow/flows/a.yaml': flow('a') }, ['node_modules/ctrlflow/flows']);
    expect(found).toEqual([]);
    expect([...flows.keys()]).toEqual(['a']);
  });

  it('reports unknown documents, syntax errors and missing paths without throwing', async () => {
    const { found } = await load({ 'list.yaml': '- a\n', 'empty.yaml': '', 'bad.yaml': 'id: [\n' }, ['.', 'nope']);
    expect(found).toEqual(['bad.yaml:2:1 yaml-syntax', 'empty.yaml:1:1 unknown-document', 'list.yaml:1:1 unknown-document', 'nope:1:1 no-such-path']);
  });
});
