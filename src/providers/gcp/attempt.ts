import { notJsonObject } from '../answer-body.js';

/** Attempts of a page that gets no answer in time (Cloud Asset and REST reads alike). */
export const TIMEOUT_ATTEMPTS = 3;

/**
 * Why one HTTP attempt of a Cloud Asset read did not give an answer: no answer (headers and
 * body) within its time, or a 2xx body that is not a JSON object (an HTML page, an empty or
 * non-JSON body). gax hands the fetch's error on as it is, so the listing knows which.
 */
export class AttemptProblem extends Error {
  override name = 'AttemptProblem';
  constructor(
    readonly kind: 'timeout' | 'body',
    readonly detail: string,
    readonly status: number,
  ) {
    super(kind === 'timeout' ? `no answer within ${detail}` : `answered HTTP ${status} with ${detail}`);
  }
}

export function attemptProblemOf(error: unknown): AttemptProblem | undefined {
  if (error instanceof AttemptProblem) return error;
  const cause = (error as { cause?: unknown } | null)?.cause;
  return cause instanceof AttemptProblem ? cause : undefined;
}

interface FetchResponse {
  ok: boolean;
  status: number;
  statusText: string;
  headers: Headers;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * One request through the auth client's fetch, with its own deadline for the answer and the
 * whole body: past it the request is aborted (its socket with it) and the attempt is an
 * AttemptProblem('timeout'). A 2xx body that is not a JSON object is an AttemptProblem('body'),
 * where the client would take an empty or list body as "no assets". The body is handed on read.
 */
export async function fetchWithin(client: { fetch(url: string, init?: unknown): Promise<unknown> }, url: string, init: unknown, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const given = (init as { signal?: AbortSignal } | undefined)?.signal;
  const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = (await client.fetch(url, { ...(init as object), signal })) as FetchResponse;
    const body = Buffer.from(await response.arrayBuffer());
    if (response.ok) {
      const problem = notJsonObject(body.toString('utf8'), response.headers.get('content-type') ?? undefined);
      if (problem) throw new AttemptProblem('body', problem, response.status);
    }
    const empty = response.status === 204 || response.status === 205 || response.status === 304;
    return new Response(empty ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    if (controller.signal.aborted && !given?.aborted) throw new AttemptProblem('timeout', `${timeoutMs} ms`, 0);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
