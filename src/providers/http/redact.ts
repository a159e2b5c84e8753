import type { NodeConfig } from '../../model/flow.js';
import { REDACTED } from '../../lib/redact.js';
import type { ApiCall } from '../types.js';
import type { HttpAuth } from './environment.js';
import { paramsOf } from './request.js';

/** The parts of an http node's config that may read the environment. */
export interface HttpRequestConfig extends NodeConfig {
  url: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  auth?: HttpAuth;
}

const hidesSecret = (v: string): string => (v.includes('${env:') ? REDACTED : v);
const hideValues = (values: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, hidesSecret(v)]));

/** An http node's config as history shows it: the auth block and every value that reads the environment as *****. */
export function redactRequest(config: HttpRequestConfig): NodeConfig {
  return {
    ...config,
    url: hidesSecret(config.url),
    ...(config.auth ? { auth: REDACTED } : {}),
    ...(config.headers ? { headers: hideValues(config.headers) } : {}),
    ...(config.query ? { query: hideValues(config.query) } : {}),
  };
}

/** An http call as a plan, a report and the audit log show it: the URL and body, the URL as ***** when it reads the environment; never headers or auth. */
export function shownHttpCall(call: ApiCall): ApiCall {
  const { url, body, shown } = paramsOf(call);
  return { service: call.service, method: call.method, params: { url: shown.includes('${env:') ? REDACTED : url, ...(body !== undefined ? { body } : {}) } };
}
