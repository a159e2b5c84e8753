import { checkJsonPaths, compileJsonPath } from '../lib/json-path.js';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { Item } from '../providers/types.js';
import type { NodeKind } from './types.js';
import { checkKeyReads, listOf, struct, UNKNOWN, withMembers } from '../providers/shape.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * Joins two inputs on keys (QFlow "Data Joiner"). With `as`, each left item gets the list of
 * matching right items under that key; without it, the first match's fields are merged in
 * (the left item's own fields win). `inner` drops left items without a match.
 */
export interface JoinerConfig extends NodeConfig {
  input: [string, string];
  on: { left: string; right: string };
  join?: 'inner' | 'left';
  as?: string;
}

export const joiner: NodeKind<JoinerConfig> = {
  type: 'joiner',
  summary: 'join two inputs on key paths (inner or left join)',
  role: 'transform',
  outputs: ['out'],
  inputs: 'many',
  schema: schemaFor<JoinerConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'input', 'on'],
    properties: {
      ...commonNodeProperties,
      input: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 2, maxItems: 2 },
      on: {
        type: 'object',
        additionalProperties: false,
        required: ['left', 'right'],
        properties: { left: { type: 'string' }, right: { type: 'string' } },
      },
      join: { enum: ['inner', 'left'] },
      as: { type: 'string', minLength: 1 },
    },
  }),
  check: (config) => checkJsonPaths([[['on', 'left'], config.on.left], [['on', 'right'], config.on.right]]),
  shape(config, [left = UNKNOWN, right = UNKNOWN]) {
    const problems = [...checkKeyReads(left, [{ at: ['on', 'left'], path: config.on.left }]), ...checkKeyReads(right, [{ at: ['on', 'right'], path: config.on.right }])];
    if (config.as !== undefined) return { output: withMembers(left, { [config.as]: listOf(right) }), problems };
    // Merged: the right item's members, the left's winning; a side not known makes the whole unknown.
    const output = left.kind === 'struct' && right.kind === 'struct' ? struct(left.name, () => ({ ...Object.fromEntries(right.members()), ...Object.fromEntries(left.members()) }), left.origin) : UNKNOWN;
    return { output, problems };
  },
  compile(config) {
    const leftKey = compileJsonPath(config.on.left);
    const rightKey = compileJsonPath(config.on.right);
    const inner = config.join === 'inner';
    return async ([left = [], right = []]) => {
      // Index the right side once: a join is O(left + right), not O(left × right).
      const index = new Map<string, Item[]>();
      for (const item of right) {
        for (const key of rightKey(item)) {
          const k = JSON.stringify(key);
          const bucket = index.get(k);
          if (bucket) bucket.push(item);
          else index.set(k, [item]);
        }
      }
      const out: Item[] = [];
      for (const item of left) {
        const matches = [...new Set(leftKey(item).flatMap((key) => index.get(JSON.stringify(key)) ?? []))];
        if (inner && matches.length === 0) continue;
        if (config.as !== undefined) out.push({ ...item, [config.as]: matches });
        else out.push({ ...(matches[0] ?? {}), ...item });
      }
      return { ports: { out } };
    };
  },
};
