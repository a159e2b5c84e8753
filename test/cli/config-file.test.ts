import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { readReport, REPO, tempDir } from '../helpers/cli.js';

/** Runs the CLI in `cwd`, as a user in that folder would. */
async function cliIn(cwd: string, ...argv: string[]) {
  const io = bufferIo();
  const code = await main(argv, io, cwd);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

/** A repo with a config at its root and a subfolder to run from. */
function repoWith(config: string): { root: string; sub: string } {
  const root = tempDir();
  writeFileSync(join(root, 'ctrlflow.config.yaml'), config);
  const sub = join(root, 'team', 'app');
  mkdirSync(sub, { recursive: true });
  return { root, sub };
}

const CONTENT = `controls: ${join(REPO, 'controls')}\nflows: [${join(REPO, 'flows')}]\ninventory: ${join(REPO, 'examples/demo-inventory')}\n`;

describe('ctrlflow.config.yaml', () => {
  it('is found upward and sets scan defaults, its paths relative to itself', async () => {
    const { root, sub } = repoWith(`${CONTENT}fail-on: none\nformat: json\nout: scan-out\nonly: [AWS-RDS-*]\n`);
    const { code, stderr } = await cliIn(sub, 'scan');
    expect(stderr).not.toMatch(/error/);
    expect(code).toBe(0);
    expect(existsSync(join(root, 'scan-out', 'ctrlflow.csv'))).toBe(false);
    expect(readReport(join(root, 'scan-out')).controls.map((c) => c.id)).toEqual(['AWS-RDS-001', 'AWS-RDS-002', 'AWS-RDS-003', 'AWS-RDS-004']);
  });

  it('loses to a flag given on the command line', async () => {
    const { root, sub } = repoWith(`${CONTENT}fail-on: none\nformat: json\nout: scan-out\n`);
    const { code } = await cliIn(sub, 'scan', '--fail-on', 'high', '--format', 'json', 'csv', '--only', 'AWS-EC2-001');
    expect(code).toBe(1);
    expect(existsSync(join(root, 'scan-out', 'ctrlflow.csv'))).toBe(true);
  });

  it('is taken from --config when given', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ci.yaml'), `${CONTENT}fail-on: none\nformat: [markdown]\nout: md\n`);
    const { code } = await cliIn(REPO, 'scan', '--config', join(dir, 'ci.yaml'));
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'md', 'ctrlflow.md'))).toBe(true);
  });

  it('points at a wrong key or value by line, and scans nothing', async () => {
    const { sub } = repoWith(`${CONTENT}fail_on: high\nformat: [json, pdf]\n`);
    const { code, stderr } = await cliIn(sub, 'scan');
    expect(code).toBe(2);
    expect(stderr.split('\n')).toEqual([
      '../../ctrlflow.config.yaml:4:1 error unknown-key: unknown key "fail_on" (did you mean "fail-on"?)',
      '../../ctrlflow.config.yaml:5:16 error bad-value: format[1] must be one of "asff", "csv", "html", "json", "junit", "markdown", "ocsf", "oscal", "sarif"',
      '2 error(s) in the config file: nothing was scanned',
    ]);
  });

  it('refuses a --config that does not exist', async () => {
    const { code, stderr } = await cliIn(REPO, 'scan', '--config', 'nope.yaml');
    expect(code).toBe(2);
    expect(stderr).toBe('error usage: --config nope.yaml: no such file');
  });
  it('takes a list variable written as in the README: var: [trustedCidrs=10.0.0.0/8,192.168.0.0/16]', async () => {
    // YAML splits the flow list at the comma; the value is joined back, as --var would take it.
    const statuses = (dir: string) => readReport(dir).results.map((r) => `${r.resourceId} ${r.status}`).sort();
    const { root, sub } = repoWith(`${CONTENT}fail-on: none\nformat: json\nout: scan-out\nonly: [AWS-EC2-005]\nvar: [trustedCidrs=10.0.0.0/8,0.0.0.0/0]\n`);
    const { code, stderr } = await cliIn(sub, 'scan');
    expect(stderr).not.toMatch(/error/);
    expect(code).toBe(0);
    const flagged = tempDir();
    expect((await cliIn(REPO, 'scan', '--inventory', 'examples/demo-inventory', '--only', 'AWS-EC2-005', '--format', 'json', '--fail-on', 'none', '--out', flagged, '--var', 'trustedCidrs=10.0.0.0/8,0.0.0.0/0')).code).toBe(0);
    expect(statuses(join(root, 'scan-out'))).toEqual(statuses(flagged));
    // Every IPv4 source is trusted now: only IPv6 rules can fail.
    expect(readReport(join(root, 'scan-out')).results.filter((r) => r.status === 'FAIL').every((r) => (r.reason ?? '').includes('::/0') || /from [0-9a-f]*:/.test(r.reason ?? ''))).toBe(true);
  });

  it('points at a var entry that is not NAME=VALUE', async () => {
    const { sub } = repoWith(`${CONTENT}var: [10.0.0.0/8, trustedCidrs=10.0.0.0/8]\n`);
    const { code, stderr } = await cliIn(sub, 'scan');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('../../ctrlflow.config.yaml:4:7 error bad-value: "10.0.0.0/8" is not NAME=VALUE (e.g. var: [trustedCidrs=10.0.0.0/8])');
  });
});
