import { createHttpHeaders, createPipelineRequest } from '@azure/core-rest-pipeline';
import { ActionCallError, type ActOutcome, type ApiCall, type Item, type Target } from '../types.js';
import { armError, parseJson, type RestClient } from './rest-client.js';

const METHODS = new Set(['PATCH', 'PUT', 'POST', 'DELETE']);

/**
 * Remediation writes through ARM REST: `METHOD {endpoint}{path}?api-version=…` with a JSON
 * body, over the ARM pipeline the reads use (one credential, bearer token for the ARM scope,
 * retries on 429 and 5xx, every attempt counted). A 202 (an asynchronous operation) is not
 * polled: the re-evaluation after the run shows whether the change took.
 */
export function armActor(arm: RestClient): (target: Target, call: ApiCall) => Promise<ActOutcome> {
  return async (target, call) => {
    const path = typeof call.params.path === 'string' ? call.params.path : '';
    const apiVersion = typeof call.params.apiVersion === 'string' ? call.params.apiVersion : '';
    if (call.service !== 'ARM' || !METHODS.has(call.method)) throw new ActionCallError('UnsupportedCall', `Azure actions are ARM PATCH, PUT, POST or DELETE calls; ${call.service} ${call.method} is not`);
    if (!path.startsWith('/') || apiVersion === '') throw new ActionCallError('UnsupportedCall', `an ARM call needs a resource path starting with / and an api-version (path "${path}")`);
    const subscription = subscriptionOf(path);
    if (subscription !== undefined && subscription.toLowerCase() !== target.account.toLowerCase()) {
      throw new ActionCallError('WrongSubscription', `${path} is not in subscription ${target.account}, where the result was found`);
    }
    const request = createPipelineRequest({
      url: `${arm.endpoint}${encodeURI(path)}?api-version=${encodeURIComponent(apiVersion)}`,
      method: call.method as 'PATCH',
      headers: createHttpHeaders({ accept: 'application/json', ...(call.params.body === undefined ? {} : { 'content-type': 'application/json' }) }),
      ...(call.params.body === undefined ? {} : { body: JSON.stringify(call.params.body) }),
    });
    let response;
    try {
      response = await (await arm.connect()).sendRequest(request);
    } catch (error) {
      const e = error as { code?: unknown; message?: unknown };
      throw new ActionCallError(typeof e.code === 'string' ? e.code : 'AzureError', String(e.message ?? error).split('\n')[0]!);
    }
    const body = parseJson(response.bodyAsText);
    if (response.status >= 400) {
      // ARM errors: { error: { code: "AuthorizationFailed", message } }.
      const { code, message } = armError(body, response.status, response.bodyAsText ?? `HTTP ${response.status}`);
      throw new ActionCallError(code, message);
    }
    const output: Item = Array.isArray(body) ? { value: body } : body !== null && typeof body === 'object' ? (body as Item) : {};
    return { output, changed: true };
  };
}

/** The subscription an ARM path is under (`/subscriptions/<id>/…`), if any. */
export function subscriptionOf(path: string): string | undefined {
  return /^\/subscriptions\/([^/?]+)/i.exec(path)?.[1];
}
