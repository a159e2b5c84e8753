import { mappedRequest } from '../../src/providers/snapshot/layout.js';
import { TargetReadError, type ApiCall, type InventoryProvider, type Item } from '../../src/providers/types.js';

/**
 * REST reads for node tests: answers (response pages, or an error) by request as a recording
 * keys them (`/subscriptions/…?api-version=…`, `/v1.0/…`, a GCP URL); `calls` lists the keys asked.
 */
export function restProvider(answers: Record<string, Item[] | TargetReadError>): InventoryProvider & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    description: 'rest stub',
    targets: async () => [],
    async list(_target, call: ApiCall): Promise<Item[]> {
      const key = mappedRequest(call)?.key ?? `${call.service}.${call.method}`;
      calls.push(key);
      const answer = answers[key];
      if (answer instanceof TargetReadError) throw answer;
      if (!answer) throw new TargetReadError('NotRecorded', `no ${key}`, call);
      return answer;
    },
  };
}
