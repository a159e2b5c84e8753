import { describe, expect, it } from 'vitest';
import { findingKey, markAgainst, type Baseline } from '../../src/engine/baseline.js';
import { Tally } from '../../src/engine/results.js';
import { splitReport, type Result, type Status } from '../../src/model/result.js';
import { SCAN_REPORT } from '../fixtures/scan-report.js';

const base = SCAN_REPORT.results[0]!;
const result = (resourceId: string, status: Status): Result => ({ ...base, resourceId, status, baseline: undefined });

describe('baseline delta (markAgainst and the tally)', () => {
  it('resolves a former FAIL only when it now PASSes or is gone; EXCEPTED is excepted, ERROR is neither', () => {
    const before = ['a', 'b', 'c', 'd', 'e'].map((id) => result(id, 'FAIL'));
    const baseline: Baseline = {
      file: 'before.json',
      scanId: 'scan-before',
      fails: new Map(before.map((r) => [findingKey(r), { controlId: r.controlId, provider: r.provider, account: r.account, region: r.region, resourceId: r.resourceId! }])),
    };
    const now = [result('a', 'PASS'), result('b', 'EXCEPTED'), result('c', 'ERROR'), result('d', 'FAIL'), result('f', 'FAIL'), result('g', 'EXCEPTED')];
    const tally = new Tally(splitReport(SCAN_REPORT).head.controls, 'none', false, baseline.fails);
    for (const r of now) tally.count(markAgainst(baseline, r));
    expect(now.map((r) => `${r.resourceId} ${r.status} ${r.baseline ?? '-'}`)).toEqual([
      'a PASS -',
      'b EXCEPTED excepted',
      'c ERROR -',
      'd FAIL unchanged',
      'f FAIL new',
      'g EXCEPTED excepted',
    ]);
    expect({ new: tally.baselineNew, unchanged: tally.baselineUnchanged, excepted: tally.baselineExcepted, resolved: tally.resolved() }).toEqual({
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
