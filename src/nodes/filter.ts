import { checkCriteria, compileCriteria, criteriaNeedSandbox, criteriaReads, criteriaSchema } from '../conditions/criteria.js';
import { checkKeyReads, UNKNOWN } from '../providers/shape.js';
import type { ConditionConfig } from '../conditions/types.js';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import { under } from '../model/problem.js';
import type { Item } from '../providers/types.js';
import { readErrorOf } from './per-item.js';
import type { NodeKind } from './types.js';
import { schemaFor } from '../model/schema-type.js';

/** Keeps the items that match its criteria (QFlow "Filter"). */
export interface FilterConfig extends NodeConfig {
  input: string | string[];
  match: { expression?: string; conditions: ConditionConfig[] };
}

export const filter: NodeKind<FilterConfig> = {
  type: 'filter',
  summary: 'pass on the items matching the criteria under match: (port unmatched has the rest)',
  role: 'transform',
  outputs: ['matched', 'unmatched'],
  inputs: 'one',
  needsSandbox: (config) => criteriaNeedSandbox(config.match),
  schema: schemaFor<FilterConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'input', 'match'],
    properties: { ...commonNodeProperties, match: criteriaSchema },
  }),
  check: (config) => under(['match'], checkCriteria(config.match)),
  shape: (config, [input = UNKNOWN]) => ({
    output: input,
    problems: checkKeyReads(input, criteriaReads(config.match).map((r) => ({ ...r, at: ['match', ...r.at] }))),
  }),
  compile(config, env) {
    const test = compileCriteria(config.match, env);
    return async ([items = []]) => {
      const matched: Item[] = [];
      const unmatched: Item[] = [];
      // An item whose own read failed cannot be judged: it goes on, so the evaluate node reports it as ERROR.
      for (const item of items) (readErrorOf(item) || test(item).matched ? matched : unmatched).push(item);
      return { ports: { matched, unmatched } };
    };
  },
};
