import type { Cloud } from '../model/control.js';

/** One JSON object as the cloud API returns it (an EC2 security group, an ARM resource, an asset). */
export type Item = Record<string, unknown>;

/** The region of a target that has none: Azure and GCP targets, and an AWS account's account-level reads. */
export const GLOBAL_REGION = 'global';

/** Where a flow runs: account/subscription/project × region (`global` where the API has none). */
export interface Target {
  provider: Cloud;
  account: string;
  region: string;
}

/** Where a call goes: a cloud's provider, or the HTTP provider (src/providers/http/). */
export type Via = Cloud | 'http';

/** One read call, e.g. EC2 DescribeSecurityGroups, or ResourceGraph Resources with `{ type }`. */
export interface ApiCall {
  /** The provider that serves the call; default: the target's cloud. An http node's request says `http`. */
  via?: Via;
  service: string;
  method: string;
  params: Record<string, unknown>;
  /** AWS: a JSONPath of the items inside one page (`aws.resource` `items:`); default: the page's one list. */
  items?: string;
  /**
   * AWS: the region the call is sent to when it is not the target's (an S3 bucket's own region,
   * a trail's home region). The answer still belongs to the target: it is recorded in its folder.
   */
  region?: string;
}

/**
 * What nodes read through. A live provider calls the cloud (or an HTTP endpoint); the snapshot
 * provider reads recorded responses. Both return items in the same shape, so a flow runs
 * unchanged on either.
 */
export interface InventoryReader {
  /** Human description for reports, e.g. `snapshot examples/demo-inventory`. */
  readonly description: string;
  /** Every target of this cloud the provider can see (may be empty). */
  targets(cloud: Cloud): Promise<Target[]>;
  /** All items of one call on one target, pagination done. Throws TargetReadError when unreadable. */
  list(target: Target, call: ApiCall): Promise<Item[]>;
  /** Live providers: HTTP requests made so far, retries included, by `Service.Method`. */
  requests?(): Record<string, number>;
  /** The scan is done with this target: drop what is held for it (a snapshot's parsed files), so one target is in memory at a time. */
  release?(target: Target): void;
}

/** What remediation writes through: live providers only (never called in plan mode). */
export interface InventoryActor {
  /**
   * Makes one write call of a remediation. Throws ActionCallError when the cloud refuses it.
   * `changed: false` when the cloud reports that nothing needed changing (a rule already gone,
   * a member already removed).
   */
  act(target: Target, call: ApiCall): Promise<ActOutcome>;
  /** What the call would need and is not there (the `${env:NAME}` variables it reads, unset), checked before any action runs. */
  missing?(call: ApiCall): string[];
}

/** A provider as scans hold it: a reader, and an actor when it is live. */
export type InventoryProvider = InventoryReader & Partial<InventoryActor>;

export interface ActOutcome {
  /** The response, e.g. `{ GroupId }` of CreateSecurityGroup: later steps read it as `{{@steps.ID.GroupId}}`. */
  output: Item;
  changed: boolean;
}

/** A remediation call the cloud refused or that failed for good: the action fails, the others go on. */
export class ActionCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ActionCallError';
  }
}

/** The cloud (or snapshot) could not answer for a target: the affected controls ERROR there. */
export class TargetReadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly call?: ApiCall,
  ) {
    super(message);
    this.name = 'TargetReadError';
  }
}

/** A live provider cannot start at all (no credentials, no scope it can list): nothing is read, exit 3. */
export class ProviderSetupError extends Error {
  override name = 'ProviderSetupError';
}
