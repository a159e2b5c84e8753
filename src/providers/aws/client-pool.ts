import type { AwsCredentialIdentityProvider, RetryStrategyV2 } from '@smithy/types';
import type { Item } from '../types.js';
import { namedBadAnswer, readAnswer } from './attempt.js';
import { loadService, type SdkClient, type ServiceModule } from './clients.js';

/** Per HTTP attempt, from the request's start to its body's end (README "Live inventory"): 6 attempts of 30 s at most, about 3 minutes, before a hung read is ERROR. */
export const AWS_ATTEMPT_TIMEOUT_MS = 30_000;

export interface ClientSettings {
  /** An AWS-compatible emulator. */
  endpoint?: string;
  retryStrategy?: RetryStrategyV2;
  /** Per attempt (default AWS_ATTEMPT_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  /** Requests in flight per service and region. */
  concurrency: number;
}

/** One service's client for one account in one region, and the lane its requests wait in. */
export interface Connection {
  module: ServiceModule;
  client: SdkClient;
  lane: Lane;
}

/**
 * The SDK clients of a scan, one per service, region and account's credentials, every one set
 * up alike whatever the service: the adaptive retry mode (6 attempts), a per-attempt timeout
 * that aborts the attempt (a retryable failure), the answer checks of attempt.ts, and a
 * counter of every HTTP attempt by `Service.Method` (retries included).
 */
export function clientPool(settings: ClientSettings, requests: Record<string, number>) {
  const clients = new Map<string, Promise<SdkClient>>();
  const lanes = new Map<string, Lane>();
  const credentialIds = new Map<object, number>();
  const credentialId = (credentials: object): number => {
    if (!credentialIds.has(credentials)) credentialIds.set(credentials, credentialIds.size + 1);
    return credentialIds.get(credentials)!;
  };

  const make = async (service: string, region: string, credentials: AwsCredentialIdentityProvider): Promise<SdkClient> => {
    const module = await loadService(service);
    const timeoutMs = settings.requestTimeoutMs ?? AWS_ATTEMPT_TIMEOUT_MS;
    const client = new module.Client({
      region,
      credentials,
      // An emulator serves S3 buckets by path, not by host name (other clients ignore the key).
      ...(settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
      ...(settings.retryStrategy ? { retryStrategy: settings.retryStrategy } : { retryMode: 'adaptive', maxAttempts: 6 }),
      // Without throwOnRequestTimeout the SDK only logs that an attempt is late, and waits on.
      requestHandler: { requestTimeout: timeoutMs, throwOnRequestTimeout: true },
    });
    const answers = { service, timeoutMs, shapeOf: (method: string) => module.outputShape(method) };
    client.middlewareStack.addRelativeTo(readAnswer(answers), { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'ctrlflowReadAnswer' });
    client.middlewareStack.addRelativeTo(namedBadAnswer(answers), { relation: 'before', toMiddleware: 'deserializerMiddleware', name: 'ctrlflowNamedBadAnswer' });
    // Inside the retry loop, so each attempt counts as the request it is.
    client.middlewareStack.add(
      (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => (args: unknown) => {
        const name = `${service}.${String(context.commandName ?? 'Command').replace(/Command$/, '')}`;
        requests[name] = (requests[name] ?? 0) + 1;
        return next(args);
      },
      { step: 'deserialize', name: 'ctrlflowCountRequests' },
    );
    return client;
  };

  return {
    /** Throws ServiceLoadError when the service's client package cannot be loaded. */
    async connect(service: string, region: string, credentials: AwsCredentialIdentityProvider): Promise<Connection> {
      const module = await loadService(service);
      const key = `${service}\u0000${region}\u0000${credentialId(credentials)}`;
      let client = clients.get(key);
      if (!client) {
        client = make(service, region, credentials);
        clients.set(key, client);
      }
      return { module, client: await client, lane: laneFor(lanes, `${service}\u0000${region}`, settings.concurrency) };
    },
  };
}

export type ClientPool = ReturnType<typeof clientPool>;

/** Makes `${method}Command` with this input on a connection, in its lane. Undefined when the client has no such command. */
export function send(connection: Connection, method: string, input: object): Promise<Item> | undefined {
  const Command = connection.module.command(method);
  return Command && connection.lane(() => connection.client.send(new Command(input)));
}

export type Lane = <T>(work: () => Promise<T>) => Promise<T>;

/** At most `limit` pieces of work at once for one key (service and region). */
function laneFor(lanes: Map<string, Lane>, key: string, limit: number): Lane {
  let lane = lanes.get(key);
  if (!lane) {
    let running = 0;
    const waiting: (() => void)[] = [];
    lane = async (work) => {
      if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      running += 1;
      try {
        return await work();
      } finally {
        running -= 1;
        waiting.shift()?.();
      }
    };
    lanes.set(key, lane);
  }
  return lane;
}

/**
 * An SDK error as AWS's code (AccessDenied, UnauthorizedOperation, OptInRequired …) and message.
 * An attempt that timed out, the last of its retries, is `ETIMEDOUT` with the attempts made.
 */
export function describeAwsError(error: unknown): { code: string; message: string } {
  const e = error as { name?: unknown; Code?: unknown; code?: unknown; message?: unknown; $metadata?: { attempts?: unknown } };
  const message = String(e.message ?? error).split('\n')[0]!;
  if (e.name === 'TimeoutError') {
    const attempts = typeof e.$metadata?.attempts === 'number' ? `, ${e.$metadata.attempts} attempt(s)` : '';
    return { code: 'ETIMEDOUT', message: `no answer in time${attempts} (${message})` };
  }
  const code = [e.Code, e.code, e.name].find((c): c is string => typeof c === 'string' && c !== 'Error') ?? 'AwsError';
  return { code, message };
}
