import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMATS, FORMATS, REPORTERS } from '../../reporters/index.js';
import { CONTENT, cli, REPO, tempDir } from '../helpers/cli.js';
import { builtBin } from '../helpers/built-bin.js';
import { oscalProblems } from '../helpers/oscal-validate.js';

const NEW = ['asff', 'junit', 'ocsf', 'oscal'];
const FILES = ['ctrlflow.asff.json', 'ctrlflow.junit.xml', 'ctrlflow.ocsf.jsonl', 'ctrlflow.oscal.json'];
const BASIC = ['--inventory', 'test/fixtures/inventories/basic'];

async function scan(...extra: string[]): Promise<string> {
  const out = tempDir();
  expect((await cli('scan', ...CONTENT, ...BASIC, '--format', 'json', ...NEW, '--out', out, ...extra)).code).toBe(1);
  return out;
}

describe('the evidence and finding formats', () => {
  it('are listed by ctrlflow list formats, written only when named, and named by the Action\'s format input', async () => {
    const { stdout } = await cli('list', 'formats');
    expect(stdout.split('\n').map((l) => l.split(/\s+/).slice(0, 2))).toEqual(
      await Promise.all(REPORTERS.map(async (r) => [r.format, `ctrlflow.${(await r.load()).extension}`])),
    );
    expect(stdout).toMatch(/^oscal +ctrlflow.oscal.json +NIST OSCAL 1.1.2 assessment results/m);
    expect(DEFAULT_FORMATS).toEqual(['csv', 'html', 'json', 'markdown', 'sarif']);
    const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: { format: { description: string } } };
    for (const format of FORMATS) expect(action.inputs.format.description, format).toMatch(new RegExp(`\\b${format}\\b`));
  });

  it('go through ctrlflow report: rendered again from the JSON exactly as the scan wrote them', async () => {
    const scanned = await scan();
    const out = tempDir();
    // The same gate as the scan's (the default, low), stated in the reports: exit 1 as the scan's, for its FAILs.
    expect((await cli('report', join(scanned, 'ctrlflow.json'), '--format', ...NEW, '--out', out)).code).toBe(1);
    for (const file of FILES) expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(scanned, file), 'utf8'));
    // The report run's manifest lists what it wrote and the result file it read.
    const manifest = JSON.parse(readFileSync(join(out, 'ctrlflow-manifest.json'), 'utf8')) as { command: string; files: { path: string }[]; inventory: { kind: string; inputs: { path: string }[] } };
    expect([manifest.command, manifest.files.map((f) => f.path), manifest.inventory.kind, manifest.inventory.inputs.map((i) => i.path)]).toEqual(['report', [...FILES].sort(), 'results', [join(scanned, 'ctrlflow.json')]]);
    expect((await cli('verify', out)).code).toBe(0);
  });

  it('render the same bytes on the report thread of the built CLI as in the main thread', async () => {
    const scanned = await scan();
    const bin = builtBin();
    // A result file this small is rendered in one thread unless CTRLFLOW_WORKERS=1 asks for the report thread.
    const render = (workers: '0' | '1') => {
      const out = tempDir();
      const env = { ...process.env, CTRLFLOW_WORKERS: workers };
      try {
        execFileSync(process.execPath, [bin, 'report', join(scanned, 'ctrlflow.json'), '--format', ...NEW, '--fail-on', 'none', '--out', out], { cwd: REPO, env, stdio: 'pipe' });
      } catch (error) {
        throw new Error(`ctrlflow report failed: ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
      }
      return out;
    };
    const [worker, inThread] = [render('1'), render('0')];
    for (const file of FILES) expect(readFileSync(join(worker, file), 'utf8'), file).toBe(readFileSync(join(inThread, file), 'utf8'));
  });

  it('merge shards: each finding once, in every format', async () => {
    const [sg, rds, whole] = [await scan('--only', 'TEST-SG-001'), await scan('--only', 'TEST-RDS-001'), await scan()];
    const out = tempDir();
    expect((await cli('report', ...[sg, rds, whole].map((d) => join(d, 'ctrlflow.json')), '--format', ...NEW, '--fail-on', 'none', '--out', out)).code).toBe(0);
    const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
    const ocsfIds = (dir: string) => read(dir, 'ctrlflow.ocsf.jsonl').trimEnd().split('\n').map((l) => (JSON.parse(l) as { finding_info: { uid: string } }).finding_info.uid).sort();
    expect(ocsfIds(out)).toEqual(ocsfIds(whole));
    const asffIds = (dir: string) => (JSON.parse(read(dir, 'ctrlflow.asff.json')) as { Id: string }[]).map((f) => f.Id).sort();
    expect(asffIds(out)).toEqual(asffIds(whole));
    expect(read(out, 'ctrlflow.junit.xml').match(/<testsuite /g)).toHaveLength(2);
    expect(read(out, 'ctrlflow.junit.xml').match(/<testcase /g)).toHaveLength(read(whole, 'ctrlflow.junit.xml').match(/<testcase /g)!.length);
    const oscal = JSON.parse(read(out, 'ctrlflow.oscal.json')) as { 'assessment-results': { results: { observations: unknown[]; findings: unknown[] }[] } };
    expect(oscalProblems(oscal)).toEqual([]);
    expect([oscal['assessment-results'].results[0]!.observations.length, oscal['assessment-results'].results[0]!.findings.length]).toEqual([asffIds(whole).length, 2]);
  });
});
