import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { FlowBundle } from '../../src/load/bundle.js';
import { cli, REPO, tempDir } from '../helpers/cli.js';

const bundled = readdirSync(join(REPO, 'flows')).filter((f) => f.endsWith('.yaml')).sort();
const ids = bundled.map((f) => f.replace(/\.yaml$/, ''));
const yamlOf = (file: string) => parse(readFileSync(file, 'utf8')) as unknown;

describe('export and import', () => {
  it('round-trips every bundled flow: import(export(flows)) equals the flows', async () => {
    const dir = tempDir();
    // A bundle holds at most 10 flows.
    const groups = Array.from({ length: Math.ceil(ids.length / 10) }, (_, i) => ids.slice(i * 10, i * 10 + 10));
    for (const [i, group] of groups.entries()) {
      const { code, stdout } = await cli('export', ...group, '-o', join(dir, `bundle-${i}.json`));
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toMatch(new RegExp(`^Exported ${group.length} flow\\(s\\) to .*bundle-${i}\\.json$`));
      const imported = await cli('import', join(dir, `bundle-${i}.json`), '--into', join(dir, 'flows'));
      expect(imported.code).toBe(0);
    }
    expect(readdirSync(join(dir, 'flows')).sort()).toEqual(bundled);
    // HTTP auth is removed on export (QFlow's convention), here the ticket action's; the rest is equal.
    const withoutAuth = (flow: unknown) => JSON.parse(JSON.stringify(flow, (key, value: unknown) => (key === 'auth' ? undefined : value))) as unknown;
    for (const file of bundled) expect(yamlOf(join(dir, 'flows', file)), file).toEqual(withoutAuth(yamlOf(join(REPO, 'flows', file))));
    expect(JSON.stringify(yamlOf(join(REPO, 'flows', 'aws-rds-storage-encrypted.yaml')))).toContain('"auth"');
    const { code, stdout } = await cli('validate', 'controls', join(dir, 'flows'));
    expect(stdout).toMatch(/are valid$/m);
    expect(code).toBe(0);
    // Two CLI runs per ten bundled flows (25 bundles and more): well over 20 s on a busy machine.
  }, 180_000);

  it('leaves HTTP auth, credential headers and secret values out, and says what to set again', async () => {
    const dir = tempDir();
    const flow = {
      id: 'notify',
      variables: { token: { value: 'hunter2', secret: true }, channel: { value: 'sec' } },
      nodes: [
        { id: 'hook', type: 'http', method: 'POST', url: '${env:HOOK}', headers: { 'X-Api-Key': '${env:KEY}', 'X-Channel': '$wf.variables:channel' }, body: 'hi' },
        { id: 'poll', type: 'loop', times: 2, nodes: [{ id: 'get', type: 'http', url: 'https://api.example.test/x', auth: { bearer: '${env:TOKEN}' } }] },
      ],
    };
    writeFileSync(join(dir, 'notify.yaml'), JSON.stringify(flow));
    const exported = await cli('export', join(dir, 'notify.yaml'), '--flows', dir, '-o', join(dir, 'b.json'));
    expect(exported.code).toBe(0);
    const bundle = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as FlowBundle;
    expect(JSON.stringify(bundle)).not.toContain('hunter2');
    expect(JSON.stringify(bundle.flows)).not.toMatch(/auth|X-Api-Key|TOKEN/);
    expect(bundle.flows[0]!.nodes[0]).toEqual({ id: 'hook', type: 'http', method: 'POST', url: '${env:HOOK}', headers: { 'X-Channel': '$wf.variables:channel' }, body: 'hi' });
    expect(bundle.reconfigure.map((r) => `${r.flow} ${r.path}`)).toEqual(['notify variables.token.value', 'notify nodes.0.headers.X-Api-Key', 'notify nodes.1.nodes.0.auth']);

    const imported = await cli('import', join(dir, 'b.json'), '--into', join(dir, 'out'));
    expect(imported.code).toBe(0);
    expect(imported.stdout.split('\n').slice(1)).toEqual([
      '  configure again: notify variables.token.value: secret variable token: set its value, or pass --var token=…',
      '  configure again: notify nodes.0.headers.X-Api-Key: node hook (http): headers.X-Api-Key was removed on export; configure it again (credentials come from ${env:NAME})',
      '  configure again: notify nodes.1.nodes.0.auth: node get (http): auth was removed on export; configure it again (credentials come from ${env:NAME})',
    ]);
  });

  it('refuses more than 10 flows in a bundle', async () => {
    const { code, stderr } = await cli('export', ...ids.slice(0, 11), '-o', join(tempDir(), 'b.json'));
    expect(code).toBe(2);
    expect(stderr).toBe('error usage: a bundle holds at most 10 flows (QFlow\'s limit), got 11: export them in several bundles');
  });

  it('never overwrites a flow file without --force', async () => {
    const dir = tempDir();
    await cli('export', ids[0]!, '-o', join(dir, 'b.json'));
    writeFileSync(join(dir, `${ids[0]}.yaml`), 'mine');
    const refused = await cli('import', join(dir, 'b.json'), '--into', dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^error usage: would overwrite .*\.yaml: pass --force to replace them$/);
    expect(readFileSync(join(dir, `${ids[0]}.yaml`), 'utf8')).toBe('mine');
    expect((await cli('import', join(dir, 'b.json'), '--into', dir, '--force')).code).toBe(0);
    expect(yamlOf(join(dir, `${ids[0]}.yaml`))).toEqual(yamlOf(join(REPO, 'flows', `${ids[0]}.yaml`)));
  });

  it('points at the line of a mistake inside the bundle, and imports nothing', async () => {
    const dir = tempDir();
    const text = JSON.stringify({ format: 'ctrlflow-flow-bundle', version: 1, flows: [{ id: 'x', nodes: [{ id: 'n', type: 'filter', input: 'trigger', mtch: {} }] }] }, null, 2);
    writeFileSync(join(dir, 'b.json'), text);
    const { code, stderr } = await cli('import', join(dir, 'b.json'), '--into', join(dir, 'out'));
    expect(code).toBe(2);
    const line = text.split('\n').findIndex((l) => l.includes('"mtch"')) + 1;
    expect(stderr).toContain(`b.json:${line}:11 error unknown-key: unknown key "mtch" (did you mean "match"?)`);
    expect(stderr).toMatch(/nothing was imported$/);
  });
});
