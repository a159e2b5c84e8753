import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileKeyPresence } from '../../src/conditions/key-presence.js';
import { cli, readReport, tempDir, writeOneConditionFlow } from '../helpers/cli.js';
import { resultsSchemaProblems } from '../helpers/results-schema.js';

const SUB = '00000000-0000-0000-0000-0000000000aa';
const ID = (name: string, sub = SUB) => `/subscriptions/${sub}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/${name}`;

/**
 * A storage-account control keyed on `minimumTlsVersio` (one letter short): no account has
 * that property, so `== TLS1_0` holds for none and every account PASSes, the silent PASS the
 * warning exists for.
 */
function estate(key = '$.properties.minimumTlsVersio', sub = SUB): { dir: string; args: string[] } {
  const dir = tempDir();
  for (const folder of ['controls', 'flows', `snap/azure/${sub}/global`]) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'controls', 'K-1.yaml'), 'id: K-1\ntitle: Storage accounts refuse old TLS\nseverity: high\nprovider: azure\nresourceType: microsoft.storage/storageaccounts\nflow: tls\n');
  writeOneConditionFlow(dir, {
    id: 'tls',
    source: 'accounts',
    read: 'type: azure.resource, resourceType: microsoft.storage/storageaccounts',
    condition: `{ id: oldTls, type: param, key: ${key}, operator: "==", value: TLS1_0 }`,
    evidence: '{ resourceId: $.id, displayName: $.name }',
  });
  const account = (name: string, tls: string) => ({ id: ID(name, sub), name, type: 'microsoft.storage/storageaccounts', subscriptionId: sub, properties: { minimumTlsVersion: tls } });
  writeFileSync(join(dir, `snap/azure/${sub}/global/ResourceGraph.Resources.json`), JSON.stringify({ data: [account('stold', 'TLS1_0'), account('stnew', 'TLS1_2')] }));
  return { dir, args: ['--no-bundled', '--controls', join(dir, 'controls'), '--flows', join(dir, 'flows'), '--inventory', join(dir, 'snap'), '--out', join(dir, 'out'), '--fail-on', 'none'] };
}

const MESSAGE = 'condition "oldTls" of node verdict reads $.properties.minimumTlsVersio, which none of the 2 item(s) had; did you mean "minimumTlsVersion"?: it checked nothing';

describe('a condition key no item had (schemaless reads)', () => {
  it('is a per-control warning in the terminal, JSON, HTML, Markdown and SARIF; the misspelt control still PASSes without --strict', async () => {
    const { dir, args } = estate();
    const { code, stdout } = await cli('scan', ...args);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toContain(`WARN  K-1  ${MESSAGE} (--strict makes this ERROR)`);
    const report = readReport(join(dir, 'out'));
    expect(resultsSchemaProblems(report)).toEqual([]);
    expect(report.results.map((r) => `${r.displayName} ${r.status}`)).toEqual(['stold PASS', 'stnew PASS']);
    expect(report.controls[0]!.warnings).toEqual([{ code: 'KeyNeverFound', message: MESSAGE, node: 'verdict', condition: 'oldTls', key: '$.properties.minimumTlsVersio', items: 2 }]);
    const html = readFileSync(join(dir, 'out', 'ctrlflow.html'), 'utf8');
    expect(html).toContain('<h2 id="warnings">Warnings</h2>');
    expect(html).toContain('<p class="warning"><span class="label">Warning.</span> condition &quot;oldTls&quot; of node verdict reads $.properties.minimumTlsVersio');
    const md = readFileSync(join(dir, 'out', 'ctrlflow.md'), 'utf8');
    expect(md).toContain('### Warnings (keys no item had)\n\n- K-1: condition "oldTls" of node verdict reads $.properties.minimumTlsVersio, which none of the 2 item(s) had; did you mean "minimumTlsVersion"?: it checked nothing\n');
    const sarif = JSON.parse(readFileSync(join(dir, 'out', 'ctrlflow.sarif'), 'utf8')) as { runs: { invocations: { toolExecutionNotifications: unknown[] }[] }[] };
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: { text: `K-1: ${MESSAGE}` },
        descriptor: { id: 'KeyNeverFound' },
        associatedRule: { id: 'K-1', index: 0 },
        locations: [{ physicalLocation: { artifactLocation: { uri: expect.stringMatching(/controls\/K-1\.yaml$/) }, region: { startLine: 1 } } }],
        properties: { node: 'verdict', condition: 'oldTls', key: '$.properties.minimumTlsVersio', items: 2 },
      },
    ]);
  });

  it('is ERROR under --strict: the PASS results that relied on it, and exit 3', async () => {
    const { dir, args } = estate();
    const { code } = await cli('scan', ...args, '--strict');
    expect(code).toBe(3);
    const report = readReport(join(dir, 'out'));
    expect(report.results.map((r) => `${r.displayName} ${r.status} ${r.errorCode}`)).toEqual(['stold ERROR KeyNeverFound', 'stnew ERROR KeyNeverFound']);
    expect(report.results[0]!.reason).toBe(MESSAGE);
    expect(report.controls[0]!.status).toBe('ERROR');
  });

  it('is not given when the key is right: stold FAILs, no warning, and --strict changes nothing', async () => {
    const { dir, args } = estate('$.properties.minimumTlsVersion');
    const { code, stdout } = await cli('scan', ...args, '--strict');
    expect(code).toBe(0);
    expect(stdout).not.toContain('WARN');
    const report = readReport(join(dir, 'out'));
    expect(report.results.map((r) => `${r.displayName} ${r.status}`)).toEqual(['stold FAIL', 'stnew PASS']);
    expect(report.controls[0]!.warnings).toBeUndefined();
  });

  it('survives ctrlflow report merging scans: kept, items added up, when every scan that judged the control had it; gone when one found the key', async () => {
    const a = estate();
    const b = estate('$.properties.minimumTlsVersio', '00000000-0000-0000-0000-0000000000bb');
    const right = estate('$.properties.minimumTlsVersion', '00000000-0000-0000-0000-0000000000cc');
    for (const run of [a, b, right]) expect((await cli('scan', ...run.args, '--format', 'json')).code).toBe(0);
    const merged = join(a.dir, 'merged');
    expect((await cli('report', join(a.dir, 'out', 'ctrlflow.json'), join(b.dir, 'out', 'ctrlflow.json'), '--format', 'json', '--out', merged, '--fail-on', 'none')).code).toBe(0);
    expect(readReport(merged).controls[0]!.warnings).toEqual([
      { code: 'KeyNeverFound', message: MESSAGE.replace('none of the 2 item(s)', 'none of the 4 item(s)'), node: 'verdict', condition: 'oldTls', key: '$.properties.minimumTlsVersio', items: 4 },
    ]);
    const mixed = join(a.dir, 'mixed');
    expect((await cli('report', join(a.dir, 'out', 'ctrlflow.json'), join(right.dir, 'out', 'ctrlflow.json'), '--format', 'json', '--out', mixed, '--fail-on', 'none')).code).toBe(0);
    expect(readReport(mixed).controls[0]!.warnings).toBeUndefined();
  });

  it('fails `ctrlflow test` unless the case lists the key under missingKeys (which must then be warned of)', async () => {
    const { dir } = estate();
    const test = (missing: string) =>
      `cases:\n  - name: old TLS fails\n    inventory: ../snap\n    expect: { stold: PASS, stnew: PASS }\n${missing}`;
    writeFileSync(join(dir, 'controls', 'K-1.test.yaml'), test(''));
    const run = () => cli('test', join(dir, 'controls'), '--flows', join(dir, 'flows'));
    let out = await run();
    expect(out.code).toBe(1);
    expect(out.stdout.split('\n').slice(0, 2)).toEqual(['FAIL K-1 › old TLS fails', `       warning: ${MESSAGE} (list it under missingKeys: if the case means it)`]);
    writeFileSync(join(dir, 'controls', 'K-1.test.yaml'), test('    missingKeys: [$.properties.minimumTlsVersio]\n'));
    out = await run();
    expect({ code: out.code, first: out.stdout.split('\n')[0] }).toEqual({ code: 0, first: 'ok   K-1 › old TLS fails' });
    writeFileSync(join(dir, 'controls', 'K-1.test.yaml'), test('    missingKeys: [$.properties.minimumTlsVersio, $.name]\n'));
    out = await run();
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('missingKeys: $.name was found on an item');
  });
});

describe('compileKeyPresence', () => {
  const presence = (path: string, item: unknown) => compileKeyPresence(path)(item).state;
  it('finds a key (null included), says absent where an object lacks the member, and inconclusive where nothing could tell', () => {
    expect(presence('$.a.b', { a: { b: null } })).toBe('found');
    expect(presence('$.a.b', { a: { c: 1 } })).toBe('absent');
    expect(presence('$.a.b', { a: null })).toBe('inconclusive');
    expect(presence('$.a[*].b', { a: [] })).toBe('inconclusive');
    expect(presence('$.a[*].b', { a: [{ c: 1 }, { b: 2 }] })).toBe('found');
    expect(presence('$.a[*].b', { a: [{ c: 1 }] })).toBe('absent');
    expect(presence('$.a.length', { a: [1, 2] })).toBe('found');
    expect(presence("$.a[?(@.k=='x')].v", { a: [{ k: 'y' }] })).toBe('inconclusive');
    expect(presence("$.a[?(@.k=='x')].v", {})).toBe('absent');
    expect(presence("$.a[?(@.k=='x')].v", { a: [{ k: 'x', v: false }] })).toBe('found');
  });
});
