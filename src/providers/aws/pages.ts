import { MAX_PAGES, pageGuard } from '../paging.js';
import { TargetReadError, type ApiCall, type Item } from '../types.js';
import { send, type Connection } from './client-pool.js';
import { missingLists } from './output-shape.js';

/**
 * A next page is asked for with the token the page gave, under the request key it belongs to:
 * NextToken/nextToken (most services), Marker (IAM, RDS), NextMarker → Marker (KMS, EFS),
 * NextContinuationToken → ContinuationToken (S3 ListObjectsV2), ContinuationToken (S3
 * ListBuckets). A page saying IsTruncated/Truncated false is the last, whatever else it holds
 * (ListObjectsV2 echoes the token it was asked with).
 */
const PAGE_TOKENS: [string, string][] = [
  ['NextToken', 'NextToken'],
  ['nextToken', 'nextToken'],
  ['Marker', 'Marker'],
  ['NextMarker', 'Marker'],
  ['NextContinuationToken', 'ContinuationToken'],
  ['ContinuationToken', 'ContinuationToken'],
];

/** The [response key, request key] of the next page's token, or undefined on the last page. */
function nextPage(page: Item): [string, string] | undefined {
  if (page.IsTruncated === false || page.Truncated === false) return undefined;
  return PAGE_TOKENS.find(([out]) => typeof page[out] === 'string' && page[out] !== '');
}

/**
 * Every page of one read call on a connection, as the API returned them. A token sent back a
 * second time, or more than `maxPages` pages, is ERROR (RepeatedPageToken, TooManyPages), never
 * the pages so far passed on as the whole; so is a page without the lists every answer of
 * the call holds (output-shape.ts), the same rule a recording of it is held to.
 */
export async function readAllPages(connection: Connection, call: ApiCall, maxPages = MAX_PAGES): Promise<Item[]> {
  const guard = pageGuard(`${call.service}.${call.method}`, call, maxPages);
  const shape = connection.module.outputShape(call.method);
  const pages: Item[] = [];
  let input: Record<string, unknown> = { ...call.params };
  for (;;) {
    const sent = send(connection, call.method, input);
    if (!sent) throw new TargetReadError('UnknownMethod', `${connection.module.name} has no ${call.method}Command: check the method name`, call);
    const page = await sent;
    const missing = shape && missingLists(shape, page);
    if (missing) throw new TargetReadError('BadResponse', `${call.service}.${call.method} answered without ${missing.join(' or ')}, which its every answer holds (empty as [])`, call);
    pages.push(page);
    const token = nextPage(page);
    guard.next(token && String(page[token[0]]));
    if (!token) return pages;
    input = { ...call.params, [token[1]]: page[token[0]] };
  }
}
