import { checkJsonPaths, compileFields, compileJsonPath, isDefiniteJsonPath } from '../lib/json-path.js';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { Item } from '../providers/types.js';
import type { NodeKind } from './types.js';
import type { Problem } from '../model/problem.js';
import { closest } from '../model/validate.js';
import { elementsOf, listOf, reshapeMembers, resolveJsonPath, struct, UNKNOWN, withMembers, type Shape } from '../providers/shape.js';
import { carryReadError } from './per-item.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * Reshapes items with JSONPath (QFlow "Data Formatter"): `flatten` first expands each item
 * into the objects found at a path (e.g. `$.Reservations[*].Instances[*]`), then `fields`
 * builds each output item from paths, either replacing the item or merged into it; last,
 * `rename` renames top-level keys (order kept) and `omit` drops them.
 */
export interface FormatterConfig extends NodeConfig {
  input: string | string[];
  flatten?: string;
  fields?: Record<string, string>;
  merge?: boolean;
  rename?: Record<string, string>;
  omit?: string[];
}

export const formatter: NodeKind<FormatterConfig> = {
  type: 'formatter',
  summary: 'reshape items: flatten a nested list, pick fields by JSONPath',
  role: 'transform',
  outputs: ['out'],
  inputs: 'one',
  schema: schemaFor<FormatterConfig>()({
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
  }),
  check(config) {
    const paths: [(string | number)[], string][] = Object.entries(config.fields ?? {}).map(([k, v]) => [['fields', k], v]);
    if (config.flatten !== undefined) paths.push([['flatten'], config.flatten]);
    if ([config.flatten, config.fields, config.rename, config.omit].every((v) => v === undefined)) {
      return [{ path: [], code: 'missing-key', message: 'a formatter needs flatten, fields, rename or omit' }];
    }
    return checkJsonPaths(paths);
  },
  shape(config, [input = UNKNOWN]) {
    const problems: Problem[] = [];
    const read = (shape: Shape, path: string, at: (string | number)[]): Shape => {
      const found = resolveJsonPath(shape, path);
      if (!('error' in found)) return found.shape;
      problems.push({ path: at, code: 'unknown-member', message: found.error });
      return UNKNOWN;
    };
    let item = config.flatten !== undefined ? elementsOf(read(input, config.flatten, ['flatten'])) : input;
    if (config.fields) {
      const before = item;
      // A definite path gives its value, any other a list of what it finds (compileFields).
      const fields = Object.fromEntries(Object.entries(config.fields).map(([name, path]) => {
        const shape = read(before, path, ['fields', name]);
        return [name, isDefiniteJsonPath(path) || shape.kind === 'unknown' ? shape : listOf(shape)];
      }));
      item = config.merge ? withMembers(before, fields) : struct('an item of the formatter\'s fields', fields, `items of formatter ${config.id}`);
    }
    if ((config.rename || config.omit) && item.kind === 'struct') {
      const members = [...item.members().keys()];
      const missing = (key: string, at: (string | number)[]) => {
        if (members.includes(key)) return;
        const near = closest(key, members);
        problems.push({ path: at, code: 'unknown-member', message: `"${key}": ${item.kind === 'struct' ? item.name : 'the item'} has no top-level key "${key}"${near ? ` (did you mean "${near}"?)` : ''}` });
      };
      for (const key of Object.keys(config.rename ?? {})) missing(key, ['rename', key]);
      (config.omit ?? []).forEach((key, i) => missing(key, ['omit', i]));
      item = reshapeMembers(item, config.rename ?? {}, new Set(config.omit ?? []), `formatter ${config.id}`);
    }
    return { output: item, problems };
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
