import { describe, expect, it } from 'vitest';
import { cli, readReport, tempDir } from './helpers/cli.js';

/**
 * What the demo inventory was built to contain (examples/demo-inventory/README.md lists each
 * breach and why). Per control: the failing resource ids, and how many resources pass.
 */
const EXPECTED: Record<string, { fail: string[]; pass: number }> = {
  'AWS-EBS-001': { fail: ['snap-0a02', 'snap-0c01'], pass: 3 },
  'AWS-EBS-002': { fail: ['snap-0a02'], pass: 4 },
  'AWS-EC2-001': { fail: ['sg-0a11', 'sg-0a14', 'sg-0c11', 'sg-0c12', 'sg-0d11'], pass: 7 },
  'AWS-EC2-002': { fail: ['sg-0b12', 'sg-0c11', 'sg-0d11'], pass: 9 },
  'AWS-EC2-003': { fail: ['sg-0c11', 'sg-0d11'], pass: 10 },
  'AWS-EC2-004': { fail: ['i-0a01', 'i-0c01'], pass: 2 },
  'AWS-EC2-005': { fail: ['sg-0a11', 'sg-0a12', 'sg-0a14', 'sg-0b11', 'sg-0b12', 'sg-0c11', 'sg-0c12', 'sg-0d11'], pass: 4 },
  'AWS-RDS-001': { fail: ['arn:aws:rds:us-east-1:111111111111:db:analytics-db', 'arn:aws:rds:us-east-1:222222222222:db:dev-pg'], pass: 3 },
  'AWS-RDS-002': { fail: ['arn:aws:rds:us-east-1:222222222222:db:dev-pg'], pass: 4 },
  'AZ-STG-001': { fail: ['stlegacy', 'stpublicassets'], pass: 3 },
  'AZ-STG-002': { fail: ['stlegacy'], pass: 4 },
  'AZ-STG-003': { fail: ['stbackup', 'stdevdata', 'stlegacy'], pass: 2 },
  'GCP-GCS-001': { fail: ['ctrlflow-demo-legacy', 'ctrlflow-demo-public-site'], pass: 2 },
  'GCP-GCS-002': { fail: ['ctrlflow-demo-data', 'ctrlflow-demo-legacy'], pass: 2 },
  'GCP-VPC-001': { fail: ['allow-all-world', 'allow-rdp-range', 'default-allow-ssh'], pass: 2 },
};

/** Azure and GCP ids are long paths; their last segment is what a reader recognises. */
const short = (id: string) => (id.startsWith('arn:') ? id : (id.split('/').pop() ?? id));

describe('the demo scan (README quick start)', () => {
  it('finds exactly the breaches the demo inventory was built with, in every format', async () => {
    const out = tempDir();
    const { code, stdout } = await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out);
    expect(code).toBe(1);
    const report = readReport(out);
    expect(report.controls.map((c) => c.id)).toEqual(Object.keys(EXPECTED));
    expect(report.targets).toHaveLength(6);
    for (const [id, expected] of Object.entries(EXPECTED)) {
      const own = report.results.filter((r) => r.controlId === id);
      const failing = own.filter((r) => r.status === 'FAIL').map((r) => short(r.resourceId!)).sort();
      expect({ id, fail: failing, pass: own.filter((r) => r.status === 'PASS').length }).toEqual({ id, ...expected });
    }
    expect(report.totals).toEqual({ FAIL: 39, ERROR: 0, EXCEPTED: 0, PASS: 61 });
    expect(stdout).toContain('Totals: 39 FAIL · 61 PASS · 0 ERROR · 0 EXCEPTED');
  });

  it('gates CI on severity: only the critical ones with --fail-on critical, nothing with none', async () => {
    const out = tempDir();
    expect((await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json', '--only', 'AZ-STG-002', '--fail-on', 'high')).code).toBe(0);
    expect((await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json', '--severity', 'critical', '--fail-on', 'critical')).code).toBe(1);
    expect(readReport(out).controls.map((c) => c.id)).toEqual(['AWS-EBS-002', 'AWS-EC2-003', 'GCP-GCS-001']);
  });

  it('reproduces the "Security groups allowing outside IPs" template, with trustedCidrs overridable', async () => {
    const out = tempDir();
    await cli('scan', '--inventory', 'examples/demo-inventory', '--out', out, '--format', 'json', '--only', 'AWS-EC2-005', '--var', 'trustedCidrs=10.0.0.0/8,0.0.0.0/0');
    // Everything IPv4 is now trusted: only the IPv6 ::/0 rule of sg-0c12 is outside.
    expect(readReport(out).results.filter((r) => r.status === 'FAIL').map((r) => `${r.resourceId}: ${r.reason}`)).toEqual([
      'sg-0c12: sg-0c12 inbound tcp 22 from ::/0',
    ]);
  });

  it('validates the bundled content', async () => {
    const { code, stdout } = await cli('validate', 'controls', 'flows');
    expect(code).toBe(0);
    expect(stdout).toBe('15 control(s) and 15 flow(s) are valid');
  });
});
