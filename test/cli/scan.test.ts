import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { CONTENT, cli, readReport, tempDir } from '../helpers/cli.js';

const BASIC = ['--inventory', 'test/fixtures/inventories/basic'];
const DENIED = ['--inventory', 'test/fixtures/inventories/denied'];

function summary(dir: string): string[] {
  return readReport(dir).results.map((r) => `${r.controlId} ${r.region} ${r.resourceId ?? '-'} ${r.status}`);
}

describe('ctrlflow scan', () => {
  it('exits 1 on a FAIL at or above --fail-on (default low) and reports every resource', async () => {
    const out = tempDir();
    const { code, stdout } = await cli('scan', ...CONTENT, ...BASIC, '--out', out);
    expect(code).toBe(1);
    // In scan order: target by target (eu-west-1 first), each target's controls by id.
    expect(summary(out)).toEqual([
      'TEST-SG-001 eu-west-1 sg-0e5 PASS',
      'TEST-RDS-001 us-east-1 arn:aws:rds:us-east-1:111111111111:db:orders PASS',
      'TEST-RDS-001 us-east-1 arn:aws:rds:us-east-1:111111111111:db:reports FAIL',
      'TEST-SG-001 us-east-1 sg-0a1 FAIL',
      'TEST-SG-001 us-east-1 sg-0b2 PASS',
      'TEST-SG-001 us-east-1 sg-0c3 PASS',
    ]);
    expect(stdout).toContain('bastion (sg-0a1) in aws 111111111111/us-east-1: $.IpPermissions');
    expect(readdirSync(out).sort()).toEqual(['ctrlflow-manifest.json', 'ctrlflow.csv', 'ctrlflow.html', 'ctrlflow.json', 'ctrlflow.md', 'ctrlflow.sarif', 'flows']);
  });

  it('records why a resource failed, with the values seen', async () => {
    const out = tempDir();
    await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--format', 'json');
    const failed = readReport(out).results.find((r) => r.resourceId === 'sg-0a1')!;
    expect(failed.matches!.map((m) => m.condition)).toEqual(['c1']);
    expect(failed.reason).toContain('0.0.0.0/0');
    expect(failed.evidence).toEqual({ '$.IpPermissions[*].FromPort': 22 });
    expect(failed.displayName).toBe('bastion');
  });

  it('exits 0 when no FAIL reaches --fail-on', async () => {
    const out = tempDir();
    expect((await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--fail-on', 'critical')).code).toBe(0);
    expect((await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--fail-on', 'high', '--only', 'TEST-RDS-*')).code).toBe(0);
    expect((await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--fail-on', 'none')).code).toBe(0);
  });

  it('exits 3 and gives ERROR, never PASS, for an unreadable target; other targets stand', async () => {
    const out = tempDir();
    const { code, stdout } = await cli('scan', ...CONTENT, ...DENIED, '--out', out, '--only', 'TEST-SG-001');
    expect(code).toBe(3);
    expect(summary(out)).toEqual([
      'TEST-SG-001 eu-west-1 - ERROR',
      'TEST-SG-001 us-east-1 sg-0a1 FAIL',
      'TEST-SG-001 us-east-1 sg-0b2 PASS',
      'TEST-SG-001 us-east-1 sg-0c3 PASS',
    ]);
    const error = readReport(out).results[0]!;
    expect(error.errorCode).toBe('UnauthorizedOperation');
    expect(error.reason).toMatch(/^UnauthorizedOperation: You are not authorized/);
    expect(stdout).toContain('Exit 3');
  });

  it('a call with no recording is an ERROR, not an empty PASS', async () => {
    const out = tempDir();
    // This inventory records security groups but no RDS call.
    const { code } = await cli('scan', ...CONTENT, '--inventory', 'test/fixtures/inventories/unrecorded', '--out', out);
    expect(code).toBe(3);
    expect(readReport(out).results.map((r) => `${r.controlId} ${r.status} ${r.errorCode}`)).toEqual([
      'TEST-RDS-001 ERROR NotRecorded',
      'TEST-SG-001 PASS undefined',
    ]);
  });

  it('writes the report node artifacts and, with --history, one execution record per flow run', async () => {
    const out = tempDir();
    const history = tempDir();
    await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--format', 'json', '--history', history);
    const csv = readFileSync(join(out, 'flows/test-rds/export-111111111111-us-east-1.csv'), 'utf8');
    expect(csv).toBe('id,encrypted\r\nreports,false\r\n');
    const [folder] = readdirSync(history);
    const records = readdirSync(join(history, folder!)).sort();
    expect(records).toHaveLength(4); // 2 flows × 2 regions
    const record = JSON.parse(readFileSync(join(history, folder!, records.find((f) => f.startsWith('test-sg-world--aws-111111111111-us-east-1'))!), 'utf8'));
    expect(record.nodes.map((n: { id: string; status: string }) => `${n.id}:${n.status}`)).toEqual(['trigger:succeeded', 'groups:succeeded', 'verdict:succeeded']);
    const verdict = record.nodes[2];
    expect(verdict.inputCount).toBe(3);
    expect(verdict.outputCounts).toEqual({ failed: 1, passed: 2 });
    expect(verdict.config.fail_if.conditions[0].value).toBe('0.0.0.0/0');
    expect(verdict.output.failed[0].GroupId).toBe('sg-0a1');
    expect(typeof verdict.durationMs).toBe('number');
  });

  it('--var overrides a variable with its declared type', async () => {
    const out = tempDir();
    await cli('scan', ...CONTENT, ...BASIC, '--out', out, '--format', 'json', '--only', 'TEST-SG-001', '--var', 'port=443');
    expect(readReport(out).results.filter((r) => r.status === 'FAIL').map((r) => r.resourceId)).toEqual(['sg-0b2']);
  });

  it('exits 2 on bad input, with one clear line and nothing written', async () => {
    const out = join(tempDir(), 'reports');
    const cases: [string[], RegExp][] = [
      [['--var', 'port=twenty'], /^error usage: --var port: "twenty" is not a number/],
      [['--var', 'nosuch=1'], /^error usage: --var nosuch: no selected flow declares/],
      // A name every object has is not a declared variable either.
      [['--var', 'toString=1'], /^error usage: --var toString: no selected flow declares/],
      [['--only', 'NOPE-*'], /^error usage: --only NOPE-\* matches no control/],
      [['--fail-on', 'severe'], /^error usage: Invalid values:/],
      [['--frobnicate'], /^error usage: Unknown argument: frobnicate/],
    ];
    for (const [extra, message] of cases) {
      const { code, stderr } = await cli('scan', ...CONTENT, ...BASIC, '--out', out, ...extra);
      expect({ extra, code }).toEqual({ extra, code: 2 });
      expect(stderr).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 when a control or flow is invalid', async () => {
    const { code, stderr } = await cli('scan', '--no-bundled', '--controls', 'test/fixtures/invalid', '--flows', 'test/fixtures/content/flows', ...BASIC);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^test\/fixtures\/invalid\/\S+:\d+:\d+ error [a-z-]+: /m);
  });

  it('reads AWS live without --inventory, and exits 3 saying what to do when there are no credentials', async () => {
    const saved = { ...process.env };
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI']) delete process.env[name];
    Object.assign(process.env, { AWS_EC2_METADATA_DISABLED: 'true', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent' });
    nock.disableNetConnect();
    try {
      const { code, stderr } = await cli('scan', ...CONTENT, '--out', tempDir());
      expect(code).toBe(3);
      expect(stderr).toMatch(/^error provider: could not use the default credentials \(CredentialsProviderError: .*\); check the AWS credentials, profile or role$/);
    } finally {
      nock.enableNetConnect();
      process.env = saved;
    }
  });

  it('asks for a GCP scope when scanning GCP live', async () => {
    const { code, stderr } = await cli('scan', '--cloud', 'gcp', '--out', tempDir());
    expect(code).toBe(3);
    expect(stderr).toBe('error provider: name the GCP scope to scan: --gcp-project, --gcp-folder or --gcp-organization');
  });
});
