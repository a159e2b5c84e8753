import type LinkHeaderModule from 'http-link-header';
import { once, requireHere } from '../../lib/lazy-module.js';
import { compileJsonPath } from '../../lib/json-path.js';
import { holdsSecret, redactText } from '../../lib/redact.js';
import { VERSION } from '../../version.js';
import { TargetReadError, type ActOutcome, type ApiCall, type InventoryActor, type InventoryReader, type Item, type Target } from '../types.js';
import { HttpError, send, type Sleep } from './client.js';
import { authorization, envNames, envPlaces, envReader, MissingEnvironmentError, type Environment } from './environment.js';
import { bodyText, MAX_BACKOFF_MS, paramsOf, type HttpNext, type HttpParams } from './request.js';

/** http-link-header, loaded at the first `next: link` page (lib/lazy-module.ts): most scans page no REST API. */
const linkHeader = once((): typeof LinkHeaderModule => (typeof require === 'function' ? require('http-link-header') : requireHere('http-link-header')));

export interface HttpOptions {
  /** The process environment, for `${env:NAME}`: injected, read only here. */
  environment: Environment;
  /** Tests: the wait between attempts. */
  sleep?: Sleep;
}

/** One answered page as the http node reads it: its JSON, or its text when it is not JSON. */
export type HttpPage = { status: number; json: unknown } | { status: number; text: string };

/**
 * The HTTP provider: the http node's requests through `list` (every page, so they share the
 * scan's call cache, request counts, snapshot recording and replay with the clouds' reads),
 * http.action's through `act`. The environment's values go into a request here and nowhere
 * else; each is a secret of the run. Answers are pages (HttpPage); the node picks the items.
 */
export function openHttp(options: HttpOptions): InventoryReader & InventoryActor & { requests(): Record<string, number>; missing(call: ApiCall): string[] } {
  const requests: Record<string, number> = {};
  const counter = (method: string) => () => void (requests[`HTTP.${method}`] = (requests[`HTTP.${method}`] ?? 0) + 1);

  /** The request with the environment's values in: URL (with the query), headers, auth. */
  const resolve = (method: string, p: HttpParams) => {
    const fromEnv = envReader(p.who ?? 'the HTTP request', options.environment);
    // The URL reads only the variables written in the flow's URL: a cloud value rendered into it that reads "${env:X}" stays text.
    const url = withQuery(fromEnv(p.url, 'URL', envNames(p.shown)), Object.entries(p.query ?? {}).map(([k, v]) => [k, fromEnv(v, `query parameter ${k}`)] as const));
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': `ctrlflow/${VERSION}` };
    for (const [name, value] of Object.entries(p.headers ?? {})) headers[name.toLowerCase()] = fromEnv(value, `header ${name}`);
    const auth = authorization(p.auth, fromEnv);
    if (auth) headers[auth.name] = auth.value;
    return { url, headers, credentials: auth !== undefined || Object.values(headers).some(holdsSecret) || holdsSecret(url), describe: `${method} ${p.shown}` };
  };
  const policyOf = (p: HttpParams) => ({ retries: p.retries, backoffMs: p.backoffMs, maxBackoffMs: MAX_BACKOFF_MS, timeoutMs: p.timeoutMs });

  return {
    description: 'http',
    targets: async () => [],
    async list(_target: Target, call: ApiCall): Promise<Item[]> {
      const p = paramsOf(call);
      try {
        const first = resolve(call.method, p);
        const next = compilePagination(p.pagination?.next);
        const maxPages = p.pagination?.maxPages ?? 1;
        const origin = new URL(first.url).origin;
        const text = bodyText(p.body);
        const pages: Item[] = [];
        const seen = new Set<string>();
        let url: string | undefined = first.url;
        for (let page = 1; url !== undefined; page++) {
          if (page > maxPages) {
            throw new HttpFailure('TooManyPages', `more than ${maxPages} pages at ${first.describe}: raise pagination.maxPages (the items so far are not passed on, so nothing is evaluated on a partial list)`);
          }
          if (seen.has(url)) throw new HttpFailure('PageLoop', `page ${page} of ${first.describe} points back to a page already read: stopping`);
          seen.add(url);
          // Never hand credentials (auth, a header or query value from the environment) to another origin, whatever a response's next link says.
          if (first.credentials && new URL(url).origin !== origin) throw new HttpFailure('OtherHost', `page ${page} of ${first.describe} is on another host (${new URL(url).host}): credentials are not sent there`);
          const request = { method: call.method, url, headers: first.headers, body: page === 1 ? text : undefined };
          const response = await send(request, policyOf(p), `${first.describe}${page > 1 ? ` (page ${page})` : ''}`, options.sleep, counter(call.method));
          pages.push(response.json === undefined ? { status: response.status, text: response.text } : { status: response.status, json: response.json });
          url = next?.(response.json, response.headers, url);
        }
        return pages;
      } catch (error) {
        throw readError(error, call);
      }
    },
    async act(_target: Target, call: ApiCall): Promise<ActOutcome> {
      const p = paramsOf(call);
      const { url, headers, describe } = resolve(call.method, p);
      const response = await send({ method: call.method, url, headers, body: bodyText(p.body) }, policyOf(p), describe, options.sleep, counter(call.method));
      const json = response.json;
      return { output: json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Item) : { status: response.status }, changed: true };
    },
    missing(call: ApiCall): string[] {
      const names = envPlaces(paramsOf(call)).flatMap(([text]) => envNames(text));
      return [...new Set(names.filter((name) => !options.environment[name]))];
    },
    requests: () => ({ ...requests }),
  };
}

class HttpFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A failed read as the clouds' are: a TargetReadError with a code (`HTTP404`, `Timeout` …), so a snapshot records it and a replay meets it again. */
function readError(error: unknown, call: ApiCall): TargetReadError {
  const message = redactText(error instanceof Error ? error.message : String(error));
  if (error instanceof HttpError) return new TargetReadError(error.status === undefined ? 'HttpFailed' : `HTTP${error.status}`, message, call);
  if (error instanceof HttpFailure || error instanceof MissingEnvironmentError) return new TargetReadError(error.code, message, call);
  return new TargetReadError('HttpFailed', message, call);
}

type NextPage = (json: unknown, headers: Headers, current: string) => string | undefined;

function compilePagination(next: HttpNext | undefined): NextPage | undefined {
  if (next === undefined) return undefined;
  if (next === 'link') {
    return (_json, headers, current) => {
      const link = headers.get('link');
      const ref = link ? linkHeader().parse(link).rel('next')[0]?.uri : undefined;
      return ref ? new URL(ref, current).href : undefined;
    };
  }
  if (next.url !== undefined) {
    const read = compileJsonPath(next.url);
    return (json, _headers, current) => {
      const ref = read(json)[0];
      return typeof ref === 'string' && ref !== '' ? new URL(ref, current).href : undefined;
    };
  }
  const read = compileJsonPath(next.cursor!);
  const param = next.param!;
  return (json, _headers, current) => {
    const cursor = read(json)[0];
    if (cursor === undefined || cursor === null || cursor === '') return undefined;
    const url = new URL(current);
    url.searchParams.set(param, String(cursor));
    return url.href;
  };
}

function withQuery(url: string, query: readonly (readonly [string, string])[]): string {
  if (query.length === 0) return url;
  const parsed = new URL(url);
  for (const [k, v] of query) parsed.searchParams.set(k, v);
  return parsed.href;
}
