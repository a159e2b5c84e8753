import { fromIni, fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { ProviderSetupError, TargetReadError, type ApiCall } from '../types.js';
import { describeAwsError, send, type ClientPool } from './client-pool.js';
import { extractAwsItems } from './extract.js';
import { readAllPages } from './pages.js';

export interface AccountOptions {
  /** `--aws-profile` (repeatable): one account per profile; default: the SDK's default credential chain. */
  profiles?: string[];
  /** `--aws-role-arn` (repeatable): roles assumed from the base credentials, one account each. */
  roleArns?: string[];
  /** `--aws-organization`: every ACTIVE account of the organisation, through `roleName` in each. */
  organization?: boolean;
  /** `--aws-role-name`: the role assumed in each organisation account (a name, or path/name). */
  roleName?: string;
  externalId?: string;
  sessionName?: string;
  /** Tests: the base credentials. */
  credentials?: AwsCredentialIdentityProvider;
  /** Pages of one call at most (default MAX_PAGES); tests lower it. */
  maxPages?: number;
}

export interface Account {
  id: string;
  credentials: AwsCredentialIdentityProvider;
  /** `account 222222222222 (Payments)`, `role arn:…`, `profile prod`: how messages name it. */
  label: string;
  /**
   * An organisation member's role, assumed when the account is first read: an account whose
   * role cannot be assumed is ERROR on each of its targets (assumable() says why), the others stand.
   */
  role?: string;
  /** Set when the account's regions could not be listed (`--region all`): its targets are ERROR with this. */
  refused?: { code: string; message: string };
  /** STS GetCallerIdentity's answer that named the account (profiles, roles), reused for a flow asking the same. */
  identity?: Record<string, unknown>;
}

const LIST_ACCOUNTS: ApiCall = { service: 'Organizations', method: 'ListAccounts', params: {} };
const ACCOUNT_ID = /^\d{12}$/;
const PARTITION = /^arn:(aws(?:-[a-z]+)*):/;

/**
 * The accounts a scan reads, from the base credentials (the default chain, or the first
 * profile): each profile, each assumed `--aws-role-arn` (STS names the account; a role that
 * cannot be used stops the scan before anything is read), or with `--aws-organization` each
 * ACTIVE account the organisation lists (Organizations ListAccounts, paged, from the management
 * account or a delegated administrator), sorted by id so every shard of a matrix sees the same
 * list, each read through `--aws-role-name` assumed in it. Roles are assumed through the scan's
 * own STS client: the same timeouts, retries and request count as every other call.
 */
export async function awsAccounts(options: AccountOptions, pool: ClientPool, homeRegion: () => string): Promise<Account[]> {
  const bases = options.profiles?.length
    ? options.profiles.map((profile) => ({ credentials: memoized(fromIni({ profile })), label: `profile ${profile}` }))
    : [{ credentials: memoized(options.credentials ?? fromNodeProviderChain()), label: 'the default credentials' }];
  const base = bases[0]!;
  const assume = (roleArn: string) => assumedRole(pool, base.credentials, homeRegion, { RoleArn: roleArn, RoleSessionName: options.sessionName ?? 'ctrlflow', ...(options.externalId ? { ExternalId: options.externalId } : {}) });
  if (options.organization) return organizationAccounts(options, pool, homeRegion, base, assume);
  const sources = options.roleArns?.length ? options.roleArns.map((roleArn) => ({ label: `role ${roleArn}`, credentials: assume(roleArn) })) : bases;
  return Promise.all(
    sources.map(async (source) => {
      try {
        const identity = await send(await pool.connect('STS', homeRegion(), source.credentials), 'GetCallerIdentity', {})!;
        return { id: String(identity.Account), credentials: source.credentials, label: source.label, identity };
      } catch (error) {
        const { code, message } = describeAwsError(error);
        throw new ProviderSetupError(`could not use ${source.label} (${code}: ${message}); check the AWS credentials, profile or role`);
      }
    }),
  );
}

async function organizationAccounts(
  options: AccountOptions,
  pool: ClientPool,
  homeRegion: () => string,
  base: { credentials: AwsCredentialIdentityProvider; label: string },
  assume: (roleArn: string) => AwsCredentialIdentityProvider,
): Promise<Account[]> {
  let listed;
  try {
    const pages = await readAllPages(await pool.connect('Organizations', homeRegion(), base.credentials), LIST_ACCOUNTS, options.maxPages);
    listed = pages.flatMap((page) => extractAwsItems(LIST_ACCOUNTS, page));
  } catch (error) {
    const { code, message } = error instanceof TargetReadError ? error : describeAwsError(error);
    throw new ProviderSetupError(
      `could not list the organisation's accounts with ${base.label} (${code}: ${message}); --aws-organization needs organizations:ListAccounts, from the management account or a delegated administrator`,
    );
  }
  // `State` replaces the older `Status`; either says ACTIVE for an account that can be read.
  const active = listed.filter((a) => (a.State ?? a.Status) === 'ACTIVE');
  const malformed = active.find((a) => !ACCOUNT_ID.test(String(a.Id)));
  if (malformed) throw new ProviderSetupError(`Organizations ListAccounts answered an account id that is not 12 digits ("${String(malformed.Id)}"); nothing was read`);
  if (active.length === 0) throw new ProviderSetupError(`the organisation lists no ACTIVE account (${listed.length} listed); nothing to read`);
  const byId = new Map(active.map((a) => [String(a.Id), a]));
  return [...byId.keys()].sort().map((id) => {
    const account = byId.get(id)!;
    const partition = PARTITION.exec(String(account.Arn ?? ''))?.[1] ?? 'aws';
    const role = `arn:${partition}:iam::${id}:role/${options.roleName}`;
    const name = typeof account.Name === 'string' && account.Name !== '' ? ` (${account.Name})` : '';
    return { id, label: `account ${id}${name}`, role, credentials: assume(role) };
  });
}

/** Why an organisation account's role cannot be used (STS's code and message), or undefined when it can (or the account is no member). */
export async function assumable(account: Account): Promise<{ code: string; message: string } | undefined> {
  if (account.refused) return account.refused;
  if (!account.role) return undefined;
  try {
    await account.credentials();
    return undefined;
  } catch (error) {
    const { code, message } = describeAwsError(error);
    return { code, message: `could not assume ${account.role} in ${account.label}: ${message}` };
  }
}

/**
 * A role's credentials from STS AssumeRole on the base credentials, in the home region, sent
 * through the scan's client pool. Assumed once, again when the session nears its end; a role
 * that was refused stays refused for the scan (the SDK has retried what it could), so an
 * account that cannot be read costs one AssumeRole, not one per call.
 */
function assumedRole(pool: ClientPool, base: AwsCredentialIdentityProvider, homeRegion: () => string, params: Record<string, string>): AwsCredentialIdentityProvider {
  return memoized(async (): Promise<AwsCredentialIdentity> => {
    const answer = await send(await pool.connect('STS', homeRegion(), base), 'AssumeRole', params)!;
    const c = answer.Credentials as { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: unknown } | undefined;
    if (!c?.AccessKeyId || !c.SecretAccessKey) throw Object.assign(new Error(`STS AssumeRole answered no credentials for ${params.RoleArn}`), { name: 'BadResponse' });
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, ...(c.Expiration instanceof Date ? { expiration: c.Expiration } : {}) };
  }, true);
}

/**
 * One set of credentials per account for every client (an SDK client memoizes only its own):
 * fetched once, and again only when the session is about to expire. With `keepFailure`, a
 * failure is kept too (an assumed role that was refused).
 */
export function memoized(provider: AwsCredentialIdentityProvider, keepFailure = false): AwsCredentialIdentityProvider {
  let current: ReturnType<AwsCredentialIdentityProvider> | undefined;
  return async () => {
    current ??= provider();
    try {
      const identity = await current;
      if (identity.expiration && identity.expiration.getTime() - Date.now() < 5 * 60_000) current = undefined;
      return identity;
    } catch (error) {
      if (!keepFailure) current = undefined;
      throw error;
    }
  };
}
