import { send } from '../http/client.js';
import { commonNodeProperties } from '../model/flow.js';
import type { Item } from '../providers/types.js';
import { VERSION } from '../version.js';
import { compileValue } from './actions/template.js';
import { REDACTED } from '../lib/redact.js';
import { authorization, authSchema, checkHttp, encodeStrings, ENV_REF, envReader, MAX_BACKOFF_MS, redactHttp, type HttpConfig } from './http.js';
import type { ActionData, CompileEnv, NodeKind, PlannedAction } from './types.js';

/**
 * An HTTP request per failing resource that is a change, not a read (open a ticket, page
 * someone): planned like a cloud action and sent only under --remediate. Credentials come
 * from `${env:NAME}` as in the http node but are read only when the request is sent, so a
 * plan needs none; reports and the audit log show them as *****.
 */
export type HttpActionConfig = Pick<HttpConfig, 'id' | 'type' | 'name' | 'input' | 'url' | 'headers' | 'auth' | 'body' | 'timeoutMs' | 'retries'> & {
  method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  approval?: 'required' | 'none';
};

export const httpAction: NodeKind<HttpActionConfig> = {
  type: 'http.action',
  summary: 'plan (or with --remediate, send) an HTTP request per failing resource: a ticket, a chat message; env-only credentials',
  outputs: ['out'],
  inputs: 'one',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'input', 'url'],
    properties: {
      ...commonNodeProperties,
      method: { enum: ['POST', 'PUT', 'PATCH', 'DELETE'] },
      url: { type: 'string', minLength: 1 },
      headers: { type: 'object', additionalProperties: { type: 'string' } },
      auth: authSchema,
      body: { type: ['string', 'object', 'array'] },
      timeoutMs: { type: 'integer', minimum: 1, maximum: 300_000 },
      retries: { type: 'integer', minimum: 0, maximum: 10 },
      approval: { enum: ['required', 'none'] },
    },
  },
  check: (config) => checkHttp({ ...config, method: config.method ?? 'POST' } as HttpConfig),
  redact: (config) => redactHttp(config as HttpConfig) as HttpActionConfig,
  credentialPaths: (config) => [
    ...(config.auth ? [['auth']] : []),
    ...Object.entries(config.headers ?? {})
      .filter(([, v]) => v.includes('${env:'))
      .map(([name]) => ['headers', name]),
  ],
  compile: compileHttpAction,
};

function compileHttpAction(config: HttpActionConfig, env: CompileEnv) {
  const method = config.method ?? 'POST';
  const needs = [...JSON.stringify([config.url, config.headers ?? {}, config.auth ?? {}]).matchAll(ENV_REF)].map((m) => m[1]!);
  const fromEnv = envReader(config.id, env.environment);
  // As the plan shows it: the URL as written when it reads the environment.
  const shownUrl = compileValue(config.url.includes('${env:') ? REDACTED : config.url);
  const body = config.body === undefined ? undefined : compileValue(config.body);
  const render = (item: Item, data: ActionData & Record<string, unknown>) => ({
    url: shownUrl(encodeStrings(item), data),
    ...(body ? { body: body(item, data) } : {}),
  });

  return async ([items = []]: Item[][], ctx: Parameters<ReturnType<NodeKind['compile']>>[1]) => {
    const actions: PlannedAction[] = items.map((item, index) => {
      const verdict = ctx.verdictOf?.(item);
      if (!verdict) throw new Error(`item ${index} has no resource id: take input from an evaluate node's failed port (verdict.failed), through filters only`);
      const data = (d: ActionData) => ({ ...d, resourceId: verdict.resourceId, displayName: verdict.displayName, reason: verdict.matches.map((m) => m.text).join('; '), account: ctx.target.account, region: ctx.target.region });
      return {
        node: config.id,
        ...(config.name ? { name: config.name } : {}),
        resourceId: verdict.resourceId,
        ...(config.approval === 'required' ? { approval: 'required' as const } : {}),
        steps: [
          {
            id: 'main',
            via: 'http' as const,
            call: (d: ActionData) => ({ service: 'HTTP', method, params: render(item, data(d)) }),
            shown: (call) => call,
            needs,
            async send(d: ActionData): Promise<Item> {
              // The environment goes into the URL template before the item does: a cloud value reading "${env:X}" stays text.
              const url = compileValue(fromEnv(config.url, 'URL'))(encodeStrings(item), data(d)) as string;
              const headers: Record<string, string> = { accept: 'application/json', 'user-agent': `ctrlflow/${VERSION}` };
              for (const [name, value] of Object.entries(config.headers ?? {})) headers[name.toLowerCase()] = fromEnv(value, `header ${name}`);
              const auth = authorization(config.auth, fromEnv);
              if (auth) headers[auth.name] = auth.value;
              const rendered = body?.(item, data(d));
              if (rendered !== undefined && !headers['content-type']) headers['content-type'] = typeof rendered === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
              // A POST that timed out or got a 5xx may still have opened the ticket: not retried unless the flow says so.
              const policy = { retries: config.retries ?? (method === 'POST' ? 0 : 3), backoffMs: 500, maxBackoffMs: MAX_BACKOFF_MS, timeoutMs: config.timeoutMs ?? 30_000 };
              const text = rendered === undefined ? undefined : typeof rendered === 'string' ? rendered : JSON.stringify(rendered);
              const response = await send({ method, url, headers, body: text }, policy, `${method} ${config.url.includes('${env:') ? config.url : config.url.split('?')[0]}`);
              const json = response.json;
              return json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as Item) : { status: response.status };
            },
          },
        ],
      };
    });
    return { ports: { out: items }, actions };
  };
}
