import { checkJsonPath, compileJsonPath } from '../lib/json-path.js';
import { mapJsonLeaves } from '../lib/json-walk.js';
import { append } from '../model/append.js';
import { redactText } from '../lib/redact.js';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import { schemaFor } from '../model/schema-type.js';
import type { Problem } from '../model/problem.js';
import { ENV_REF, envPlaces, envReader, MissingEnvironmentError, type HttpAuth } from '../providers/http/environment.js';
import { redactRequest, type HttpRequestConfig } from '../providers/http/redact.js';
import { httpCall, MAX_BACKOFF_MS, type HttpNext } from '../providers/http/request.js';
import type { Item } from '../providers/types.js';
import { checkTemplates, compileValue, templates } from './actions/template.js';
import { NodeConfigError, type CompileEnv, type NodeKind, type RunNode } from './types.js';

/**
 * Calls an HTTP(S) endpoint (QFlow "HTTP" / "Large HTTP"): a ticketing API, a chat webhook,
 * any REST API. The body is a handlebars template over the input; credentials come only from
 * environment variables (`${env:NAME}`); every value read is a secret of the run
 * (src/lib/redact.ts), ***** in every output. The node describes each request with its
 * `${env:NAME}` unresolved (src/providers/http/request.ts) and reads it through ctx.provider,
 * as a cloud node reads: the HTTP provider sends it (pagination, retries, credentials), so it
 * shares the scan's call cache, request counts and snapshot recording. The JSON answer's pages
 * become the output items.
 */
export interface HttpConfig extends NodeConfig {
  method?: (typeof METHODS)[number];
  url: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  auth?: HttpAuth;
  /** A template string (sent as is), or a map whose string leaves are templates (sent as JSON). */
  body?: string | Record<string, unknown> | unknown[];
  /** One request per input item (the item is the template's context) instead of one for all. */
  perItem?: boolean;
  /** With an input that is empty, send anyway (default: nothing to send, no request). */
  sendWhenEmpty?: boolean;
  /** JSONPath to the items in a response; default: a list is the items, an object is one item. */
  items?: string;
  pagination?: {
    next: HttpNext;
    maxPages?: number;
  };
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
}

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const ENV_ONLY = '^(\\$\\{env:[A-Za-z_][A-Za-z0-9_]*\\})+$';
/** Header names that carry credentials: their values must come from the environment. */
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie)$|api[-_]?key|token|secret|password/i;

const envOnly = { type: 'string', pattern: ENV_ONLY } as const;
/** One of bearer, basic, header; every value from the environment. */
export const authSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  maxProperties: 1,
  properties: {
    bearer: envOnly,
    basic: { type: 'object', additionalProperties: false, required: ['username', 'password'], properties: { username: envOnly, password: envOnly } },
    header: { type: 'object', additionalProperties: false, required: ['name', 'value'], properties: { name: { type: 'string', pattern: '^[A-Za-z0-9-]+$' }, value: envOnly } },
  },
} as const;

export const http: NodeKind<HttpConfig> = {
  type: 'http',
  aliases: ['largeHttp'],
  summary: 'call an HTTP(S) API or webhook; JSON response as items; retries, pagination, env-only credentials',
  role: 'source',
  outputs: ['out'],
  inputs: 'optional',
  // The config's twin: a compile error unless the schema accepts exactly HttpConfig's values (src/model/schema-type.ts).
  schema: schemaFor<HttpConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'url'],
    properties: {
      ...commonNodeProperties,
      method: { enum: [...METHODS] },
      url: { type: 'string', minLength: 1 },
      query: { type: 'object', additionalProperties: { type: 'string' } },
      headers: { type: 'object', additionalProperties: { type: 'string' } },
      auth: authSchema,
      body: { type: ['string', 'object', 'array'] },
      perItem: { type: 'boolean' },
      sendWhenEmpty: { type: 'boolean' },
      items: { type: 'string' },
      pagination: {
        type: 'object',
        additionalProperties: false,
        required: ['next'],
        properties: {
          // `link`, or a map with `url`, or with `cursor` and `param` (checked below).
          next: {
            anyOf: [
              { const: 'link' },
              {
                type: 'object',
                additionalProperties: false,
                minProperties: 1,
                properties: { url: { type: 'string' }, cursor: { type: 'string' }, param: { type: 'string', minLength: 1 } },
              },
            ],
          },
          maxPages: { type: 'integer', minimum: 1, maximum: 10_000 },
        },
      },
      timeoutMs: { type: 'integer', minimum: 1, maximum: 300_000 },
      retries: { type: 'integer', minimum: 0, maximum: 10 },
      backoffMs: { type: 'integer', minimum: 0, maximum: MAX_BACKOFF_MS },
    },
  }),
  check: checkHttp,
  redact: redactRequest,
  // QFlow's convention: an exported flow carries no HTTP authentication.
  credentialPaths: (config) => [
    ...(config.auth ? [['auth']] : []),
    ...Object.keys(config.headers ?? {})
      .filter((name) => CREDENTIAL_HEADER.test(name))
      .map((name) => ['headers', name]),
  ],
  compile: compileHttp,
};

export function checkHttp(config: HttpConfig): Problem[] {
  const problems: Problem[] = [];
  for (const [name, value] of Object.entries(config.headers ?? {})) {
    if (CREDENTIAL_HEADER.test(name) && !value.includes('${env:')) {
      problems.push({
        path: ['headers', name],
        code: 'literal-secret',
        message: `header ${name} looks like a credential: take it from the environment, e.g. "${name}: Bearer \${env:API_TOKEN}", or use auth:`,
      });
    }
  }
  const literalUrl = config.url.replace(ENV_REF, 'x');
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(literalUrl)) {
    problems.push({ path: ['url'], code: 'literal-secret', message: 'the URL holds a user name or password: use auth: with ${env:NAME} values' });
  } else if (!config.url.startsWith('${env:') && !/^https?:\/\//i.test(config.url)) {
    problems.push({ path: ['url'], code: 'bad-value', message: 'the URL must start with https:// (or http:// for a local endpoint), or be an ${env:NAME} reference' });
  } else if (config.auth && /^http:\/\//i.test(config.url) && !/^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/i.test(config.url)) {
    problems.push({ path: ['url'], code: 'bad-value', message: 'credentials are sent over https only: change the URL to https://' });
  }
  append(problems, checkTemplates(config.url, ['url']));
  append(problems, checkTemplates(config.body, ['body']));
  if (config.items !== undefined) pushJsonPathProblem(problems, ['items'], config.items);
  const next = config.pagination?.next;
  if (next && typeof next === 'object') {
    if (next.url !== undefined) pushJsonPathProblem(problems, ['pagination', 'next', 'url'], next.url);
    if (next.cursor !== undefined) pushJsonPathProblem(problems, ['pagination', 'next', 'cursor'], next.cursor);
    if (next.url !== undefined && (next.cursor ?? next.param) !== undefined) {
      problems.push({ path: ['pagination', 'next'], code: 'bad-value', message: 'give either url (a JSONPath to the next page URL) or cursor and param, not both' });
    } else if (next.url === undefined && (next.cursor === undefined || next.param === undefined)) {
      problems.push({ path: ['pagination', 'next'], code: 'missing-key', message: 'a cursor needs both cursor (a JSONPath to it) and param (the query parameter to send it in)' });
    }
  }
  if (config.perItem && config.input === undefined) {
    problems.push({ path: ['perItem'], code: 'bad-value', message: 'perItem sends one request per input item: give the node an input' });
  }
  return problems;
}

function pushJsonPathProblem(problems: Problem[], path: string[], expr: string): void {
  const error = checkJsonPath(expr);
  if (error) problems.push({ path, code: 'bad-jsonpath', message: error });
}

function compileHttp(config: HttpConfig, env: CompileEnv): RunNode {
  // Checked here, so an unset variable stops the scan before anything runs (exit 2); only the provider puts the values in.
  const who = `node "${config.id}"`;
  requireEnvironment(who, config, env.environment);
  const method = config.method ?? 'GET';
  const urlTemplate = templates().compile(config.url, { noEscape: true, strict: false });
  const headers: Record<string, string> = { ...config.headers };
  const body = config.body === undefined ? undefined : compileValue(config.body);
  if (body && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
    headers['content-type'] = typeof config.body !== 'string' || /^\s*[[{]/.test(config.body) ? 'application/json' : 'text/plain; charset=utf-8';
  }
  const pickItems = config.items ? compileJsonPath(config.items) : undefined;
  // Messages name the request as written: the resolved URL may itself be a secret.
  const shown = config.url.includes('${env:') ? config.url : config.url.split('?')[0]!;
  const fixed = {
    ...(config.query ? { query: config.query } : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(config.auth ? { auth: config.auth } : {}),
    ...(config.pagination ? { pagination: { next: config.pagination.next, maxPages: config.pagination.maxPages ?? 100 } } : {}),
    retries: config.retries ?? 3,
    backoffMs: config.backoffMs ?? 500,
    timeoutMs: config.timeoutMs ?? 30_000,
    shown,
  };

  return async ([input], ctx) => {
    const data = { target: ctx.target, flowId: ctx.flowId, now: ctx.now.toISOString() };
    const contexts: unknown[] = config.perItem
      ? (input ?? [])
      : config.input !== undefined && (input ?? []).length === 0 && !config.sendWhenEmpty
        ? []
        : [{ items: input ?? [], count: (input ?? []).length }];
    const out: Item[] = [];
    try {
      for (const [index, context] of contexts.entries()) {
        // Cloud values go into the URL encoded; the `${env:NAME}` references stay for the provider.
        const url = urlTemplate(encodeStrings(context), { data: { ...data, index } });
        const rendered = body?.(context, { ...data, index });
        const call = httpCall(method, { url, ...fixed, ...(rendered !== undefined ? { body: rendered } : {}) });
        for (const page of await ctx.provider.list(ctx.target, call)) append(out, itemsOf(page, pickItems));
      }
    } catch (error) {
      throw new Error(redactText(error instanceof Error ? error.message : String(error)));
    }
    return { ports: { out } };
  };
}

/**
 * Every `${env:NAME}` the request reads must be set: an unset or empty one stops the scan
 * (exit 2) naming the node and what needed it. Each value is a secret of the run from here on.
 */
export function requireEnvironment(who: string, request: HttpRequestConfig, environment: CompileEnv['environment']): void {
  const fromEnv = envReader(who, environment);
  try {
    for (const [text, where] of envPlaces(request)) fromEnv(text, where);
  } catch (error) {
    if (error instanceof MissingEnvironmentError) throw new NodeConfigError(error.message);
    throw error;
  }
}

/** A page's items: by JSONPath, else a list's elements or the one object; text that is not JSON passes on as `{ status, body }`. */
function itemsOf(page: Item, pick: ((v: unknown) => unknown[]) | undefined): Item[] {
  const { status, json, text } = page;
  if (json === undefined) return typeof text !== 'string' || text.trim() === '' ? [] : [{ status, body: text }];
  const found = pick ? pick(json).flatMap((v) => (Array.isArray(v) ? v : [v])) : Array.isArray(json) ? json : [json];
  return found.map((v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Item) : { value: v }));
}

/** Values from the cloud go into a URL encoded, so a resource name cannot add path segments or parameters. */
export function encodeStrings(value: unknown): unknown {
  return mapJsonLeaves(value, (leaf) => (typeof leaf === 'string' ? encodeURIComponent(leaf) : leaf));
}
