/**
 * How flows name AWS services and calls, with no SDK loaded: nodes check and scope their calls
 * with this, the live provider loads clients by it (clients.ts).
 *
 * A service is named by its SDK v3 client class without `Client` (`IAMClient` → `IAM`,
 * `CloudWatchLogsClient` → `CloudWatchLogs`). Its package is, by rule, that name lower-cased
 * (`CloudTrail` → `@aws-sdk/client-cloudtrail`); the SDK spells some services in several words
 * (`CloudWatchLogs` → `client-cloudwatch-logs`): the common ones are in IRREGULAR, and for a
 * service in neither, the name split at its words (`NetworkFirewall` → `client-network-firewall`)
 * is tried second.
 */
const ALIASES: Readonly<Record<string, string>> = { Config: 'ConfigService' };

const IRREGULAR: Readonly<Record<string, string>> = {
  ACMPCA: 'acm-pca',
  APIGateway: 'api-gateway',
  AutoScaling: 'auto-scaling',
  CloudHSMV2: 'cloudhsm-v2',
  CloudWatchEvents: 'cloudwatch-events',
  CloudWatchLogs: 'cloudwatch-logs',
  CognitoIdentityProvider: 'cognito-identity-provider',
  ConfigService: 'config-service',
  ElasticBeanstalk: 'elastic-beanstalk',
  ElasticLoadBalancing: 'elastic-load-balancing',
  ElasticLoadBalancingV2: 'elastic-load-balancing-v2',
  Route53: 'route-53',
  Route53Domains: 'route-53-domains',
  S3Control: 's3-control',
  SecretsManager: 'secrets-manager',
  SSOAdmin: 'sso-admin',
};

/** The client class's name without `Client`, aliases resolved (`Config` → `ConfigService`). */
export function canonicalService(service: string): string {
  return ALIASES[service] ?? service;
}

/** The packages that may hold a service's client, the most likely first. */
export function packageCandidates(service: string): string[] {
  const name = canonicalService(service);
  const irregular = IRREGULAR[name];
  if (irregular) return [`@aws-sdk/client-${irregular}`];
  const lower = `@aws-sdk/client-${name.toLowerCase()}`;
  const words = `@aws-sdk/client-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').toLowerCase()}`;
  return words === lower ? [lower] : [lower, words];
}

/** What to tell a user whose service has no installed client. */
export function installHint(service: string): string {
  const [first, second] = packageCandidates(service);
  const also = second ? ` (or ${second}, if the SDK spells the service in several words)` : '';
  return `npm install ${first}${also}`;
}

/**
 * Read calls by their name's verb. GenerateCredentialReport is not one: the credential report
 * source (credential-report.ts) makes it itself.
 */
export const READ_VERBS = ['Describe', 'List', 'Get', 'Select', 'BatchGet', 'BatchDescribe', 'Lookup', 'Search'] as const;
export const READ_METHOD = new RegExp(`^(${READ_VERBS.join('|')})[A-Z0-9]`);
/** The same as a JSON Schema pattern (node schemas). */
export const READ_METHOD_PATTERN = `^(${READ_VERBS.join('|')})[A-Z0-9][A-Za-z0-9]*$`;

/**
 * Services whose data belongs to the account rather than a region (README "Global services"):
 * read once per account, on the target { region: "global" }, in the account's home region.
 * S3 is here whole: ListBuckets lists every region's buckets, and a bucket-level call is sent
 * to the bucket's own region by the flow (perItem.region).
 */
const GLOBAL_SERVICES: ReadonlySet<string> = new Set(['Account', 'CloudFront', 'IAM', 'Organizations', 'S3']);
/** Account-level calls of regional services. */
const GLOBAL_CALLS: ReadonlySet<string> = new Set(['S3Control.GetPublicAccessBlock']);

export function isGlobalCall(service: string, method: string): boolean {
  const name = canonicalService(service);
  return GLOBAL_SERVICES.has(name) || GLOBAL_CALLS.has(`${name}.${method}`);
}

/** The IAM credential report, a source with its own fetch (generate, poll, decode the CSV). */
export function isCredentialReport(service: string, method: string): boolean {
  return service === 'IAM' && method === 'GetCredentialReport';
}
