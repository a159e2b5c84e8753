import type { ApiCall } from '../types.js';
import { loadService } from './clients.js';
import { givesNoItem } from './extract.js';
import { missingLists } from './output-shape.js';
import { tabledLists } from './shape-table.js';

/**
 * Why a recorded page cannot be an answer of its AWS call, or undefined. A page that holds a
 * list, or a Get… answer with members, needs no SDK; a page that would give no item (`{}`,
 * or a List…/Describe… page without any list) is held to the call's output shape from the
 * installed client (output-shape.ts), so only such pages load a client: EC2 and the other
 * Query protocol services always write their lists, so `{}` for EC2.DescribeSecurityGroups
 * is not an answer, while `{}` for a JSON service that leaves empty lists out is an empty
 * one. Without the client installed the page is taken as it is.
 */
export async function recordedPageProblem(call: ApiCall, page: Record<string, unknown>): Promise<string | undefined> {
  if (!givesNoItem(call, page)) return undefined;
  // The build's table of the bundled clients answers without loading one (shape-table.ts).
  const lists = tabledLists(call.service, call.method);
  const shape =
    lists !== undefined
      ? lists && { protocol: 'query' as const, needsBody: true, payload: false, streaming: false, lists }
      : await loadService(call.service).then(
          (module) => module.outputShape(call.method),
          () => undefined,
        );
  const missing = shape && missingLists(shape, page);
  if (!missing) return undefined;
  return `${call.service}.${call.method} always answers with ${missing.join(' or ')} (an empty answer is { "${missing[0]}": [] }), and this recording has none`;
}
