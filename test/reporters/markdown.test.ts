import { describe, expect, it } from 'vitest';
import { markdown, MAX_SUMMARY_BYTES } from '../../reporters/markdown.js';
import { EXCEPTED_REPORT, SCAN_REPORT } from '../fixtures/scan-report.js';

describe('markdown reporter', () => {
  it('shows totals, failures by severity, the failing controls, errors and not-applicable controls', async () => {
    const text = await markdown.render(SCAN_REPORT);
    expect(text).toContain('## ctrlflow scan: 1 failed, 1 not evaluated');
    expect(text).toContain('| 1 | 1 | 1 | 0 |');
    expect(text).toContain('- **high**: 1');
    expect(text).toContain('| AWS-EC2-001 | Security groups do not allow SSH from the internet | high | 1 |');
    expect(text).toContain('- AWS-RDS-002 on aws 222222222222/eu-west-1: AccessDenied');
    expect(text).toContain('No resources of their type (not applicable): AWS-EC2-009');
  });

  it('shows the delta against the baseline and every exception with its state', async () => {
    const text = await markdown.render(EXCEPTED_REPORT);
    expect(text).toContain('### Since the baseline (scan-2026-10-31T00:00:00.000Z)\n\n**1 new** · 0 unchanged · 1 resolved');
    expect(text).toContain('- **high** AWS-EC2-001 sg-0new (aws 111111111111/us-east-1)');
    const rows = text.split('\n').filter((line) => /^\| (active|expired|unused) \|/.test(line));
    expect(rows).toEqual([
      '| expired | AWS-RDS-\\* | \\* | 0 | 2026-01-01 | db-team | Migration |',
      '| unused | AWS-EC2-009 | sg-gone | 0 | 2027-06-30 | ops | Old |',
      '| active | AWS-EC2-001 | sg-0a1 | 1 | 2027-01-31 | sec@example.com | Bastion, \\<b\\>reviewed\\</b\\> |',
    ]);
    expect(await markdown.render(SCAN_REPORT)).not.toContain('### Exceptions');
  });

  it('stays under the job summary cap and says it was cut', async () => {
    const error = SCAN_REPORT.results[2]!;
    const controls = Array.from({ length: 20_000 }, (_, i) => ({ ...SCAN_REPORT.controls[0]!, id: `CTRL-${i}-${'x'.repeat(60)}` }));
    const big = { ...SCAN_REPORT, controls, results: [...SCAN_REPORT.results, { ...error, reason: 'y'.repeat(2_000_000) }] };
    const text = await markdown.render(big);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(text).toContain('Truncated to fit the job summary limit');
  });
});
