import { TargetReadError, type Item, type Target } from '../types.js';

/** A project id as GCP allows it (optionally domain-scoped, `example.com:proj`): the only shape used as a target and a folder name. */
const PROJECT_ID = /^(?:[a-z][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
export const PROJECT_ASSET = 'cloudresourcemanager.googleapis.com/Project';

export interface ScopeTargets {
  targets: Target[];
  /** A folder or organization whose projects could not be listed: its one target is ERROR with this. */
  unreadable: Map<string, TargetReadError>;
}

/**
 * The scan's targets: each `--gcp-project` as given, and for each folder or organization the
 * ACTIVE projects Cloud Asset lists under it (at any depth), each its own target, so one
 * unreadable project is ERROR while its siblings stand. A scope that cannot be listed stays
 * one target, ERROR with the listing's code. A project reached twice is one target.
 */
export async function scopeTargets(scopes: string[], listProjects: (parent: string) => Promise<Item[]>): Promise<ScopeTargets> {
  const accounts: string[] = [];
  const unreadable = new Map<string, TargetReadError>();
  const listed = await Promise.all(
    scopes.map(async (scope) => {
      if (!scope.includes('/')) return [scope];
      try {
        return projectIdsOf(await listProjects(scope));
      } catch (error) {
        if (!(error instanceof TargetReadError)) throw error;
        unreadable.set(scope, error);
        return [scope];
      }
    }),
  );
  for (const id of listed.flat()) if (!accounts.includes(id)) accounts.push(id);
  return { targets: accounts.map((account) => ({ provider: 'gcp', account, region: 'global' })), unreadable };
}

/** Project ids of ACTIVE project assets (not those pending deletion), in listing order; a malformed id is never a target. */
function projectIdsOf(assets: Item[]): string[] {
  const ids: string[] = [];
  for (const asset of assets) {
    const data = (asset.resource as { data?: { projectId?: unknown; lifecycleState?: unknown } } | undefined)?.data;
    if (asset.assetType !== PROJECT_ASSET || data?.lifecycleState !== 'ACTIVE') continue;
    if (typeof data.projectId === 'string' && PROJECT_ID.test(data.projectId)) ids.push(data.projectId);
  }
  return ids;
}

