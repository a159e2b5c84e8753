import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { Item } from '../providers/types.js';
import { checkUserCode, compileSandboxed, DEFAULT_LIMITS } from '../sandbox/quickjs.js';
import type { NodeKind } from './types.js';
import { schemaFor } from '../model/schema-type.js';

/** User JavaScript over the input items (QFlow "Custom"), sandboxed: `code` is a function body of `items` returning the new items. */
export interface CustomConfig extends NodeConfig {
  input: string | string[];
  code: string;
  timeoutMs?: number;
  memoryMB?: number;
}

/** The most JSON a custom node may return: 64 Mi characters (its items, as JSON). */
export const CUSTOM_RESULT_CHARS = 64 * 1024 * 1024;

export const custom: NodeKind<CustomConfig> = {
  type: 'custom',
  summary: 'transform the items with sandboxed JavaScript (QuickJS, time and memory limits)',
  role: 'transform',
  outputs: ['out'],
  inputs: 'one',
  needsSandbox: () => true,
  schema: schemaFor<CustomConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'input', 'code'],
    properties: {
      ...commonNodeProperties,
      code: { type: 'string', minLength: 1 },
      timeoutMs: { type: 'integer', minimum: 1, maximum: 60_000 },
      memoryMB: { type: 'integer', minimum: 1, maximum: 1024 },
    },
  }),
  check: (config) => checkUserCode(config.code, 'items'),
  compile(config) {
    const call = compileSandboxed(config.code, 'items', {
      ...DEFAULT_LIMITS,
      resultChars: CUSTOM_RESULT_CHARS,
      timeMs: config.timeoutMs ?? DEFAULT_LIMITS.timeMs * 10,
      memoryBytes: (config.memoryMB ?? 256) * 1048576,
    });
    return async ([items = []]) => {
      const out = call(items);
      if (!Array.isArray(out) || !out.every((i) => i !== null && typeof i === 'object' && !Array.isArray(i))) {
        throw new Error('the code must return a list of objects');
      }
      return { ports: { out: out as Item[] } };
    };
  },
};
