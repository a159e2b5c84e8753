import { compileJsonPath } from '../../lib/json-path.js';
import { TargetReadError, type ApiCall, type InventoryProvider, type Item, type Target } from '../../providers/types.js';

/**
 * Event scope: a flow run by an event reads only the resources the event names. The trigger's
 * `scope:` maps a resource node to JSONPaths into the event (`instances:
 * $.detail.responseElements.instancesSet.items[*].instanceId`); that node's call is narrowed
 * by the call parameter that takes ids (InstanceIds …), or read whole and filtered by the
 * item's id when the API has no such parameter.
 */

/** How one node is scoped, as the trigger says it (after normalizeScope). */
export interface ScopeSpec {
  /** JSONPaths into the event; their string values (or an ARN's resource part) are the ids. */
  ids: string[];
  /** The call parameter that takes the ids (overrides the built-in rule). */
  param?: string;
  /** JSONPath of the item's id, to filter after reading (overrides the built-in rule). */
  key?: string;
}

/** What the node's read is narrowed to, for one event. */
export interface ScopedRead {
  ids: readonly string[];
  param?: string;
  key?: string;
}

/** By flow id, then node id: what an event names (the engine passes it to each node as ctx.eventScope). */
export type EventScope = ReadonlyMap<string, ReadonlyMap<string, ScopedRead>>;

/** How a read call is narrowed to ids: a parameter (a list, or one id a call when `single`), and the item's id. */
export interface ScopeRule {
  param?: string;
  single?: boolean;
  key: string;
  /** Error codes meaning "no such id": that id has nothing to read (it may be gone already). */
  notFound?: string[];
}

/** THE table of calls that can be narrowed, by `Service.Method`. */
export const SCOPE_RULES: Readonly<Record<string, ScopeRule>> = {
  'EC2.DescribeInstances': { param: 'InstanceIds', key: '$.InstanceId', notFound: ['InvalidInstanceID.NotFound', 'InvalidInstanceID.Malformed'] },
  'EC2.DescribeSecurityGroups': { param: 'GroupIds', key: '$.GroupId', notFound: ['InvalidGroup.NotFound', 'InvalidGroupId.Malformed'] },
  'EC2.DescribeSnapshots': { param: 'SnapshotIds', key: '$.SnapshotId', notFound: ['InvalidSnapshot.NotFound', 'InvalidSnapshotID.Malformed'] },
  'EC2.DescribeVolumes': { param: 'VolumeIds', key: '$.VolumeId', notFound: ['InvalidVolume.NotFound', 'InvalidVolumeID.Malformed'] },
  'EC2.DescribeVpcs': { param: 'VpcIds', key: '$.VpcId', notFound: ['InvalidVpcID.NotFound'] },
  'EC2.DescribeNetworkAcls': { param: 'NetworkAclIds', key: '$.NetworkAclId', notFound: ['InvalidNetworkAclID.NotFound'] },
  'EC2.DescribeImages': { param: 'ImageIds', key: '$.ImageId', notFound: ['InvalidAMIID.NotFound', 'InvalidAMIID.Malformed'] },
  'RDS.DescribeDBInstances': { param: 'DBInstanceIdentifier', single: true, key: '$.DBInstanceIdentifier', notFound: ['DBInstanceNotFound', 'DBInstanceNotFoundFault'] },
  'RDS.DescribeDBClusters': { param: 'DBClusterIdentifier', single: true, key: '$.DBClusterIdentifier', notFound: ['DBClusterNotFoundFault', 'DBClusterNotFound'] },
  'RDS.DescribeDBSnapshots': { param: 'DBSnapshotIdentifier', single: true, key: '$.DBSnapshotIdentifier', notFound: ['DBSnapshotNotFound', 'DBSnapshotNotFoundFault'] },
  // No parameter takes the ids: read, then keep the named ones.
  'S3.ListBuckets': { key: '$.Name' },
  'IAM.ListUsers': { key: '$.UserName' },
  'IAM.ListRoles': { key: '$.RoleName' },
  'KMS.ListKeys': { key: '$.KeyId' },
};

/** `scope:` values as written: a JSONPath, a list of them, or `{ ids, param?, key? }`. */
export function normalizeScope(raw: unknown): ScopeSpec {
  if (typeof raw === 'string') return { ids: [raw] };
  if (Array.isArray(raw)) return { ids: raw.map(String) };
  const spec = (raw ?? {}) as { ids?: unknown; param?: unknown; key?: unknown };
  return {
    ids: typeof spec.ids === 'string' ? [spec.ids] : Array.isArray(spec.ids) ? spec.ids.map(String) : [],
    ...(typeof spec.param === 'string' ? { param: spec.param } : {}),
    ...(typeof spec.key === 'string' ? { key: spec.key } : {}),
  };
}

/** An ARN stands for its resource: `arn:aws:ec2:…:instance/i-0a1` is `i-0a1`, `arn:aws:rds:…:db:orders` is `orders`. */
export function resourceIdOf(value: string): string {
  if (!value.startsWith('arn:')) return value;
  const resource = value.split(':').slice(5).join(':');
  return resource.split('/').pop()!.split(':').pop()!;
}

/** The ids an event names through each node's JSONPaths: strings (or numbers), distinct, sorted. */
export function scopeOfEvent(scope: Record<string, unknown>, event: unknown): Map<string, ScopedRead> {
  const out = new Map<string, ScopedRead>();
  for (const [node, raw] of Object.entries(scope)) {
    const spec = normalizeScope(raw);
    const values = spec.ids.flatMap((path) => compileJsonPath(path)(event)).flat(2);
    const ids = [...new Set(values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map((v) => resourceIdOf(String(v))))].sort();
    out.set(node, { ids, ...(spec.param ? { param: spec.param } : {}), ...(spec.key ? { key: spec.key } : {}) });
  }
  return out;
}

/** What readScoped needs of a node's context (nodes/types.ts's NodeContext, which holds an EventScope). */
interface ScopedReadContext {
  eventScope?: EventScope;
  flowId: string;
  nodeId: string;
  target: Target;
  provider: Pick<InventoryProvider, 'list'>;
}

/**
 * aws.resource's read: the whole call, or when the event scopes this node, only the ids it
 * names. The narrowed call goes through ctx.provider like any other (cached, counted,
 * recorded). A snapshot without the narrowed recording is read whole and filtered.
 */
export async function readScoped(ctx: ScopedReadContext, call: ApiCall): Promise<Item[]> {
  const scoped = ctx.eventScope?.get(ctx.flowId)?.get(ctx.nodeId);
  if (!scoped) return ctx.provider.list(ctx.target, call);
  if (scoped.ids.length === 0) return [];
  const builtIn = SCOPE_RULES[`${call.service}.${call.method}`];
  const rule: ScopeRule = scoped.param ? { param: scoped.param, key: scoped.key ?? builtIn?.key ?? '$.Id', notFound: builtIn?.notFound } : { ...(builtIn ?? { key: '$.Id' }), ...(scoped.key ? { key: scoped.key } : {}) };
  const keep = keepIds(rule.key, scoped.ids);
  const whole = async () => (await ctx.provider.list(ctx.target, call)).filter(keep);
  if (!rule.param) return whole();
  const param = rule.param;
  // Within a list the flow already wrote for that parameter; nothing left is nothing to read (an empty list would read all).
  const written = call.params[param];
  const ids = Array.isArray(written) ? scoped.ids.filter((id) => written.includes(id)) : scoped.ids;
  if (ids.length === 0) return [];
  const narrowed = (some: readonly string[]): ApiCall => ({ ...call, params: { ...call.params, [param]: rule.single ? some[0] : [...some] } });
  const oneByOne = async () => (await Promise.all(ids.map((id) => readOrNothing(ctx, narrowed([id]), rule)))).flat();
  try {
    return rule.single ? await oneByOne() : await ctx.provider.list(ctx.target, narrowed(ids));
  } catch (error) {
    if (!(error instanceof TargetReadError)) throw error;
    if (error.code === 'NotRecorded') return whole();
    // One unknown id fails a list call: ask for each, so the others are still read.
    if (rule.notFound?.includes(error.code)) return ids.length > 1 ? oneByOne() : [];
    throw error;
  }
}

async function readOrNothing(ctx: ScopedReadContext, call: ApiCall, rule: ScopeRule): Promise<Item[]> {
  try {
    return await ctx.provider.list(ctx.target, call);
  } catch (error) {
    if (error instanceof TargetReadError && rule.notFound?.includes(error.code)) return [];
    throw error;
  }
}

function keepIds(key: string, ids: readonly string[]): (item: Item) => boolean {
  const read = compileJsonPath(key);
  const wanted = new Set(ids);
  return (item) => read(item).some((v) => (typeof v === 'string' || typeof v === 'number') && wanted.has(resourceIdOf(String(v))));
}
