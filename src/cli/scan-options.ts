import type { Options } from 'yargs';
import { CLOUDS } from '../model/control.js';
import { SEVERITIES } from '../model/severity.js';
import { EVIDENCE_LEVELS } from '../model/result.js';
import { UsageError } from './usage.js';
import { DEFAULT_FORMATS, FORMATS } from '../../reporters/index.js';

/** A scan flag: its yargs definition, and whether its value is a path (relative to the config file when set there). */
export interface ScanOption extends Options {
  path?: boolean;
  /** False for the remediation flags: a config file never turns writes on; only the command line does. */
  config?: boolean;
  /** A whole number in this range (see wholeNumber). */
  range?: { min: number; max: number };
}

/**
 * A whole-number flag from `min` to `max`, checked once, here: yargs runs `coerce` on the
 * command line's value and on a config file's (its schema has the same range), so a wrong
 * number is exit 2 with one line (`error usage: --concurrency 0: …`) before anything runs.
 */
export function wholeNumber(flag: string, min: number, max: number): ScanOption & { type: 'number'; coerce: (value: unknown) => number } {
  return {
    type: 'number',
    range: { min, max },
    coerce: (value: unknown) => {
      const n = typeof value === 'number' ? value : Number.NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        const given = Array.isArray(value) ? `given ${value.length} times` : String(value);
        throw new UsageError(`--${flag} ${given}: expected one whole number from ${min} to ${max}`);
      }
      return n;
    },
  };
}

/**
 * THE table of `ctrlflow scan` flags. yargs reads it, and `ctrlflow.config.yaml` takes a
 * default for each (its schema is made from this table), so a new flag is one line here.
 */
export function scanOptions(defaults: { controls: string; flows: string }) {
  return {
    controls: { type: 'string', array: true, default: [defaults.controls], path: true, describe: 'control files or folders' },
    flows: { type: 'string', array: true, default: [defaults.flows], path: true, describe: 'flow files or folders' },
    bundled: { type: 'boolean', default: true, describe: 'also run the bundled controls and flows; yours win on an id both have (--no-bundled: only yours)' },
    ...inventoryOptions(),
    cloud: { choices: CLOUDS, array: true, describe: 'only the controls of these clouds' },
    only: { type: 'string', array: true, default: [], describe: 'control ids or patterns (AWS-EC2-*)' },
    framework: { type: 'string', array: true, default: [], describe: 'framework ids (cis-aws-7.0): only the controls mapped to them, and only their requirements in the report' },
    severity: { choices: SEVERITIES, describe: 'only controls at or above this severity' },
    'fail-on': { choices: [...SEVERITIES, 'none'] as const, default: 'low', describe: 'exit 1 when a FAIL at or above this severity exists' },
    format: { choices: FORMATS, array: true, default: DEFAULT_FORMATS, describe: 'report formats (asff, junit, ocsf and oscal only when named)' },
    evidence: { choices: EVIDENCE_LEVELS, default: 'findings', describe: 'what PASS results carry: findings (identity, status, target) or full (their evidence too)' },
    out: { type: 'string', default: 'reports', path: true, describe: 'folder for the reports' },
    quiet: { type: 'boolean', conflicts: 'verbose', describe: 'print only the totals and the exit line (errors and warnings still go to stderr)' },
    verbose: { type: 'boolean', describe: 'also list the controls that passed' },
    var: { type: 'string', array: true, default: [], describe: 'NAME=VALUE: override a flow variable' },
    history: { type: 'string', path: true, describe: 'folder for execution records (one JSON per flow run)' },
    shard: { type: 'string', describe: 'k/N: run only the k-th of N disjoint parts of the control × target work' },
    exceptions: { type: 'string', path: true, describe: 'YAML of accepted risks: matching FAILs become EXCEPTED until they expire' },
    attestations: { type: 'string', path: true, describe: 'YAML of attested manual framework requirements (status, owner, evidence, date, expiry)' },
    baseline: { type: 'string', path: true, describe: 'a previous ctrlflow.json: mark each FAIL new or unchanged, list resolved ones' },
    'baseline-optional': { type: 'boolean', default: false, describe: 'with --baseline: a missing file means no baseline yet (a first run): every FAIL is new; otherwise a missing baseline is exit 2' },
    'fail-on-new': { type: 'boolean', default: false, describe: 'with --baseline: exit 1 only for new FAILs at or above --fail-on' },
    strict: { type: 'boolean', default: false, describe: 'a condition key that no item had (KeyNeverFound warning) makes the control\'s PASS results ERROR' },
    remediate: { type: 'string', array: true, config: false, describe: 'apply the planned actions of FAIL results: of every control, or of these ids/patterns (default: plan only)' },
    yes: { type: 'boolean', default: false, config: false, describe: 'with --remediate: apply without asking (required in CI and without a terminal)' },
    'max-actions': { ...wholeNumber('max-actions', 1, 1000), default: 10, describe: 'with --remediate: refuse to start when more actions than this would run' },
    approve: { type: 'string', array: true, default: [], config: false, describe: 'control ids/patterns whose approval: required actions may run' },
    approvals: { type: 'string', path: true, config: false, describe: 'YAML of approved (control, resource) pairs for approval: required actions' },
    'audit-log': { type: 'string', path: true, describe: 'append-only JSON-lines record of every remediation call (default OUT/ctrlflow-audit.jsonl)' },
    'sign-key': { type: 'string', path: true, describe: 'Ed25519 private key (PEM) to sign ctrlflow-manifest.json with, into ctrlflow-manifest.sig (or $CTRLFLOW_SIGN_KEY: the PEM or its path)' },
    'security-hub': { type: 'boolean', default: false, describe: 'import the AWS results into AWS Security Hub as ASFF findings (BatchImportFindings), archiving earlier ones no longer found' },
    'security-hub-region': { type: 'string', describe: 'with --security-hub: import every finding into this region\'s hub (an aggregation region) instead of its own region\'s' },
  } satisfies Record<string, ScanOption>;
}

/** Where to read: a snapshot folder, or the live scope of each cloud. `run` takes these too. */
export function inventoryOptions() {
  return {
    inventory: { type: 'string', path: true, describe: 'snapshot folder to scan (see README "Snapshot layout"); without it, the clouds are read live' },
    'azure-subscription': { type: 'string', array: true, describe: 'Azure subscription id (default: every one the identity can read)' },
    'azure-management-group': { type: 'string', describe: 'Azure management group whose subscriptions to scan' },
    'gcp-project': { type: 'string', array: true, describe: 'GCP project id' },
    'gcp-folder': { type: 'string', array: true, describe: 'GCP folder id (every project under it)' },
    'gcp-organization': { type: 'string', array: true, describe: 'GCP organization id (every project in it)' },
    region: { type: 'string', array: true, describe: 'AWS regions, or all (the regions enabled for each account); default the SDK\'s configured region' },
    'aws-profile': { type: 'string', array: true, describe: 'AWS profiles, one account each (default: the SDK\'s credential chain)' },
    'aws-role-arn': { type: 'string', array: true, describe: 'IAM roles to assume, one account each' },
    'aws-organization': { type: 'boolean', describe: 'every ACTIVE account of the AWS organisation (Organizations ListAccounts, from the management or a delegated-administrator account), each read through --aws-role-name' },
    'aws-role-name': { type: 'string', describe: 'with --aws-organization: the role assumed in each account (a name, or path/name), e.g. a read-only audit role deployed by StackSets' },
    'aws-external-id': { type: 'string', describe: 'external id for the assumed roles' },
    'aws-session-name': { type: 'string', describe: 'session name for the assumed roles (default ctrlflow)' },
    'aws-endpoint-url': { type: 'string', describe: 'AWS-compatible endpoint, e.g. an emulator (default $AWS_ENDPOINT_URL)' },
    concurrency: { ...wholeNumber('concurrency', 1, 64), describe: 'AWS requests in flight per service and region (default 4)' },
  } satisfies Record<string, ScanOption>;
}

/** `max-actions` -> `maxActions`: the name yargs gives each flag's value under too. */
type CamelCase<K extends string> = K extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : K;
const camelCase = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** One flag's value as yargs parses it: its coerce's result, one of its choices, or its type; a list flag's a list. */
type FlagValue<O> = O extends { array: true } ? OneValue<O>[] : OneValue<O>;
type OneValue<O> = O extends { coerce: (value: never) => infer T }
  ? T
  : O extends { choices: readonly (infer C)[] }
    ? C
    : O extends { type: 'boolean' }
      ? boolean
      : O extends { type: 'number' }
        ? number
        : string;
/** yargs always gives such a flag a value: it has a default, or must be given. */
type HasDefault<O> = O extends { default: unknown } | { demandOption: true } ? true : false;
type Flatten<T> = { [K in keyof T]: T[K] };

/**
 * The values of a table of flags, by camelCase name: what a command's arguments are made of. A
 * flag with a default (or demanded) always has a value; another may be absent.
 */
export type FlagValues<T> = Flatten<
  { -readonly [K in keyof T & string as HasDefault<T[K]> extends true ? CamelCase<K> : never]: FlagValue<T[K]> } & {
    -readonly [K in keyof T & string as HasDefault<T[K]> extends true ? never : CamelCase<K>]?: FlagValue<T[K]>;
  }
>;

/** `ctrlflow scan`'s flag values: the scan arguments are these (src/cli/commands/scan.ts). */
export type ScanFlagValues = FlagValues<ReturnType<typeof scanOptions>>;
/** Where to read, as openInventory takes it. */
export type InventoryArgs = FlagValues<ReturnType<typeof inventoryOptions>>;

/**
 * The values yargs parsed for the flags of `table`, by camelCase name, every flag's key present
 * (undefined when not given).
 */
export function flagValues<T extends Record<string, ScanOption>>(table: T, parsed: Record<string, unknown>): FlagValues<T> {
  const values: Record<string, unknown> = {};
  for (const name of Object.keys(table)) values[camelCase(name)] = parsed[camelCase(name)];
  // yargs parsed each value by its entry in the table (type, array, choices, coerce, default), which is what FlagValues reads.
  return values as FlagValues<T>;
}

/** The entries of a flag table named in `names`, in that order: a command sharing some of scan's flags takes them from the one table. */
export function pickFlags<T extends Record<string, ScanOption>, K extends keyof T & string>(table: T, names: readonly K[]): Pick<T, K> {
  const picked: Partial<Pick<T, K>> = {};
  for (const name of names) picked[name] = table[name];
  return picked as Pick<T, K>; // every name was set just above
}

/** The inventory flags as openInventory takes them. */
export function inventoryArgs(a: Record<string, unknown>): InventoryArgs {
  return flagValues(inventoryOptions(), a);
}

/** The JSON schema of a config file: one optional key per flag, of the flag's type (a list flag's single value is listed first). */
export function configSchema(options: Record<string, ScanOption>): object {
  const properties: Record<string, object> = {};
  for (const [name, option] of Object.entries(options)) {
    if (option.config === false) continue;
    const one = option.choices
      ? { enum: [...(option.choices as readonly string[])] }
      : option.range
        ? { type: 'integer', minimum: option.range.min, maximum: option.range.max }
        : { type: option.type === 'boolean' ? 'boolean' : option.type === 'number' ? 'number' : 'string' };
    properties[name] = option.array ? { type: 'array', items: one } : one;
  }
  return { type: 'object', additionalProperties: false, properties };
}
