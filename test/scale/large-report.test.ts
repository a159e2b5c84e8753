import { closeSync, createReadStream, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openReport } from '../../src/load/report-file.js';
import { cli, tempDir } from '../helpers/cli.js';
import { sarifProblems } from '../helpers/sarif-validate.js';

/**
 * A scan whose reports are each larger than the longest string V8 can hold (2^29 - 24
 * characters): 30,000 security groups of 30 rules each, scanned by the four security-group
 * controls with --evidence full, so every result carries its group's rules. Any report built
 * as one string would die with "Invalid string length"; these are streamed, and must come out
 * complete and valid.
 */
const V8_MAX_STRING = 2 ** 29 - 24;
const TARGETS = ['111111111111/eu-west-1', '111111111111/us-east-1', '222222222222/eu-west-1', '222222222222/us-east-1'];
const PER_TARGET = 7_500;
const RULES = 30;
const CONTROLS = ['AWS-EC2-001', 'AWS-EC2-002', 'AWS-EC2-003', 'AWS-EC2-005'];

const root = tempDir('ctrlflow-large-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** One recording per target, written as it is made: every hundredth group opens SSH to the world. */
function writeInventory(): number {
  let failing = 0;
  for (const [t, target] of TARGETS.entries()) {
    const dir = join(root, 'inventory', 'aws', target);
    mkdirSync(dir, { recursive: true });
    const fd = openSync(join(dir, 'EC2.DescribeSecurityGroups.json'), 'w');
    writeSync(fd, '{"SecurityGroups":[');
    for (let i = 0; i < PER_TARGET; i += 1) {
      const rules = Array.from({ length: RULES }, (_, r) => ({
        IpProtocol: 'tcp',
        FromPort: 8000 + r,
        ToPort: 8000 + r,
        IpRanges: [{ CidrIp: `10.${r}.${i % 250}.0/24`, Description: `internal service ${8000 + r}` }],
        Ipv6Ranges: [],
        UserIdGroupPairs: [],
      }));
      const open = i % 100 === 0;
      if (open) {
        rules.push({ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0', Description: 'ssh' }], Ipv6Ranges: [], UserIdGroupPairs: [] });
        failing += 1;
      }
      const group = { GroupId: `sg-${t}${i.toString(16).padStart(8, '0')}`, GroupName: `group-${t}-${i}`, VpcId: 'vpc-1', Description: 'scale test', IpPermissions: rules, IpPermissionsEgress: [] };
      writeSync(fd, `${i > 0 ? ',' : ''}${JSON.stringify(group)}`);
    }
    writeSync(fd, ']}');
    closeSync(fd);
  }
  return failing;
}

/** CSV records, counted as RFC 4180 reads them (a quoted field may hold commas and line breaks), streamed. */
async function csvRecords(file: string): Promise<number> {
  let records = 0;
  let quoted = false;
  for await (const chunk of createReadStream(file)) {
    const bytes = chunk as Buffer;
    for (let i = 0; i < bytes.length; i += 1) {
      const b = bytes[i]!;
      if (b === 0x22) quoted = !quoted;
      else if (b === 0x0a && !quoted) records += 1;
    }
  }
  return records;
}

describe('reports larger than a V8 string', () => {
  it('are written whole and valid: JSON against its schema line by line, SARIF by the validator, CSV by its row count', async () => {
    const failing = writeInventory();
    const out = join(root, 'out');
    const run = await cli('scan', '--inventory', join(root, 'inventory'), '--out', out, '--only', ...CONTROLS, '--evidence', 'full', '--fail-on', 'none');
    expect(run.stderr).not.toMatch(/error/);
    expect(run.code).toBe(0);
    const results = CONTROLS.length * TARGETS.length * PER_TARGET;

    const json = join(out, 'ctrlflow.json');
    expect(statSync(json).size).toBeGreaterThan(V8_MAX_STRING);
    const { report, diagnostics } = await openReport(json, 'ctrlflow.json');
    expect(diagnostics).toEqual([]);
    let read = 0;
    let fails = 0;
    let withEvidence = 0;
    // Every line is checked against the result schema as it is read.
    for await (const batch of report!.results()) {
      read += batch.length;
      for (const r of batch) {
        if (r.status === 'FAIL') fails += 1;
        if (r.evidence?.['$.IpPermissions']) withEvidence += 1;
      }
    }
    expect(read).toBe(results);
    expect(withEvidence).toBe(results);
    // SSH open to the world fails AWS-EC2-001 and, as an outside address, AWS-EC2-005.
    expect(fails).toBe(2 * failing);
    expect(report!.summary.totals).toEqual({ FAIL: 2 * failing, ERROR: 0, EXCEPTED: 0, PASS: results - 2 * failing });
    expect(report!.summary.controls.map((c) => c.counts.FAIL + c.counts.PASS)).toEqual(CONTROLS.map(() => TARGETS.length * PER_TARGET));

    const csv = join(out, 'ctrlflow.csv');
    expect(statSync(csv).size).toBeGreaterThan(V8_MAX_STRING);
    expect(await csvRecords(csv)).toBe(results + 1);

    const sarif = readFileSync(join(out, 'ctrlflow.sarif'), 'utf8');
    expect(sarifProblems(sarif)).toEqual([]);
    expect((JSON.parse(sarif) as { runs: { results: unknown[] }[] }).runs[0]!.results).toHaveLength(2 * failing);
    // The page lists the findings, and counts the passes.
    expect(statSync(join(out, 'ctrlflow.html')).size).toBeLessThan(10_000_000);
  }, 900_000);
});
