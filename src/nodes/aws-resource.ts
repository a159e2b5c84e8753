import { checkJsonPath } from '../lib/json-path.js';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import { readScoped } from './events/scope.js';
import { checkAwsCallInstalled } from '../providers/aws/installed.js';
import { isGlobalCall, READ_METHOD, READ_VERBS } from '../providers/aws/names.js';
import { TargetReadError, type ApiCall, type Item } from '../providers/types.js';
import { AWS_ADDONS, findAwsAddon } from './addons/aws.js';
import { checkTemplates, templateReads } from './actions/template.js';
import { checkPerItemTemplates, compileItemValue, joinPerItem, perItemJoinProperties, type PerItemJoin } from './per-item.js';
import type { NodeContext, NodeKind, ShapeEnv } from './types.js';
import { awsItemShape } from '../providers/aws/shapes.js';
import { checkKeyReads, listOf, UNKNOWN, withMembers, type Resolved } from '../providers/shape.js';
import { append } from '../model/append.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * Fetch one AWS service's resources with one API method (QFlow "AWS Resource"): any SDK v3
 * service by its client name, any read method. With `input:` and `perItem:`, one call per
 * input item, its answer joined onto the item (src/nodes/per-item.ts).
 */
export interface AwsResourceConfig extends NodeConfig {
  service: string;
  method: string;
  /** The call's params; strings are templates with `{{@account}}` and `{{@region}}` of the target. */
  params?: Record<string, unknown>;
  /** JSONPath of the items inside one page; default: the page's one list (or the page, when it has none). */
  items?: string;
  /** `account`: read once per account (a regional service's account-wide answer, e.g. trails with shadow trails). */
  scope?: 'account';
  /** Error codes meaning "not configured": the answer is one item `{}` (without perItem). */
  absentOn?: string[];
  perItem?: AwsPerItem;
  addons?: string[];
}

export interface AwsPerItem extends PerItemJoin {
  /** Templates over the item (`{ Bucket: "{{Name}}" }`), merged over the node's params. */
  params?: Record<string, unknown>;
  /** Send the call to this region (a template over the item: `{{BucketRegion}}`); default: the target's. */
  region?: string;
}

const absentOnSchema = { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } as const;

export const awsResource: NodeKind<AwsResourceConfig> = {
  type: 'aws.resource',
  summary: 'fetch AWS resources with one read call (service + method + params), or one call per input item (perItem), with addons',
  role: 'source',
  outputs: ['out'],
  inputs: 'optional',
  schema: schemaFor<AwsResourceConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'service', 'method'],
    properties: {
      ...commonNodeProperties,
      service: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' },
      method: { type: 'string', pattern: '^[A-Z][A-Za-z0-9]*$' },
      params: { type: 'object' },
      items: { type: 'string', minLength: 1 },
      scope: { enum: ['account'] },
      absentOn: absentOnSchema,
      perItem: {
        type: 'object',
        additionalProperties: false,
        required: ['into'],
        properties: { ...perItemJoinProperties, params: { type: 'object' }, region: { type: 'string', minLength: 1 } },
      },
      addons: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    },
  }),
  check(config) {
    const problems: Problem[] = [...checkAddons(config), ...checkTemplates(config.params ?? {}, ['params'])];
    if (!READ_METHOD.test(config.method)) {
      problems.push({
        path: ['method'],
        code: 'write-method',
        message: `${config.method} is not a read: aws.resource only reads (${READ_VERBS.map((v) => `${v}…`).join(', ')}); a write belongs in an aws.action, which runs only with --remediate`,
      });
    }
    if (config.items !== undefined) {
      const error = checkJsonPath(config.items);
      if (error) problems.push({ path: ['items'], code: 'bad-jsonpath', message: error });
    }
    const perItem = config.perItem;
    if (!perItem) return problems;
    const inputs = config.input === undefined ? [] : [config.input].flat();
    if (inputs.length !== 1) {
      problems.push({ path: ['perItem'], code: inputs.length === 0 ? 'missing-key' : 'bad-node', message: 'perItem makes one call per item of one input: name that node with input: (e.g. input: buckets)' });
    }
    if (config.absentOn !== undefined) problems.push({ path: ['absentOn'], code: 'bad-node', message: 'with perItem, absentOn goes under perItem: (the codes that leave one item without an answer)' });
    if (config.addons !== undefined) problems.push({ path: ['addons'], code: 'bad-node', message: 'addons join onto a listing; a perItem node already joins its answer onto each item' });
    append(problems, checkPerItemTemplates({ params: perItem.params ?? {}, ...(perItem.region !== undefined ? { region: perItem.region } : {}) }, ['perItem']));
    return problems;
  },
  checkRuntime: (config) => checkAwsCallInstalled(config.service, config.method, { items: config.items !== undefined || config.perItem?.single === true }),
  scope(config) {
    if (config.scope === 'account' || isGlobalCall(config.service, config.method)) return 'account';
    // A per-item read sent to each item's own region follows the flow's scope.
    return config.perItem?.region !== undefined ? undefined : 'region';
  },
  shape(config, [input = UNKNOWN], env) {
    const perItem = config.perItem;
    const items = perItem ? (config.items ?? (perItem.single ? '$' : undefined)) : config.items;
    const answer = itemShape(config.service, config.method, items, env);
    const problems: Problem[] = 'error' in answer ? [{ path: ['items'], code: 'unknown-member', message: answer.error }] : [];
    const found = 'error' in answer ? UNKNOWN : answer.shape;
    if (!perItem) {
      let output = found;
      for (const addon of (config.addons ?? []).flatMap((name) => findAwsAddon(name) ?? [])) {
        const related = itemShape(addon.related.service, addon.related.method, undefined, env);
        output = addon.shape(output, 'error' in related ? UNKNOWN : related.shape);
      }
      return { output, problems };
    }
    // Each input item renders the call: the node's params and perItem's are templates over it.
    const reads = [...templateReads(config.params ?? {}, ['params']), ...templateReads(perItem.params ?? {}, ['perItem', 'params']), ...templateReads(perItem.region, ['perItem', 'region'])];
    append(problems, checkKeyReads(input, reads));
    return { output: withMembers(input, { [perItem.into]: perItem.single ? found : listOf(found) }), problems };
  },
  compile(config) {
    return config.perItem ? compilePerItem(config, config.perItem) : compileListing(config);
  },
};

/** The items of an AWS call as the shape check sees them: unknown when the SDK's schema is not at hand. */
function itemShape(service: string, method: string, items: string | undefined, env: ShapeEnv): Resolved {
  const output = env.awsOutput(service, method);
  return output === undefined ? { shape: UNKNOWN } : awsItemShape(output, { service, method, ...(items === undefined ? {} : { items }) });
}

function compileListing(config: AwsResourceConfig) {
  const params = compileItemValue(config.params ?? {});
  const absent = new Set(config.absentOn ?? []);
  const addons = (config.addons ?? []).map((name) => findAwsAddon(name)!);
  return async (_inputs: Item[][], ctx: NodeContext) => {
    const call: ApiCall = { service: config.service, method: config.method, params: params({}, ctx) as Record<string, unknown>, ...itemsOf(config) };
    let items: Item[];
    try {
      items = await readScoped(ctx, call);
    } catch (error) {
      // "Not configured" (no password policy, no account-level public access block) is data: one empty item.
      if (!(error instanceof TargetReadError && absent.has(error.code))) throw error;
      items = [{}];
    }
    for (const addon of addons) items = addon.join(items, await ctx.provider.list(ctx.target, addon.related));
    return { ports: { out: items } };
  };
}

function compilePerItem(config: AwsResourceConfig, perItem: AwsPerItem) {
  const params = compileItemValue({ ...config.params, ...perItem.params });
  const region = perItem.region === undefined ? undefined : compileItemValue(perItem.region);
  // The answer of a single call is the whole response, unless items: picks inside it.
  const items = config.items ?? (perItem.single ? '$' : undefined);
  return async ([input = []]: Item[][], ctx: NodeContext) => {
    const callOf = (item: Item): ApiCall => {
      const where = region?.(item, ctx);
      return {
        service: config.service,
        method: config.method,
        params: params(item, ctx) as Record<string, unknown>,
        ...(items !== undefined ? { items } : {}),
        // An item without the region (an empty field) is read where the target's calls go.
        ...(typeof where === 'string' && where !== '' && !where.includes('{{') ? { region: where } : {}),
      };
    };
    return { ports: { out: await joinPerItem(input, ctx, perItem, callOf) } };
  };
}

function itemsOf(config: AwsResourceConfig): { items?: string } {
  return config.items !== undefined ? { items: config.items } : {};
}

function checkAddons(config: AwsResourceConfig): Problem[] {
  const call = `${config.service}.${config.method}`;
  return (config.addons ?? []).flatMap((name, i): Problem[] => {
    const addon = findAwsAddon(name);
    if (!addon) return [{ path: ['addons', i], code: 'unknown-addon', message: `unknown addon "${name}" (addons: ${AWS_ADDONS.map((a) => a.name).join(', ')})` }];
    if (!addon.appliesTo.includes(call)) return [{ path: ['addons', i], code: 'unknown-addon', message: `addon "${name}" does not apply to ${call} (it applies to ${addon.appliesTo.join(', ')})` }];
    return [];
  });
}
