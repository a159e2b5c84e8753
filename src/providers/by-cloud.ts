import type { Cloud } from '../model/control.js';
import { ActionCallError, TargetReadError, type InventoryProvider } from './types.js';

/** One provider per cloud behind the one interface: targets and reads go to the target's cloud. */
export function byCloud(providers: Partial<Record<Cloud, InventoryProvider>>): InventoryProvider {
  const present = Object.entries(providers) as [Cloud, InventoryProvider][];
  return {
    description: present.map(([, p]) => p.description).join(' + '),
    targets: async (cloud) => (providers[cloud] ? providers[cloud].targets(cloud) : []),
    list(target, call) {
      const provider = providers[target.provider];
      if (!provider) throw new TargetReadError('NoProvider', `no ${target.provider} provider is configured`, call);
      return provider.list(target, call);
    },
    act(target, call) {
      const act = providers[target.provider]?.act;
      if (!act) throw new ActionCallError('NoProvider', `no live ${target.provider} provider can make ${call.service} ${call.method}`);
      return act(target, call);
    },
    release: (target) => providers[target.provider]?.release?.(target),
    requests: () => Object.assign({}, ...present.map(([, p]) => p.requests?.() ?? {})) as Record<string, number>,
  };
}
