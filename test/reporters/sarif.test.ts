import { describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { sarif } from '../../reporters/sarif.js';
import { SCAN_REPORT } from '../fixtures/scan-report.js';

const render = async (report = SCAN_REPORT) => JSON.parse(await sarif.render(report)) as Log;

describe('sarif reporter', () => {
  it('has one run whose rules are the controls, with GitHub security severities', async () => {
    const log = await render();
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules!.map((r) => [r.id, r.properties!['security-severity']])).toEqual([
      ['AWS-EC2-001', '8.0'],
      ['AWS-RDS-002', '5.5'],
      ['AWS-EC2-009', '2.0'],
    ]);
    expect(run.tool.driver.rules![0]!.properties!.tags).toEqual(['security', 'aws', 'network', 'CIS-AWS-3.0/5.2']);
    expect(run.tool.driver.rules![0]!.help!.markdown).toContain('<https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html>');
    expect(run.automationDetails!.id).toBe('ctrlflow/aws/');
  });

  it('gives one result per FAIL and per ERROR, each anchored on the control file', async () => {
    const results = (await render()).runs[0]!.results!;
    expect(results.map((r) => [r.ruleId, r.level, r.ruleIndex])).toEqual([
      ['AWS-EC2-001', 'error', 0],
      ['AWS-RDS-002', 'warning', 1],
    ]);
    for (const r of results) {
      expect(r.locations![0]!.physicalLocation!.artifactLocation!.uri).toMatch(/^controls\/aws\/.+\.yaml$/);
      expect(r.locations![0]!.physicalLocation!.region!.startLine).toBeGreaterThan(0);
    }
    expect(results[0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(3);
    expect(results[0]!.locations![0]!.logicalLocations).toEqual([{ fullyQualifiedName: 'sg-0a1', kind: 'resource' }]);
    expect(results[0]!.message.text).toContain('in aws 111111111111 us-east-1');
    expect(results[1]!.message.text).toMatch(/^Could not evaluate AWS-RDS-002 on aws 222222222222 eu-west-1: AccessDenied/);
  });

  it('fingerprints findings stably across runs and apart per resource', async () => {
    const [a, b] = [await render(), await render()];
    const prints = (log: Log) => log.runs[0]!.results!.map((r) => r.partialFingerprints!.primaryLocationLineHash);
    expect(prints(a)).toEqual(prints(b));
    expect(new Set(prints(a)).size).toBe(2);
    expect(prints(a)[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('caps a run at 25,000 results and says so', async () => {
    const fail = SCAN_REPORT.results[0]!;
    const many = { ...SCAN_REPORT, results: Array.from({ length: 25_001 }, (_, i) => ({ ...fail, resourceId: `sg-${i}` })) };
    const run = (await render(many)).runs[0]!;
    expect(run.results).toHaveLength(25_000);
    expect(run.properties).toMatchObject({ truncated: true, totalResults: 25_001 });
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toContain('exceed');
  });
});
