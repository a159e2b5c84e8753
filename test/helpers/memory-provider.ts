import { byVia } from '../../src/providers/by-via.js';
import { openHttp } from '../../src/providers/http/live.js';
import { callFileName } from '../../src/providers/snapshot/layout.js';
import { TargetReadError, type ApiCall, type InventoryProvider, type Item, type Target } from '../../src/providers/types.js';

/**
 * An in-memory inventory for node tests: `{ 'aws/111/us-east-1': { 'EC2.DescribeSecurityGroups': [items] } }`,
 * keyed like snapshot file names without `.json`. An Error value makes that call fail.
 */
export function memoryProvider(data: Record<string, Record<string, Item[] | TargetReadError>>): InventoryProvider & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    description: 'memory',
    async targets(cloud) {
      return Object.keys(data)
        .filter((k) => k.startsWith(`${cloud}/`))
        .map((k) => {
          const [provider, account, region] = k.split('/') as [Target['provider'], string, string];
          return { provider, account, region };
        });
    },
    async list(target: Target, call: ApiCall): Promise<Item[]> {
      const name = callFileName(call).replace(/\.json$/, '');
      calls.push(name);
      const recorded = data[`${target.provider}/${target.account}/${target.region}`]?.[name];
      if (recorded instanceof TargetReadError) throw recorded;
      if (!recorded) throw new TargetReadError('NotRecorded', `no ${name}`, call);
      return recorded;
    },
  };
}

export const TARGET: Target = { provider: 'aws', account: '111111111111', region: 'us-east-1' };

/** A provider whose http node requests go to the live HTTP provider (nock or a loopback server answers), with this environment. */
export function withHttp(provider: InventoryProvider, environment: Record<string, string | undefined> = {}): InventoryProvider {
  return byVia({ aws: provider, azure: provider, gcp: provider, http: openHttp({ environment }) });
}
