import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  isDotSegment,
  sharedAnswers
} from "./chunk-BAP7XRCN.js";
import {
  ATTEMPT_TIMEOUT_MS,
  MAX_PAGES,
  notJsonObject,
  pageGuard
} from "./chunk-VFTUJ2G4.js";
import {
  isExtraContentType,
  joinByName,
  withoutDefaults
} from "./chunk-OF6ZO72D.js";
import {
  ActionCallError,
  ProviderSetupError,
  TargetReadError
} from "./chunk-RYR2CTGN.js";
import "./chunk-VKFPFGRN.js";

// src/providers/gcp/rest.ts
var RETRIED = { IAM: ["GET", "PUT", "POST"], REST: ["PUT", "PATCH", "DELETE"] };
function gcpActor(client, count) {
  const send = async (name, url, method, data) => {
    const requester = await client();
    count(`${name}.${method}`);
    try {
      const response = await requester.request({
        url,
        method,
        ...data === void 0 ? {} : { data },
        retryConfig: { retry: 3, httpMethodsToRetry: RETRIED[name] ?? [], onRetryAttempt: () => count(`${name}.${method}`) }
      });
      return response.data;
    } catch (error) {
      const { code, message } = describeGcpError(error);
      throw new ActionCallError(code, message);
    }
  };
  return async (call) => {
    if (call.service === "REST" && ["POST", "PUT", "PATCH", "DELETE"].includes(call.method) && typeof call.params.url === "string") {
      const data = await send("REST", call.params.url, call.method, call.params.body);
      return { output: data !== null && typeof data === "object" && !Array.isArray(data) ? data : {}, changed: true };
    }
    if (call.service === "IAM" && call.method === "removeMembers" && typeof call.params.policyUrl === "string" && Array.isArray(call.params.members)) {
      return removeMembers(call.params.policyUrl, new Set(call.params.members.map(String)), send);
    }
    throw new ActionCallError("UnsupportedCall", `GCP actions are REST POST/PUT/PATCH/DELETE with a url, or IAM removeMembers with a policyUrl; ${call.service} ${call.method} is not`);
  };
}
async function removeMembers(policyUrl, members, send) {
  const rpc = /:(get|set)IamPolicy$/.exec(policyUrl);
  const base = rpc ? policyUrl.slice(0, rpc.index) : policyUrl;
  const policy = rpc ? await send("IAM", `${base}:getIamPolicy`, "POST", { options: { requestedPolicyVersion: 3 } }) : await send("IAM", withQuery(base, "optionsRequestedPolicyVersion=3"), "GET");
  const before = policy.bindings ?? [];
  const bindings = before.map((b) => ({ ...b, members: (b.members ?? []).filter((m) => !members.has(m)) })).filter((b) => b.members.length > 0);
  const removed = before.reduce((n, b) => n + (b.members?.length ?? 0), 0) - bindings.reduce((n, b) => n + b.members.length, 0);
  if (removed === 0) return { output: policy, changed: false };
  const updated = { ...policy, bindings };
  const written = rpc ? await send("IAM", `${base}:setIamPolicy`, "POST", { policy: updated }) : await send("IAM", base, "PUT", updated);
  return { output: written ?? {}, changed: true };
}
function withQuery(url, query) {
  return `${url}${url.includes("?") ? "&" : "?"}${query}`;
}
function describeGcpError(error) {
  const e = error;
  const data = typeof e.response?.data === "string" ? parseJson(e.response.data) : e.response?.data;
  const inner = data?.error;
  const status = e.response?.status ?? (typeof e.status === "number" ? e.status : void 0);
  const code = [inner?.status, inner?.errors?.[0]?.reason].find((c) => typeof c === "string") ?? (status ? `HTTP${status}` : typeof e.code === "string" ? e.code : "GcpError");
  return { code, message: String(inner?.message ?? e.message ?? error).split("\n")[0] };
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}

// src/providers/gcp/attempt.ts
var TIMEOUT_ATTEMPTS = 3;
var AttemptProblem = class extends Error {
  constructor(kind, detail, status) {
    super(kind === "timeout" ? `no answer within ${detail}` : `answered HTTP ${status} with ${detail}`);
    this.kind = kind;
    this.detail = detail;
    this.status = status;
  }
  kind;
  detail;
  status;
  name = "AttemptProblem";
};
function attemptProblemOf(error) {
  if (error instanceof AttemptProblem) return error;
  const cause = error?.cause;
  return cause instanceof AttemptProblem ? cause : void 0;
}
async function fetchWithin(client, url, init, timeoutMs) {
  const controller = new AbortController();
  const given = init?.signal;
  const signal = given ? AbortSignal.any([given, controller.signal]) : controller.signal;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await client.fetch(url, { ...init, signal });
    const body = Buffer.from(await response.arrayBuffer());
    if (response.ok) {
      const problem = notJsonObject(body.toString("utf8"), response.headers.get("content-type") ?? void 0);
      if (problem) throw new AttemptProblem("body", problem, response.status);
    }
    const empty = response.status === 204 || response.status === 205 || response.status === 304;
    return new Response(empty ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    if (controller.signal.aborted && !given?.aborted) throw new AttemptProblem("timeout", `${timeoutMs} ms`, 0);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

// src/providers/gcp/rest-read.ts
function gcpRestReader(client, count, timeoutMs, maxPages = MAX_PAGES) {
  const get = async (requester, url, call) => {
    for (let attempt = 1; ; attempt++) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      count("REST.GET");
      try {
        const response = await requester.request({
          url,
          method: "GET",
          signal: controller.signal,
          retryConfig: { retry: 3, httpMethodsToRetry: ["GET"], onRetryAttempt: () => count("REST.GET") }
        });
        return { data: response.data, status: response.status };
      } catch (error) {
        if (!controller.signal.aborted) {
          const { code, message } = describeGcpError(error);
          throw new TargetReadError(code, message, call);
        }
        if (attempt >= TIMEOUT_ATTEMPTS) throw new TargetReadError("ETIMEDOUT", `GET ${url}: no answer within ${timeoutMs} ms, ${attempt} times`, call);
      } finally {
        clearTimeout(timer);
      }
    }
  };
  return async (call) => {
    const first = googleApiUrl(call);
    const requester = await client();
    const pages = [];
    const seen = /* @__PURE__ */ new Set();
    let token;
    do {
      const url = new URL(first);
      if (token !== void 0) url.searchParams.set("pageToken", token);
      const { data, status } = await get(requester, url.href, call);
      if (data === null || typeof data !== "object" || Array.isArray(data)) {
        const what = typeof data === "string" ? notJsonObject(data, void 0) ?? "a body that is not JSON" : Array.isArray(data) ? "a JSON list, not an object" : "no JSON object";
        throw new TargetReadError("BadResponse", `GET ${first} answered HTTP ${status} with ${what}, not an answer`, call);
      }
      const page = data;
      pages.push(page);
      token = typeof page.nextPageToken === "string" && page.nextPageToken !== "" ? page.nextPageToken : void 0;
      if (token !== void 0 && seen.has(token)) throw new TargetReadError("RepeatedPageToken", `GET ${first}: the API sent the same nextPageToken twice; stopped rather than loop`, call);
      if (token !== void 0 && pages.length >= maxPages) throw new TargetReadError("TooManyPages", `GET ${first}: more than ${maxPages} pages; stopped rather than pass on a partial list`, call);
      if (token !== void 0) seen.add(token);
    } while (token !== void 0);
    return pages;
  };
}
function googleApiUrl(call) {
  const text = typeof call.params.url === "string" ? call.params.url : "";
  let url;
  try {
    url = new URL(text);
  } catch {
    url = void 0;
  }
  const segments = text.replace(/^https:\/\/[^/]*/, "").split("?")[0].split("/");
  if (!url || url.protocol !== "https:" || !url.hostname.endsWith(".googleapis.com") || url.username || url.password || url.port || text.includes("#") || segments.some(isDotSegment)) {
    throw new TargetReadError("BadUrl", `a GCP REST read goes to https://<service>.googleapis.com/<path> (no "..", "." segment, port or "#"): "${text}"`, call);
  }
  return text;
}

// src/providers/gcp/scope.ts
var PROJECT_ID = /^(?:[a-z][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
var PROJECT_ASSET = "cloudresourcemanager.googleapis.com/Project";
async function scopeTargets(scopes, listProjects) {
  const accounts = [];
  const unreadable = /* @__PURE__ */ new Map();
  const listed = await Promise.all(
    scopes.map(async (scope) => {
      if (!scope.includes("/")) return [scope];
      try {
        return projectIdsOf(await listProjects(scope));
      } catch (error) {
        if (!(error instanceof TargetReadError)) throw error;
        unreadable.set(scope, error);
        return [scope];
      }
    })
  );
  for (const id of listed.flat()) if (!accounts.includes(id)) accounts.push(id);
  return { targets: accounts.map((account) => ({ provider: "gcp", account, region: "global" })), unreadable };
}
function projectIdsOf(assets) {
  const ids = [];
  for (const asset of assets) {
    const data = asset.resource?.data;
    if (asset.assetType !== PROJECT_ASSET || data?.lifecycleState !== "ACTIVE") continue;
    if (typeof data.projectId === "string" && PROJECT_ID.test(data.projectId)) ids.push(data.projectId);
  }
  return ids;
}

// src/providers/gcp/cloud-asset.ts
var PAGE_SIZE = 1e3;
var SEARCH_PAGE_SIZE = 500;
function openGcp(options) {
  const requests = {};
  const count = (name) => void (requests[name] = (requests[name] ?? 0) + 1);
  const timeoutMs = options.timeoutMs ?? ATTEMPT_TIMEOUT_MS;
  let client;
  let auth;
  const authOf = () => auth ??= options.authClient ? Promise.resolve(options.authClient) : import("./src-3CXNOUT2.js").then(async (gax) => await new gax.GoogleAuth({ scopes: ["https://www.googleapis.com/auth/cloud-platform"] }).getClient());
  const scopes = [
    ...(options.projects ?? []).map((p) => p.startsWith("projects/") ? p.slice("projects/".length) : p),
    ...(options.folders ?? []).map((f) => f.startsWith("folders/") ? f : `folders/${f}`),
    ...(options.organizations ?? []).map((o) => o.startsWith("organizations/") ? o : `organizations/${o}`)
  ];
  const connect = () => {
    client ??= (async () => {
      const [{ v1 }, real] = await Promise.all([import("./src-YQKZJGYN.js"), authOf()]);
      const counted = {
        universeDomain: real.universeDomain,
        getRequestHeaders: (url) => real.getRequestHeaders(url),
        fetch: (url, init) => (count("CloudAsset.ListAssets"), fetchWithin(real, url, init, timeoutMs))
      };
      return new v1.AssetServiceClient({ fallback: true, authClient: counted, ...options.apiEndpoint ? { apiEndpoint: options.apiEndpoint } : {} });
    })().catch((error) => {
      throw new ProviderSetupError(`could not start the GCP client (${error instanceof Error ? error.message : String(error)}); set Application Default Credentials (gcloud auth application-default login, or GOOGLE_APPLICATION_CREDENTIALS)`);
    });
    return client;
  };
  const requester = async (fail) => {
    const real = await authOf().catch((error) => {
      throw fail("NoCredentials", `could not start the GCP client (${error instanceof Error ? error.message : String(error)})`);
    });
    if (!real.request) throw fail("UnsupportedCall", "the GCP auth client cannot make requests (it needs request(), as google-auth-library clients have)");
    return real;
  };
  const write = gcpActor(() => requester((code, message) => new ActionCallError(code, message)), count);
  const restRead = gcpRestReader(() => requester((code, message) => new TargetReadError(code, message)), count, timeoutMs, options.maxPages);
  const restAnswers = sharedAnswers();
  const restReadOnce = (call) => restAnswers.get(String(call.params.url), call, () => restRead(call));
  const pageAll = async (what, messageType, fetchPage) => {
    const assetClient = await connect();
    const { serializer } = await import("./src-3CXNOUT2.js");
    const type = assetClient._protos.lookupType(messageType);
    const items = [];
    let pageToken;
    const guard = pageGuard(what, void 0, options.maxPages ?? MAX_PAGES);
    do {
      const [page, next] = await pageWithin(what, () => fetchPage(assetClient, pageToken));
      for (const message of page) items.push(withoutDefaults(serializer.toProto3JSON(type.fromObject(message))));
      pageToken = next?.pageToken || void 0;
      guard.next(pageToken);
    } while (pageToken);
    return items;
  };
  const pageWithin = async (what, fetchPage) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await fetchPage();
      } catch (error) {
        const problem = attemptProblemOf(error);
        if (problem?.kind === "body") throw new TargetReadError("BadResponse", `${what} answered HTTP ${problem.status} with ${problem.detail}, not an answer`);
        if (problem?.kind !== "timeout") throw error;
        if (attempt >= TIMEOUT_ATTEMPTS) throw new TargetReadError("ETIMEDOUT", `${what}: no answer within ${timeoutMs} ms, ${attempt} times`);
      }
    }
  };
  const listAll = (parent, assetTypes, contentType) => pageAll(
    "Cloud Asset listAssets",
    "google.cloud.asset.v1.Asset",
    (c, pageToken) => c.listAssets({ parent, assetTypes, contentType, pageSize: PAGE_SIZE, ...pageToken ? { pageToken } : {} }, { autoPaginate: false })
  );
  const searchAll = (scope, query, assetTypes) => pageAll(
    "Cloud Asset searchAllResources",
    "google.cloud.asset.v1.ResourceSearchResult",
    (c, pageToken) => c.searchAllResources({ scope, query, assetTypes, pageSize: SEARCH_PAGE_SIZE, ...pageToken ? { pageToken } : {} }, { autoPaginate: false })
  );
  const listings = /* @__PURE__ */ new Map();
  const listOnce = (parent, assetTypes, contentType) => {
    const key = JSON.stringify([parent, [...assetTypes].sort(), contentType]);
    let listing = listings.get(key);
    if (!listing) {
      listing = listAll(parent, assetTypes, contentType);
      listings.set(key, listing);
    }
    return listing;
  };
  let scopeListing;
  const expanded = () => scopeListing ??= scopeTargets(
    scopes,
    (parent) => listAll(parent, [PROJECT_ASSET], "RESOURCE").catch(async (error) => {
      if (error instanceof ProviderSetupError) throw error;
      const { code, message } = await describe(error);
      throw new TargetReadError(code, `could not list the projects of ${parent}: ${message}`);
    })
  );
  return {
    description: `gcp (Cloud Asset: ${scopes.join(", ") || "no scope"})`,
    async targets(cloud) {
      if (cloud !== "gcp") return [];
      if (scopes.length === 0) throw new ProviderSetupError("name the GCP scope to scan: --gcp-project, --gcp-folder or --gcp-organization");
      return (await expanded()).targets;
    },
    async list(target, call) {
      const refused = target.account.includes("/") ? (await expanded()).unreadable.get(target.account) : void 0;
      if (refused) throw new TargetReadError(refused.code, refused.message, call);
      if (call.service === "REST" && call.method === "Get") return restReadOnce(call);
      if (call.service !== "CloudAsset" || call.method !== "ListAssets" && call.method !== "SearchAllResources") {
        throw new TargetReadError("UnsupportedCall", `GCP reads go through Cloud Asset listAssets or searchAllResources; ${call.service}.${call.method} is not supported`, call);
      }
      const parent = target.account.includes("/") ? target.account : `projects/${target.account}`;
      const assetTypes = call.params.assetTypes ?? [];
      try {
        if (call.method === "SearchAllResources") return await searchAll(parent, String(call.params.query ?? ""), assetTypes);
        const extra = isExtraContentType(call.params.contentType) ? [call.params.contentType] : [];
        const contents = ["RESOURCE", "IAM_POLICY", ...extra];
        return joinByName(await Promise.all(contents.map(async (content) => ({ content, assets: await listOnce(parent, assetTypes, content) }))));
      } catch (error) {
        if (error instanceof ProviderSetupError) throw error;
        if (error instanceof TargetReadError) throw new TargetReadError(error.code, error.message, call);
        const { code, message } = await describe(error);
        throw new TargetReadError(code, message, call);
      }
    },
    act: (_target, call) => {
      restAnswers.clear();
      listings.clear();
      return write(call);
    },
    requests: () => ({ ...requests })
  };
}
async function describe(error) {
  const { Status } = await import("./src-3CXNOUT2.js");
  const e = error;
  const body = parseJson2(String(e.message ?? ""));
  if (body?.error?.status) return { code: body.error.status, message: String(body.error.message ?? "") };
  let code = "GcpError";
  if (typeof e.code === "number") code = e.code < 100 ? Status[e.code] ?? `STATUS_${e.code}` : `HTTP${e.code}`;
  return { code, message: String(e.details ?? e.message ?? error).split("\n")[0] };
}
function parseJson2(text) {
  try {
    return text.trim().startsWith("{") ? JSON.parse(text) : void 0;
  } catch {
    return void 0;
  }
}
export {
  openGcp
};
