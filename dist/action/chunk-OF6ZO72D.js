import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/providers/gcp/asset-content.ts
var EXTRA_CONTENT_TYPES = ["ORG_POLICY", "ACCESS_POLICY", "OS_INVENTORY"];
var FIELDS = {
  RESOURCE: ["resource"],
  IAM_POLICY: ["iamPolicy"],
  ORG_POLICY: ["orgPolicy"],
  ACCESS_POLICY: ["accessPolicy", "accessLevel", "servicePerimeter"],
  // What VM Manager's OS Config agent reports of a VM instance: its OS, installed packages and the updates available.
  OS_INVENTORY: ["osInventory"]
};
function joinByName(listings) {
  const byName = /* @__PURE__ */ new Map();
  for (const { content, assets } of listings) {
    for (const asset of assets) {
      const name = String(asset.name);
      const known = byName.get(name);
      if (!known) byName.set(name, asset);
      else byName.set(name, { ...known, ...Object.fromEntries(FIELDS[content].filter((f) => asset[f] !== void 0).map((f) => [f, asset[f]])) });
    }
  }
  return [...byName.values()];
}
function withContent(assets, extra) {
  const kept = [...FIELDS.RESOURCE, ...FIELDS.IAM_POLICY, ...extra ? FIELDS[extra] : []];
  const dropped = EXTRA_CONTENT_TYPES.filter((t) => t !== extra).flatMap((t) => FIELDS[t]);
  const out = [];
  for (const asset of assets) {
    if (!kept.some((f) => asset[f] !== void 0)) continue;
    out.push(dropped.some((f) => asset[f] !== void 0) ? Object.fromEntries(Object.entries(asset).filter(([k]) => !dropped.includes(k))) : asset);
  }
  return out;
}
function isExtraContentType(value) {
  return EXTRA_CONTENT_TYPES.includes(value);
}
function withoutDefaults(asset) {
  const isDefault = (v) => v === "" || v === null || Array.isArray(v) && v.length === 0;
  const prune = (o, emptyMaps) => Object.fromEntries(Object.entries(o).filter(([, v]) => !isDefault(v) && !(emptyMaps && isEmptyMap(v))));
  const pruned = prune(asset, true);
  if (pruned.resource && typeof pruned.resource === "object") pruned.resource = prune(pruned.resource, false);
  for (const field of EXTRA_CONTENT_TYPES.flatMap((type) => FIELDS[type])) {
    if (pruned[field] !== void 0) pruned[field] = withoutDefaultsDeep(pruned[field]);
  }
  return pruned;
}
function withoutDefaultsDeep(value) {
  if (Array.isArray(value)) return value.map(withoutDefaultsDeep);
  if (value === null || typeof value !== "object") return value;
  const kept = Object.entries(value).map(([k, v]) => [k, withoutDefaultsDeep(v)]).filter(([, v]) => !(v === "" || v === 0 || v === false || v === null || typeof v === "string" && v.endsWith("_UNSPECIFIED") || Array.isArray(v) && v.length === 0 || isEmptyMap(v)));
  return Object.fromEntries(kept);
}
function isEmptyMap(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
}

export {
  EXTRA_CONTENT_TYPES,
  joinByName,
  withContent,
  isExtraContentType,
  withoutDefaults
};
