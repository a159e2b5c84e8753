import { ServiceClient } from '@azure/core-client';
import { createHttpHeaders, createPipelineRequest } from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/identity';
import { ActionCallError, type ActOutcome, type ApiCall, type Item, type Target } from '../types.js';

export interface ArmOptions {
  credential: () => Promise<TokenCredential>;
  /** ARM endpoint; default https://management.azure.com. */
  endpoint?: string;
  retry: { maxRetries: number; retryDelayInMs: number; maxRetryDelayInMs: number };
  /** Called once per HTTP attempt, retries included, with `ARM.PATCH` …. */
  count: (name: string) => void;
}

const METHODS = new Set(['PATCH', 'PUT', 'POST', 'DELETE']);

/**
 * Remediation writes through ARM REST: `METHOD {endpoint}{path}?api-version=…` with a JSON
 * body, over the Azure SDK pipeline (bearer token for the ARM scope, retries on 429 and 5xx)
 * like the Resource Graph reads. A 202 (an asynchronous operation) is not polled: the
 * re-evaluation after the run shows whether the change took.
 */
export function armActor(options: ArmOptions): (target: Target, call: ApiCall) => Promise<ActOutcome> {
  const endpoint = (options.endpoint ?? 'https://management.azure.com').replace(/\/+$/, '');
  let client: Promise<ServiceClient> | undefined;
  const connect = (): Promise<ServiceClient> =>
    (client ??= options.credential().then(
      (credential) =>
        new ServiceClient({
          endpoint,
          credential,
          // The scope the reads' client asks for: the endpoint's own.
          credentialScopes: [`${endpoint}/.default`],
          retryOptions: options.retry,
          additionalPolicies: [
            { position: 'perRetry', policy: { name: 'ctrlflowCountWrites', sendRequest: (request, next) => (options.count(`ARM.${request.method}`), next(request)) } },
          ],
        }),
    ));

  return async (target, call) => {
    const path = typeof call.params.path === 'string' ? call.params.path : '';
    const apiVersion = typeof call.params.apiVersion === 'string' ? call.params.apiVersion : '';
    if (call.service !== 'ARM' || !METHODS.has(call.method)) throw new ActionCallError('UnsupportedCall', `Azure actions are ARM PATCH, PUT, POST or DELETE calls; ${call.service} ${call.method} is not`);
    if (!path.startsWith('/') || apiVersion === '') throw new ActionCallError('UnsupportedCall', `an ARM call needs a resource path starting with / and an api-version (path "${path}")`);
    const subscription = /^\/subscriptions\/([^/]+)/i.exec(path)?.[1];
    if (subscription !== undefined && subscription.toLowerCase() !== target.account.toLowerCase()) {
      throw new ActionCallError('WrongSubscription', `${path} is not in subscription ${target.account}, where the result was found`);
    }
    const request = createPipelineRequest({
      url: `${endpoint}${encodeURI(path)}?api-version=${encodeURIComponent(apiVersion)}`,
      method: call.method as 'PATCH',
      headers: createHttpHeaders({ accept: 'application/json', ...(call.params.body === undefined ? {} : { 'content-type': 'application/json' }) }),
      ...(call.params.body === undefined ? {} : { body: JSON.stringify(call.params.body) }),
    });
    let response;
    try {
      response = await (await connect()).sendRequest(request);
    } catch (error) {
      const e = error as { code?: unknown; message?: unknown };
      throw new ActionCallError(typeof e.code === 'string' ? e.code : 'AzureError', String(e.message ?? error).split('\n')[0]!);
    }
    const body = parseJson(response.bodyAsText);
    if (response.status >= 400) {
      // ARM errors: { error: { code: "AuthorizationFailed", message } }.
      const inner = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
      const code = typeof inner?.code === 'string' ? inner.code : `HTTP${response.status}`;
      throw new ActionCallError(code, String(inner?.message ?? response.bodyAsText ?? `HTTP ${response.status}`).split('\n')[0]!);
    }
    const output: Item = Array.isArray(body) ? { value: body } : body !== null && typeof body === 'object' ? (body as Item) : {};
    return { output, changed: true };
  };
}

function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
