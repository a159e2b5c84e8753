import * as ConfigService from '@aws-sdk/client-config-service';
import * as EC2 from '@aws-sdk/client-ec2';
import * as RDS from '@aws-sdk/client-rds';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromIni, fromNodeProviderChain, fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentityProvider, RetryStrategyV2 } from '@smithy/types';
import type { Cloud } from '../../model/control.js';
import { ActionCallError, ProviderSetupError, TargetReadError, type ActOutcome, type ApiCall, type InventoryProvider, type Item, type Target } from '../types.js';
import { extractAwsItems } from './extract.js';

export interface AwsOptions {
  /** `--region` (repeatable) or `all` (the regions enabled for each account); default: the SDK's configured region. */
  regions?: string[];
  /** `--aws-profile` (repeatable): one account per profile; default: the SDK's default credential chain. */
  profiles?: string[];
  /** `--aws-role-arn` (repeatable): roles assumed from the base credentials, one account each. */
  roleArns?: string[];
  externalId?: string;
  sessionName?: string;
  /** `--aws-endpoint-url` or AWS_ENDPOINT_URL: an AWS-compatible emulator. */
  endpoint?: string;
  /** Requests in flight per service and region. */
  concurrency?: number;
  /** Tests: the base credentials and a fast retry strategy. */
  credentials?: AwsCredentialIdentityProvider;
  retryStrategy?: RetryStrategyV2;
  requestTimeoutMs?: number;
  /** `ctrlflow snapshot`: every response page as the API returned it. */
  onPage?: (target: Target, call: ApiCall, page: Item) => void;
}

type Client = { send(command: unknown): Promise<Item>; middlewareStack: { add(m: unknown, o: object): void } };
type Module = Record<string, unknown>;

/** The SDK modules by the `service` a flow names; `${method}Command` must exist there. */
const SERVICES: Record<string, { module: Module; client: string }> = {
  EC2: { module: EC2 as unknown as Module, client: 'EC2Client' },
  RDS: { module: RDS as unknown as Module, client: 'RDSClient' },
  Config: { module: ConfigService as unknown as Module, client: 'ConfigServiceClient' },
  ConfigService: { module: ConfigService as unknown as Module, client: 'ConfigServiceClient' },
};
/** Request tokens: EC2/Config use NextToken, RDS Marker. */
const PAGE_TOKENS: [string, string][] = [
  ['NextToken', 'NextToken'],
  ['nextToken', 'nextToken'],
  ['Marker', 'Marker'],
];
const READ_METHOD = /^(Describe|List|Get|Select|Batch(Get|Describe))/;

interface Account {
  id: string;
  credentials: AwsCredentialIdentityProvider;
  label: string;
}

/**
 * AWS through the SDK v3 clients (EC2, RDS, Config), any read method by name, paginated to the
 * end and extracted like the snapshot reader, so flows run unchanged on both. Accounts come
 * from profiles and assumed roles (STS identifies each); calls run under a per service and
 * region limit with the SDK's adaptive retry; every HTTP attempt is counted.
 */
export function openAws(options: AwsOptions = {}): InventoryProvider & { requests(): Record<string, number>; act(target: Target, call: ApiCall): Promise<ActOutcome> } {
  const requests: Record<string, number> = {};
  const clients = new Map<string, Client>();
  const lanes = new Map<string, Lane>();
  const concurrency = options.concurrency ?? 4;

  const accounts = lazy(async (): Promise<Account[]> => {
    const bases: { credentials: AwsCredentialIdentityProvider; label: string }[] = options.profiles?.length
      ? options.profiles.map((profile) => ({ credentials: memoized(fromIni({ profile })), label: `profile ${profile}` }))
      : [{ credentials: memoized(options.credentials ?? fromNodeProviderChain()), label: 'the default credentials' }];
    const sources = options.roleArns?.length
      ? options.roleArns.map((roleArn) => ({
          label: `role ${roleArn}`,
          credentials: memoized(fromTemporaryCredentials({
            masterCredentials: bases[0]!.credentials,
            params: { RoleArn: roleArn, RoleSessionName: options.sessionName ?? 'ctrlflow', ...(options.externalId ? { ExternalId: options.externalId } : {}) },
            clientConfig: { region: homeRegion(), ...(options.endpoint ? { endpoint: options.endpoint } : {}) },
          })),
        }))
      : bases;
    return Promise.all(
      sources.map(async (source) => {
        try {
          const identity = await sdkClient('STS', homeRegion(), source.credentials).send(new GetCallerIdentityCommand({}));
          return { id: String(identity.Account), credentials: source.credentials, label: source.label };
        } catch (error) {
          const { code, message } = describe(error);
          throw new ProviderSetupError(`could not use ${source.label} (${code}: ${message}); check the AWS credentials, profile or role`);
        }
      }),
    );
  });

  const homeRegion = (): string => options.regions?.find((r) => r !== 'all') ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';

  function sdkClient(service: string, region: string, credentials: AwsCredentialIdentityProvider): Client {
    const key = `${service}\u0000${region}\u0000${credentialId(credentials)}`;
    let client = clients.get(key);
    if (!client) {
      const make = service === 'STS' ? STSClient : (SERVICES[service]!.module[SERVICES[service]!.client] as new (config: object) => Client);
      client = new (make as unknown as new (config: object) => Client)({
        region,
        credentials,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        ...(options.retryStrategy ? { retryStrategy: options.retryStrategy } : { retryMode: 'adaptive', maxAttempts: 6 }),
        requestHandler: { requestTimeout: options.requestTimeoutMs ?? 30_000 },
      });
      // Inside the retry loop, so each attempt counts as the request it is.
      client.middlewareStack.add(
        (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => (args: unknown) => {
          const name = `${service}.${String(context.commandName ?? 'Command').replace(/Command$/, '')}`;
          requests[name] = (requests[name] ?? 0) + 1;
          return next(args);
        },
        { step: 'deserialize', name: 'ctrlflowCountRequests' },
      );
      clients.set(key, client);
    }
    return client;
  }
  // One client per service, region and account's credentials.
  const credentialIds = new Map<object, number>();
  const credentialId = (credentials: object): number => {
    if (!credentialIds.has(credentials)) credentialIds.set(credentials, credentialIds.size + 1);
    return credentialIds.get(credentials)!;
  };

  const regionsOf = new Map<string, Promise<string[]>>();
  const regionsFor = (account: Account): Promise<string[]> => {
    let found = regionsOf.get(account.id);
    if (!found) {
      const wanted = options.regions?.length ? options.regions : [homeRegion()];
      found = wanted.includes('all')
        ? sdkClient('EC2', homeRegion(), account.credentials)
            .send(new EC2.DescribeRegionsCommand({}))
            .then((page) => extractAwsItems('DescribeRegions', page).map((r) => String(r.RegionName)).sort())
        : Promise.resolve([...new Set(wanted)]);
      regionsOf.set(account.id, found);
    }
    return found;
  };

  return {
    description: `aws (${options.roleArns?.length ? `${options.roleArns.length} role(s)` : options.profiles?.length ? `profiles ${options.profiles.join(', ')}` : 'default credentials'})`,
    async targets(cloud: Cloud): Promise<Target[]> {
      if (cloud !== 'aws') return [];
      const targets: Target[] = [];
      for (const account of await accounts()) {
        let regions: string[];
        try {
          regions = await regionsFor(account);
        } catch (error) {
          const { code, message } = describe(error);
          throw new ProviderSetupError(`could not list the regions of account ${account.id} (${code}: ${message}); name them with --region`);
        }
        for (const region of regions) targets.push({ provider: 'aws', account: account.id, region });
      }
      return targets;
    },
    async list(target: Target, call: ApiCall): Promise<Item[]> {
      const service = SERVICES[call.service];
      const Command = service?.module[`${call.method}Command`] as (new (input: object) => unknown) | undefined;
      if (!service || !Command || !READ_METHOD.test(call.method)) {
        throw new TargetReadError('UnsupportedCall', `${call.service}.${call.method} is not a read call of the supported clients (EC2, RDS, Config)`, call);
      }
      const account = (await accounts()).find((a) => a.id === target.account);
      if (!account) throw new TargetReadError('UnknownAccount', `no credentials for account ${target.account}`, call);
      const client = sdkClient(call.service, target.region, account.credentials);
      const lane = laneFor(lanes, `${call.service}\u0000${target.region}`, concurrency);
      const items: Item[] = [];
      try {
        let input: Record<string, unknown> = { ...call.params };
        for (;;) {
          const page = await lane(() => client.send(new Command(input)));
          items.push(...extractAwsItems(call.method, page));
          options.onPage?.(target, call, page);
          const token = PAGE_TOKENS.find(([out]) => typeof page[out] === 'string' && page[out] !== '');
          if (!token) break;
          input = { ...call.params, [token[1]]: page[token[0]] };
        }
      } catch (error) {
        const { code, message } = describe(error);
        throw new TargetReadError(code, message, call);
      }
      return items;
    },
    async act(target: Target, call: ApiCall): Promise<ActOutcome> {
      const service = SERVICES[call.service];
      const Command = service?.module[`${call.method}Command`] as (new (input: object) => unknown) | undefined;
      if (!service || !Command) throw new ActionCallError('UnsupportedCall', `${call.service}.${call.method} is not a call of the supported clients (EC2, RDS, Config)`);
      if (READ_METHOD.test(call.method)) throw new ActionCallError('UnsupportedCall', `${call.service}.${call.method} is a read, not an action`);
      const account = (await accounts()).find((a) => a.id === target.account);
      if (!account) throw new ActionCallError('UnknownAccount', `no credentials for account ${target.account}`);
      const client = sdkClient(call.service, target.region, account.credentials);
      const lane = laneFor(lanes, `${call.service}\u0000${target.region}`, concurrency);
      try {
        const { $metadata: _metadata, ...output } = (await lane(() => client.send(new Command({ ...call.params })))) as Item & { $metadata?: unknown };
        return { output, changed: changedBy(call, output) };
      } catch (error) {
        const { code, message } = describe(error);
        throw new ActionCallError(code, message);
      }
    },
    requests: () => ({ ...requests }),
  };
}

/** EC2 answers a revoke of rules that are already gone with the rules it did not know, not an error: nothing changed. */
function changedBy(call: ApiCall, output: Item): boolean {
  if (/^RevokeSecurityGroup(Ingress|Egress)$/.test(call.method)) {
    const unknown = Array.isArray(output.UnknownIpPermissions) ? output.UnknownIpPermissions.length : 0;
    const revoked = Array.isArray(output.RevokedSecurityGroupRules) ? output.RevokedSecurityGroupRules.length : undefined;
    return !(unknown > 0 && (revoked ?? 0) === 0);
  }
  return true;
}

type Lane = <T>(work: () => Promise<T>) => Promise<T>;

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
 * One set of credentials per account for every client (an SDK client memoizes only its own):
 * a role is assumed once, and again only when its session is about to expire.
 */
function memoized(provider: AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  let current: ReturnType<AwsCredentialIdentityProvider> | undefined;
  return async () => {
    current ??= provider();
    try {
      const identity = await current;
      if (identity.expiration && identity.expiration.getTime() - Date.now() < 5 * 60_000) current = undefined;
      return identity;
    } catch (error) {
      current = undefined;
      throw error;
    }
  };
}

function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}

/** An SDK error as AWS's code (AccessDenied, UnauthorizedOperation, OptInRequired …) and message. */
function describe(error: unknown): { code: string; message: string } {
  const e = error as { name?: unknown; Code?: unknown; code?: unknown; message?: unknown };
  const code = [e.Code, e.code, e.name].find((c): c is string => typeof c === 'string' && c !== 'Error') ?? 'AwsError';
  return { code, message: String(e.message ?? error).split('\n')[0]! };
}
