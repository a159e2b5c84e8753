import { checkJsonPath, compileJsonPath, isDefiniteJsonPath } from '../conditions/json-path.js';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import type { Item } from '../providers/types.js';
import type { NodeKind } from './types.js';

/**
 * Reshapes items with JSONPath (QFlow "Data Formatter"): `flatten` first expands each item
 * into the objects found at a path (e.g. `$.Reservations[*].Instances[*]`), then `fields`
 * builds each output item from paths, either replacing the item or merged into it.
 */
export interface FormatterConfig extends NodeConfig {
  flatten?: string;
  fields?: Record<string, string>;
  merge?: boolean;
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
    anyOf: [{ required: ['flatten'] }, { required: ['fields'] }],
    properties: {
      ...commonNodeProperties,
      flatten: { type: 'string' },
      fields: { type: 'object', additionalProperties: { type: 'string' }, minProperties: 1 },
      merge: { type: 'boolean' },
    },
  },
  check(config) {
    const problems: Problem[] = [];
    const paths: [(string | number)[], string][] = Object.entries(config.fields ?? {}).map(([k, v]) => [['fields', k], v]);
    if (config.flatten !== undefined) paths.push([['flatten'], config.flatten]);
    for (const [path, expr] of paths) {
      const error = checkJsonPath(expr);
      if (error) problems.push({ path, code: 'bad-jsonpath', message: error });
    }
    return problems;
  },
  compile(config) {
    const flatten = config.flatten ? compileJsonPath(config.flatten) : undefined;
    const fields = Object.entries(config.fields ?? {}).map(
      ([name, expr]) => [name, compileJsonPath(expr), isDefiniteJsonPath(expr)] as const,
    );
    const reshape = (item: Item): Item => {
      if (fields.length === 0) return item;
      const out: Item = config.merge ? { ...item } : {};
      // A definite path gives one value (or null); a wildcard path always gives a list.
      for (const [name, read, definite] of fields) out[name] = definite ? (read(item)[0] ?? null) : read(item);
      return out;
    };
    return async ([items = []]) => {
      const expanded = flatten
        ? items.flatMap((item) => flatten(item).filter((v): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v)))
        : items;
      return { ports: { out: expanded.map(reshape) } };
    };
  },
};
