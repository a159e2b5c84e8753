import type { ApiCall } from '../types.js';
import type { HttpAuth } from './environment.js';

/** `link`: the Link header's rel="next"; `{ url }`: a JSONPath to the next URL; `{ cursor, param }`: a JSONPath to a cursor sent as a query parameter. */
export type HttpNext = 'link' | { url?: string; cursor?: string; param?: string };

/**
 * An HTTP request as the http and http.action nodes describe it: templates rendered, every
 * `${env:NAME}` reference still as written. Only the HTTP provider puts the environment's values
 * in, when it sends; so the description is what the call cache keys, what a snapshot records
 * and what a plan shows, and none of them ever holds a credential.
 */
export type HttpParams = {
  url: string;
  query?: Record<string, string>;
  /** As written in the flow, plus the content-type the body needs. */
  headers?: Record<string, string>;
  auth?: HttpAuth;
  /** A string is sent as it is; any other value as JSON. */
  body?: unknown;
  pagination?: { next: HttpNext; maxPages: number };
  retries: number;
  backoffMs: number;
  timeoutMs: number;
  /**
   * How messages name the request: the URL as written when it reads the environment (the URL
   * sent may itself be a secret), else without its query. The variables it names are the only
   * ones the provider puts into the URL.
   */
  shown: string;
  /** Who wrote the request (`node "ticket"`), for the message when a variable it reads is unset. */
  who?: string;
};

export const HTTP_SERVICE = 'HTTP';

/** The longest wait between two attempts an http node may ask for (`backoffMs`), and the cap of a server's Retry-After. */
export const MAX_BACKOFF_MS = 30_000;

/** The call of an HTTP request: `via: http`, so it goes to the HTTP provider whatever the target's cloud. */
export function httpCall(method: string, params: HttpParams): ApiCall {
  return { via: 'http', service: HTTP_SERVICE, method, params };
}

/** The request of an http call (the nodes made it with httpCall). */
export function paramsOf(call: ApiCall): HttpParams {
  return call.params as HttpParams;
}

/** The request body as sent. */
export function bodyText(body: unknown): string | undefined {
  return body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
}

/**
 * The request as a snapshot names it, e.g. `GET https://api.example.test/items?limit=2`, then
 * the body when there is one: method, URL and query as written, `${env:NAME}` unresolved.
 */
export function requestKey(call: ApiCall): string {
  const { url, query, body } = paramsOf(call);
  const pairs = Object.entries(query ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${v}`);
  const full = pairs.length === 0 ? url : `${url}${url.includes('?') ? '&' : '?'}${pairs.join('&')}`;
  const text = bodyText(body);
  return `${call.method} ${full}${text === undefined ? '' : ` ${text}`}`;
}
