import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate.js';
import { bufferIo } from '../../src/cli/io.js';
import { selectControls } from '../../src/cli/selection.js';
import { param } from '../../src/conditions/param.js';
import { checkJsonPath } from '../../src/lib/json-path.js';
import { checkRegex, compileRegex, globMatcher, RegexError } from '../../src/lib/safe-regex.js';
import { tags } from '../../src/conditions/tags.js';
import { exceptionRules } from '../../src/engine/exceptions.js';
import { Tally } from '../../src/engine/results.js';
import type { Catalog } from '../../src/load/catalog.js';
import { splitReport } from '../../src/model/result.js';
import { SCAN_REPORT } from '../fixtures/scan-report.js';
import { tempDir, writeOneConditionFlow } from '../helpers/cli.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };
/** Milliseconds `run` takes. */
function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

// The pattern and name from issue 14: a backtracking engine takes minutes on it.
const EVIL = '^([a-z0-9]+-?)+$';
const NAME = `${'a'.repeat(48)}!`; // 49 characters, and no match
// 12 stars over a 45-character id: `^.*a.*a…b$` backtracks through ~45^11 splits.
const STARS = `${'*a'.repeat(11)}*b`;
const ID = 'a'.repeat(45);

describe('compileRegex (RE2 semantics, linear time)', () => {
  it('finds a pattern anywhere, as RegExp.test does, and anchors when asked', () => {
    expect(compileRegex('prod')('my-prod-db')).toBe(true);
    expect(compileRegex('^prod$')('my-prod-db')).toBe(false);
    expect(compileRegex('@example\\.com$')('alice@example.com')).toBe(true);
    expect(compileRegex('(?i)^PROD')('prod-1')).toBe(true);
    expect(compileRegex('^(?<env>dev|prod)-\\d+$')('prod-12')).toBe(true);
  });

  it('runs the backtracking pattern of issue 14 over a 49-character name in milliseconds', () => {
    const test = compileRegex(EVIL);
    expect(timed(() => expect(test(NAME)).toBe(false))).toBeLessThan(500);
    expect(test('web-01-prod')).toBe(true);
  });

  it('refuses backreferences and lookaround with a code and what to do', () => {
    expect(checkRegex('(a)\\1')).toEqual({ code: 'unsupported-regex', message: expect.stringContaining('uses a backreference (\\1), which ctrlflow runs regular expressions in linear time (RE2 syntax) does not support') });
    expect(checkRegex('(?<n>a)\\k<n>')?.code).toBe('unsupported-regex');
    expect(checkRegex('^(?!tmp-)')).toEqual({ code: 'unsupported-regex', message: expect.stringContaining('uses a lookahead ((?!)') });
    expect(checkRegex('(?<=prod-)db')).toEqual({ code: 'unsupported-regex', message: expect.stringContaining('uses a lookbehind ((?<=)') });
    expect(checkRegex('([a-z')).toEqual({ code: 'bad-regex', message: expect.stringContaining('"([a-z" is not a valid regular expression: missing closing ]') });
    expect(checkRegex('\\u0041')?.message).toContain('write \\u0041 as \\x{0041}');
    expect(checkRegex('^[a-z]+$')).toBeNull();
    expect(() => compileRegex('(a)\\1')).toThrow(RegexError);
  });
});

describe('matches conditions go through it', () => {
  it('param matches: the issue-14 pattern on a 49-character name finishes in milliseconds', () => {
    const test = param.compile({ id: 'c1', type: 'param', key: '$.Name', operator: 'matches', value: EVIL }, NOW);
    expect(timed(() => expect(test({ Name: NAME })).toBeNull())).toBeLessThan(500);
    expect(test({ Name: 'web-01' })).toMatchObject({ seen: 'web-01' });
  });

  it('tags matches: the same', () => {
    const test = tags.compile({ id: 't1', type: 'tags', key: 'Name', operator: 'matches', value: EVIL }, NOW);
    expect(timed(() => expect(test({ Tags: [{ Key: 'Name', Value: NAME }] })).toBeNull())).toBeLessThan(500);
  });

  it('check() reports an unsupported construct at the value', () => {
    expect(param.check!({ id: 'c1', type: 'param', key: '$.a', operator: 'matches', value: '(?=x)' })).toEqual([{ path: ['value'], code: 'unsupported-regex', message: expect.stringContaining('lookahead') }]);
    expect(tags.check!({ id: 't1', type: 'tags', key: 'a', operator: 'matches', value: '(x)\\1' })).toEqual([{ path: ['value'], code: 'unsupported-regex', message: expect.stringContaining('backreference') }]);
  });

  it('validate prints file:line:col, the code and what to do', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'flows'));
    mkdirSync(join(dir, 'controls'));
    writeFileSync(join(dir, 'controls', 'C-1.yaml'), 'id: C-1\ntitle: t\nseverity: low\nprovider: aws\nresourceType: X\nflow: f\n');
    writeOneConditionFlow(dir, { id: 'f', source: 'groups', read: 'type: aws.resource, service: EC2, method: DescribeSecurityGroups', condition: '{ id: c1, type: param, key: $.GroupName, operator: matches, value: "^(?!default$)" }', evidence: '{ resourceId: $.GroupId }' });
    const io = bufferIo();
    expect(await validateCommand(['controls', 'flows'], io, dir)).toBe(2);
    expect(io.stderr).toEqual([
      'flows/f.yaml:9:78 error unsupported-regex: "^(?!default$)" uses a lookahead ((?!), which ctrlflow runs regular expressions in linear time (RE2 syntax) does not support: express it as a second condition (e.g. NOT c2 in the expression)',
    ]);
  });
});

describe('globMatcher (no regular expression)', () => {
  it('matches * as any run and everything else literally, the whole text', () => {
    expect(globMatcher('arn:aws:s3:::logs-*')('arn:aws:s3:::logs-2026')).toBe(true);
    expect(globMatcher('sg-0a1')('sg-0a1x')).toBe(false);
    expect(globMatcher('a.b')('axb')).toBe(false);
    expect(globMatcher('*')('')).toBe(true);
    expect(globMatcher('a*a')('a')).toBe(false);
    expect(globMatcher('a*a')('aa')).toBe(true);
    expect(globMatcher('*ab*ab*')('xabyab')).toBe(true);
    expect(globMatcher('*ab*ab*')('xaby')).toBe(false);
    expect(globMatcher('AWS-*-00?')('AWS-EC2-00?')).toBe(true);
    expect(globMatcher('AWS-*-00?')('AWS-EC2-001')).toBe(false);
    expect(globMatcher('a**b')('ab')).toBe(true);
    expect(globMatcher('*x*')('abc')).toBe(false);
  });

  it('a 12-star glob over a 45-character id finishes in milliseconds', () => {
    const matches = globMatcher(STARS);
    expect(timed(() => expect(matches(ID)).toBe(false))).toBeLessThan(50);
    expect(matches(`${ID}b`)).toBe(true);
  });

  it('exceptions use it: a 12-star resource pattern against a 45-character id', () => {
    const report = { ...SCAN_REPORT, results: SCAN_REPORT.results.map((r) => ({ ...r, resourceId: ID })) };
    const rule = { control: '*', resource: STARS, reason: 'r', owner: 'o', expires: '2999-01-01', source: 'x.yaml:2' };
    // As the pipeline applies them: each result through the rules, the uses counted.
    const tally = new Tally(splitReport(report).head.controls, 'none', false);
    let rules: ReturnType<typeof exceptionRules> | undefined;
    expect(
      timed(() => {
        rules = exceptionRules([rule], NOW.now);
        for (const r of report.results) tally.count(rules.apply({ ...r }));
      }),
    ).toBeLessThan(200);
    expect(tally.exceptions(rules!.entries, rules!.expired)[0]!.state).toBe('unused');
  });

  it('--only uses it', () => {
    const control = (id: string) => ({ control: { id, provider: 'aws', severity: 'high' } }) as Catalog['controls'][number];
    const catalog = { controls: [control(ID), control(`${ID}b`), control('AWS-EC2-001')] } as Catalog;
    let chosen: string[] = [];
    expect(timed(() => (chosen = selectControls(catalog, [STARS, 'AWS-*'], undefined).map((c) => c.control.id)))).toBeLessThan(200);
    expect(chosen).toEqual([`${ID}b`, 'AWS-EC2-001']);
  });
});

describe('JSONPath filters run no regular expression', () => {
  const REFUSED = "in a filter, which ctrlflow does not run (JavaScript's engine can take exponential time on it): select the values with the path and test them with a param condition's \"matches\" operator, which runs in linear time";
  it.each([
    ['$.Tags[?(@.Value.match(/^([a-z0-9]+-?)+$/))]', 'calls .match()'],
    ["$.Tags[?(@.Value.search('^([a-z0-9]+-?)+$') >= 0)]", 'calls .search()'],
    ['$.Tags[?(/^([a-z0-9]+-?)+$/.test(@.Value))]', 'has a /regular expression/'],
    ['$.Tags[?(@.Key == "a" && /x+x+y/.test(@.Value))]', 'has a /regular expression/'],
    ['$.Tags[?(@.Value.replace(/a/, "") == "")]', 'has a /regular expression/'],
  ])('refuses %s', (path, what) => {
    expect(checkJsonPath(path)).toBe(`"${path}" ${what} ${REFUSED}`);
  });

  it.each([['$.a[?(@.size / 2 > 1)]'], ["$.a[?(@.path == 'a/b/c')]"], ['$.a[?(@.name == "x.match(y)")]']])('leaves %s alone', (path) => {
    expect(checkJsonPath(path)).toBeNull();
  });
});
