import { setTimeout as delay } from 'node:timers/promises';
import { jsonTextDepth, MAX_JSON_DEPTH } from '../../lib/json-limits.js';
import { holdsSecret, redactText } from '../../lib/redact.js';

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface RetryPolicy {
  /** Attempts after the first, on 429, 5xx, timeouts and network errors. */
  retries: number;
  /** First backoff; doubled each retry, with full jitter, capped at maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Per attempt. */
  timeoutMs: number;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or undefined when empty or not JSON. */
  json: unknown;
  text: string;
  attempts: number;
}

/** A request that failed for good; `describe` is how the caller names the request. Its message has every known secret masked. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(redactText(message));
  }
}

export type Sleep = (ms: number) => Promise<unknown>;

/**
 * One HTTP exchange with bounded retries. 429 and 5xx are retried (honouring Retry-After),
 * as are timeouts and connection errors; any other status is final. Error messages name the
 * request by `describe`, never by the resolved URL, which may hold a secret (a webhook URL),
 * and a body quoted in an error is masked (src/lib/redact.ts) before it is cut to 200
 * characters, so no part of a secret it echoes is kept. Redirects: see `exchange`.
 */
export async function send(request: HttpRequest, policy: RetryPolicy, describe: string, sleep: Sleep = delay, onAttempt?: () => void): Promise<HttpResponse> {
  for (let attempt = 1; ; attempt++) {
    const last = attempt > policy.retries;
    // Each attempt is a request the run made (the provider's request counts).
    onAttempt?.();
    let response: Response;
    try {
      response = await exchange(request, AbortSignal.timeout(policy.timeoutMs), describe);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      const why = isTimeout(error) ? `timed out after ${policy.timeoutMs} ms` : `could not connect (${causeOf(error)})`;
      if (last) throw new HttpError(`${describe} ${why}${tries(attempt)}`);
      await sleep(backoff(policy, attempt));
      continue;
    }
    const text = await response.text();
    if (response.ok) {
      if (/^\s*[[{]/.test(text) && jsonTextDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new HttpError(`${describe} answered JSON nested deeper than ${MAX_JSON_DEPTH} levels (the most ctrlflow reads)`, response.status);
      return { status: response.status, headers: response.headers, json: parseJson(text), text, attempts: attempt };
    }
    const retryable = response.status === 429 || response.status >= 500;
    if (!retryable || last) {
      const detail = redactText(text).trim().slice(0, 200).replace(/\s+/g, ' ');
      throw new HttpError(`${describe} answered ${response.status} ${response.statusText}${detail ? `: ${detail}` : ''}${tries(attempt)}`, response.status);
    }
    await sleep(retryAfter(response.headers.get('retry-after'), policy) ?? backoff(policy, attempt));
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 10;
/** The headers a request keeps when it is redirected to another origin: none that can carry a credential. */
const SAFE_HEADERS = new Set(['accept', 'accept-language', 'content-type', 'user-agent']);

/**
 * One attempt, following redirects itself (fetch would carry every header but Authorization
 * to wherever a server points). A redirect to another origin (another host or port, or https
 * to http) strips every credential: only SAFE_HEADERS go on (and none holding a known secret),
 * user:password in the URL is dropped, and a URL or body that still holds a known secret (a
 * query key from `${env:…}`) is not sent there at all. Once stripped, stripped for good. 303,
 * and 301/302 after a POST, go on as GET without a body, as browsers do.
 */
async function exchange(request: HttpRequest, signal: AbortSignal, describe: string): Promise<Response> {
  const origin = new URL(request.url).origin;
  let { method, url, headers, body } = request;
  for (let hop = 0; ; hop++) {
    const response = await fetch(url, { method, headers, body, signal, redirect: 'manual' });
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null) return response;
    await response.body?.cancel();
    if (hop === MAX_REDIRECTS) throw new HttpError(`${describe} was redirected more than ${MAX_REDIRECTS} times`, response.status);
    const next = new URL(location, url);
    if (next.protocol !== 'https:' && next.protocol !== 'http:') throw new HttpError(`${describe} was redirected to a ${next.protocol} URL: not followed`, response.status);
    if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
      headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-type'));
    }
    if (next.origin !== origin) {
      headers = Object.fromEntries(Object.entries(headers).filter(([name, value]) => SAFE_HEADERS.has(name.toLowerCase()) && !holdsSecret(value)));
      next.username = '';
      next.password = '';
      if (holdsSecret(next.href) || (body !== undefined && holdsSecret(body))) {
        throw new HttpError(`${describe} was redirected to another origin (${next.origin}) with a credential in its URL or body: not followed`, response.status);
      }
    }
    url = next.href;
  }
}

function tries(attempt: number): string {
  return attempt > 1 ? ` (after ${attempt} attempts)` : '';
}

function backoff(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (attempt - 1));
  return Math.round(Math.random() * ceiling);
}

/** Retry-After as seconds or an HTTP date, capped so a server cannot park the scan. */
function retryAfter(header: string | null, policy: RetryPolicy): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), policy.maxBackoffMs) : undefined;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

function causeOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown }).code;
  return typeof code === 'string' ? code : cause instanceof Error ? cause.message : String(cause);
}
