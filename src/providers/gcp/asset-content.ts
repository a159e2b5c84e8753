import type { Item } from '../types.js';

/** The extra content a `gcp.resource` may ask for beside RESOURCE and IAM_POLICY. */
export const EXTRA_CONTENT_TYPES = ['ORG_POLICY', 'ACCESS_POLICY', 'OS_INVENTORY'] as const;
export type ExtraContentType = (typeof EXTRA_CONTENT_TYPES)[number];

export type ContentType = 'RESOURCE' | 'IAM_POLICY' | ExtraContentType;

/** The asset fields each content type fills (Cloud Asset's Asset message). */
const FIELDS: Record<ContentType, readonly string[]> = {
  RESOURCE: ['resource'],
  IAM_POLICY: ['iamPolicy'],
  ORG_POLICY: ['orgPolicy'],
  ACCESS_POLICY: ['accessPolicy', 'accessLevel', 'servicePerimeter'],
  // What VM Manager's OS Config agent reports of a VM instance: its OS, installed packages and the updates available.
  OS_INVENTORY: ['osInventory'],
};

/**
 * One item per asset name: the first listing's assets (RESOURCE) with the content fields of
 * the others joined on (`iamPolicy`, `orgPolicy` …), then the assets only a later listing
 * holds (an asset with a policy but no resource content), as that listing gives them.
 */
export function joinByName(listings: { content: ContentType; assets: Item[] }[]): Item[] {
  const byName = new Map<string, Item>();
  for (const { content, assets } of listings) {
    for (const asset of assets) {
      const name = String(asset.name);
      const known = byName.get(name);
      if (!known) byName.set(name, asset);
      else byName.set(name, { ...known, ...Object.fromEntries(FIELDS[content].filter((f) => asset[f] !== undefined).map((f) => [f, asset[f]])) });
    }
  }
  return [...byName.values()];
}

/**
 * A recording holds every content a scan read for an asset; a call gets only what the live
 * call would: RESOURCE and IAM_POLICY, plus the extra content it asked for. Assets left with
 * none of those fields are not in the live answer either.
 */
export function withContent(assets: Item[], extra: ExtraContentType | undefined): Item[] {
  const kept = [...FIELDS.RESOURCE, ...FIELDS.IAM_POLICY, ...(extra ? FIELDS[extra] : [])];
  const dropped = EXTRA_CONTENT_TYPES.filter((t) => t !== extra).flatMap((t) => FIELDS[t]);
  const out: Item[] = [];
  for (const asset of assets) {
    if (!kept.some((f) => asset[f] !== undefined)) continue;
    out.push(dropped.some((f) => asset[f] !== undefined) ? Object.fromEntries(Object.entries(asset).filter(([k]) => !dropped.includes(k))) : asset);
  }
  return out;
}

export function isExtraContentType(value: unknown): value is ExtraContentType {
  return (EXTRA_CONTENT_TYPES as readonly unknown[]).includes(value);
}

/**
 * The REST API leaves out fields at their default ('' , [], null); the message round trip
 * writes them. Drop them on the asset and its `resource`, never inside `resource.data`, where
 * an empty value is the resource's own.
 */
export function withoutDefaults(asset: Item): Item {
  const isDefault = (v: unknown) => v === '' || v === null || (Array.isArray(v) && v.length === 0);
  const prune = (o: Item, emptyMaps: boolean): Item =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => !isDefault(v) && !(emptyMaps && isEmptyMap(v))));
  // An empty map field (labels, relationships) is a default too, at the message's own level.
  const pruned = prune(asset, true);
  if (pruned.resource && typeof pruned.resource === 'object') pruned.resource = prune(pruned.resource as Item, false);
  // Policy messages of the extra contents are ours to tidy all the way down, as REST writes them.
  for (const field of EXTRA_CONTENT_TYPES.flatMap((type) => FIELDS[type])) {
    if (pruned[field] !== undefined) pruned[field] = withoutDefaultsDeep(pruned[field]);
  }
  return pruned;
}

/** proto3 JSON leaves out scalars at their default (0, false, '', an UNSPECIFIED enum) and empty lists and maps. */
function withoutDefaultsDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDefaultsDeep);
  if (value === null || typeof value !== 'object') return value;
  const kept = Object.entries(value)
    .map(([k, v]) => [k, withoutDefaultsDeep(v)] as const)
    .filter(([, v]) => !(v === '' || v === 0 || v === false || v === null || (typeof v === 'string' && v.endsWith('_UNSPECIFIED')) || (Array.isArray(v) && v.length === 0) || isEmptyMap(v)));
  return Object.fromEntries(kept);
}

function isEmptyMap(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
}
