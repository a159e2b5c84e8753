import { describe, expect, it } from 'vitest';
import { date } from '../../src/conditions/date.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };
const item = { StartTime: '2026-07-01T00:00:00Z', Updated: '2026-10-31T12:00:00Z', Bad: 'soon', Times: ['2020-01-01T00:00:00Z', '2026-10-30T00:00:00Z'] };

describe('date condition', () => {
  it.each([
    ['olderThanDays', '$.StartTime', 90, true],
    ['olderThanDays', '$.StartTime', 200, false],
    ['olderThanDays', '$.Bad', 1, false], // not a date: never "older"
    ['olderThanDays', '$.Missing', 1, false],
    ['olderThanDays', '$.Times[*]', 365, true], // any value
    ['newerThanDays', '$.Updated', 1, true],
    ['newerThanDays', '$.StartTime', 30, false],
    ['before', '$.StartTime', '2026-08-01', true],
    ['before', '$.StartTime', '2026-06-01', false],
    ['after', '$.Updated', '2026-10-01', true],
    ['after', '$.Updated', '2026-11-01', false],
  ] as const)('%s %s %s -> %s', (operator, key, value, expected) => {
    const config = { id: 'd1', type: 'date', key, operator, value };
    expect(date.check!(config)).toEqual([]);
    expect(date.compile(config, NOW)(item) !== null).toBe(expected);
  });

  it('reports the boundary exactly: 90 days is not older than 90 days', () => {
    const exactly = { T: new Date(NOW.now.getTime() - 90 * 86_400_000).toISOString() };
    expect(date.compile({ id: 'd1', type: 'date', key: '$.T', operator: 'olderThanDays', value: 90 }, NOW)(exactly)).toBeNull();
    expect(date.compile({ id: 'd1', type: 'date', key: '$.T', operator: 'olderThanDays', value: 89 }, NOW)(exactly)).not.toBeNull();
  });

  it.each([
    [{ operator: 'olderThanDays', value: 'ten' }, ['value bad-value']],
    [{ operator: 'olderThanDays', value: -1 }, ['value bad-value']],
    [{ operator: 'before', value: 'tomorrow' }, ['value bad-date']],
  ])('rejects %j', (partial, problems) => {
    const found = date.check!({ id: 'd1', type: 'date', key: '$.T', ...partial } as never);
    expect(found.map((p) => `${p.path.join('.')} ${p.code}`)).toEqual(problems);
  });
});
