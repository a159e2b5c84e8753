import { describe, expect, it } from 'vitest';
import { compareToBaseline } from '../../src/engine/baseline.js';
import type { Result, ScanReport, Status } from '../../src/model/result.js';
import { SCAN_REPORT } from '../fixtures/scan-report.js';

const base = SCAN_REPORT.results[0]!;
const result = (resourceId: string, status: Status): Result => ({ ...base, resourceId, status });
const report = (results: Result[]): ScanReport => ({ ...SCAN_REPORT, scanId: 'scan-now', results });

describe('compareToBaseline', () => {
  it('resolves a former FAIL only when it now PASSes or is gone; EXCEPTED is excepted, ERROR is neither', () => {
    const previous = report(['a', 'b', 'c', 'd', 'e'].map((id) => result(id, 'FAIL')));
    const now = report([result('a', 'PASS'), result('b', 'EXCEPTED'), result('c', 'ERROR'), result('d', 'FAIL'), result('f', 'FAIL'), result('g', 'EXCEPTED')]);
    const compared = compareToBaseline(now, { ...previous, scanId: 'scan-before' }, 'before.json');
    expect(compared.results.map((r) => `${r.resourceId} ${r.status} ${r.baseline ?? '-'}`)).toEqual([
      'a PASS -',
      'b EXCEPTED excepted',
      'c ERROR -',
      'd FAIL unchanged',
      'f FAIL new',
      'g EXCEPTED excepted',
    ]);
    expect(compared.baseline).toEqual({
      file: 'before.json',
      scanId: 'scan-before',
      new: 1,
      unchanged: 1,
      excepted: 2,
      resolved: [
        { controlId: base.controlId, provider: base.provider, account: base.account, region: base.region, resourceId: 'a', now: 'PASS' },
        { controlId: base.controlId, provider: base.provider, account: base.account, region: base.region, resourceId: 'e', now: 'absent' },
      ],
    });
  });
});
