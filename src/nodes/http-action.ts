import { commonNodeProperties } from '../model/flow.js';
import { schemaFor } from '../model/schema-type.js';
import { shownHttpCall, redactRequest } from '../providers/http/redact.js';
import { httpCall } from '../providers/http/request.js';
import type { Item } from '../providers/types.js';
import { compileValue } from './actions/template.js';
import { authSchema, checkHttp, encodeStrings, type HttpConfig } from './http.js';
import type { ActionData, NodeContext, NodeKind, PlannedAction, RunNode } from './types.js';

/**
 * An HTTP request per failing resource that is a change, not a read (open a ticket, page
 * someone): planned like a cloud action and sent only under --remediate, through the HTTP
 * provider's act() as a cloud action goes through its cloud's. Credentials come from
 * `${env:NAME}` as in the http node but are read only when the request is sent (by the
 * provider), so a plan needs none; reports and the audit log show them as *****.
 */
export type HttpActionConfig = Pick<HttpConfig, 'id' | 'type' | 'name' | 'description' | 'url' | 'headers' | 'auth' | 'body' | 'timeoutMs' | 'retries'> & {
  /** The failing items: an evaluate node's failed port, through filters only. */
  input: string | string[];
  method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  approval?: 'required' | 'none';
};

export const httpAction: NodeKind<HttpActionConfig> = {
  type: 'http.action',
  summary: 'plan (or with --remediate, send) an HTTP request per failing resource: a ticket, a chat message; env-only credentials',
  role: 'action',
  outputs: ['out'],
  inputs: 'one',
  // The config's twin: a compile error unless the schema accepts exactly HttpActionConfig's values (src/model/schema-type.ts).
  schema: schemaFor<HttpActionConfig>()({
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
  }),
  check: (config) => checkHttp({ ...config, method: config.method ?? 'POST' }),
  redact: redactRequest,
  credentialPaths: (config) => [
    ...(config.auth ? [['auth']] : []),
    ...Object.entries(config.headers ?? {})
      .filter(([, v]) => v.includes('${env:'))
      .map(([name]) => ['headers', name]),
  ],
  compile: compileHttpAction,
};

function compileHttpAction(config: HttpActionConfig): RunNode {
  const method = config.method ?? 'POST';
  const url = compileValue(config.url);
  const urlReadsItem = config.url.includes('{{');
  const body = config.body === undefined ? undefined : compileValue(config.body);
  const headers: Record<string, string> = { ...config.headers };
  const contentType = typeof config.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json';
  if (body && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['content-type'] = contentType;
  const fixed = {
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(config.auth ? { auth: config.auth } : {}),
    // A POST that timed out or got a 5xx may still have opened the ticket: not retried unless the flow says so.
    retries: config.retries ?? (method === 'POST' ? 0 : 3),
    backoffMs: 500,
    timeoutMs: config.timeoutMs ?? 30_000,
    shown: config.url.includes('${env:') ? config.url : config.url.split('?')[0]!,
    who: `node "${config.id}"`,
  };

  return async ([items = []]: Item[][], ctx: NodeContext) => {
    const actions: PlannedAction[] = items.map((item, index) => {
      const verdict = ctx.verdictOf?.(item);
      if (!verdict) throw new Error(`item ${index} has no resource id: take input from an evaluate node's failed port (verdict.failed), through filters only`);
      // ActionData's four fields named, not spread: one of these is made per failing resource.
      const data = (d: ActionData) => ({
        control: d.control,
        title: d.title,
        severity: d.severity,
        time: d.time,
        resourceId: verdict.resourceId,
        displayName: verdict.displayName,
        reason: verdict.matches.map((m) => m.text).join('; '),
        account: ctx.target.account,
        region: ctx.target.region,
      });
      return {
        node: config.id,
        ...(config.name ? { name: config.name } : {}),
        resourceId: verdict.resourceId,
        ...(config.approval === 'required' ? { approval: 'required' as const } : {}),
        steps: [
          {
            id: 'main',
            via: 'http' as const,
            // The item's values go into the URL encoded; `${env:NAME}` stays as written, for the provider to fill in when it sends.
            call: (d: ActionData) => {
              const made = data(d);
              // A URL that reads no item value needs no encoded copy of the item.
              return httpCall(method, { url: String(url(urlReadsItem ? encodeStrings(item) : item, made)), ...fixed, ...(body ? { body: body(item, made) } : {}) });
            },
            shown: shownHttpCall,
          },
        ],
      };
    });
    return { ports: { out: items }, actions };
  };
}
