import type { RetryStrategyV2 } from '@smithy/types';
import type { Cloud } from '../../model/control.js';
import { canonicalJson } from '../../lib/canonical-json.js';
import { ActionCallError, GLOBAL_REGION, ProviderSetupError, TargetReadError, type ActOutcome, type ApiCall, type InventoryProvider, type Item, type Target } from '../types.js';
import { assumable, awsAccounts, type Account, type AccountOptions } from './accounts.js';
import { clientPool, describeAwsError, send, type Connection } from './client-pool.js';
import { ServiceLoadError } from './clients.js';
import { fetchCredentialReport, type CredentialReportPolling } from './credential-report.js';
import { extractAwsItems } from './extract.js';
import { isCredentialReport, READ_METHOD } from './names.js';
import { readAllPages } from './pages.js';

export interface AwsOptions extends AccountOptions {
  /** `--region` (repeatable) or `all` (the regions enabled for each account); default: the SDK's configured region. */
  regions?: string[];
  /** `--aws-endpoint-url` or AWS_ENDPOINT_URL: an AWS-compatible emulator. */
  endpoint?: string;
  /** Requests in flight per service and region. */
  concurrency?: number;
  /** Tests: a fast retry strategy. */
  retryStrategy?: RetryStrategyV2;
  /** Per HTTP attempt (default 30 s, client-pool.ts): an attempt that outlives it is aborted and retried. */
  requestTimeoutMs?: number;
  /** Tests: a fast credential report poll. */
  credentialReport?: CredentialReportPolling;
  /** `ctrlflow snapshot`: every response page as the API returned it. */
  onPage?: (target: Target, call: ApiCall, page: Item) => void;
}

/** A region a flow routes a call to comes from cloud data (a bucket's region): it must look like one. */
const REGION_NAME = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/**
 * AWS through the SDK v3 clients of any service (loaded when first used), any read method by
 * name, paginated to the end and extracted like the snapshot reader, so flows run unchanged on
 * both. Accounts come from profiles, assumed roles or an organisation's listing (accounts.ts);
 * each account has its regions' targets and one `global` target whose calls go to the home region. Calls run
 * under a per service and region limit with the SDK's adaptive retry; every HTTP attempt is counted.
 */
export function openAws(options: AwsOptions = {}): InventoryProvider & { requests(): Record<string, number>; act(target: Target, call: ApiCall): Promise<ActOutcome> } {
  const requests: Record<string, number> = {};
  const pool = clientPool({ endpoint: options.endpoint, retryStrategy: options.retryStrategy, requestTimeoutMs: options.requestTimeoutMs, concurrency: options.concurrency ?? 4 }, requests);
  /** Raw pages by (account, region, call): two flows picking other items: of one call share its requests (until a write). */
  const fetched = new Map<string, Promise<Item[]>>();

  const accounts = lazy(() => awsAccounts(options, pool, homeRegion));

  /** Where account-level (global) calls go: the first --region, else the SDK's configured region, else us-east-1. */
  const homeRegion = (): string =>
    options.regions?.find((r) => r !== 'all' && r !== GLOBAL_REGION) ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1';

  const regionsOf = new Map<string, Promise<string[]>>();
  const regionsFor = (account: Account): Promise<string[]> => {
    let found = regionsOf.get(account.id);
    if (!found) {
      const wanted = (options.regions?.length ? options.regions : [homeRegion()]).filter((r) => r !== GLOBAL_REGION);
      found = wanted.includes('all')
        ? pool
            .connect('EC2', homeRegion(), account.credentials)
            .then((ec2) => send(ec2, 'DescribeRegions', {})!)
            .then((page) => extractAwsItems({ service: 'EC2', method: 'DescribeRegions', params: {} }, page).map((r) => String(r.RegionName)).sort())
        : Promise.resolve([...new Set(wanted)]);
      regionsOf.set(account.id, found);
    }
    return found;
  };

  const accountOf = async (target: Target): Promise<Account | undefined> => (await accounts()).find((a) => a.id === target.account);
  /** A global target's calls go to the home region; a flow may send one call to an item's own region. */
  const regionOf = (target: Target, call: ApiCall): string => call.region ?? (target.region === GLOBAL_REGION ? homeRegion() : target.region);

  /**
   * A flow's STS GetCallerIdentity in the home region is the call that named the account (the
   * organization flows ask it): answered from that answer rather than asked again.
   */
  async function identityOr(target: Target, call: ApiCall, region: string): Promise<Item[]> {
    if (call.service === 'STS' && call.method === 'GetCallerIdentity' && Object.keys(call.params).length === 0 && region === homeRegion()) {
      const identity = (await accountOf(target))?.identity;
      if (identity) {
        options.onPage?.(target, call, identity);
        return [identity];
      }
    }
    return fetchPages(target, call, region);
  }

  /** Every page of one read call, as the API returned it. */
  async function fetchPages(target: Target, call: ApiCall, region: string): Promise<Item[]> {
    if (!REGION_NAME.test(region)) throw new TargetReadError('InvalidRegion', `"${region}" is not an AWS region name; the call was not made`, call);
    const account = await accountOf(target);
    if (!account) throw new TargetReadError('UnknownAccount', `no credentials for account ${target.account}`, call);
    // An organisation account whose role cannot be assumed: ERROR with STS's code, on each of its targets.
    const refused = await assumable(account);
    if (refused) throw new TargetReadError(refused.code, refused.message, call);
    let connection: Connection;
    try {
      connection = await pool.connect(call.service, region, account.credentials);
    } catch (error) {
      if (error instanceof ServiceLoadError) throw new TargetReadError(error.code, error.message, call);
      throw error;
    }
    if (!connection.module.command(call.method)) throw new TargetReadError('UnknownMethod', `${connection.module.name} has no ${call.method}Command: check the method name`, call);
    let pages: Item[];
    try {
      pages = isCredentialReport(call.service, call.method)
        ? [await fetchCredentialReport((method) => send(connection, method, {})!, call, options.credentialReport)]
        : await readAllPages(connection, call, options.maxPages);
    } catch (error) {
      if (error instanceof TargetReadError) throw error;
      const { code, message } = describeAwsError(error);
      throw new TargetReadError(code, message, call);
    }
    for (const page of pages) options.onPage?.(target, call, page);
    return pages;
  }

  return {
    description: `aws (${options.organization ? `organisation, role ${options.roleName ?? '?'} in each account` : options.roleArns?.length ? `${options.roleArns.length} role(s)` : options.profiles?.length ? `profiles ${options.profiles.join(', ')}` : 'default credentials'})`,
    async targets(cloud: Cloud): Promise<Target[]> {
      if (cloud !== 'aws') return [];
      const targets: Target[] = [];
      for (const account of await accounts()) {
        let regions: string[];
        try {
          regions = await regionsFor(account);
        } catch (error) {
          const { code, message } = describeAwsError(error);
          const why = `could not list the regions of ${account.label} (${code}: ${message}); name them with --region`;
          if (!account.role) throw new ProviderSetupError(why);
          // One organisation account stops no other: its home region and global target are ERROR, with STS's code when its role was refused.
          account.refused = (await assumable(account)) ?? { code, message: why };
          regions = [homeRegion()];
        }
        for (const region of regions) targets.push({ provider: 'aws', account: account.id, region });
        // Account-level reads (IAM, S3, Organizations …) run here once, not once per region.
        targets.push({ provider: 'aws', account: account.id, region: GLOBAL_REGION });
      }
      return targets;
    },
    async list(target: Target, call: ApiCall): Promise<Item[]> {
      if (!READ_METHOD.test(call.method)) throw new TargetReadError('UnsupportedCall', `${call.service}.${call.method} is not a read call (Describe…, List…, Get…, Select…, BatchGet…, Lookup…, Search…)`, call);
      const region = regionOf(target, call);
      const key = canonicalJson([target.account, region, call.service, call.method, call.params]);
      let pages = fetched.get(key);
      if (!pages) {
        pages = identityOr(target, call, region);
        fetched.set(key, pages);
      }
      return (await pages).flatMap((page) => extractAwsItems(call, page));
    },
    async act(target: Target, call: ApiCall): Promise<ActOutcome> {
      if (READ_METHOD.test(call.method)) throw new ActionCallError('UnsupportedCall', `${call.service}.${call.method} is a read, not an action`);
      // A write makes what was read stale: the re-evaluation after remediation reads afresh.
      fetched.clear();
      const account = await accountOf(target);
      if (!account) throw new ActionCallError('UnknownAccount', `no credentials for account ${target.account}`);
      const refused = await assumable(account);
      if (refused) throw new ActionCallError(refused.code, refused.message);
      let connection: Connection;
      try {
        connection = await pool.connect(call.service, regionOf(target, call), account.credentials);
      } catch (error) {
        if (error instanceof ServiceLoadError) throw new ActionCallError(error.code, error.message);
        throw error;
      }
      const sent = send(connection, call.method, { ...call.params });
      if (!sent) throw new ActionCallError('UnknownMethod', `${connection.module.name} has no ${call.method}Command: check the method name`);
      try {
        const { $metadata: _metadata, ...output } = await sent;
        return { output, changed: changedBy(call, output) };
      } catch (error) {
        const { code, message } = describeAwsError(error);
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

function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}
