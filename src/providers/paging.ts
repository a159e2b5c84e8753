import { TargetReadError, type ApiCall } from './types.js';

/**
 * Limits every cloud read lives under, so that a service (or something posing as one) can
 * neither keep a read going forever nor hand on part of a list as the whole of it.
 *
 * MAX_PAGES: more pages than this in one call is a loop or a runaway listing (5000 pages is
 * 5 million EC2 snapshots, 250,000 CloudTrail events at 50 a page, 5 million Resource Graph
 * rows): the call is ERROR `TooManyPages`. A page token that comes back a second time would
 * page forever: ERROR `RepeatedPageToken`. Neither passes on the pages read so far.
 */
export const MAX_PAGES = 5000;

/** Per HTTP attempt of an Azure or GCP read: an attempt without an answer by then is aborted and retried. */
export const ATTEMPT_TIMEOUT_MS = 60_000;

export interface PageGuard {
  /** Call after each page with the token it gave for the next one (undefined: the last page). Throws when paging must stop. */
  next(token: string | undefined): void;
  readonly pages: number;
}

/** One guard per paged call: `what` names it in the error (`EC2.DescribeSecurityGroups`, `Resource Graph` …). */
export function pageGuard(what: string, call?: ApiCall, maxPages = MAX_PAGES): PageGuard {
  const seen = new Set<string>();
  let pages = 0;
  return {
    next(token) {
      pages += 1;
      if (token === undefined) return;
      if (seen.has(token)) {
        throw new TargetReadError('RepeatedPageToken', `${what}: the service sent a page token it had sent before (page ${pages}); stopped rather than loop, nothing of this call is used`, call);
      }
      if (pages >= maxPages) {
        throw new TargetReadError('TooManyPages', `${what}: more than ${maxPages} pages; stopped rather than pass on a partial list`, call);
      }
      seen.add(token);
    },
    get pages() {
      return pages;
    },
  };
}
