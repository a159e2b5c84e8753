import type { Problem } from '../model/problem.js';
import { checkJsonPath, compileJsonPath } from './json-path.js';
import { conditionIdSchema, type ConditionConfig, type ConditionKind } from './types.js';
import { seenValue, show } from './values.js';

export const DATE_OPERATORS = ['olderThanDays', 'newerThanDays', 'before', 'after'] as const;
const DAY_MS = 86_400_000;

/** A date key compared with the scan's clock (N days) or with a fixed date. */
export interface DateCondition extends ConditionConfig {
  key: string;
  operator: (typeof DATE_OPERATORS)[number];
  value: number | string;
}

export const date: ConditionKind<DateCondition> = {
  type: 'date',
  summary: 'a date key older/newer than N days, or before/after a date',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'key', 'operator', 'value'],
    properties: {
      id: conditionIdSchema,
      type: { const: 'date' },
      key: { type: 'string' },
      operator: { enum: [...DATE_OPERATORS] },
      value: { type: ['number', 'string'] },
    },
  },
  check(config) {
    const problems: Problem[] = [];
    const error = checkJsonPath(config.key);
    if (error) problems.push({ path: ['key'], code: 'bad-jsonpath', message: error });
    const days = config.operator === 'olderThanDays' || config.operator === 'newerThanDays';
    if (days && !(typeof config.value === 'number' && config.value >= 0)) {
      problems.push({ path: ['value'], code: 'bad-value', message: `${config.operator} needs a number of days (0 or more)` });
    }
    if (!days && (typeof config.value !== 'string' || Number.isNaN(Date.parse(config.value)))) {
      problems.push({ path: ['value'], code: 'bad-date', message: `${config.operator} needs an ISO date such as 2026-01-31, got ${show(config.value)}` });
    }
    return problems;
  },
  compile(config, { now }) {
    const read = compileJsonPath(config.key);
    const { id, key, operator, value } = config;
    const limit = typeof value === 'number' ? now.getTime() - value * DAY_MS : Date.parse(value);
    const holds: (t: number) => boolean =
      operator === 'olderThanDays' || operator === 'before' ? (t) => t < limit : (t) => t > limit;
    return (item) => {
      const values = read(item);
      // A value that is not a date never matches: nothing is older than "unknown".
      const hit = values.some((v) => (typeof v === 'string' || v instanceof Date ? holds(new Date(v).getTime()) : false));
      if (!hit) return null;
      const seen = seenValue(values);
      return { condition: id, type: 'date', text: `${key} ${operator} ${show(value)} (seen: ${show(seen)})`, key, operator, expected: value, seen };
    };
  },
};
