import { ActionCallError, type ActOutcome, type ApiCall, type Item } from '../types.js';

/** What a write needs of the auth client: google-auth-library's signed `request` (gaxios options). */
export interface GcpRequester {
  request<T = unknown>(options: {
    url: string;
    method: string;
    data?: unknown;
    /** Aborts the request (a read's own timeout). */
    signal?: AbortSignal;
    retryConfig?: { retry?: number; httpMethodsToRetry?: string[]; onRetryAttempt?: (error: unknown) => void };
  }): Promise<{ data: T; status: number }>;
}

interface Policy {
  bindings?: { role: string; members?: string[]; condition?: unknown }[];
  etag?: string;
  [key: string]: unknown;
}

/** Retried on 429/5xx: a policy write carries its etag, so every IAM request; of REST calls, all but POST (it may create). */
const RETRIED: Record<string, string[]> = { IAM: ['GET', 'PUT', 'POST'], REST: ['PUT', 'PATCH', 'DELETE'] };

/**
 * Remediation writes to any Google REST API through the reads' auth client: `REST` is one
 * request; `IAM removeMembers` reads the resource's IAM policy, drops the members from every
 * binding (and bindings left empty) and writes it back with its etag, so a policy changed in
 * between fails the write (412 or ABORTED) instead of being overwritten. A policy without
 * those members is left alone: `changed: false`, no write.
 *
 * Two policy URL conventions: Cloud Storage's JSON API (`GET …/b/BUCKET/iam`, `PUT` the
 * same URL with the policy) and the resource-manager style (`POST …:getIamPolicy`, `POST
 * …:setIamPolicy { policy }`).
 */
export function gcpActor(client: () => Promise<GcpRequester>, count: (name: string) => void): (call: ApiCall) => Promise<ActOutcome> {
  const send = async <T>(name: string, url: string, method: string, data?: unknown): Promise<T> => {
    const requester = await client();
    count(`${name}.${method}`);
    try {
      const response = await requester.request<T>({
        url,
        method,
        ...(data === undefined ? {} : { data }),
        retryConfig: { retry: 3, httpMethodsToRetry: RETRIED[name] ?? [], onRetryAttempt: () => count(`${name}.${method}`) },
      });
      return response.data;
    } catch (error) {
      const { code, message } = describeGcpError(error);
      throw new ActionCallError(code, message);
    }
  };

  return async (call) => {
    if (call.service === 'REST' && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(call.method) && typeof call.params.url === 'string') {
      const data = await send<unknown>('REST', call.params.url, call.method, call.params.body);
      return { output: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Item) : {}, changed: true };
    }
    if (call.service === 'IAM' && call.method === 'removeMembers' && typeof call.params.policyUrl === 'string' && Array.isArray(call.params.members)) {
      return removeMembers(call.params.policyUrl, new Set(call.params.members.map(String)), send);
    }
    throw new ActionCallError('UnsupportedCall', `GCP actions are REST POST/PUT/PATCH/DELETE with a url, or IAM removeMembers with a policyUrl; ${call.service} ${call.method} is not`);
  };
}

type Send = <T>(name: string, url: string, method: string, data?: unknown) => Promise<T>;

async function removeMembers(policyUrl: string, members: Set<string>, send: Send): Promise<ActOutcome> {
  const rpc = /:(get|set)IamPolicy$/.exec(policyUrl);
  const base = rpc ? policyUrl.slice(0, rpc.index) : policyUrl;
  // Version 3 so that a policy with conditional bindings is read (and written back) whole.
  const policy = rpc
    ? await send<Policy>('IAM', `${base}:getIamPolicy`, 'POST', { options: { requestedPolicyVersion: 3 } })
    : await send<Policy>('IAM', withQuery(base, 'optionsRequestedPolicyVersion=3'), 'GET');
  const before = policy.bindings ?? [];
  const bindings = before
    .map((b) => ({ ...b, members: (b.members ?? []).filter((m) => !members.has(m)) }))
    .filter((b) => b.members.length > 0);
  const removed = before.reduce((n, b) => n + (b.members?.length ?? 0), 0) - bindings.reduce((n, b) => n + b.members.length, 0);
  if (removed === 0) return { output: policy, changed: false };
  const updated: Policy = { ...policy, bindings };
  const written = rpc ? await send<Policy>('IAM', `${base}:setIamPolicy`, 'POST', { policy: updated }) : await send<Policy>('IAM', base, 'PUT', updated);
  return { output: written ?? {}, changed: true };
}

function withQuery(url: string, query: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

/**
 * A Google API error as its status (PERMISSION_DENIED, ABORTED …) or, for APIs that give
 * none (Cloud Storage's JSON API), its reason (conditionNotMet, forbidden …) or HTTP status.
 */
export function describeGcpError(error: unknown): { code: string; message: string } {
  const e = error as { status?: unknown; code?: unknown; message?: unknown; response?: { status?: number; data?: unknown } };
  const data = typeof e.response?.data === 'string' ? parseJson(e.response.data) : e.response?.data;
  const inner = (data as { error?: { status?: unknown; message?: unknown; errors?: { reason?: unknown }[] } } | undefined)?.error;
  const status = e.response?.status ?? (typeof e.status === 'number' ? e.status : undefined);
  const code = [inner?.status, inner?.errors?.[0]?.reason].find((c): c is string => typeof c === 'string') ?? (status ? `HTTP${status}` : typeof e.code === 'string' ? e.code : 'GcpError');
  return { code, message: String(inner?.message ?? e.message ?? error).split('\n')[0]! };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
