import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-LNOVJKLQ.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-BM63IKKR.js";
import {
  require_dist_cjs
} from "./chunk-QSWCOOB3.js";
import "./chunk-DFX7IK7V.js";
import "./chunk-C3EO7UAI.js";
import "./chunk-5BGUTQJE.js";
import {
  FIELD,
  homeRegions,
  hubRegionOf,
  productArn,
  toAsff
} from "./chunk-DLMOTBAU.js";
import "./chunk-ZLJF6NXH.js";
import {
  __toESM
} from "./chunk-VKFPFGRN.js";

// src/providers/aws/security-hub.ts
var import_client_securityhub = __toESM(require_dist_cjs(), 1);
var import_client_sts = __toESM(require_dist_cjs2(), 1);
var import_credential_providers = __toESM(require_dist_cjs3(), 1);
var COUNTING = { step: "deserialize", name: "ctrlflowCountRequests" };
var BATCH = 100;
var SecurityHubExport = class {
  constructor(options = {}) {
    this.options = options;
  }
  options;
  head;
  controls = /* @__PURE__ */ new Map();
  homes = /* @__PURE__ */ new Map();
  queues = /* @__PURE__ */ new Map();
  produced = /* @__PURE__ */ new Set();
  requests = {};
  clients = /* @__PURE__ */ new Map();
  accounts;
  outcome = { imported: 0, archived: 0, failed: 0, failures: [] };
  begin(head) {
    this.head = head;
    this.controls = new Map(head.controls.map((c) => [c.id, c]));
    this.homes = homeRegions(head);
  }
  async results(batch) {
    for (const r of batch) {
      if (r.provider !== "aws") continue;
      const region = this.options.region ?? hubRegionOf(r, this.homes);
      const finding = toAsff(r, this.controls.get(r.controlId), { region, time: r.time ?? this.head.startedAt });
      const key = hubKey({ account: r.account, region });
      this.produced.add(`${key}\0${finding.Id}`);
      const queue = this.queues.get(key) ?? this.queues.set(key, []).get(key);
      queue.push(finding);
      if (queue.length >= BATCH) await this.send({ account: r.account, region }, queue.splice(0));
    }
  }
  async end(summary) {
    for (const [key, queue] of this.queues) if (queue.length > 0) await this.send(hubOf(key), queue.splice(0));
    for (const hub of this.hubsInScope()) await this.archiveStale(hub);
    const calls = { ...summary.apiCalls ?? {} };
    for (const [name, n] of Object.entries(this.requests)) calls[name] = (calls[name] ?? 0) + n;
    summary.apiCalls = Object.fromEntries(Object.entries(calls).sort(([a], [b]) => a.localeCompare(b)));
  }
  /** Every account's hub the scan covered: its targets' regions (or the one aggregation region). */
  hubsInScope() {
    const hubs = /* @__PURE__ */ new Map();
    for (const t of this.head.targets) {
      if (t.provider !== "aws") continue;
      const hub = { account: t.account, region: this.options.region ?? hubRegionOf(t, this.homes) };
      hubs.set(hubKey(hub), hub);
    }
    return [...hubs.values()];
  }
  async send(hub, findings) {
    const client = await this.client(hub, findings);
    if (!client) return { failed: new Set(findings.map((f) => f.Id)) };
    try {
      const answer = await client.send(new import_client_securityhub.BatchImportFindingsCommand({ Findings: findings }));
      const failed = /* @__PURE__ */ new Set();
      for (const f of answer.FailedFindings ?? []) {
        failed.add(f.Id ?? "");
        this.fail(hub, f.Id ?? "(unnamed)", f.ErrorCode ?? "Failed", f.ErrorMessage ?? "");
      }
      const more = (answer.FailedCount ?? failed.size) - failed.size;
      for (let i = 0; i < more; i += 1) this.fail(hub, "(unnamed)", "Failed", "counted as failed by Security Hub without its id");
      this.outcome.imported += answer.SuccessCount ?? findings.length - failed.size - more;
      return { failed };
    } catch (error) {
      const { code, message } = describe(error);
      for (const f of findings) this.fail(hub, f.Id, code, message);
      return { failed: new Set(findings.map((f) => f.Id)) };
    }
  }
  /** ctrlflow's ACTIVE findings in a hub that this run did not produce, though it evaluated their control there: re-imported ARCHIVED. */
  async archiveStale(hub) {
    const client = await this.client(hub, []);
    if (!client) return;
    const targets = new Set(this.head.targets.filter((t) => t.provider === "aws" && t.account === hub.account).map((t) => t.region));
    const stale = [];
    const now = (this.options.now?.() ?? /* @__PURE__ */ new Date()).toISOString();
    try {
      let token;
      do {
        const page = await client.send(
          new import_client_securityhub.GetFindingsCommand({
            Filters: {
              ProductArn: [{ Value: productArn(hub.account, hub.region), Comparison: "EQUALS" }],
              GeneratorId: [{ Value: "ctrlflow/", Comparison: "PREFIX" }],
              AwsAccountId: [{ Value: hub.account, Comparison: "EQUALS" }],
              RecordState: [{ Value: "ACTIVE", Comparison: "EQUALS" }]
            },
            MaxResults: 100,
            ...token ? { NextToken: token } : {}
          })
        );
        for (const f of page.Findings ?? []) {
          const control = f.ProductFields?.[`${FIELD}ControlId`];
          const region = f.ProductFields?.[`${FIELD}Region`];
          const inScope = control !== void 0 && this.controls.has(control) && region !== void 0 && targets.has(region);
          if (inScope && f.Id && !this.produced.has(`${hubKey(hub)}\0${f.Id}`)) stale.push(archived(f, now));
        }
        token = page.NextToken || void 0;
      } while (token);
    } catch (error) {
      const { code, message } = describe(error);
      this.fail(hub, "(GetFindings)", code, `could not look up earlier findings: ${message}`);
      return;
    }
    for (let i = 0; i < stale.length; i += BATCH) {
      const piece = stale.slice(i, i + BATCH);
      const before = this.outcome.imported;
      const { failed } = await this.send(hub, piece);
      this.outcome.imported = before;
      this.outcome.archived += piece.filter((f) => !failed.has(f.Id)).length;
    }
  }
  fail(hub, id, code, message) {
    this.outcome.failed += 1;
    if (this.outcome.failures.length < 1e3) this.outcome.failures.push({ id, account: hub.account, region: hub.region, code, message });
  }
  /** The hub's client with its account's credentials; undefined (the findings failed) for an account without any. */
  async client(hub, findings) {
    let credentials;
    try {
      credentials = (await this.accountCredentials()).get(hub.account);
    } catch (error) {
      const { code, message } = describe(error);
      for (const f of findings.length > 0 ? findings : [{ Id: "(credentials)" }]) this.fail(hub, f.Id, code, message);
      return void 0;
    }
    if (!credentials) {
      const message = `no credentials for account ${hub.account} (give its --aws-profile or --aws-role-arn)`;
      for (const f of findings.length > 0 ? findings : [{ Id: "(credentials)" }]) this.fail(hub, f.Id, "NoCredentials", message);
      return void 0;
    }
    const key = hubKey(hub);
    let client = this.clients.get(key);
    if (!client) {
      client = new import_client_securityhub.SecurityHubClient({ region: hub.region, credentials, ...this.clientConfig() });
      client.middlewareStack.add(this.counter("SecurityHub"), COUNTING);
      this.clients.set(key, client);
    }
    return client;
  }
  clientConfig() {
    return {
      ...this.options.endpoint ? { endpoint: this.options.endpoint } : {},
      ...this.options.retryStrategy ? { retryStrategy: this.options.retryStrategy } : { retryMode: "adaptive", maxAttempts: 6 }
    };
  }
  /** Each HTTP attempt counts as the request it is (inside the retry loop), as the live providers count theirs. */
  counter(service) {
    return (next, context) => (args) => {
      const name = `${service}.${String(context.commandName ?? "Command").replace(/Command$/, "")}`;
      this.requests[name] = (this.requests[name] ?? 0) + 1;
      return next(args);
    };
  }
  /** The accounts the credentials reach, by id (STS GetCallerIdentity once per source). */
  accountCredentials() {
    this.accounts ??= (async () => {
      const home = this.options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? "us-east-1";
      const o = this.options;
      const bases = o.profiles?.length ? o.profiles.map((profile) => (0, import_credential_providers.fromIni)({ profile })) : [o.credentials ?? (0, import_credential_providers.fromNodeProviderChain)()];
      const sources = o.roleArns?.length ? o.roleArns.map(
        (RoleArn) => (0, import_credential_providers.fromTemporaryCredentials)({
          masterCredentials: bases[0],
          params: { RoleArn, RoleSessionName: o.sessionName ?? "ctrlflow", ...o.externalId ? { ExternalId: o.externalId } : {} },
          clientConfig: { region: home, ...o.endpoint ? { endpoint: o.endpoint } : {} }
        })
      ) : bases;
      const found = /* @__PURE__ */ new Map();
      for (const credentials of sources) {
        const sts = new import_client_sts.STSClient({ region: home, credentials, ...this.clientConfig() });
        sts.middlewareStack.add(this.counter("STS"), COUNTING);
        const identity = await sts.send(new import_client_sts.GetCallerIdentityCommand({}));
        if (identity.Account) found.set(identity.Account, credentials);
      }
      return found;
    })();
    return this.accounts;
  }
};
function archived(f, now) {
  const own = Object.fromEntries(Object.entries(f.ProductFields ?? {}).filter(([k]) => k.startsWith(FIELD)));
  return {
    SchemaVersion: f.SchemaVersion ?? "2018-10-08",
    Id: f.Id,
    ProductArn: f.ProductArn,
    GeneratorId: f.GeneratorId,
    AwsAccountId: f.AwsAccountId,
    Types: f.Types ?? [],
    CreatedAt: f.CreatedAt,
    UpdatedAt: now,
    Severity: { Label: f.Severity?.Label ?? "INFORMATIONAL" },
    Title: f.Title ?? "",
    Description: f.Description ?? "",
    Resources: (f.Resources ?? []).map((r) => ({ Type: r.Type ?? "Other", Id: r.Id ?? "", Partition: r.Partition === "aws-cn" || r.Partition === "aws-us-gov" ? r.Partition : "aws", ...r.Region ? { Region: r.Region } : {} })),
    Compliance: { Status: f.Compliance?.Status ?? "NOT_AVAILABLE", ...f.Compliance?.RelatedRequirements ? { RelatedRequirements: f.Compliance.RelatedRequirements } : {} },
    RecordState: "ARCHIVED",
    ProductFields: { ...own, [`${FIELD}ArchivedAt`]: now }
  };
}
var hubKey = (hub) => `${hub.account}\0${hub.region}`;
var hubOf = (key) => {
  const [account, region] = key.split("\0");
  return { account, region };
};
function describe(error) {
  const e = error;
  return { code: e.Code ?? e.name ?? "Error", message: e.message ?? String(error) };
}
export {
  BATCH,
  SecurityHubExport
};
