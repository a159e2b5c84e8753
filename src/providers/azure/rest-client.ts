import { ServiceClient } from '@azure/core-client';
import { createHttpHeaders, createPipelineRequest, RestError, type PipelinePolicy } from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/identity';
import { notJsonObject } from '../answer-body.js';
import { isDotSegment } from '../request-path.js';
import { MAX_PAGES } from '../paging.js';
import { TargetReadError, type ApiCall, type Item } from '../types.js';

export interface RestClientOptions {
  credential: () => Promise<TokenCredential>;
  /** https://management.azure.com, https://graph.microsoft.com … */
  endpoint: string;
  retry: { maxRetries: number; retryDelayInMs: number; maxRetryDelayInMs: number };
  /** Called once per HTTP attempt, retries included, with `<name>.<METHOD>` (ARM.GET, Graph.GET, ARM.PATCH …). */
  count: (name: string) => void;
  name: string;
}

/** One authenticated pipeline per API (ARM, Graph): the endpoint's token scope, retries on 429 (Retry-After) and 5xx, every attempt counted. */
export interface RestClient {
  endpoint: string;
  connect(): Promise<ServiceClient>;
}

export function restClient(options: RestClientOptions): RestClient {
  const endpoint = options.endpoint.replace(/\/+$/, '');
  let client: Promise<ServiceClient> | undefined;
  const counting: PipelinePolicy = { name: `ctrlflowCount${options.name}`, sendRequest: (request, next) => (options.count(`${options.name}.${request.method}`), next(request)) };
  return {
    endpoint,
    connect: () =>
      (client ??= options.credential().then(
        (credential) =>
          new ServiceClient({
            endpoint,
            credential,
            credentialScopes: [`${endpoint}/.default`],
            retryOptions: options.retry,
            additionalPolicies: [
              { position: 'perRetry', policy: counting },
              { position: 'perRetry', policy: timeoutIsRetryable },
            ],
          }),
      )),
  };
}

/**
 * The pipeline aborts an attempt that outlives its `timeout` (an AbortError, or a send error
 * when the abort lands mid-request), which its retry policy does not retry. An attempt that
 * failed once its time was up is reported as a system error (ETIMEDOUT), so it is retried
 * within the retry budget like a dropped connection, and after the last attempt the read
 * ends as ERROR for its target instead of hanging the scan.
 */
export const timeoutIsRetryable: PipelinePolicy = {
  name: 'ctrlflowTimeoutIsRetryable',
  async sendRequest(request, next) {
    const started = Date.now();
    try {
      return await next(request);
    } catch (error) {
      if (request.timeout > 0 && Date.now() - started >= request.timeout && !request.abortSignal?.aborted) {
        throw new RestError(`no answer within ${request.timeout} ms`, { code: 'ETIMEDOUT', request });
      }
      throw error;
    }
  },
};


export interface GetOptions {
  /** Per attempt, in ms. */
  timeoutMs: number;
  /** The body key holding the next page's absolute URL: `nextLink` (ARM), `@odata.nextLink` (Graph). */
  nextKey: string;
}

/**
 * Every page of one GET (`path` as sent, with its query), following the next-page link to the
 * end. A link to another origin, a link seen before, or more than MAX_PAGES pages stop the read
 * with ERROR: the token is never sent elsewhere and a repeating service cannot loop forever.
 * A refused request is ERROR with the service's own code (`AuthorizationFailed`,
 * `Authorization_RequestDenied`, `ResourceNotFound` …), or `HTTP<status>` when it gives none.
 */
export async function getPages(client: RestClient, path: string, call: ApiCall, options: GetOptions): Promise<Item[]> {
  const service = await client.connect();
  const origin = new URL(client.endpoint).origin;
  const pages: Item[] = [];
  const seen = new Set<string>();
  let url: string | undefined = `${client.endpoint}${encodeURI(path)}`;
  while (url !== undefined) {
    if (seen.has(url)) throw new TargetReadError('RepeatedPageLink', `${call.service} ${path}: the service sent the same next-page link twice; stopped rather than loop`, call);
    if (seen.size >= MAX_PAGES) throw new TargetReadError('TooManyPages', `${call.service} ${path}: more than ${MAX_PAGES} pages; stopped rather than pass on a partial list`, call);
    seen.add(url);
    const request = createPipelineRequest({ url, method: 'GET', headers: createHttpHeaders({ accept: 'application/json' }), timeout: options.timeoutMs });
    let response;
    try {
      response = await service.sendRequest(request);
    } catch (error) {
      throw readErrorOf(error, `${call.service} ${path}`, call);
    }
    const body = parseJson(response.bodyAsText);
    if (response.status >= 400) {
      const { code, message } = armError(body, response.status, `HTTP ${response.status}`);
      throw new TargetReadError(code, message, call);
    }
    // A bare list (rare) is kept as one `value` page, so every page is an object.
    const page: Item | undefined = Array.isArray(body) ? { value: body } : body !== null && typeof body === 'object' ? (body as Item) : undefined;
    if (!page) throw new TargetReadError('BadResponse', `${call.service} ${path} answered HTTP ${response.status} with ${notJsonObject(response.bodyAsText, response.headers.get('content-type')) ?? 'no JSON object'}, not an answer`, call);
    pages.push(page);
    const next = page[options.nextKey];
    url = typeof next === 'string' && next !== '' ? next : undefined;
    if (url !== undefined && originOf(url) !== origin) {
      throw new TargetReadError('BadPageLink', `${call.service} ${path}: the next-page link does not lead to ${origin}; not followed`, call);
    }
  }
  return pages;
}

/**
 * A pipeline error as the read's ERROR: the service's code, or `BadResponse` for a 2xx body the
 * pipeline could not parse (PARSE_ERROR: not JSON), naming what came instead.
 */
export function readErrorOf(error: unknown, what: string, call: ApiCall): TargetReadError {
  const e = error as { code?: unknown; message?: unknown; statusCode?: unknown; response?: { status?: number; bodyAsText?: string | null; headers?: { get(name: string): string | undefined } } };
  const status = e.response?.status ?? (typeof e.statusCode === 'number' ? e.statusCode : undefined);
  if (e.code === 'PARSE_ERROR') {
    if (status !== undefined && status >= 400) return new TargetReadError(`HTTP${status}`, `${what} answered HTTP ${status}`, call);
    const body = notJsonObject(e.response?.bodyAsText, e.response?.headers?.get('content-type')) ?? 'a body that is not JSON';
    return new TargetReadError('BadResponse', `${what} answered HTTP ${status ?? 200} with ${body}, not an answer`, call);
  }
  return new TargetReadError(typeof e.code === 'string' ? e.code : 'AzureError', String(e.message ?? error).split('\n')[0]!, call);
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * An error answer of ARM or Graph alike, `{ error: { code, message } }`: its code (HTTP<status>
 * when it has none) and the first line of its message (`fallback` when it has none).
 */
export function armError(body: unknown, status: number, fallback: string): { code: string; message: string } {
  const inner = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const code = typeof inner?.code === 'string' && inner.code !== '' ? inner.code : `HTTP${status}`;
  return { code, message: String(inner?.message ?? fallback).split('\n')[0]! };
}

export function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A request path from a template: it must stay a path on the service (no `..`, no fragment), so cloud data cannot steer it elsewhere. */
export function checkRequestPath(path: string, call: ApiCall): void {
  if (!path.startsWith('/') || path.includes('#') || path.split('?')[0]!.split('/').some(isDotSegment)) {
    throw new TargetReadError('BadPath', `${call.service} path must start with / and hold no "..", "." segment or "#": "${path}"`, call);
  }
}
