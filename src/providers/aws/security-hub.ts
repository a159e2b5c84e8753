import { BatchImportFindingsCommand, GetFindingsCommand, SecurityHubClient, type AwsSecurityFinding } from '@aws-sdk/client-securityhub';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromIni, fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentityProvider, DeserializeMiddleware, RetryStrategyV2 } from '@smithy/types';
import { FIELD, homeRegions, hubRegionOf, productArn, toAsff, type AsffFinding } from '../../../reporters/asff.js';
import type { ResultStream } from '../../model/stream.js';
import type { ControlInfo, ReportHead, ReportSummary, Result } from '../../model/result.js';

const COUNTING = { step: 'deserialize', name: 'ctrlflowCountRequests' } as const;
/** BatchImportFindings takes at most 100 findings a call. */
export const BATCH = 100;

export interface SecurityHubOptions {
  /** `--security-hub-region`: one hub (an aggregation region) for every finding; default each finding's own region's hub. */
  region?: string;
  /** The accounts' credentials, as for a live scan (`--aws-profile`, `--aws-role-arn`…); default the SDK's chain. */
  profiles?: string[];
  roleArns?: string[];
  externalId?: string;
  sessionName?: string;
  endpoint?: string;
  /** Tests: base credentials and a fast retry strategy. */
  credentials?: AwsCredentialIdentityProvider;
  retryStrategy?: RetryStrategyV2;
  /** The time findings archived by this run are stamped with. */
  now?: () => Date;
}

/** What an import did; `failures` names each finding (or call) that failed. */
export interface SecurityHubOutcome {
  imported: number;
  archived: number;
  failed: number;
  failures: { id: string; account: string; region: string; code: string; message: string }[];
}

type Hub = { account: string; region: string };

/**
 * `--security-hub`: the scan's AWS results as ASFF findings (reporters/asff.ts), imported into
 * AWS Security Hub while the scan streams: each finding into the default product of its
 * account's hub in its own region (or in `--security-hub-region`), with that account's
 * credentials (the default product takes only the caller's own findings), 100 a call. After
 * the last result, every hub in scope is asked (GetFindings, by product and `ctrlflow/`
 * generator, ACTIVE) for ctrlflow's findings that this run did not produce although it
 * evaluated their control on their target: those are re-imported ARCHIVED (Security Hub then
 * marks them RESOLVED). A finding the hub refused (FailedFindings), a call that failed and an
 * account without credentials are counted and named; the scan then exits 3. Every HTTP
 * request is counted under apiCalls (`SecurityHub.BatchImportFindings`, …).
 *
 * It must be the first output of the pipeline: its `end` adds its requests to the summary's
 * apiCalls before the reports write it.
 */
export class SecurityHubExport implements ResultStream {
  private head: ReportHead | undefined;
  private controls = new Map<string, ControlInfo>();
  private homes = new Map<string, string>();
  private readonly queues = new Map<string, AsffFinding[]>();
  private readonly produced = new Set<string>();
  private readonly requests: Record<string, number> = {};
  private readonly clients = new Map<string, SecurityHubClient>();
  private accounts: Promise<Map<string, AwsCredentialIdentityProvider>> | undefined;
  readonly outcome: SecurityHubOutcome = { imported: 0, archived: 0, failed: 0, failures: [] };

  constructor(private readonly options: SecurityHubOptions = {}) {}

  begin(head: ReportHead): void {
    this.head = head;
    this.controls = new Map(head.controls.map((c) => [c.id, c]));
    this.homes = homeRegions(head);
  }

  async results(batch: readonly Result[]): Promise<void> {
    for (const r of batch) {
      if (r.provider !== 'aws') continue;
      const region = this.options.region ?? hubRegionOf(r, this.homes);
      const finding = toAsff(r, this.controls.get(r.controlId)!, { region, time: r.time ?? this.head!.startedAt });
      const key = hubKey({ account: r.account, region });
      this.produced.add(`${key}\u0000${finding.Id}`);
      const queue = this.queues.get(key) ?? this.queues.set(key, []).get(key)!;
      queue.push(finding);
      if (queue.length >= BATCH) await this.send({ account: r.account, region }, queue.splice(0));
    }
  }

  async end(summary: ReportSummary): Promise<void> {
    for (const [key, queue] of this.queues) if (queue.length > 0) await this.send(hubOf(key), queue.splice(0));
    for (const hub of this.hubsInScope()) await this.archiveStale(hub);
    const calls = { ...(summary.apiCalls ?? {}) };
    for (const [name, n] of Object.entries(this.requests)) calls[name] = (calls[name] ?? 0) + n;
    summary.apiCalls = Object.fromEntries(Object.entries(calls).sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Every account's hub the scan covered: its targets' regions (or the one aggregation region). */
  private hubsInScope(): Hub[] {
    const hubs = new Map<string, Hub>();
    for (const t of this.head!.targets) {
      if (t.provider !== 'aws') continue;
      const hub = { account: t.account, region: this.options.region ?? hubRegionOf(t, this.homes) };
      hubs.set(hubKey(hub), hub);
    }
    return [...hubs.values()];
  }

  private async send(hub: Hub, findings: AsffFinding[]): Promise<{ failed: Set<string> }> {
    const client = await this.client(hub, findings);
    if (!client) return { failed: new Set(findings.map((f) => f.Id)) };
    try {
      const answer = await client.send(new BatchImportFindingsCommand({ Findings: findings }));
      const failed = new Set<string>();
      for (const f of answer.FailedFindings ?? []) {
        failed.add(f.Id ?? '');
        this.fail(hub, f.Id ?? '(unnamed)', f.ErrorCode ?? 'Failed', f.ErrorMessage ?? '');
      }
      // FailedCount may exceed the list the answer carries.
      const more = (answer.FailedCount ?? failed.size) - failed.size;
      for (let i = 0; i < more; i += 1) this.fail(hub, '(unnamed)', 'Failed', 'counted as failed by Security Hub without its id');
      this.outcome.imported += answer.SuccessCount ?? findings.length - failed.size - more;
      return { failed };
    } catch (error) {
      const { code, message } = describe(error);
      for (const f of findings) this.fail(hub, f.Id, code, message);
      return { failed: new Set(findings.map((f) => f.Id)) };
    }
  }

  /** ctrlflow's ACTIVE findings in a hub that this run did not produce, though it evaluated their control there: re-imported ARCHIVED. */
  private async archiveStale(hub: Hub): Promise<void> {
    const client = await this.client(hub, []);
    if (!client) return;
    const targets = new Set(this.head!.targets.filter((t) => t.provider === 'aws' && t.account === hub.account).map((t) => t.region));
    const stale: AsffFinding[] = [];
    const now = (this.options.now?.() ?? new Date()).toISOString();
    try {
      let token: string | undefined;
      do {
        const page = await client.send(
          new GetFindingsCommand({
            Filters: {
              ProductArn: [{ Value: productArn(hub.account, hub.region), Comparison: 'EQUALS' }],
              GeneratorId: [{ Value: 'ctrlflow/', Comparison: 'PREFIX' }],
              AwsAccountId: [{ Value: hub.account, Comparison: 'EQUALS' }],
              RecordState: [{ Value: 'ACTIVE', Comparison: 'EQUALS' }],
            },
            MaxResults: 100,
            ...(token ? { NextToken: token } : {}),
          }),
        );
        for (const f of page.Findings ?? []) {
          const control = f.ProductFields?.[`${FIELD}ControlId`];
          const region = f.ProductFields?.[`${FIELD}Region`];
          const inScope = control !== undefined && this.controls.has(control) && region !== undefined && targets.has(region);
          if (inScope && f.Id && !this.produced.has(`${hubKey(hub)}\u0000${f.Id}`)) stale.push(archived(f, now));
        }
        token = page.NextToken || undefined;
      } while (token);
    } catch (error) {
      const { code, message } = describe(error);
      this.fail(hub, '(GetFindings)', code, `could not look up earlier findings: ${message}`);
      return;
    }
    for (let i = 0; i < stale.length; i += BATCH) {
      const piece = stale.slice(i, i + BATCH);
      const before = this.outcome.imported;
      const { failed } = await this.send(hub, piece);
      // Archiving is not importing: count it as such.
      this.outcome.imported = before;
      this.outcome.archived += piece.filter((f) => !failed.has(f.Id)).length;
    }
  }

  private fail(hub: Hub, id: string, code: string, message: string): void {
    this.outcome.failed += 1;
    if (this.outcome.failures.length < 1000) this.outcome.failures.push({ id, account: hub.account, region: hub.region, code, message });
  }

  /** The hub's client with its account's credentials; undefined (the findings failed) for an account without any. */
  private async client(hub: Hub, findings: AsffFinding[]): Promise<SecurityHubClient | undefined> {
    let credentials: AwsCredentialIdentityProvider | undefined;
    try {
      credentials = (await this.accountCredentials()).get(hub.account);
    } catch (error) {
      const { code, message } = describe(error);
      for (const f of findings.length > 0 ? findings : [{ Id: '(credentials)' }]) this.fail(hub, f.Id, code, message);
      return undefined;
    }
    if (!credentials) {
      const message = `no credentials for account ${hub.account} (give its --aws-profile or --aws-role-arn)`;
      for (const f of findings.length > 0 ? findings : [{ Id: '(credentials)' }]) this.fail(hub, f.Id, 'NoCredentials', message);
      return undefined;
    }
    const key = hubKey(hub);
    let client = this.clients.get(key);
    if (!client) {
      client = new SecurityHubClient({ region: hub.region, credentials, ...this.clientConfig() });
      client.middlewareStack.add(this.counter('SecurityHub'), COUNTING);
      this.clients.set(key, client);
    }
    return client;
  }

  private clientConfig() {
    return {
      ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {}),
      ...(this.options.retryStrategy ? { retryStrategy: this.options.retryStrategy } : { retryMode: 'adaptive', maxAttempts: 6 }),
    };
  }

  /** Each HTTP attempt counts as the request it is (inside the retry loop), as the live providers count theirs. */
  private counter<I extends object, O extends object>(service: string): DeserializeMiddleware<I, O> {
    return (next, context) => (args) => {
      const name = `${service}.${String(context.commandName ?? 'Command').replace(/Command$/, '')}`;
      this.requests[name] = (this.requests[name] ?? 0) + 1;
      return next(args);
    };
  }

  /** The accounts the credentials reach, by id (STS GetCallerIdentity once per source). */
  private accountCredentials(): Promise<Map<string, AwsCredentialIdentityProvider>> {
    this.accounts ??= (async () => {
      const home = this.options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';
      const o = this.options;
      const bases = o.profiles?.length ? o.profiles.map((profile) => fromIni({ profile })) : [o.credentials ?? fromNodeProviderChain()];
      const sources = o.roleArns?.length
        ? o.roleArns.map((RoleArn) =>
            fromTemporaryCredentials({
              masterCredentials: bases[0],
              params: { RoleArn, RoleSessionName: o.sessionName ?? 'ctrlflow', ...(o.externalId ? { ExternalId: o.externalId } : {}) },
              clientConfig: { region: home, ...(o.endpoint ? { endpoint: o.endpoint } : {}) },
            }),
          )
        : bases;
      const found = new Map<string, AwsCredentialIdentityProvider>();
      for (const credentials of sources) {
        const sts = new STSClient({ region: home, credentials, ...this.clientConfig() });
        sts.middlewareStack.add(this.counter('STS'), COUNTING);
        const identity = await sts.send(new GetCallerIdentityCommand({}));
        if (identity.Account) found.set(identity.Account, credentials);
      }
      return found;
    })();
    return this.accounts;
  }
}

/** An earlier finding, as re-imported to archive it: its own fields, stamped now, RecordState ARCHIVED. */
function archived(f: AwsSecurityFinding, now: string): AsffFinding {
  const own = Object.fromEntries(Object.entries(f.ProductFields ?? {}).filter(([k]) => k.startsWith(FIELD)));
  return {
    SchemaVersion: f.SchemaVersion ?? '2018-10-08',
    Id: f.Id!,
    ProductArn: f.ProductArn!,
    GeneratorId: f.GeneratorId!,
    AwsAccountId: f.AwsAccountId!,
    Types: f.Types ?? [],
    CreatedAt: f.CreatedAt!,
    UpdatedAt: now,
    Severity: { Label: f.Severity?.Label ?? 'INFORMATIONAL' },
    Title: f.Title ?? '',
    Description: f.Description ?? '',
    Resources: (f.Resources ?? []).map((r) => ({ Type: r.Type ?? 'Other', Id: r.Id ?? '', Partition: r.Partition === 'aws-cn' || r.Partition === 'aws-us-gov' ? r.Partition : 'aws', ...(r.Region ? { Region: r.Region } : {}) })),
    Compliance: { Status: f.Compliance?.Status ?? 'NOT_AVAILABLE', ...(f.Compliance?.RelatedRequirements ? { RelatedRequirements: f.Compliance.RelatedRequirements } : {}) },
    RecordState: 'ARCHIVED',
    ProductFields: { ...own, [`${FIELD}ArchivedAt`]: now },
  };
}

const hubKey = (hub: Hub) => `${hub.account}\u0000${hub.region}`;
const hubOf = (key: string): Hub => {
  const [account, region] = key.split('\u0000');
  return { account: account!, region: region! };
};

function describe(error: unknown): { code: string; message: string } {
  const e = error as { name?: string; Code?: string; message?: string };
  return { code: e.Code ?? e.name ?? 'Error', message: e.message ?? String(error) };
}
