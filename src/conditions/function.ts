import { checkUserCode, compileSandboxed, DEFAULT_LIMITS, SandboxError } from '../sandbox/quickjs.js';
import { conditionIdSchema, type ConditionConfig, type ConditionKind } from './types.js';
import { schemaFor } from '../model/schema-type.js';

/** A JavaScript predicate over one item, run in the QuickJS sandbox: `code` is a function body of `item`. */
export interface FunctionCondition extends ConditionConfig {
  type: 'function';
  code: string;
  timeoutMs?: number;
  memoryMB?: number;
}

export const functionCondition: ConditionKind<FunctionCondition> = {
  type: 'function',
  summary: 'a JavaScript predicate over the item, sandboxed (QuickJS, time and memory limits)',
  sandboxed: true,
  schema: schemaFor<FunctionCondition>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'code'],
    properties: {
      id: conditionIdSchema,
      type: { const: 'function' },
      code: { type: 'string', minLength: 1 },
      timeoutMs: { type: 'integer', minimum: 1, maximum: 10_000 },
      memoryMB: { type: 'integer', minimum: 1, maximum: 256 },
    },
  }),
  check: (config) => checkUserCode(config.code, 'item'),
  compile(config) {
    const call = compileSandboxed(config.code, 'item', {
      ...DEFAULT_LIMITS,
      timeMs: config.timeoutMs ?? DEFAULT_LIMITS.timeMs,
      memoryBytes: (config.memoryMB ?? DEFAULT_LIMITS.memoryBytes / 1048576) * 1048576,
    });
    return (item) => {
      let verdict: unknown;
      try {
        verdict = call(item);
      } catch (error) {
        // The node running this condition fails, so the control is ERROR on this target.
        throw new Error(`function condition "${config.id}": ${error instanceof SandboxError ? error.message : String(error)}`);
      }
      return verdict ? { condition: config.id, type: 'function', text: `function ${config.id} returned ${JSON.stringify(verdict)}`, seen: verdict } : null;
    };
  },
};
