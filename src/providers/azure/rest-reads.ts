import { armRequestPath } from '../snapshot/layout.js';
import { TargetReadError, type ApiCall, type Item, type Target } from '../types.js';
import { subscriptionOf } from './arm.js';
import { sharedAnswers } from '../shared-answers.js';
import { checkRequestPath, getPages, type RestClient } from './rest-client.js';

const GRAPH_VERSIONS = new Set(['v1.0', 'beta']);

/**
 * What Resource Graph does not hold, read over REST on the same credential: `ARM Get`
 * (`{ path, apiVersion }`: diagnostic settings, Key Vault keys, storage service properties …)
 * and `Graph Get` (`{ path, version }`: Entra ID settings). The answer is the response's pages
 * as the service wrote them; the node picks the items (`value`, or the object). A Graph answer,
 * and an ARM answer for a path outside any subscription, is the tenant's, the same for every
 * subscription, so it is asked once per scan (`forget` drops those answers, for the fresh reads
 * after a remediation).
 */
export function azureRestReads(
  arm: RestClient,
  graph: RestClient,
  timeoutMs: number,
): { read(target: Target, call: ApiCall): Promise<Item[]>; forget(): void } {
  const tenantAnswers = sharedAnswers();
  const read = async (target: Target, call: ApiCall): Promise<Item[]> => {
    const path = typeof call.params.path === 'string' ? call.params.path : '';
    checkRequestPath(path, call);
    if (call.service === 'ARM') {
      const apiVersion = typeof call.params.apiVersion === 'string' ? call.params.apiVersion : '';
      if (!/^\d{4}-\d{2}-\d{2}(-preview)?$/.test(apiVersion)) throw new TargetReadError('UnsupportedCall', `an ARM read needs an api-version such as 2024-01-01 (got "${apiVersion}")`, call);
      // Reading another subscription's resource under this target would file its results in the wrong place.
      const subscription = subscriptionOf(path);
      if (subscription !== undefined && subscription.toLowerCase() !== target.account.toLowerCase()) {
        throw new TargetReadError('WrongSubscription', `${path} is not in subscription ${target.account}`, call);
      }
      const request = armRequestPath(path, apiVersion);
      if (subscription !== undefined) return getPages(arm, request, call, { timeoutMs, nextKey: 'nextLink' });
      // A path outside any subscription (the tenant's subscription policy, Entra diagnostic
      // settings) answers the same for every subscription: asked once per scan, like Graph.
      return tenantAnswers.get(`ARM ${request}`, call, () => getPages(arm, request, call, { timeoutMs, nextKey: 'nextLink' }));
    }
    const version = typeof call.params.version === 'string' ? call.params.version : 'v1.0';
    if (!GRAPH_VERSIONS.has(version)) throw new TargetReadError('UnsupportedCall', `Microsoft Graph versions are v1.0 and beta (got "${version}")`, call);
    const request = `/${version}${path}`;
    return tenantAnswers.get(request, call, () => getPages(graph, request, call, { timeoutMs, nextKey: '@odata.nextLink' }));
  };
  return { read, forget: () => tenantAnswers.clear() };
}
