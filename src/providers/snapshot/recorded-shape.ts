import type { Cloud } from '../../model/control.js';
import { givesNoItem } from '../aws/extract.js';
import type { ApiCall } from '../types.js';

/**
 * Why a recording's pages are not the recorded shape of their call, or undefined; the reader
 * makes it ERROR `BadRecording`, never "no resources". How each cloud's shape is known:
 * - every page is a JSON object (an API answer), never a list, a string or null;
 * - AWS: the call's output shape from the AWS SDK's own schema (aws/recorded-page.ts), for a
 *   page that would give no item;
 * - Azure Resource Graph: `{ "data": [rows] }`: the API always answers `data`, [] when empty;
 * - GCP Cloud Asset: `{ "assets": [...] }` (ListAssets) and `{ "results": [...] }`
 *   (SearchAllResources), as ctrlflow records them, [] when empty.
 * REST request maps (ARM.Get, Graph.Get, REST.Get) are checked by request-map.ts.
 */
export async function recordedShapeProblem(cloud: Cloud, call: ApiCall, pages: unknown[]): Promise<string | undefined> {
  for (const [i, page] of pages.entries()) {
    const which = pages.length > 1 ? `page ${i + 1}` : 'the answer';
    if (page === null || typeof page !== 'object' || Array.isArray(page)) return `${which} is ${Array.isArray(page) ? 'a list' : page === null ? 'null' : `a ${typeof page}`}, not an answer object`;
    const answer = page as Record<string, unknown>;
    if (cloud === 'azure' && !Array.isArray(answer.data)) return `${which} has no "data" list: a Resource Graph recording is { "data": [rows] } ([] when there are none)`;
    if (cloud === 'gcp') {
      const key = call.method === 'SearchAllResources' ? 'results' : 'assets';
      if (!Array.isArray(answer[key])) return `${which} has no "${key}" list: a Cloud Asset recording is { "${key}": [...] } ([] when there are none)`;
    }
    if (cloud === 'aws' && givesNoItem(call, answer)) {
      // Only such a page loads the SDK client, to read the call's output shape.
      const { recordedPageProblem } = await import('../aws/recorded-page.js');
      const problem = await recordedPageProblem(call, answer);
      if (problem) return pages.length > 1 ? `${which}: ${problem}` : problem;
    }
  }
  return undefined;
}
