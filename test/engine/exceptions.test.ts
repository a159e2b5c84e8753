import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/conditions/safe-regex.js';
import { applyExceptions } from '../../src/engine/exceptions.js';
import { SCAN_REPORT } from '../fixtures/scan-report.js';

const exception = (expires: string, resource = 'sg-0a1') => ({ control: 'AWS-EC2-001', resource, reason: 'accepted', owner: 'ops', expires, source: 'exceptions.yaml:2' });
const NOW = new Date('2026-11-01T23:59:00Z');

describe('applyExceptions', () => {
  it('applies through the expiry day (UTC) and not after it', () => {
    const onTheDay = applyExceptions(SCAN_REPORT, [exception('2026-11-01')], NOW);
    expect(onTheDay.results[0]!.status).toBe('EXCEPTED');
    expect(onTheDay.exceptions![0]!.state).toBe('active');
    const dayAfter = applyExceptions(SCAN_REPORT, [exception('2026-10-31')], NOW);
    expect(dayAfter.results[0]!.status).toBe('FAIL');
    expect(dayAfter.exceptions![0]).toMatchObject({ state: 'expired', applied: 0 });
  });

  it('never excepts an ERROR or a PASS, and recounts controls and totals', () => {
    const all = applyExceptions(SCAN_REPORT, [{ ...exception('2999-01-01', '*'), control: '*' }], NOW);
    expect(all.results.map((r) => r.status)).toEqual(['EXCEPTED', 'PASS', 'ERROR']);
    expect(all.totals).toEqual({ FAIL: 0, ERROR: 1, EXCEPTED: 1, PASS: 1 });
    expect(all.controls.map((c) => c.status)).toEqual(['EXCEPTED', 'ERROR', 'NO_RESOURCES']);
  });

  it('treats only * as special in patterns', () => {
    expect(globMatcher('arn:aws:s3:::logs-*')('arn:aws:s3:::logs-2026')).toBe(true);
    expect(globMatcher('sg-0a1')('sg-0a1x')).toBe(false);
    expect(globMatcher('a.b')('axb')).toBe(false);
    expect(globMatcher('*')('')).toBe(true);
  });
});
