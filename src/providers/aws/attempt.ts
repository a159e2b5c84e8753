import type { Readable } from 'node:stream';
import { htmlPage } from '../answer-body.js';
import type { OutputShape } from './output-shape.js';

/**
 * Every HTTP attempt of every AWS client goes through two middlewares, one on each side of the
 * SDK's deserializer, inside its retry loop (so each attempt is judged on its own):
 *
 * - `readAnswer` (between the wire and the deserializer) reads the whole body before the SDK
 *   does, within what is left of the attempt's time: the HTTP handler aborts an attempt that
 *   has no response headers by then (`throwOnRequestTimeout`), and a body that has not ended
 *   by then is destroyed. Either is a `TimeoutError` (ETIMEDOUT), which the SDK's retry
 *   strategy retries like a dropped connection; after the last attempt the read is ERROR
 *   `ETIMEDOUT`, never a hang. It then refuses a 2xx answer that cannot be the operation's
 *   (`BadResponse`, not retried): an HTML page (a proxy or captive portal), an empty body where
 *   the protocol always writes one, a Query protocol answer whose root is not
 *   `<OperationResponse>`, a JSON protocol answer that is not a JSON object.
 * - `namedBadAnswer` (around the deserializer) turns a 2xx body the SDK could not parse into
 *   the same `BadResponse`, naming the call, where the SDK would throw a bare SyntaxError.
 */
export class BadAnswerError extends Error {
  override name = 'BadResponse';
  readonly code = 'BadResponse';
}

interface RawResponse {
  statusCode: number;
  headers: Record<string, string | undefined>;
  body: unknown;
}
type Next = (args: unknown) => Promise<{ response?: unknown; output?: unknown }>;
type Context = { commandName?: string };

export interface AnswerSettings {
  service: string;
  /** Per attempt, in ms, from the request's start to its body's end. */
  timeoutMs: number;
  shapeOf(method: string): OutputShape | undefined;
}

const methodOf = (context: Context) => String(context.commandName ?? 'Command').replace(/Command$/, '');

export function readAnswer(settings: AnswerSettings) {
  return (next: Next, context: Context) =>
    async (args: unknown): Promise<{ response?: unknown; output?: unknown }> => {
      const started = Date.now();
      const result = await next(args);
      const response = result.response as RawResponse | undefined;
      if (!response || typeof response.statusCode !== 'number') return result;
      const method = methodOf(context);
      const shape = settings.shapeOf(method);
      const ok = response.statusCode >= 200 && response.statusCode < 300;
      // A streamed body (S3 GetObject) is the caller's to read.
      if (ok && shape?.streaming) return result;
      const bytes = await readBody(response.body, Math.max(1, settings.timeoutMs - (Date.now() - started)), settings.timeoutMs);
      response.body = bytes;
      if (ok) {
        const why = badAnswer(bytes, response, method, shape);
        if (why) throw new BadAnswerError(`${settings.service}.${method} ${why}`);
      }
      return result;
    };
}

export function namedBadAnswer(settings: Pick<AnswerSettings, 'service'>) {
  return (next: Next, context: Context) =>
    async (args: unknown): Promise<{ response?: unknown; output?: unknown }> => {
      try {
        return await next(args);
      } catch (error) {
        const e = error as { $fault?: unknown; $response?: RawResponse; message?: unknown };
        const status = e.$response?.statusCode;
        if (!(error instanceof BadAnswerError) && e.$fault === undefined && typeof status === 'number' && status >= 200 && status < 300) {
          const detail = String(e.message ?? error).split('\n')[0];
          throw new BadAnswerError(`${settings.service}.${methodOf(context)} answered HTTP ${status} with a body the AWS SDK could not read (${detail})`);
        }
        throw error;
      }
    };
}

/** Why a 2xx answer is not one of this operation, or undefined. */
export function badAnswer(bytes: Uint8Array, response: Pick<RawResponse, 'statusCode' | 'headers'>, method: string, shape: OutputShape | undefined): string | undefined {
  const status = response.statusCode;
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  const html = htmlPage(head, headerOf(response.headers, 'content-type'));
  if (html) return `answered HTTP ${status} with ${html}, not an AWS answer (a proxy or captive portal in the way?)`;
  if (head === '') return shape?.needsBody ? `answered HTTP ${status} with an empty body, where an answer always has one` : undefined;
  if (!shape || shape.payload) return undefined;
  if (shape.protocol === 'query') {
    const root = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head)?.[1];
    if (root === undefined) return `answered HTTP ${status} with a body that is not XML`;
    if (root !== `${method}Response`) return `answered HTTP ${status} with <${root}>, not <${method}Response>`;
  }
  if (shape.protocol === 'restXml' && !head.startsWith('<')) return `answered HTTP ${status} with a body that is not XML`;
  if (shape.protocol === 'json' && !head.startsWith('{')) return `answered HTTP ${status} with a body that is not a JSON object`;
  return undefined;
}

function headerOf(headers: Record<string, string | undefined>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers ?? {})) if (key.toLowerCase() === name) return value;
  return undefined;
}

/** The whole body within `ms`; a body still open then is destroyed (its socket with it) and the attempt is a TimeoutError. */
function readBody(body: unknown, ms: number, attemptMs: number): Promise<Uint8Array> {
  if (body === undefined || body === null) return Promise.resolve(new Uint8Array());
  if (body instanceof Uint8Array) return Promise.resolve(body);
  if (typeof body === 'string') return Promise.resolve(Buffer.from(body, 'utf8'));
  const stream = body as Readable;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      const error = Object.assign(new Error(`no complete answer within ${attemptMs} ms`), { name: 'TimeoutError', code: 'ETIMEDOUT' });
      stream.destroy(error);
      reject(error);
    }, ms);
    stream.on('data', (chunk: Buffer | string) => chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    stream.once('end', () => (clearTimeout(timer), resolve(Buffer.concat(chunks))));
    stream.once('error', (error) => (clearTimeout(timer), reject(error)));
  });
}
