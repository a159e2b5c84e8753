import { checkJsonPaths, compileFields, compileJsonPath } from '../conditions/json-path.js';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { Item } from '../providers/types.js';
import type { NodeKind } from './types.js';
import { carryReadError } from './per-item.js';

/**
 * Reshapes items with JSONPath (QFlow "Data Formatter"): `flatten` first expands each item
 * into the objects found at a path (e.g. `$.Reservations[*].Instances[*]`), then `fields`
 * builds each output item from paths, either replacing the item or merged into it; last,
 * `rename` renames top-level keys (order kept) and `omit` drops them.
 */
export interface FormatterConfig extends NodeConfig {
  flatten?: string;
  fields?: Record<string, string>;
  merge?: boolean;
  rename?: Record<string, string>;
  omit?: string[];
}

export const formatter: NodeKind<FormatterConfig> = {
  type: 'formatter',
  summary: 'reshape items: flatten a nested list, pick fields by JSONPath',
  outputs: ['out'],
  inputs: 'one',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'input'],
    properties: {
      ...commonNodeProperties,
      flatten: { type: 'string' },
      fields: { type: 'object', additionalProperties: { type: 'string' }, minProperties: 1 },
      merge: { type: 'boolean' },
      rename: { type: 'object', additionalProperties: { type: 'string', minLength: 1 }, minProperties: 1 },
      omit: { type: 'array', items: { type: 'string' }, minItems: 1 },
    },
  },
  check(config) {
    const paths: [(string | number)[], string][] = Object.entries(config.fields ?? {}).map(([k, v]) => [['fields', k], v]);
    if (config.flatten !== undefined) paths.push([['flatten'], config.flatten]);
    if ([config.flatten, config.fields, config.rename, config.omit].every((v) => v === undefined)) {
      return [{ path: [], code: 'missing-key', message: 'a formatter needs flatten, fields, rename or omit' }];
    }
    return checkJsonPaths(paths);
  },
  compile(config) {
    const flatten = config.flatten ? compileJsonPath(config.flatten) : undefined;
    const pick = config.fields ? compileFields(config.fields) : undefined;
    const rename = config.rename ?? {};
    const omit = new Set(config.omit ?? []);
    const tidy =
      config.rename || config.omit
        ? (item: Item): Item => Object.fromEntries(Object.entries(item).flatMap(([k, v]) => (omit.has(k) ? [] : [[rename[k] ?? k, v]])))
        : (item: Item) => item;
    // A new item keeps the read error of the one it was made from (per-item.ts).
    const reshape = (item: Item): Item => carryReadError(item, tidy(pick ? (config.merge ? { ...item, ...pick(item) } : pick(item)) : item));
    return async ([items = []]) => {
      const expanded = flatten
        ? items.flatMap((item) => flatten(item).filter((v): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v)))
        : items;
      return { ports: { out: expanded.map(reshape) } };
    };
  },
};
