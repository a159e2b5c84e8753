import { notJsonObject } from '../answer-body.js';
import { MAX_PAGES } from '../paging.js';
import { isDotSegment } from '../request-path.js';
import { TargetReadError, type ApiCall, type Item } from '../types.js';
import { TIMEOUT_ATTEMPTS } from './attempt.js';
import { describeGcpError, type GcpRequester } from './rest.js';

/**
 * `REST Get { url }`: a GET of any Google REST API through the reads' auth client (the write
 * side is rest.ts), paged by `nextPageToken` sent back as `pageToken`. The answer is the
 * response pages as the API wrote them; the node picks the items. Only https URLs on
 * `*.googleapis.com` are sent the credential, whatever a template made of cloud data.
 * Retried on 429 and 5xx (gaxios) and after a timeout (here), every attempt counted as `REST.GET`.
 */
export function gcpRestReader(client: () => Promise<GcpRequester>, count: (name: string) => void, timeoutMs: number, maxPages = MAX_PAGES): (call: ApiCall) => Promise<Item[]> {
  /**
   * One page. The timeout is ours (an abort gaxios does not retry), so a hung request is
   * retried here the same way on the wire and under test, and ends as ERROR, never a hang.
   */
  const get = async (requester: GcpRequester, url: string, call: ApiCall): Promise<{ data: unknown; status: number }> => {
    for (let attempt = 1; ; attempt++) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      count('REST.GET');
      try {
        const response = await requester.request<unknown>({
          url,
          method: 'GET',
          signal: controller.signal,
          retryConfig: { retry: 3, httpMethodsToRetry: ['GET'], onRetryAttempt: () => count('REST.GET') },
        });
        return { data: response.data, status: response.status };
      } catch (error) {
        if (!controller.signal.aborted) {
          const { code, message } = describeGcpError(error);
          throw new TargetReadError(code, message, call);
        }
        if (attempt >= TIMEOUT_ATTEMPTS) throw new TargetReadError('ETIMEDOUT', `GET ${url}: no answer within ${timeoutMs} ms, ${attempt} times`, call);
      } finally {
        clearTimeout(timer);
      }
    }
  };

  return async (call) => {
    const first = googleApiUrl(call);
    const requester = await client();
    const pages: Item[] = [];
    const seen = new Set<string>();
    let token: string | undefined;
    do {
      const url = new URL(first);
      if (token !== undefined) url.searchParams.set('pageToken', token);
      const { data, status } = await get(requester, url.href, call);
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        // gaxios parses JSON and hands anything else on as text.
        const what = typeof data === 'string' ? (notJsonObject(data, undefined) ?? 'a body that is not JSON') : Array.isArray(data) ? 'a JSON list, not an object' : 'no JSON object';
        throw new TargetReadError('BadResponse', `GET ${first} answered HTTP ${status} with ${what}, not an answer`, call);
      }
      const page = data as Item;
      pages.push(page);
      token = typeof page.nextPageToken === 'string' && page.nextPageToken !== '' ? page.nextPageToken : undefined;
      if (token !== undefined && seen.has(token)) throw new TargetReadError('RepeatedPageToken', `GET ${first}: the API sent the same nextPageToken twice; stopped rather than loop`, call);
      if (token !== undefined && pages.length >= maxPages) throw new TargetReadError('TooManyPages', `GET ${first}: more than ${maxPages} pages; stopped rather than pass on a partial list`, call);
      if (token !== undefined) seen.add(token);
    } while (token !== undefined);
    return pages;
  };
}

/** The call's URL, if it is one the credential may go to: https, a Google API host, a plain path. */
function googleApiUrl(call: ApiCall): string {
  const text = typeof call.params.url === 'string' ? call.params.url : '';
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  const segments = text.replace(/^https:\/\/[^/]*/, '').split('?')[0]!.split('/');
  if (!url || url.protocol !== 'https:' || !url.hostname.endsWith('.googleapis.com') || url.username || url.password || url.port || text.includes('#') || segments.some(isDotSegment)) {
    throw new TargetReadError('BadUrl', `a GCP REST read goes to https://<service>.googleapis.com/<path> (no "..", "." segment, port or "#"): "${text}"`, call);
  }
  return text;
}

