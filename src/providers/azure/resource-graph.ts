import { ResourceGraphClient, type QueryRequest } from '@azure/arm-resourcegraph';
import type { TokenCredential } from '@azure/identity';
import { setTimeout as delay } from 'node:timers/promises';
import type { Cloud } from '../../model/control.js';
import { armActor } from './arm.js';
import { notJsonObject } from '../answer-body.js';
import { MAX_PAGES, pageGuard } from '../paging.js';
import { readErrorOf, restClient, timeoutIsRetryable } from './rest-client.js';
import { azureRestReads } from './rest-reads.js';
import { kqlOf } from './tables.js';
import { ProviderSetupError, TargetReadError, type ActOutcome, type ApiCall, type InventoryProvider, type Item, type Target } from '../types.js';

export interface AzureOptions {
  /** `--azure-subscription`; none: every subscription the identity can see (in the management group, if given). */
  subscriptions?: string[];
  managementGroup?: string;
  /** Default: DefaultAzureCredential (environment, workload identity, managed identity, Azure CLI …). */
  credential?: TokenCredential;
  /** ARM endpoint, for sovereign clouds; default https://management.azure.com. */
  endpoint?: string;
  /** Microsoft Graph endpoint, for sovereign clouds; default https://graph.microsoft.com. */
  graphEndpoint?: string;
  /** Per HTTP attempt; an attempt that outlives it is retried like a dropped connection. Default 60 s. */
  timeoutMs?: number;
  /** The SDK pipeline's retries on 429 (Retry-After) and 5xx; tests shorten the delays. */
  retry?: { maxRetries: number; retryDelayInMs: number; maxRetryDelayInMs: number };
  sleep?: (ms: number) => Promise<unknown>;
  /** Pages of one query at most (default MAX_PAGES); tests lower it. */
  maxPages?: number;
}

/** Resource Graph's own limits: 1000 rows a page, and we ask for at most 1000 subscriptions a query. */
const PAGE_ROWS = 1000;
const SUBSCRIPTIONS_PER_QUERY = 1000;
const API_VERSION = '2024-04-01';
/** Errors that concern the scope (a subscription we may not read), worth retrying one subscription at a time. */
const SCOPE_ERRORS = new Set(['AuthorizationFailed', 'AccessDenied', 'Forbidden', 'NoValidSubscriptionsInQueryRequest', 'SubscriptionNotFound', 'InvalidSubscriptionId']);

type Outcome = Item[] | TargetReadError;

/**
 * Azure through Resource Graph (`@azure/arm-resourcegraph`). One query per resource type
 * covers up to 1000 subscriptions and is split by `subscriptionId`, so a scan of many
 * subscriptions makes few requests; a query refused for its scope is asked again per
 * subscription, so one unreadable subscription is ERROR while the others stand. Rows are ARM
 * resource JSON (`properties`, `tags`), the shape the snapshot holds. Tables other than
 * `resources` (securityresources …) are read the same way. What Resource Graph does not hold
 * is read over ARM and Microsoft Graph REST on the same credential (rest-reads.ts).
 */
export function openAzure(options: AzureOptions = {}): InventoryProvider & { requests(): Record<string, number>; act(target: Target, call: ApiCall): Promise<ActOutcome> } {
  const requests: Record<string, number> = {};
  const count = (name: string) => void (requests[name] = (requests[name] ?? 0) + 1);
  let client: ResourceGraphClient | undefined;
  const sleep = options.sleep ?? delay;
  let quotaWaitUntil = 0;
  const retry = options.retry ?? { maxRetries: 4, retryDelayInMs: 1000, maxRetryDelayInMs: 30_000 };
  let credential: Promise<TokenCredential> | undefined;
  // One credential for reads and writes.
  const credentialOf = (): Promise<TokenCredential> =>
    (credential ??= options.credential ? Promise.resolve(options.credential) : import('@azure/identity').then((identity) => new identity.DefaultAzureCredential()));

  const connect = async (): Promise<ResourceGraphClient> => {
    if (client) return client;
    client = new ResourceGraphClient(await credentialOf(), {
      apiVersion: API_VERSION,
      endpoint: options.endpoint,
      retryOptions: retry,
      // Every attempt, retries included, is a request made.
      additionalPolicies: [
        { position: 'perRetry', policy: { name: 'ctrlflowCount', sendRequest: (request, next) => (count('ResourceGraph.Resources'), next(request)) } },
        { position: 'perRetry', policy: timeoutIsRetryable },
      ],
    });
    return client;
  };
  const timeoutMs = options.timeoutMs ?? 60_000;
  const arm = restClient({ credential: credentialOf, endpoint: options.endpoint ?? 'https://management.azure.com', retry, count, name: 'ARM' });
  const graphApi = restClient({ credential: credentialOf, endpoint: options.graphEndpoint ?? 'https://graph.microsoft.com', retry, count, name: 'Graph' });
  // Reads and writes share the ARM pipeline: one credential, one retry policy, one count.
  const write = armActor(arm);
  const restRead = azureRestReads(arm, graphApi, timeoutMs);

  /**
   * Every page of one query, pagination by $skipToken; waits out a spent user quota before each
   * request. A repeated $skipToken or more than MAX_PAGES pages is ERROR, never a partial list
   * passed on as whole; so is a 200 answer without `data` (an HTML page, an empty or non-JSON
   * body), which the API always writes ([] when no row matches).
   */
  const query = async (request: QueryRequest): Promise<Item[]> => {
    const graph = await connect();
    const rows: Item[] = [];
    let skipToken: string | undefined;
    const guard = pageGuard('Resource Graph', undefined, options.maxPages ?? MAX_PAGES);
    do {
      const wait = quotaWaitUntil - Date.now();
      if (wait > 0) await sleep(wait);
      let raw: { status: number; bodyAsText?: string | null; headers: { get(name: string): string | undefined } } | undefined;
      let page;
      try {
        page = await graph.resources(
          { ...request, options: { resultFormat: 'objectArray', top: PAGE_ROWS, ...(skipToken ? { skipToken } : {}) } },
          {
            requestOptions: { timeout: timeoutMs },
            onResponse: (response) => {
              raw = response;
              noteQuota(response.headers.get('x-ms-user-quota-remaining'), response.headers.get('x-ms-user-quota-resets-after'));
            },
          },
        );
      } catch (error) {
        const e = error as { code?: unknown };
        if (e.code === 'PARSE_ERROR') throw readErrorOf(error, 'Resource Graph', { service: 'ResourceGraph', method: 'Resources', params: {} });
        throw error;
      }
      // The SDK's model types `data` as a map, so a row list arrives keyed "0", "1", …
      const data: unknown = page.data;
      if (data === null || typeof data !== 'object') {
        const body = notJsonObject(raw?.bodyAsText, raw?.headers.get('content-type'));
        throw new TargetReadError('BadResponse', `Resource Graph answered HTTP ${raw?.status ?? 200} ${body ? `with ${body}` : 'without "data"'}, not an answer`);
      }
      for (const row of (Array.isArray(data) ? data : Object.values(data)) as Item[]) rows.push(row);
      skipToken = page.skipToken || undefined;
      guard.next(skipToken);
    } while (skipToken);
    return rows;
  };

  const noteQuota = (remaining: string | undefined, resetsAfter: string | undefined): void => {
    if (remaining !== '0' || !resetsAfter) return;
    // `hh:mm:ss` until the user's quota window resets.
    const [h = 0, m = 0, s = 0] = resetsAfter.split(':').map(Number);
    quotaWaitUntil = Date.now() + ((h * 60 + m) * 60 + s) * 1000;
  };

  let subscriptions: Promise<string[]> | undefined;
  const knownSubscriptions = (): Promise<string[]> => {
    subscriptions ??= options.subscriptions?.length
      ? Promise.resolve([...new Set(options.subscriptions.map((s) => s.toLowerCase()))])
      : query({
          query: "ResourceContainers | where type =~ 'microsoft.resources/subscriptions' | project subscriptionId | order by subscriptionId asc",
          ...(options.managementGroup ? { managementGroups: [options.managementGroup] } : {}),
        }).then(
          (rows) => rows.map((r) => String(r.subscriptionId).toLowerCase()),
          (error: unknown) => {
            const { code, message } = describe(error);
            throw new ProviderSetupError(`could not list the Azure subscriptions this identity can read (${code}: ${message}); name them with --azure-subscription`);
          },
        );
    return subscriptions;
  };

  /** One call over every known subscription, split by subscription; shared by every target's list(). */
  const batches = new Map<string, Promise<Map<string, Outcome>>>();
  const fetchAll = async (kql: string, call: ApiCall): Promise<Map<string, Outcome>> => {
    const all = await knownSubscriptions();
    const outcomes = new Map<string, Outcome>();
    for (let i = 0; i < all.length; i += SUBSCRIPTIONS_PER_QUERY) {
      const chunk = all.slice(i, i + SUBSCRIPTIONS_PER_QUERY);
      for (const [subscription, outcome] of await fetchChunk(kql, chunk, call)) outcomes.set(subscription, outcome);
    }
    return outcomes;
  };

  const fetchChunk = async (kql: string, chunk: string[], call: ApiCall): Promise<Map<string, Outcome>> => {
    try {
      const rows = await query({ subscriptions: chunk, query: kql });
      const bySubscription = new Map<string, Item[]>(chunk.map((s) => [s, []]));
      for (const row of rows) {
        // A query that projected subscriptionId away can still be split when it asked one subscription.
        const owner = row.subscriptionId === undefined && chunk.length === 1 ? chunk[0]! : String(row.subscriptionId).toLowerCase();
        // A row of a type read that belongs to no subscription (a built-in role definition, a
        // management group's assignment) holds for every subscription it was read for.
        const lists = owner === '' && call.params.query === undefined ? [...bySubscription.values()] : [bySubscription.get(owner)];
        for (const list of lists) {
          if (!list) throw new TargetReadError('UnsplittableQuery', 'the query\'s rows must keep subscriptionId (add it to project), so each subscription gets its own', call);
          list.push(row);
        }
      }
      return bySubscription;
    } catch (error) {
      if (error instanceof TargetReadError) return new Map(chunk.map((s) => [s, new TargetReadError(error.code, error.message, call)]));
      const { code, message } = describe(error);
      if (chunk.length > 1 && SCOPE_ERRORS.has(code)) {
        // Which subscription was refused? Ask each alone.
        const outcomes = new Map<string, Outcome>();
        for (const subscription of chunk) for (const [s, o] of await fetchChunk(kql, [subscription], call)) outcomes.set(s, o);
        return outcomes;
      }
      return new Map(chunk.map((s) => [s, new TargetReadError(code, message, call)]));
    }
  };

  return {
    description: options.managementGroup ? `azure management group ${options.managementGroup}` : 'azure (Resource Graph)',
    async targets(cloud: Cloud): Promise<Target[]> {
      if (cloud !== 'azure') return [];
      return (await knownSubscriptions()).map((account) => ({ provider: 'azure', account, region: 'global' }));
    },
    async list(target: Target, call: ApiCall): Promise<Item[]> {
      if ((call.service === 'ARM' || call.service === 'Graph') && call.method === 'Get') return restRead.read(target, call);
      const kql = kqlOf(call);
      let batch = batches.get(kql);
      if (!batch) {
        batch = fetchAll(kql, call);
        batches.set(kql, batch);
      }
      const outcome = (await batch).get(target.account.toLowerCase()) ?? (await fetchChunk(kql, [target.account.toLowerCase()], call)).get(target.account.toLowerCase())!;
      if (outcome instanceof TargetReadError) throw outcome;
      return outcome;
    },
    async act(target: Target, call: ApiCall): Promise<ActOutcome> {
      const outcome = await write(target, call);
      // Reads after a write (the re-evaluation) must ask Resource Graph again, not reuse a batch.
      batches.clear();
      restRead.forget();
      return outcome;
    },
    requests: (): Record<string, number> => ({ ...requests }),
  };
}

/** An Azure SDK error as code and one-line message (ARM's `error.code`, else the HTTP status). */
function describe(error: unknown): { code: string; message: string } {
  const e = error as { code?: unknown; statusCode?: unknown; message?: unknown; details?: { error?: { code?: string; message?: string; details?: { code?: string }[] } } };
  const inner = e.details?.error;
  const code = inner?.details?.[0]?.code ?? inner?.code ?? (typeof e.code === 'string' ? e.code : undefined) ?? (e.statusCode ? `HTTP${String(e.statusCode)}` : 'AzureError');
  const message = String(inner?.message ?? e.message ?? error).split('\n')[0]!;
  return { code, message };
}
