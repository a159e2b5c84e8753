import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/lib/safe-regex.js';
import { exceptionRules } from '../../src/engine/exceptions.js';
import { Tally } from '../../src/engine/results.js';
import type { LoadedException } from '../../src/load/exceptions.js';
import { splitReport } from '../../src/model/result.js';
import { SCAN_REPORT } from '../fixtures/scan-report.js';

const exception = (expires: string, resource = 'sg-0a1') => ({ control: 'AWS-EC2-001', resource, reason: 'accepted', owner: 'ops', expires, source: 'exceptions.yaml:2' });
const NOW = new Date('2026-11-01T23:59:00Z');

/** The fixture's results through the rules, counted as the pipeline counts them. */
function shaped(exceptions: LoadedException[]) {
  const rules = exceptionRules(exceptions, NOW);
  const tally = new Tally(splitReport(SCAN_REPORT).head.controls, 'none', false);
  const results = SCAN_REPORT.results.map((r) => rules.apply({ ...r }));
  for (const r of results) tally.count(r);
  return { results, totals: tally.totals, controls: tally.controlSummaries(), exceptions: tally.exceptions(rules.entries, rules.expired) };
}

describe('exception rules', () => {
  it('apply through the expiry day (UTC) and not after it', () => {
    const onTheDay = shaped([exception('2026-11-01')]);
    expect(onTheDay.results[0]!.status).toBe('EXCEPTED');
    expect(onTheDay.exceptions[0]!.state).toBe('active');
    const dayAfter = shaped([exception('2026-10-31')]);
    expect(dayAfter.results[0]!.status).toBe('FAIL');
    expect(dayAfter.exceptions[0]).toMatchObject({ state: 'expired', applied: 0 });
  });

  it('never except an ERROR or a PASS, and the counts follow', () => {
    const all = shaped([{ ...exception('2999-01-01', '*'), control: '*' }]);
    expect(all.results.map((r) => r.status)).toEqual(['EXCEPTED', 'PASS', 'ERROR']);
    expect(all.totals).toEqual({ FAIL: 0, ERROR: 1, EXCEPTED: 1, PASS: 1 });
    expect(all.controls.map((c) => c.status)).toEqual(['EXCEPTED', 'ERROR', 'NO_RESOURCES']);
    expect(all.exceptions[0]).toMatchObject({ state: 'active', applied: 1 });
  });

  it('treat only * as special in patterns', () => {
    expect(globMatcher('arn:aws:s3:::logs-*')('arn:aws:s3:::logs-2026')).toBe(true);
    expect(globMatcher('sg-0a1')('sg-0a1x')).toBe(false);
    expect(globMatcher('a.b')('axb')).toBe(false);
    expect(globMatcher('*')('')).toBe(true);
  });
});
