import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  require_dist_cjs
} from "./chunk-LNOVJKLQ.js";
import {
  MAX_PAGES,
  htmlPage,
  pageGuard
} from "./chunk-VFTUJ2G4.js";
import {
  READ_METHOD,
  ServiceLoadError,
  extractAwsItems,
  fetchCredentialReport,
  isCredentialReport,
  loadService,
  missingLists
} from "./chunk-NOF2L456.js";
import {
  canonicalJson
} from "./chunk-JF2CDZTK.js";
import {
  ActionCallError,
  GLOBAL_REGION,
  ProviderSetupError,
  TargetReadError
} from "./chunk-RYR2CTGN.js";
import "./chunk-A6IEPHEW.js";
import "./chunk-RT55AZSI.js";
import "./chunk-DFX7IK7V.js";
import "./chunk-C3EO7UAI.js";
import "./chunk-5BGUTQJE.js";
import "./chunk-7NKVILSJ.js";
import {
  __toESM
} from "./chunk-VKFPFGRN.js";

// src/providers/aws/accounts.ts
var import_credential_providers = __toESM(require_dist_cjs(), 1);

// src/providers/aws/attempt.ts
var BadAnswerError = class extends Error {
  name = "BadResponse";
  code = "BadResponse";
};
var methodOf = (context) => String(context.commandName ?? "Command").replace(/Command$/, "");
function readAnswer(settings) {
  return (next, context) => async (args) => {
    const started = Date.now();
    const result = await next(args);
    const response = result.response;
    if (!response || typeof response.statusCode !== "number") return result;
    const method = methodOf(context);
    const shape = settings.shapeOf(method);
    const ok = response.statusCode >= 200 && response.statusCode < 300;
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
function namedBadAnswer(settings) {
  return (next, context) => async (args) => {
    try {
      return await next(args);
    } catch (error) {
      const e = error;
      const status = e.$response?.statusCode;
      if (!(error instanceof BadAnswerError) && e.$fault === void 0 && typeof status === "number" && status >= 200 && status < 300) {
        const detail = String(e.message ?? error).split("\n")[0];
        throw new BadAnswerError(`${settings.service}.${methodOf(context)} answered HTTP ${status} with a body the AWS SDK could not read (${detail})`);
      }
      throw error;
    }
  };
}
function badAnswer(bytes, response, method, shape) {
  const status = response.statusCode;
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("utf8").replace(/^\uFEFF/, "").trimStart();
  const html = htmlPage(head, headerOf(response.headers, "content-type"));
  if (html) return `answered HTTP ${status} with ${html}, not an AWS answer (a proxy or captive portal in the way?)`;
  if (head === "") return shape?.needsBody ? `answered HTTP ${status} with an empty body, where an answer always has one` : void 0;
  if (!shape || shape.payload) return void 0;
  if (shape.protocol === "query") {
    const root = /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head)?.[1];
    if (root === void 0) return `answered HTTP ${status} with a body that is not XML`;
    if (root !== `${method}Response`) return `answered HTTP ${status} with <${root}>, not <${method}Response>`;
  }
  if (shape.protocol === "restXml" && !head.startsWith("<")) return `answered HTTP ${status} with a body that is not XML`;
  if (shape.protocol === "json" && !head.startsWith("{")) return `answered HTTP ${status} with a body that is not a JSON object`;
  return void 0;
}
function headerOf(headers, name) {
  for (const [key, value] of Object.entries(headers ?? {})) if (key.toLowerCase() === name) return value;
  return void 0;
}
function readBody(body, ms, attemptMs) {
  if (body === void 0 || body === null) return Promise.resolve(new Uint8Array());
  if (body instanceof Uint8Array) return Promise.resolve(body);
  if (typeof body === "string") return Promise.resolve(Buffer.from(body, "utf8"));
  const stream = body;
  return new Promise((resolve, reject) => {
    const chunks = [];
    const timer = setTimeout(() => {
      const error = Object.assign(new Error(`no complete answer within ${attemptMs} ms`), { name: "TimeoutError", code: "ETIMEDOUT" });
      stream.destroy(error);
      reject(error);
    }, ms);
    stream.on("data", (chunk) => chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk));
    stream.once("end", () => (clearTimeout(timer), resolve(Buffer.concat(chunks))));
    stream.once("error", (error) => (clearTimeout(timer), reject(error)));
  });
}

// src/providers/aws/client-pool.ts
var AWS_ATTEMPT_TIMEOUT_MS = 3e4;
function clientPool(settings, requests) {
  const clients = /* @__PURE__ */ new Map();
  const lanes = /* @__PURE__ */ new Map();
  const credentialIds = /* @__PURE__ */ new Map();
  const credentialId = (credentials) => {
    if (!credentialIds.has(credentials)) credentialIds.set(credentials, credentialIds.size + 1);
    return credentialIds.get(credentials);
  };
  const make = async (service, region, credentials) => {
    const module = await loadService(service);
    const timeoutMs = settings.requestTimeoutMs ?? AWS_ATTEMPT_TIMEOUT_MS;
    const client = new module.Client({
      region,
      credentials,
      // An emulator serves S3 buckets by path, not by host name (other clients ignore the key).
      ...settings.endpoint ? { endpoint: settings.endpoint, forcePathStyle: true } : {},
      ...settings.retryStrategy ? { retryStrategy: settings.retryStrategy } : { retryMode: "adaptive", maxAttempts: 6 },
      // Without throwOnRequestTimeout the SDK only logs that an attempt is late, and waits on.
      requestHandler: { requestTimeout: timeoutMs, throwOnRequestTimeout: true }
    });
    const answers = { service, timeoutMs, shapeOf: (method) => module.outputShape(method) };
    client.middlewareStack.addRelativeTo(readAnswer(answers), { relation: "after", toMiddleware: "deserializerMiddleware", name: "ctrlflowReadAnswer" });
    client.middlewareStack.addRelativeTo(namedBadAnswer(answers), { relation: "before", toMiddleware: "deserializerMiddleware", name: "ctrlflowNamedBadAnswer" });
    client.middlewareStack.add(
      (next, context) => (args) => {
        const name = `${service}.${String(context.commandName ?? "Command").replace(/Command$/, "")}`;
        requests[name] = (requests[name] ?? 0) + 1;
        return next(args);
      },
      { step: "deserialize", name: "ctrlflowCountRequests" }
    );
    return client;
  };
  return {
    /** Throws ServiceLoadError when the service's client package cannot be loaded. */
    async connect(service, region, credentials) {
      const module = await loadService(service);
      const key = `${service}\0${region}\0${credentialId(credentials)}`;
      let client = clients.get(key);
      if (!client) {
        client = make(service, region, credentials);
        clients.set(key, client);
      }
      return { module, client: await client, lane: laneFor(lanes, `${service}\0${region}`, settings.concurrency) };
    }
  };
}
function send(connection, method, input) {
  const Command = connection.module.command(method);
  return Command && connection.lane(() => connection.client.send(new Command(input)));
}
function laneFor(lanes, key, limit) {
  let lane = lanes.get(key);
  if (!lane) {
    let running = 0;
    const waiting = [];
    lane = async (work) => {
      if (running >= limit) await new Promise((resolve) => waiting.push(resolve));
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
function describeAwsError(error) {
  const e = error;
  const message = String(e.message ?? error).split("\n")[0];
  if (e.name === "TimeoutError") {
    const attempts = typeof e.$metadata?.attempts === "number" ? `, ${e.$metadata.attempts} attempt(s)` : "";
    return { code: "ETIMEDOUT", message: `no answer in time${attempts} (${message})` };
  }
  const code = [e.Code, e.code, e.name].find((c) => typeof c === "string" && c !== "Error") ?? "AwsError";
  return { code, message };
}

// src/providers/aws/pages.ts
var PAGE_TOKENS = [
  ["NextToken", "NextToken"],
  ["nextToken", "nextToken"],
  ["Marker", "Marker"],
  ["NextMarker", "Marker"],
  ["NextContinuationToken", "ContinuationToken"],
  ["ContinuationToken", "ContinuationToken"]
];
function nextPage(page) {
  if (page.IsTruncated === false || page.Truncated === false) return void 0;
  return PAGE_TOKENS.find(([out]) => typeof page[out] === "string" && page[out] !== "");
}
async function readAllPages(connection, call, maxPages = MAX_PAGES) {
  const guard = pageGuard(`${call.service}.${call.method}`, call, maxPages);
  const shape = connection.module.outputShape(call.method);
  const pages = [];
  let input = { ...call.params };
  for (; ; ) {
    const sent = send(connection, call.method, input);
    if (!sent) throw new TargetReadError("UnknownMethod", `${connection.module.name} has no ${call.method}Command: check the method name`, call);
    const page = await sent;
    const missing = shape && missingLists(shape, page);
    if (missing) throw new TargetReadError("BadResponse", `${call.service}.${call.method} answered without ${missing.join(" or ")}, which its every answer holds (empty as [])`, call);
    pages.push(page);
    const token = nextPage(page);
    guard.next(token && String(page[token[0]]));
    if (!token) return pages;
    input = { ...call.params, [token[1]]: page[token[0]] };
  }
}

// src/providers/aws/accounts.ts
var LIST_ACCOUNTS = { service: "Organizations", method: "ListAccounts", params: {} };
var ACCOUNT_ID = /^\d{12}$/;
var PARTITION = /^arn:(aws(?:-[a-z]+)*):/;
async function awsAccounts(options, pool, homeRegion) {
  const bases = options.profiles?.length ? options.profiles.map((profile) => ({ credentials: memoized((0, import_credential_providers.fromIni)({ profile })), label: `profile ${profile}` })) : [{ credentials: memoized(options.credentials ?? (0, import_credential_providers.fromNodeProviderChain)()), label: "the default credentials" }];
  const base = bases[0];
  const assume = (roleArn) => assumedRole(pool, base.credentials, homeRegion, { RoleArn: roleArn, RoleSessionName: options.sessionName ?? "ctrlflow", ...options.externalId ? { ExternalId: options.externalId } : {} });
  if (options.organization) return organizationAccounts(options, pool, homeRegion, base, assume);
  const sources = options.roleArns?.length ? options.roleArns.map((roleArn) => ({ label: `role ${roleArn}`, credentials: assume(roleArn) })) : bases;
  return Promise.all(
    sources.map(async (source) => {
      try {
        const identity = await send(await pool.connect("STS", homeRegion(), source.credentials), "GetCallerIdentity", {});
        return { id: String(identity.Account), credentials: source.credentials, label: source.label, identity };
      } catch (error) {
        const { code, message } = describeAwsError(error);
        throw new ProviderSetupError(`could not use ${source.label} (${code}: ${message}); check the AWS credentials, profile or role`);
      }
    })
  );
}
async function organizationAccounts(options, pool, homeRegion, base, assume) {
  let listed;
  try {
    const pages = await readAllPages(await pool.connect("Organizations", homeRegion(), base.credentials), LIST_ACCOUNTS, options.maxPages);
    listed = pages.flatMap((page) => extractAwsItems(LIST_ACCOUNTS, page));
  } catch (error) {
    const { code, message } = error instanceof TargetReadError ? error : describeAwsError(error);
    throw new ProviderSetupError(
      `could not list the organisation's accounts with ${base.label} (${code}: ${message}); --aws-organization needs organizations:ListAccounts, from the management account or a delegated administrator`
    );
  }
  const active = listed.filter((a) => (a.State ?? a.Status) === "ACTIVE");
  const malformed = active.find((a) => !ACCOUNT_ID.test(String(a.Id)));
  if (malformed) throw new ProviderSetupError(`Organizations ListAccounts answered an account id that is not 12 digits ("${String(malformed.Id)}"); nothing was read`);
  if (active.length === 0) throw new ProviderSetupError(`the organisation lists no ACTIVE account (${listed.length} listed); nothing to read`);
  const byId = new Map(active.map((a) => [String(a.Id), a]));
  return [...byId.keys()].sort().map((id) => {
    const account = byId.get(id);
    const partition = PARTITION.exec(String(account.Arn ?? ""))?.[1] ?? "aws";
    const role = `arn:${partition}:iam::${id}:role/${options.roleName}`;
    const name = typeof account.Name === "string" && account.Name !== "" ? ` (${account.Name})` : "";
    return { id, label: `account ${id}${name}`, role, credentials: assume(role) };
  });
}
async function assumable(account) {
  if (account.refused) return account.refused;
  if (!account.role) return void 0;
  try {
    await account.credentials();
    return void 0;
  } catch (error) {
    const { code, message } = describeAwsError(error);
    return { code, message: `could not assume ${account.role} in ${account.label}: ${message}` };
  }
}
function assumedRole(pool, base, homeRegion, params) {
  return memoized(async () => {
    const answer = await send(await pool.connect("STS", homeRegion(), base), "AssumeRole", params);
    const c = answer.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw Object.assign(new Error(`STS AssumeRole answered no credentials for ${params.RoleArn}`), { name: "BadResponse" });
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, ...c.Expiration instanceof Date ? { expiration: c.Expiration } : {} };
  }, true);
}
function memoized(provider, keepFailure = false) {
  let current;
  return async () => {
    current ??= provider();
    try {
      const identity = await current;
      if (identity.expiration && identity.expiration.getTime() - Date.now() < 5 * 6e4) current = void 0;
      return identity;
    } catch (error) {
      if (!keepFailure) current = void 0;
      throw error;
    }
  };
}

// src/providers/aws/live.ts
var REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
function openAws(options = {}) {
  const requests = {};
  const pool = clientPool({ endpoint: options.endpoint, retryStrategy: options.retryStrategy, requestTimeoutMs: options.requestTimeoutMs, concurrency: options.concurrency ?? 4 }, requests);
  const fetched = /* @__PURE__ */ new Map();
  const accounts = lazy(() => awsAccounts(options, pool, homeRegion));
  const homeRegion = () => options.regions?.find((r) => r !== "all" && r !== GLOBAL_REGION) ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? "us-east-1";
  const regionsOf = /* @__PURE__ */ new Map();
  const regionsFor = (account) => {
    let found = regionsOf.get(account.id);
    if (!found) {
      const wanted = (options.regions?.length ? options.regions : [homeRegion()]).filter((r) => r !== GLOBAL_REGION);
      found = wanted.includes("all") ? pool.connect("EC2", homeRegion(), account.credentials).then((ec2) => send(ec2, "DescribeRegions", {})).then((page) => extractAwsItems({ service: "EC2", method: "DescribeRegions", params: {} }, page).map((r) => String(r.RegionName)).sort()) : Promise.resolve([...new Set(wanted)]);
      regionsOf.set(account.id, found);
    }
    return found;
  };
  const accountOf = async (target) => (await accounts()).find((a) => a.id === target.account);
  const regionOf = (target, call) => call.region ?? (target.region === GLOBAL_REGION ? homeRegion() : target.region);
  async function identityOr(target, call, region) {
    if (call.service === "STS" && call.method === "GetCallerIdentity" && Object.keys(call.params).length === 0 && region === homeRegion()) {
      const identity = (await accountOf(target))?.identity;
      if (identity) {
        options.onPage?.(target, call, identity);
        return [identity];
      }
    }
    return fetchPages(target, call, region);
  }
  async function fetchPages(target, call, region) {
    if (!REGION_NAME.test(region)) throw new TargetReadError("InvalidRegion", `"${region}" is not an AWS region name; the call was not made`, call);
    const account = await accountOf(target);
    if (!account) throw new TargetReadError("UnknownAccount", `no credentials for account ${target.account}`, call);
    const refused = await assumable(account);
    if (refused) throw new TargetReadError(refused.code, refused.message, call);
    let connection;
    try {
      connection = await pool.connect(call.service, region, account.credentials);
    } catch (error) {
      if (error instanceof ServiceLoadError) throw new TargetReadError(error.code, error.message, call);
      throw error;
    }
    if (!connection.module.command(call.method)) throw new TargetReadError("UnknownMethod", `${connection.module.name} has no ${call.method}Command: check the method name`, call);
    let pages;
    try {
      pages = isCredentialReport(call.service, call.method) ? [await fetchCredentialReport((method) => send(connection, method, {}), call, options.credentialReport)] : await readAllPages(connection, call, options.maxPages);
    } catch (error) {
      if (error instanceof TargetReadError) throw error;
      const { code, message } = describeAwsError(error);
      throw new TargetReadError(code, message, call);
    }
    for (const page of pages) options.onPage?.(target, call, page);
    return pages;
  }
  return {
    description: `aws (${options.organization ? `organisation, role ${options.roleName ?? "?"} in each account` : options.roleArns?.length ? `${options.roleArns.length} role(s)` : options.profiles?.length ? `profiles ${options.profiles.join(", ")}` : "default credentials"})`,
    async targets(cloud) {
      if (cloud !== "aws") return [];
      const targets = [];
      for (const account of await accounts()) {
        let regions;
        try {
          regions = await regionsFor(account);
        } catch (error) {
          const { code, message } = describeAwsError(error);
          const why = `could not list the regions of ${account.label} (${code}: ${message}); name them with --region`;
          if (!account.role) throw new ProviderSetupError(why);
          account.refused = await assumable(account) ?? { code, message: why };
          regions = [homeRegion()];
        }
        for (const region of regions) targets.push({ provider: "aws", account: account.id, region });
        targets.push({ provider: "aws", account: account.id, region: GLOBAL_REGION });
      }
      return targets;
    },
    async list(target, call) {
      if (!READ_METHOD.test(call.method)) throw new TargetReadError("UnsupportedCall", `${call.service}.${call.method} is not a read call (Describe\u2026, List\u2026, Get\u2026, Select\u2026, BatchGet\u2026, Lookup\u2026, Search\u2026)`, call);
      const region = regionOf(target, call);
      const key = canonicalJson([target.account, region, call.service, call.method, call.params]);
      let pages = fetched.get(key);
      if (!pages) {
        pages = identityOr(target, call, region);
        fetched.set(key, pages);
      }
      return (await pages).flatMap((page) => extractAwsItems(call, page));
    },
    async act(target, call) {
      if (READ_METHOD.test(call.method)) throw new ActionCallError("UnsupportedCall", `${call.service}.${call.method} is a read, not an action`);
      fetched.clear();
      const account = await accountOf(target);
      if (!account) throw new ActionCallError("UnknownAccount", `no credentials for account ${target.account}`);
      const refused = await assumable(account);
      if (refused) throw new ActionCallError(refused.code, refused.message);
      let connection;
      try {
        connection = await pool.connect(call.service, regionOf(target, call), account.credentials);
      } catch (error) {
        if (error instanceof ServiceLoadError) throw new ActionCallError(error.code, error.message);
        throw error;
      }
      const sent = send(connection, call.method, { ...call.params });
      if (!sent) throw new ActionCallError("UnknownMethod", `${connection.module.name} has no ${call.method}Command: check the method name`);
      try {
        const { $metadata: _metadata, ...output } = await sent;
        return { output, changed: changedBy(call, output) };
      } catch (error) {
        const { code, message } = describeAwsError(error);
        throw new ActionCallError(code, message);
      }
    },
    requests: () => ({ ...requests })
  };
}
function changedBy(call, output) {
  if (/^RevokeSecurityGroup(Ingress|Egress)$/.test(call.method)) {
    const unknown = Array.isArray(output.UnknownIpPermissions) ? output.UnknownIpPermissions.length : 0;
    const revoked = Array.isArray(output.RevokedSecurityGroupRules) ? output.RevokedSecurityGroupRules.length : void 0;
    return !(unknown > 0 && (revoked ?? 0) === 0);
  }
  return true;
}
function lazy(make) {
  let value;
  return () => value ??= make();
}
export {
  openAws
};
