import type { Cloud } from '../../model/control.js';
import { isExtraContentType, joinByName, withoutDefaults, type ContentType } from './asset-content.js';
import { gcpActor, type GcpRequester } from './rest.js';
import { attemptProblemOf, fetchWithin, TIMEOUT_ATTEMPTS } from './attempt.js';
import { gcpRestReader } from './rest-read.js';
import { ATTEMPT_TIMEOUT_MS, MAX_PAGES, pageGuard } from '../paging.js';
import { PROJECT_ASSET, scopeTargets, type ScopeTargets } from './scope.js';
import { sharedAnswers } from '../shared-answers.js';
import { ActionCallError, ProviderSetupError, TargetReadError, type ActOutcome, type ApiCall, type InventoryProvider, type Item, type Target } from '../types.js';

/** What the Cloud Asset client needs to sign a request; a google-auth-library client satisfies it. */
export interface GcpAuthClient {
  getRequestHeaders(url?: string): Promise<unknown>;
  fetch(url: string, init?: unknown): Promise<unknown>;
  /** Signed requests of remediation writes (google-auth-library clients have it). */
  request?: GcpRequester['request'];
  universeDomain?: string;
}

export interface GcpOptions {
  /** `--gcp-project` (repeatable); each project is a target. */
  projects?: string[];
  /** `--gcp-folder` / `--gcp-organization`: every ACTIVE project under it is a target. */
  folders?: string[];
  organizations?: string[];
  /** Default: Application Default Credentials. */
  authClient?: GcpAuthClient;
  apiEndpoint?: string;
  /** Per HTTP attempt of every read (Cloud Asset and REST); a timed-out attempt is aborted and retried. Default 60 s. */
  timeoutMs?: number;
  /** Pages of one listing at most (default MAX_PAGES); tests lower it. */
  maxPages?: number;
}

const PAGE_SIZE = 1000;
/** searchAllResources pages at most 500. */
const SEARCH_PAGE_SIZE = 500;

type Page = Promise<[unknown[], { pageToken?: string } | null, unknown]>;
type AssetClient = {
  listAssets(request: object, options: { autoPaginate: false }): Page;
  searchAllResources(request: object, options: { autoPaginate: false }): Page;
  /** The client's own reflection of its protos (loaded from the package's protos.json). */
  _protos: { lookupType(name: string): { fromObject(o: unknown): unknown } };
};

/**
 * GCP through Cloud Asset Inventory (`@google-cloud/asset` over its HTTP/1.1 REST transport,
 * so nothing needs gRPC and tests intercept it). `listAssets` is asked for the RESOURCE and the
 * IAM_POLICY content of the asset types, page by page, and the two are joined by asset name,
 * giving each asset `resource.data` and `iamPolicy` as the REST API (and the snapshot) write
 * them; a node's `contentType` (ORG_POLICY, ACCESS_POLICY, OS_INVENTORY) adds that content to the join.
 * What Cloud Asset does not hold is read with `REST Get` (rest-read.ts) on the same auth
 * client. Scope: projects, folders or organizations.
 */
export function openGcp(options: GcpOptions): InventoryProvider & { requests(): Record<string, number>; act(target: Target, call: ApiCall): Promise<ActOutcome> } {
  const requests: Record<string, number> = {};
  const count = (name: string) => void (requests[name] = (requests[name] ?? 0) + 1);
  const timeoutMs = options.timeoutMs ?? ATTEMPT_TIMEOUT_MS;
  let client: Promise<AssetClient> | undefined;
  let auth: Promise<GcpAuthClient> | undefined;
  // One auth client for reads and writes. `as unknown as` (third-party types): getClient() is typed as the
  // AnyAuthClient union of google-auth-library, whose method signatures differ from the structural GcpAuthClient.
  const authOf = (): Promise<GcpAuthClient> =>
    (auth ??= options.authClient
      ? Promise.resolve(options.authClient)
      : import('google-gax').then(async (gax) => (await new gax.GoogleAuth({ scopes: ['https://www.googleapis.com/auth/cloud-platform'] }).getClient()) as unknown as GcpAuthClient));
  const scopes = [
    ...(options.projects ?? []).map((p) => (p.startsWith('projects/') ? p.slice('projects/'.length) : p)),
    ...(options.folders ?? []).map((f) => (f.startsWith('folders/') ? f : `folders/${f}`)),
    ...(options.organizations ?? []).map((o) => (o.startsWith('organizations/') ? o : `organizations/${o}`)),
  ];

  const connect = (): Promise<AssetClient> => {
    client ??= (async () => {
      const [{ v1 }, real] = await Promise.all([import('@google-cloud/asset'), authOf()]);
      // Each fetch is one HTTP request, retries included: that is what we count, and what gets its time limit.
      const counted: GcpAuthClient = {
        universeDomain: real.universeDomain,
        getRequestHeaders: (url) => real.getRequestHeaders(url),
        fetch: (url, init) => (count('CloudAsset.ListAssets'), fetchWithin(real, url, init, timeoutMs)),
      };
      // `as unknown as` (third-party types): AssetClient names the two generated methods we call and the client's
      // `_protos`, which the package's typings declare private.
      return new v1.AssetServiceClient({ fallback: true, authClient: counted as never, ...(options.apiEndpoint ? { apiEndpoint: options.apiEndpoint } : {}) }) as unknown as AssetClient;
    })().catch((error: unknown) => {
      throw new ProviderSetupError(`could not start the GCP client (${error instanceof Error ? error.message : String(error)}); set Application Default Credentials (gcloud auth application-default login, or GOOGLE_APPLICATION_CREDENTIALS)`);
    });
    return client;
  };

  // One signed requester for the REST reads and the remediation writes; each side reports its own kind of error.
  const requester = async (fail: (code: string, message: string) => Error): Promise<GcpRequester> => {
    const real = await authOf().catch((error: unknown) => {
      throw fail('NoCredentials', `could not start the GCP client (${error instanceof Error ? error.message : String(error)})`);
    });
    if (!real.request) throw fail('UnsupportedCall', 'the GCP auth client cannot make requests (it needs request(), as google-auth-library clients have)');
    return real as GcpRequester;
  };
  const write = gcpActor(() => requester((code, message) => new ActionCallError(code, message)), count);
  const restRead = gcpRestReader(() => requester((code, message) => new TargetReadError(code, message)), count, timeoutMs, options.maxPages);
  /**
   * A URL's answer does not depend on the target asking (an organization's contacts or service
   * perimeters, read for each of its projects): one GET per URL and scan, until a write.
   */
  const restAnswers = sharedAnswers();
  const restReadOnce = (call: ApiCall): Promise<Item[]> => restAnswers.get(String(call.params.url), call, () => restRead(call));

  /** Every page of one listing; the client hands back plain objects in protobuf form (Struct as
   * `fields`, Timestamp as seconds), which through their message type become proto3 JSON, as
   * the REST API writes them. */
  const pageAll = async (what: string, messageType: string, fetchPage: (client: AssetClient, pageToken?: string) => Page): Promise<Item[]> => {
    const assetClient = await connect();
    const { serializer } = await import('google-gax');
    const type = assetClient._protos.lookupType(messageType);
    const items: Item[] = [];
    let pageToken: string | undefined;
    // A token seen before would page forever, and more than MAX_PAGES is a runaway: ERROR, never a partial list passed on as whole.
    const guard = pageGuard(what, undefined, options.maxPages ?? MAX_PAGES);
    do {
      const [page, next] = await pageWithin(what, () => fetchPage(assetClient, pageToken));
      for (const message of page) items.push(withoutDefaults(serializer.toProto3JSON(type.fromObject(message) as never) as Item));
      pageToken = next?.pageToken || undefined;
      guard.next(pageToken);
    } while (pageToken);
    return items;
  };
  /** One page, asked again after an attempt that timed out, TIMEOUT_ATTEMPTS times at most (gax does not retry an abort). */
  const pageWithin = async (what: string, fetchPage: () => Page): Promise<Awaited<Page>> => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await fetchPage();
      } catch (error) {
        const problem = attemptProblemOf(error);
        if (problem?.kind === 'body') throw new TargetReadError('BadResponse', `${what} answered HTTP ${problem.status} with ${problem.detail}, not an answer`);
        if (problem?.kind !== 'timeout') throw error;
        if (attempt >= TIMEOUT_ATTEMPTS) throw new TargetReadError('ETIMEDOUT', `${what}: no answer within ${timeoutMs} ms, ${attempt} times`);
      }
    }
  };
  const listAll = (parent: string, assetTypes: string[], contentType: ContentType): Promise<Item[]> =>
    pageAll('Cloud Asset listAssets', 'google.cloud.asset.v1.Asset', (c, pageToken) =>
      c.listAssets({ parent, assetTypes, contentType, pageSize: PAGE_SIZE, ...(pageToken ? { pageToken } : {}) }, { autoPaginate: false }),
    );
  const searchAll = (scope: string, query: string, assetTypes: string[]): Promise<Item[]> =>
    pageAll('Cloud Asset searchAllResources', 'google.cloud.asset.v1.ResourceSearchResult', (c, pageToken) =>
      c.searchAllResources({ scope, query, assetTypes, pageSize: SEARCH_PAGE_SIZE, ...(pageToken ? { pageToken } : {}) }, { autoPaginate: false }),
    );

  /**
   * One listing per scope, asset types and content a scan: two reads of one asset type that
   * differ by their extra content (OS_INVENTORY …) share its RESOURCE and IAM_POLICY listings.
   */
  const listings = new Map<string, Promise<Item[]>>();
  const listOnce = (parent: string, assetTypes: string[], contentType: ContentType): Promise<Item[]> => {
    const key = JSON.stringify([parent, [...assetTypes].sort(), contentType]);
    let listing = listings.get(key);
    if (!listing) {
      listing = listAll(parent, assetTypes, contentType);
      listings.set(key, listing);
    }
    return listing;
  };

  let scopeListing: Promise<ScopeTargets> | undefined;
  const expanded = (): Promise<ScopeTargets> =>
    (scopeListing ??= scopeTargets(scopes, (parent) =>
      listAll(parent, [PROJECT_ASSET], 'RESOURCE').catch(async (error: unknown) => {
        if (error instanceof ProviderSetupError) throw error;
        const { code, message } = await describe(error);
        throw new TargetReadError(code, `could not list the projects of ${parent}: ${message}`);
      }),
    ));

  return {
    description: `gcp (Cloud Asset: ${scopes.join(', ') || 'no scope'})`,
    async targets(cloud: Cloud): Promise<Target[]> {
      if (cloud !== 'gcp') return [];
      if (scopes.length === 0) throw new ProviderSetupError('name the GCP scope to scan: --gcp-project, --gcp-folder or --gcp-organization');
      return (await expanded()).targets;
    },
    async list(target: Target, call: ApiCall): Promise<Item[]> {
      const refused = target.account.includes('/') ? (await expanded()).unreadable.get(target.account) : undefined;
      if (refused) throw new TargetReadError(refused.code, refused.message, call);
      if (call.service === 'REST' && call.method === 'Get') return restReadOnce(call);
      if (call.service !== 'CloudAsset' || (call.method !== 'ListAssets' && call.method !== 'SearchAllResources')) {
        throw new TargetReadError('UnsupportedCall', `GCP reads go through Cloud Asset listAssets or searchAllResources; ${call.service}.${call.method} is not supported`, call);
      }
      const parent = target.account.includes('/') ? target.account : `projects/${target.account}`;
      const assetTypes = (call.params.assetTypes as string[] | undefined) ?? [];
      try {
        if (call.method === 'SearchAllResources') return await searchAll(parent, String(call.params.query ?? ''), assetTypes);
        const extra = isExtraContentType(call.params.contentType) ? [call.params.contentType] : [];
        const contents: ContentType[] = ['RESOURCE', 'IAM_POLICY', ...extra];
        return joinByName(await Promise.all(contents.map(async (content) => ({ content, assets: await listOnce(parent, assetTypes, content) }))));
      } catch (error) {
        if (error instanceof ProviderSetupError) throw error;
        if (error instanceof TargetReadError) throw new TargetReadError(error.code, error.message, call);
        const { code, message } = await describe(error);
        throw new TargetReadError(code, message, call);
      }
    },
    act: (_target: Target, call: ApiCall): Promise<ActOutcome> => {
      // Reads after a write (the re-evaluation) ask again.
      restAnswers.clear();
      listings.clear();
      return write(call);
    },
    requests: (): Record<string, number> => ({ ...requests }),
  };
}

/** A Google API error as its status name (PERMISSION_DENIED …) and one-line message. */
async function describe(error: unknown): Promise<{ code: string; message: string }> {
  const { Status } = await import('google-gax');
  const e = error as { code?: unknown; message?: unknown; details?: unknown };
  // Over REST the message is often the API's JSON error body: { error: { status, message } }.
  const body = parseJson(String(e.message ?? '')) as { error?: { status?: string; message?: string } } | undefined;
  if (body?.error?.status) return { code: body.error.status, message: String(body.error.message ?? '') };
  let code = 'GcpError';
  // gRPC status numbers are small; anything else is an HTTP status.
  if (typeof e.code === 'number') code = e.code < 100 ? (Status[e.code] ?? `STATUS_${e.code}`) : `HTTP${e.code}`;
  return { code, message: String(e.details ?? e.message ?? error).split('\n')[0]! };
}

function parseJson(text: string): unknown {
  try {
    return text.trim().startsWith('{') ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}
