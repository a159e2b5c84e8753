import { globMatcher } from '../conditions/safe-regex.js';
import type { LoadedException } from '../load/exceptions.js';
import type { ExceptionUse } from '../model/exception.js';
import type { Result, ScanReport } from '../model/result.js';
import { withResults } from './results.js';

/**
 * Turns each FAIL that an unexpired exception covers into EXCEPTED, naming the exception.
 * An exception applies through its expiry day (UTC); after it, it is listed as expired and
 * the results stay FAIL. ERROR results are never excepted: an unread target is not a risk
 * someone accepted. The report lists every exception as active, expired or unused.
 */
export function applyExceptions(report: ScanReport, exceptions: LoadedException[], now: Date): ScanReport {
  const today = now.toISOString().slice(0, 10);
  const rules = exceptions.map((e) => ({ entry: e, expired: e.expires < today, control: globMatcher(e.control), resource: globMatcher(e.resource), applied: 0 }));
  const results = report.results.map((r): Result => {
    if (r.status !== 'FAIL' || r.resourceId === undefined) return r;
    const id = r.resourceId;
    const rule = rules.find((x) => !x.expired && x.control(r.controlId) && x.resource(id));
    if (!rule) return r;
    rule.applied += 1;
    const { reason, owner, expires, source } = rule.entry;
    return { ...r, status: 'EXCEPTED', exception: { reason, owner, expires, source } };
  });
  const uses: ExceptionUse[] = rules.map((x) => ({ ...x.entry, state: x.expired ? 'expired' : x.applied > 0 ? 'active' : 'unused', applied: x.applied }));
  return { ...withResults(report, results), exceptions: uses };
}
