import LinkHeader from 'http-link-header';
import { checkJsonPath, compileJsonPath } from '../lib/json-path.js';
import { send, type HttpRequest, type RetryPolicy } from '../http/client.js';
import { walkDeeper } from '../lib/json-limits.js';
import { append } from '../model/append.js';
import { addSecret, holdsSecret, REDACTED, redactText } from '../lib/redact.js';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import type { Item } from '../providers/types.js';
import { VERSION } from '../version.js';
import { checkTemplates, templates } from './actions/template.js';
import { NodeConfigError, type CompileEnv, type NodeContext, type NodeKind } from './types.js';

/**
 * Calls an HTTP(S) endpoint (QFlow "HTTP" / "Large HTTP"): a ticketing API, a chat webhook,
 * any REST API. The body is a handlebars template over the input; credentials come only from
 * environment variables (`${env:NAME}`); every value read is a secret of the run
 * (src/output/redact.ts), ***** in every output. The JSON response becomes the output items; `pagination` follows pages.
 */
export interface HttpConfig extends NodeConfig {
  method?: (typeof METHODS)[number];
  url: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  auth?: { bearer?: string; basic?: { username: string; password: string }; header?: { name: string; value: string } };
  /** A template string (sent as is), or a map whose string leaves are templates (sent as JSON). */
  body?: string | Record<string, unknown> | unknown[];
  /** One request per input item (the item is the template's context) instead of one for all. */
  perItem?: boolean;
  /** With an input that is empty, send anyway (default: nothing to send, no request). */
  sendWhenEmpty?: boolean;
  /** JSONPath to the items in a response; default: a list is the items, an object is one item. */
  items?: string;
  pagination?: {
    /** `link`: the Link header's rel="next"; `{ url }`: a JSONPath to the next URL; `{ cursor, param }`: a JSONPath to a cursor sent as a query parameter. */
    next: 'link' | { url?: string; cursor?: string; param?: string };
    maxPages?: number;
  };
  timeoutMs?: number;
  retries?: number;
  backoffMs?: number;
}

export const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** `${env:NAME}`: the only way a credential enters a flow. */
export const ENV_REF = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g;
const ENV_ONLY = '^(\\$\\{env:[A-Za-z_][A-Za-z0-9_]*\\})+$';
/** Header names that carry credentials: their values must come from the environment. */
const CREDENTIAL_HEADER = /^(authorization|proxy-authorization|cookie)$|api[-_]?key|token|secret|password/i;
export const MAX_BACKOFF_MS = 30_000;

const envOnly = { type: 'string', pattern: ENV_ONLY };
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
};

export const http: NodeKind<HttpConfig> = {
  type: 'http',
  aliases: ['largeHttp'],
  summary: 'call an HTTP(S) API or webhook; JSON response as items; retries, pagination, env-only credentials',
  outputs: ['out'],
  inputs: 'optional',
  schema: {
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
  },
  check: checkHttp,
  redact: redactHttp,
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

/** History shows the auth block and every value that reads the environment as *****. */
export function redactHttp(config: HttpConfig): HttpConfig {
  const hidesSecret = (v: string): string => (v.includes('${env:') ? REDACTED : v);
  const redacted: HttpConfig = { ...config, url: hidesSecret(config.url) };
  if (config.auth) redacted.auth = REDACTED as unknown as HttpConfig['auth'];
  if (config.headers) redacted.headers = Object.fromEntries(Object.entries(config.headers).map(([k, v]) => [k, hidesSecret(v)]));
  if (config.query) redacted.query = Object.fromEntries(Object.entries(config.query).map(([k, v]) => [k, hidesSecret(v)]));
  return redacted;
}

function compileHttp(config: HttpConfig, env: CompileEnv): (inputs: Item[][], ctx: NodeContext) => Promise<{ ports: { out: Item[] } }> {
  const fromEnv = envReader(config.id, env.environment);

  const method = config.method ?? 'GET';
  // The environment is read into the template before any item is rendered, never after: a
  // cloud value such as a tag "${env:AWS_SECRET_ACCESS_KEY}" must stay text.
  const urlTemplate = templates.compile(fromEnv(config.url, 'URL'), { noEscape: true, strict: false });
  const query = Object.entries(config.query ?? {}).map(([k, v]) => [k, fromEnv(v, `query parameter ${k}`)] as const);
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': `ctrlflow/${VERSION}` };
  for (const [name, value] of Object.entries(config.headers ?? {})) headers[name.toLowerCase()] = fromEnv(value, `header ${name}`);
  const authHeader = authorization(config.auth, fromEnv);
  const body = compileBody(config.body);
  if (body && !headers['content-type']) headers['content-type'] = body.contentType;
  const pickItems = config.items ? compileJsonPath(config.items) : undefined;
  const next = compilePagination(config.pagination?.next);
  const maxPages = config.pagination?.maxPages ?? 100;
  const policy: RetryPolicy = {
    retries: config.retries ?? 3,
    backoffMs: config.backoffMs ?? 500,
    maxBackoffMs: MAX_BACKOFF_MS,
    timeoutMs: config.timeoutMs ?? 30_000,
  };
  // Errors name the request as written: the resolved URL may itself be a secret.
  const written = config.url.includes('${env:') ? config.url : config.url.split('?')[0]!;

  const fetchAll = async (firstUrl: string, bodyText: string | undefined): Promise<Item[]> => {
    const origin = new URL(firstUrl).origin;
    const items: Item[] = [];
    const seen = new Set<string>();
    let url: string | undefined = firstUrl;
    for (let page = 1; url !== undefined; page++) {
      if (page > maxPages) {
        throw new Error(`more than ${maxPages} pages at ${method} ${written}: raise pagination.maxPages (the items so far are not passed on, so nothing is evaluated on a partial list)`);
      }
      if (seen.has(url)) throw new Error(`page ${page} of ${method} ${written} points back to a page already read: stopping`);
      seen.add(url);
      const requestHeaders = { ...headers, ...(authHeader ? { [authHeader.name]: authHeader.value } : {}) };
      // Never hand credentials (auth, a header or query value from the environment) to another origin, whatever a response's next link says.
      const credentials = authHeader !== undefined || Object.values(requestHeaders).some(holdsSecret) || holdsSecret(url);
      if (credentials && new URL(url).origin !== origin) throw new Error(`page ${page} of ${method} ${written} is on another host (${new URL(url).host}): credentials are not sent there`);
      const request: HttpRequest = { method, url, headers: requestHeaders, body: page === 1 ? bodyText : undefined };
      const response = await send(request, policy, `${method} ${written}${page > 1 ? ` (page ${page})` : ''}`);
      append(items, itemsOf(response.json, response.text, response.status, pickItems));
      url = next?.(response.json, response.headers, url);
    }
    return items;
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
        const rendered = urlTemplate(encodeStrings(context), { data: { ...data, index } });
        const url = withQuery(rendered, query);
        append(out, await fetchAll(url, body?.render(context, { ...data, index })));
      }
    } catch (error) {
      throw new Error(redactText(error instanceof Error ? error.message : String(error)));
    }
    return { ports: { out } };
  };
}

/**
 * Puts the environment's values in for `${env:NAME}`; an unset or empty variable stops the
 * scan (exit 2) naming the node and what needed it. Each value read is a secret of the run.
 */
export function envReader(nodeId: string, environment: CompileEnv['environment']): (text: string, where: string) => string {
  return (text, where) =>
    text.replace(ENV_REF, (_ref, name: string) => {
      const value = environment[name];
      if (value === undefined || value === '') {
        throw new NodeConfigError(`node "${nodeId}" reads \${env:${name}} for its ${where}, but ${name} is not set in the environment`);
      }
      addSecret(value);
      return value;
    });
}

export function authorization(auth: HttpConfig['auth'], fromEnv: (text: string, where: string) => string): { name: string; value: string } | undefined {
  if (!auth) return undefined;
  if (auth.bearer !== undefined) return { name: 'authorization', value: `Bearer ${fromEnv(auth.bearer, 'bearer token')}` };
  if (auth.basic !== undefined) {
    const pair = `${fromEnv(auth.basic.username, 'user name')}:${fromEnv(auth.basic.password, 'password')}`;
    const encoded = Buffer.from(pair).toString('base64');
    addSecret(encoded);
    return { name: 'authorization', value: `Basic ${encoded}` };
  }
  if (auth.header !== undefined) return { name: auth.header.name.toLowerCase(), value: fromEnv(auth.header.value, `${auth.header.name} header`) };
  return undefined;
}

interface CompiledBody {
  contentType: string;
  render(context: unknown, data: Record<string, unknown>): string;
}

/** A string body is a template sent as text; a map's string leaves are templates and the whole is sent as JSON, so values are escaped by JSON itself. */
function compileBody(body: HttpConfig['body']): CompiledBody | undefined {
  if (body === undefined) return undefined;
  if (typeof body === 'string') {
    const template = templates.compile(body, { noEscape: true, strict: false });
    const looksJson = /^\s*[[{]/.test(body);
    return { contentType: looksJson ? 'application/json' : 'text/plain; charset=utf-8', render: (context, data) => template(context, { data }) };
  }
  const build = (value: unknown): ((context: unknown, data: Record<string, unknown>) => unknown) => {
    if (typeof value === 'string') {
      const template = templates.compile(value, { noEscape: true, strict: false });
      return (context, data) => template(context, { data });
    }
    if (Array.isArray(value)) {
      const parts = value.map(build);
      return (context, data) => parts.map((p) => p(context, data));
    }
    if (value && typeof value === 'object') {
      const parts = Object.entries(value).map(([k, v]) => [k, build(v)] as const);
      return (context, data) => Object.fromEntries(parts.map(([k, p]) => [k, p(context, data)]));
    }
    return () => value;
  };
  const render = build(body);
  return { contentType: 'application/json', render: (context, data) => JSON.stringify(render(context, data)) };
}

type NextPage = (json: unknown, headers: Headers, current: string) => string | undefined;

function compilePagination(next: NonNullable<HttpConfig['pagination']>['next'] | undefined): NextPage | undefined {
  if (next === undefined) return undefined;
  if (next === 'link') {
    return (_json, headers, current) => {
      const link = headers.get('link');
      const ref = link ? LinkHeader.parse(link).rel('next')[0]?.uri : undefined;
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

/** A response's items: by JSONPath, else a list's elements or the one object; text that is not JSON passes on as `{ status, body }`. */
function itemsOf(json: unknown, text: string, status: number, pick: ((v: unknown) => unknown[]) | undefined): Item[] {
  if (json === undefined) return text.trim() === '' ? [] : [{ status, body: text }];
  const found = pick ? pick(json).flatMap((v) => (Array.isArray(v) ? v : [v])) : Array.isArray(json) ? json : [json];
  return found.map((v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Item) : { value: v }));
}

function withQuery(url: string, query: readonly (readonly [string, string])[]): string {
  if (query.length === 0) return url;
  const parsed = new URL(url);
  for (const [k, v] of query) parsed.searchParams.set(k, v);
  return parsed.href;
}

/** Values from the cloud go into a URL encoded, so a resource name cannot add path segments or parameters. */
export function encodeStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return encodeURIComponent(value);
  if (Array.isArray(value)) {
    const next = walkDeeper(depth);
    return value.map((v) => encodeStrings(v, next));
  }
  if (value && typeof value === 'object') {
    const next = walkDeeper(depth);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeStrings(v, next)]));
  }
  return value;
}
