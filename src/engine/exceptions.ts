import { globMatcher } from '../lib/safe-regex.js';
import type { LoadedException } from '../load/exceptions.js';
import type { Result } from '../model/result.js';

export interface ExceptionRules {
  /** The result, EXCEPTED when an unexpired exception covers this FAIL; the same object otherwise. */
  apply(r: Result): Result;
  /** Whether an exception is past its date (listed as expired, never applied). */
  expired(e: { expires: string }): boolean;
  entries: readonly LoadedException[];
}

/**
 * Turns each FAIL that an unexpired exception covers into EXCEPTED, naming the exception.
 * An exception applies through its expiry day (UTC); after it, it is listed as expired and
 * the results stay FAIL. ERROR results are never excepted: an unread target is not a risk
 * someone accepted. Each result is judged alone; the pipeline's tally counts the uses.
 */
export function exceptionRules(exceptions: readonly LoadedException[], now: Date): ExceptionRules {
  const today = now.toISOString().slice(0, 10);
  const rules = exceptions
    .filter((e) => e.expires >= today)
    .map((entry) => ({ control: globMatcher(entry.control), resource: globMatcher(entry.resource), exception: { reason: entry.reason, owner: entry.owner, expires: entry.expires, source: entry.source } }));
  return {
    entries: exceptions,
    expired: (e) => e.expires < today,
    apply(r) {
      if (r.status !== 'FAIL' || r.resourceId === undefined) return r;
      for (const rule of rules) {
        if (rule.control(r.controlId) && rule.resource(r.resourceId)) {
          r.status = 'EXCEPTED';
          r.exception = rule.exception;
          return r;
        }
      }
      return r;
    },
  };
}
