import type { Problem } from '../../model/problem.js';
import { TargetReadError, type ApiCall, type InventoryProvider, type Item } from '../../providers/types.js';
import { checkPerItemTemplates, compileItemValue, joinPerItem, perItemJoinProperties, type PerItemJoin } from '../per-item.js';
import type { NodeContext, RunNode } from '../types.js';

/**
 * What azure.arm, azure.graph and gcp.rest share. Their provider call answers with the
 * response's pages as the service wrote them (so a recording is the answer itself); the node
 * picks the items out of the pages. A node reads once for its target (`path`/`url` templated
 * with `{{@account}}`), or once per input item (`perItem:`, through per-item.ts).
 */
export type PickItems = (pages: Item[]) => Item[];

/** The node-level `absentOn` (no perItem): those error codes make the answer one item `{}`, never ERROR. */
export const absentOnProperty = perItemJoinProperties.absentOn;

/** One read for the target; `absentOn` codes give one empty item (the setting is not configured). */
export function targetRead(callOf: (ctx: NodeContext) => ApiCall, pick: PickItems, absentOn: readonly string[] = []): RunNode {
  return async (_inputs, ctx) => {
    try {
      return { ports: { out: pick(await ctx.provider.list(ctx.target, callOf(ctx))) } };
    } catch (error) {
      if (error instanceof TargetReadError && absentOn.includes(error.code)) return { ports: { out: [{}] } };
      throw error;
    }
  };
}

/**
 * One read per input item, its items joined under `into` (`single`: the one answer object as
 * written, not picked apart). A failed read is that item's ERROR (per-item.ts).
 */
export function perItemRead(join: PerItemJoin, callOf: (item: Item, ctx: NodeContext) => ApiCall, pick: PickItems): RunNode {
  const picked = join.single ? (pages: Item[]) => pages : pick;
  return async (inputs, ctx) => {
    // per-item.ts joins what the provider answers: here the items picked out of the pages.
    const provider: InventoryProvider = {
      description: ctx.provider.description,
      targets: (cloud) => ctx.provider.targets(cloud),
      list: async (target, call) => picked(await ctx.provider.list(target, call)),
    };
    return { ports: { out: await joinPerItem(inputs.flat(), { ...ctx, provider }, join, (item) => callOf(item, ctx)) } };
  };
}

/** ARM and Graph lists page as `{ value: [...], nextLink }`; any other answer is one object. */
export function valueItems(pages: Item[]): Item[] {
  return pages.flatMap((page) => (Array.isArray(page.value) ? (page.value as Item[]) : [page]));
}

/** A call rendered per item (or for the target, over no item) from templated values. */
export function renderCall(service: string, values: Record<string, unknown>): (item: Item, ctx: NodeContext) => ApiCall {
  const render = compileItemValue(values);
  return (item, ctx) => ({ service, method: 'Get', params: render(item, ctx) as Record<string, unknown> });
}

/**
 * Checks shared by the three nodes: the target read's keys or `perItem`, not both; perItem
 * needs an input; templates parse. `own` lists the node-level keys of the target read.
 */
export function checkReadShape(node: object, own: string[], required: string[]): Problem[] {
  const config: Record<string, unknown> = { ...node };
  const written = own.filter((k) => config[k] !== undefined);
  const perItem = config.perItem;
  if (perItem !== null && typeof perItem === 'object') {
    if (written.length > 0) return [{ path: [written[0]!], code: 'missing-key', message: `read once for the target (${own.join(', ')}) or per item (perItem:), not both: move ${written.join(', ')} under perItem` }];
    if (config.input === undefined) return [{ path: ['perItem'], code: 'missing-key', message: 'perItem reads once per item of the input: add input: (the node whose items to read for)' }];
    return checkPerItemTemplates({ ...perItem }, ['perItem']);
  }
  const missing = required.filter((k) => config[k] === undefined);
  if (missing.length > 0) return [{ path: [], code: 'missing-key', message: `give ${missing.join(' and ')} (one read for the target), or perItem: (one read per input item)` }];
  return checkPerItemTemplates(Object.fromEntries(written.map((k) => [k, config[k]])), []);
}
