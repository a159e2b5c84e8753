import type { Problem } from '../model/problem.js';
import { markPerItemRead } from '../providers/call-cache.js';
import { TargetReadError, type ApiCall, type Item } from '../providers/types.js';
import { checkTemplates, compileValue } from './actions/template.js';
import type { NodeContext } from './types.js';

/**
 * A read made once per input item (a bucket's policy, a trail's status, a vault's keys), its
 * answer joined onto the item under `into`. The cloud nodes (aws.resource, azure.arm,
 * gcp.rest) share this: each renders its own call per item; this module runs the calls with
 * bounded concurrency, turns "not configured" answers into data and a failed read into an
 * ERROR for that one resource.
 */
export interface PerItemJoin {
  /** The key the answer goes under on each item. */
  into: string;
  /** The answer is one object (a Get…): `into` holds it, or null when absent. Default: a list. */
  single?: boolean;
  /** Error codes that mean "not configured" (NoSuchBucketPolicy …): `into` is null (single) or [], never ERROR. */
  absentOn?: string[];
}

/** Schema properties of the keys every perItem block has; a node adds its own call keys. */
export const perItemJoinProperties = {
  into: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
  single: { type: 'boolean' },
  absentOn: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
} as const;

/** Why an item's own read failed; the evaluate node reports that resource as ERROR. */
export interface ItemReadError {
  code: string;
  message: string;
  /** `Service.Method` of the call that failed. */
  call: string;
}

/** A symbol, so no cloud answer can forge it; object spread carries it along with the item. */
const READ_ERROR = Symbol('ctrlflow.readError');
type Marked = Item & { [READ_ERROR]?: ItemReadError };

/**
 * Whether any item of this process was marked yet: until one is, no item is asked (a symbol an
 * object lacks is a slow lookup, and the evaluate node asks for every item it judges).
 */
let anyMarked = false;

export function readErrorOf(item: Item): ItemReadError | undefined {
  return anyMarked ? (item as Marked)[READ_ERROR] : undefined;
}

/** A copy of `to` that keeps `from`'s read error: nodes that build new items (formatter, joiner) call this. */
export function carryReadError(from: Item, to: Item): Item {
  const error = readErrorOf(from);
  return error && !readErrorOf(to) ? { ...to, [READ_ERROR]: error } : to;
}

/** Templates of a perItem block's call values (params, path, url …), checked like action params. */
export function checkPerItemTemplates(values: Record<string, unknown>, path: (string | number)[]): Problem[] {
  return checkTemplates(values, path);
}

/**
 * Renders a value (a string, or params with string leaves) per item: handlebars over the item,
 * with the target as `@account` and `@region`; a single `{{expr}}` keeps its value's type.
 */
export function compileItemValue(value: unknown): (item: Item, ctx: NodeContext) => unknown {
  const render = compileValue(value);
  return (item, ctx) => render(item, { account: ctx.target.account, region: ctx.target.region });
}

/** How many of one node's per-item reads are in flight at once (providers add their own per-service limits). */
const IN_FLIGHT = 8;

/**
 * Each item with the answer of its own call under `join.into`; one call per distinct request
 * (the provider's call cache shares repeats). A TargetReadError whose code is in `absentOn`
 * is an absent answer; any other marks the item, which the evaluate node reports as ERROR
 * while the other items stand. Anything else (a bug, a bad template) fails the node.
 */
export async function joinPerItem(items: Item[], ctx: NodeContext, join: PerItemJoin, callOf: (item: Item) => ApiCall): Promise<Item[]> {
  const absent = new Set(join.absentOn ?? []);
  const out: Item[] = new Array<Item>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      const item = items[index]!;
      if (readErrorOf(item)) {
        out[index] = item; // already unreadable: no further call for it
        continue;
      }
      const call = markPerItemRead(callOf(item));
      try {
        const answer = await ctx.provider.list(ctx.target, call);
        out[index] = { ...item, [join.into]: join.single ? singleAnswer(answer, call) : answer };
      } catch (error) {
        if (!(error instanceof TargetReadError)) throw error;
        if (absent.has(error.code)) {
          out[index] = { ...item, [join.into]: join.single ? null : [] };
        } else {
          anyMarked = true;
          const marked: Marked = { ...item, [join.into]: null, [READ_ERROR]: { code: error.code, message: error.message, call: `${call.service}.${call.method}` } };
          out[index] = marked;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, lane));
  return out;
}

function singleAnswer(answer: Item[], call: ApiCall): Item | null {
  if (answer.length > 1) throw new TargetReadError('UnexpectedAnswer', `${call.service}.${call.method} answered ${answer.length} items where the flow expects one (single: true)`, call);
  return answer[0] ?? null;
}
