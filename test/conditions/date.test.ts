import { describe, expect, it } from 'vitest';
import { date, DATE_OPERATORS, parseIsoDate, type DateCondition } from '../../src/conditions/date.js';
import { isUndecided } from '../../src/conditions/types.js';
import { validateSchema } from '../../src/model/validate.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.now.getTime() - days * DAY).toISOString();
const item = {
  StartTime: '2026-07-01T00:00:00Z',
  Updated: '2026-10-31T12:00:00Z',
  Azure: '2026-10-31T12:00:00.1234567Z',
  Offset: '2026-10-31T12:00:00-07:00',
  Bad: 'soon',
  Number: 1_700_000_000,
  Times: ['2020-01-01T00:00:00Z', '2026-10-30T00:00:00Z'],
  Exactly90: ago(90),
};

interface Row {
  config: Pick<DateCondition, 'key' | 'operator' | 'value'>;
  /** Matches, does not, or cannot decide (a definite key with no date). */
  expect: boolean | 'undecided';
}
const row = (key: string, operator: DateCondition['operator'], value: number | string, expect: Row['expect']): Row => ({ config: { key, operator, value }, expect });

const valid: Row[] = [
  row('$.StartTime', 'olderThanDays', 90, true),
  row('$.StartTime', 'olderThanDays', 200, false),
  row('$.Exactly90', 'olderThanDays', 90, false), // the boundary is on neither side
  row('$.Exactly90', 'olderThanDays', 89, true),
  row('$.Bad', 'olderThanDays', 1, 'undecided'), // not a date: neither older nor newer
  row('$.Number', 'olderThanDays', 1, 'undecided'), // epoch numbers are ambiguous (s or ms): not dates
  row('$.Missing', 'olderThanDays', 1, 'undecided'), // an evaluate node says ERROR, never PASS
  row('$.Times[*]', 'olderThanDays', 100_000, false), // over a wildcard: no value is that old
  row('$.Missing[*]', 'olderThanDays', 1, false),
  row('$.Times[*]', 'olderThanDays', 365, true), // any value
  row('$.Updated', 'newerThanDays', 1, true),
  row('$.Azure', 'newerThanDays', 1, true), // seven fractional digits
  row('$.StartTime', 'newerThanDays', 30, false),
  row('$.Exactly90', 'newerThanDays', 90, false),
  row('$.Exactly90', 'newerThanDays', 91, true),
  row('$.Bad', 'newerThanDays', 10_000, 'undecided'),
  row('$.StartTime', 'before', '2026-08-01', true),
  row('$.StartTime', 'before', '2026-06-01', false),
  row('$.StartTime', 'before', '2026-07-01T00:00:00Z', false), // the boundary
  row('$.Offset', 'before', '2026-10-31T18:00:00Z', false), // 12:00-07:00 is 19:00Z
  row('$.Offset', 'before', '2026-10-31T21:00:00+01:00', true), // 20:00Z
  row('$.Updated', 'after', '2026-10-01', true),
  row('$.Updated', 'after', '2026-11-01', false),
  row('$.Updated', 'after', '2026-10-31T12:00:00Z', false), // the boundary
  row('$.Updated', 'after', '2026-10-31T11:00', true), // no offset: UTC, whatever the machine's zone
];

describe('date condition', () => {
  it.each(valid.map((r) => [`${r.config.key} ${r.config.operator} ${r.config.value}`, r] as const))('%s', (_, r) => {
    const config = { id: 'd1', type: 'date' as const, ...r.config };
    expect(validateSchema(date.schema, config)).toEqual([]);
    expect(date.check!(config)).toEqual([]);
    const result = date.compile(config, NOW)(item);
    expect(result !== null && isUndecided(result) ? 'undecided' : result !== null).toBe(r.expect);
  });

  it('shows a Date value (a live SDK answer) as the ISO text its snapshot holds', () => {
    const config = { id: 'd1', type: 'date', key: '$.Expiration', operator: 'olderThanDays', value: 0 } as const;
    const live = date.compile(config, NOW)({ Expiration: new Date('2020-01-01T00:00:00Z') });
    const replayed = date.compile(config, NOW)({ Expiration: '2020-01-01T00:00:00.000Z' });
    expect(live).toEqual(replayed);
    expect(live!.text).toBe('$.Expiration olderThanDays 0 (seen: 2020-01-01T00:00:00.000Z)');
  });

  it('has a matching and a non-matching row for every operator', () => {
    for (const operator of DATE_OPERATORS) {
      expect(new Set(valid.filter((r) => r.config.operator === operator && r.expect !== 'undecided').map((r) => r.expect)), operator).toEqual(new Set([true, false]));
    }
  });

  it('records the dates that matched', () => {
    const match = date.compile({ id: 'd1', type: 'date', key: '$.Times[*]', operator: 'olderThanDays', value: 365 }, NOW)(item);
    expect(match).toEqual({
      condition: 'd1', type: 'date', key: '$.Times[*]', operator: 'olderThanDays', expected: 365,
      seen: '2020-01-01T00:00:00Z', text: '$.Times[*] olderThanDays 365 (seen: 2020-01-01T00:00:00Z)',
    });
  });

  it.each([
    ['2026-01-31', Date.UTC(2026, 0, 31)],
    ['2026-01-31T10:00', Date.UTC(2026, 0, 31, 10)],
    ['2026-01-31 10:00:00', Date.UTC(2026, 0, 31, 10)],
    ['2026-01-31T10:00:00+02:00', Date.UTC(2026, 0, 31, 8)],
    ['2026-02-30', NaN], // no such day
    ['2026-13-01', NaN],
    ['1', NaN], // Date.parse would say 2001
    ['March 7, 2026', NaN],
  ])('parses %s as an ISO date', (text, ms) => {
    expect(parseIsoDate(text)).toBe(ms);
  });

  it.each([
    [{ operator: 'olderThanDays', value: 'ten' }, ['value bad-value']],
    [{ operator: 'olderThanDays', value: -1 }, ['value bad-value']],
    [{ operator: 'before', value: 'tomorrow' }, ['value bad-date']],
    [{ operator: 'after', value: '2026-02-30' }, ['value bad-date']],
    [{ operator: 'after', value: 20260101 }, ['value bad-date']],
    [{ operator: 'olderThan', value: 1 }, ['operator bad-operator']],
    [{ operator: 'before' }, [' missing-key']],
    [{ key: 'CreateDate', operator: 'before', value: '2026-01-01' }, ['key bad-jsonpath']],
  ])('rejects %j', (partial, problems) => {
    const config = { id: 'd1', type: 'date', key: '$.T', ...partial } as never;
    const schema = validateSchema(date.schema, config);
    const found = schema.length > 0 ? schema : date.check!(config);
    expect(found.map((p) => `${p.path.join('.')} ${p.code}`)).toEqual(problems);
  });
});
