import type { Item } from '../types.js';

/** The extra content a `gcp.resource` may ask for beside RESOURCE and IAM_POLICY. */
export const EXTRA_CONTENT_TYPES = ['ORG_POLICY', 'ACCESS_POLICY'] as const;
export type ExtraContentType = (typeof EXTRA_CONTENT_TYPES)[number];

export type ContentType = 'RESOURCE' | 'IAM_POLICY' | ExtraContentType;

/** The asset fields each content type fills (Cloud Asset's Asset message). */
const FIELDS: Record<ContentType, readonly string[]> = {
  RESOURCE: ['resource'],
  IAM_POLICY: ['iamPolicy'],
  ORG_POLICY: ['orgPolicy'],
  ACCESS_POLICY: ['accessPolicy', 'accessLevel', 'servicePerimeter'],
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
