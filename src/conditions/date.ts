import type { Problem } from '../model/problem.js';
import { checkJsonPath, compileJsonPath, isDefiniteJsonPath } from '../lib/json-path.js';
import { conditionIdSchema, type ConditionConfig, type ConditionKind, type ConditionTest } from './types.js';
import { seenValue, show } from './values.js';
import { schemaFor } from '../model/schema-type.js';

export const DATE_OPERATORS = ['olderThanDays', 'newerThanDays', 'before', 'after'] as const;
const DAY_MS = 86_400_000;

/**
 * A date key compared with the scan's clock (N days) or with a fixed date. Matches when ANY
 * value the key finds is a date on the right side of the limit; the limit itself is on
 * neither side (exactly 90 days old is not older than 90 days). A definite key (no wildcard
 * or filter) whose item has no date there (missing, null, not a date) is undecided, as for
 * param's orderings: an evaluate node reports the item as ERROR, unless the expression is
 * decided without it (`neverUsed OR lastUsed olderThanDays 90`). Over a wildcard, a value that
 * is not a date simply does not match.
 */
export interface DateCondition extends ConditionConfig {
  type: 'date';
  key: string;
  operator: (typeof DATE_OPERATORS)[number];
  value: number | string;
}

// 2026-01-31, 2026-01-31T10:00, 2026-01-31T10:00:00.1234567+02:00 (Azure writes 7 digits).
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Milliseconds of an ISO 8601 date, or NaN. A date and time without an offset is read as UTC,
 * so a scan does not depend on the machine's time zone; impossible dates (02-30) are NaN.
 */
export function parseIsoDate(text: string): number {
  const m = ISO.exec(text.trim());
  if (!m) return NaN;
  const [, y, mo, d, h, mi, , zone] = m;
  const time = Date.parse(h === undefined || zone !== undefined ? text.trim() : `${text.trim().replace(' ', 'T')}Z`);
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  const real = day.getUTCFullYear() === Number(y) && day.getUTCMonth() === Number(mo) - 1 && day.getUTCDate() === Number(d);
  return real && Number(h ?? 0) < 24 && Number(mi ?? 0) < 60 ? time : NaN;
}

function toTime(v: unknown): number {
  if (v instanceof Date) return v.getTime();
  return typeof v === 'string' ? parseIsoDate(v) : NaN;
}

export const date: ConditionKind<DateCondition, ConditionTest> = {
  type: 'date',
  summary: 'a date key older/newer than N days, or before/after a date',
  schema: schemaFor<DateCondition>()({
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
  }),
  check(config) {
    const problems: Problem[] = [];
    const error = checkJsonPath(config.key);
    if (error) problems.push({ path: ['key'], code: 'bad-jsonpath', message: error });
    const days = config.operator === 'olderThanDays' || config.operator === 'newerThanDays';
    if (days && !(typeof config.value === 'number' && config.value >= 0)) {
      problems.push({ path: ['value'], code: 'bad-value', message: `${config.operator} needs a number of days (0 or more), got ${show(config.value)}` });
    }
    if (!days && (typeof config.value !== 'string' || Number.isNaN(parseIsoDate(config.value)))) {
      problems.push({ path: ['value'], code: 'bad-date', message: `${config.operator} needs an ISO date such as 2026-01-31 or 2026-01-31T12:00:00Z, got ${show(config.value)}` });
    }
    return problems;
  },
  reads: (config) => [{ at: ['key'], path: config.key }],
  compile(config, { now }) {
    const read = compileJsonPath(config.key);
    const { id, key, operator, value } = config;
    const limit = typeof value === 'number' ? now.getTime() - value * DAY_MS : parseIsoDate(value);
    const earlier = operator === 'olderThanDays' || operator === 'before';
    const holds = (v: unknown): boolean => {
      const t = toTime(v);
      return earlier ? t < limit : t > limit; // NaN compares false both ways
    };
    // A definite key with no date is neither older nor newer than anything: undecided (param.ts).
    const definite = isDefiniteJsonPath(key);
    return (item) => {
      // Like param: the values that satisfied the test are what the Match shows. A live SDK
      // answer holds Date objects where its snapshot holds their ISO text: both show as the text.
      const values = read(item);
      const hits = values.filter(holds).map((v) => (v instanceof Date ? v.toISOString() : v));
      if (hits.length === 0) {
        if (!definite || values.some((v) => !Number.isNaN(toTime(v)))) return null;
        const seen = values.length === 0 ? 'missing' : `${show(seenValue(values))}, not a date`;
        return { undecided: true, condition: id, text: `${key} ${operator} ${show(value)} cannot be decided: ${key} is ${seen}` };
      }
      const seen = seenValue(hits);
      return { condition: id, type: 'date', text: `${key} ${operator} ${show(value)} (seen: ${show(seen)})`, key, operator, expected: value, seen };
    };
  },
};
