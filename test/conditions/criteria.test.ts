import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCriteria, compileCriteria, criteriaSchema, type Criteria } from '../../src/conditions/criteria.js';
import { CONDITION_KINDS, findConditionKind } from '../../src/conditions/index.js';
import type { ConditionConfig } from '../../src/conditions/types.js';
import { validateSchema } from '../../src/model/validate.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };
const public_ = { id: 'public', type: 'param', key: '$.PubliclyAccessible', operator: '==', value: true };
const encrypted = { id: 'encrypted', type: 'param', key: '$.StorageEncrypted', operator: '==', value: true };
const unencrypted = { id: 'unencrypted', type: 'param', key: '$.StorageEncrypted', operator: '!=', value: true };
const untagged = { id: 'untagged', type: 'tags', key: 'owner', operator: 'notExists' };
const old = { id: 'old', type: 'date', key: '$.InstanceCreateTime', operator: 'olderThanDays', value: 365 };

describe('criteria', () => {
  // expect: the ids of the Matches, or false when the criteria do not match.
  it.each([
    [{ conditions: [public_, unencrypted] }, { PubliclyAccessible: true }, ['public', 'unencrypted']], // default: AND
    [{ conditions: [public_, unencrypted] }, { PubliclyAccessible: true, StorageEncrypted: true }, false],
    [{ expression: 'public OR unencrypted', conditions: [public_, unencrypted] }, { PubliclyAccessible: false }, ['unencrypted']],
    // Every side of an OR that holds is a reason.
    [{ expression: 'public OR unencrypted', conditions: [public_, unencrypted] }, { PubliclyAccessible: true }, ['public', 'unencrypted']],
    [{ expression: 'public OR unencrypted', conditions: [public_, unencrypted] }, { StorageEncrypted: true }, false],
    [{ expression: '{ (public) AND (untagged OR old) }', conditions: [public_, untagged, old] }, { PubliclyAccessible: true, Tags: [], InstanceCreateTime: '2020-01-01' }, ['public', 'untagged', 'old']],
    [{ expression: 'public AND (untagged OR old)', conditions: [public_, untagged, old] }, { PubliclyAccessible: true, Tags: [{ Key: 'owner', Value: 'a' }], InstanceCreateTime: '2026-10-01' }, false],
    [{ expression: 'public', conditions: [public_, encrypted] }, { PubliclyAccessible: true, StorageEncrypted: true }, ['public']], // an unused condition is fine
  ] as [Criteria, Record<string, unknown>, string[] | false][])('%j on %j', (criteria, item, expected) => {
    expect(checkCriteria(criteria)).toEqual([]);
    const { matched, matches } = compileCriteria(criteria, NOW)(item);
    expect(matched).toBe(expected !== false);
    expect(matches.map((m) => m.condition)).toEqual(expected === false ? [] : expected);
  });

  describe('an undecided condition (a definite key with no value to order) counts by three-valued logic', () => {
    const short = { id: 'short', type: 'param', key: '$.BackupRetentionPeriod', operator: '<', value: 7 };
    const none = { id: 'none', type: 'param', key: '$.BackupRetentionPeriod', operator: 'notExists' };
    const why = '$.BackupRetentionPeriod < 7 cannot be decided: $.BackupRetentionPeriod is missing';
    it.each([
      ['alone', { conditions: [short] }, {}, 'undecided'],
      ['alone, decided', { conditions: [short] }, { BackupRetentionPeriod: 3 }, true],
      ['NOT keeps it undecided', { expression: 'NOT short', conditions: [short] }, {}, 'undecided'],
      ['OR with a side that holds', { expression: 'none OR short', conditions: [none, short] }, {}, true],
      ['AND with a side that fails', { expression: 'public AND short', conditions: [public_, short] }, { PubliclyAccessible: false }, false],
      ['AND with a side that holds', { expression: 'public AND short', conditions: [public_, short] }, { PubliclyAccessible: true }, 'undecided'],
      ['OR with a side that fails', { expression: 'public OR short', conditions: [public_, short] }, { PubliclyAccessible: false }, 'undecided'],
    ] as [string, Criteria, Record<string, unknown>, boolean | 'undecided'][])('%s', (_name, criteria, item, expected) => {
      const result = compileCriteria(criteria, NOW)(item);
      expect(result.undecided ? 'undecided' : result.matched).toBe(expected);
      if (expected === 'undecided') expect(result).toEqual({ matched: false, matches: [], undecided: [why] });
    });
  });

  it('explains a match with the Match of each condition, and under NOT the ones that did not hold', () => {
    const test = compileCriteria({ expression: 'public OR NOT encrypted', conditions: [public_, encrypted] }, NOW);
    expect(test({ PubliclyAccessible: true, StorageEncrypted: true }).matches).toEqual([
      { condition: 'public', type: 'param', key: '$.PubliclyAccessible', operator: '==', expected: true, seen: true, text: '$.PubliclyAccessible == true (seen: true)' },
    ]);
    expect(test({ PubliclyAccessible: false, StorageEncrypted: false }).matches).toEqual([{ condition: 'encrypted', type: 'param', text: 'NOT $.StorageEncrypted == true' }]);
    expect(test({ PubliclyAccessible: true }).matches.map((m) => m.condition)).toEqual(['public', 'encrypted']);
  });

  it('tests each condition at most once per item, and only when needed', () => {
    let reads = 0;
    const item = { get PubliclyAccessible() { reads += 1; return false; }, StorageEncrypted: true };
    const test = compileCriteria({ expression: 'public AND public OR NOT public AND encrypted', conditions: [public_, encrypted] }, NOW);
    expect(test(item).matched).toBe(true);
    expect(reads).toBe(1);
    let read = 0;
    const lazy = compileCriteria({ expression: 'encrypted AND public', conditions: [public_, encrypted] }, NOW);
    expect(lazy({ StorageEncrypted: false, get PubliclyAccessible() { read += 1; return true; } }).matched).toBe(false);
    expect(read).toBe(0);
  });

  it.each([
    [{ conditions: [{ id: 'c1', type: 'regex' }] }, [['conditions.0.type', 'unknown-condition-type', 'unknown condition type "regex" (types: date, function, networkAcl, param, securityGroup, tags)']]],
    [{ conditions: [{ ...public_, operator: 'equals' }] }, [['conditions.0.operator', 'bad-operator', expect.stringMatching(/^operator must be one of "==", "!=", /)]]],
    [{ conditions: [{ ...public_, valeu: true }] }, [['conditions.0.valeu', 'unknown-key', 'unknown key "valeu" (did you mean "value"?)']]],
    [{ conditions: [{ ...public_, key: 'PubliclyAccessible' }] }, [['conditions.0.key', 'bad-jsonpath', expect.stringContaining('must start with $')]]],
    [{ conditions: [{ ...old, value: 'a year' }] }, [['conditions.0.value', 'bad-value', expect.stringContaining('number of days')]]],
    [{ conditions: [public_, { ...encrypted, id: 'public' }] }, [['conditions.1.id', 'duplicate-id', 'condition id "public" is used twice']]],
    [{ conditions: [{ ...public_, id: 'not' }] }, [['conditions.0.id', 'bad-value', expect.stringContaining('keyword')]]],
    [{ expression: 'public AND', conditions: [public_] }, [['expression', 'bad-expression', 'the expression ends where a condition id was expected at column 11 of "public AND"']]],
    [{ expression: 'c1 AND c3', conditions: [{ ...public_, id: 'c1' }, { ...encrypted, id: 'c2' }] }, [['expression', 'bad-expression', 'unknown condition "c3" (conditions: c1, c2) at column 8 of "c1 AND c3"']]],
    // A condition with a mistake is still a known id: one problem, not two.
    [{ expression: 'c1 OR c2', conditions: [{ ...public_, id: 'c1' }, { id: 'c2', type: 'regex' }] }, [['conditions.1.type', 'unknown-condition-type', expect.any(String)]]],
  ])('reports %j', (criteria, problems) => {
    const found = checkCriteria(criteria as Criteria).map((p) => [p.path.join('.'), p.code, p.message]);
    expect(found).toEqual(problems);
  });

  it.each([
    [{}, [' missing-key']],
    [{ conditions: [] }, ['conditions bad-value']],
    [{ conditions: [{ id: 'c1' }] }, ['conditions.0 missing-key']],
    [{ conditions: [public_], expresion: 'public' }, ['expresion unknown-key']],
    [{ conditions: [public_], expression: 1 }, ['expression bad-type']],
  ])('the block schema rejects %j', (block, problems) => {
    expect(validateSchema(criteriaSchema, block).map((p) => `${p.path.join('.')} ${p.code}`)).toEqual(problems);
  });
});

describe('the condition table', () => {
  const types = CONDITION_KINDS.map((k) => k.type);

  it('is sorted by type, and finds each kind by its type', () => {
    expect(types).toEqual([...types].sort());
    for (const kind of CONDITION_KINDS) expect(findConditionKind(kind.type)).toBe(kind);
    expect(findConditionKind('params')).toBeUndefined();
  });

  it('has a module and a test file per type, named alike', () => {
    const kebab = (type: string) => (type === 'function' ? 'function' : type.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    const sources = readdirSync(new URL('../../src/conditions/', import.meta.url));
    const tests = readdirSync(new URL('./', import.meta.url));
    for (const type of types) {
      expect(sources).toContain(`${kebab(type)}.ts`);
      expect(tests).toContain(`${kebab(type)}.test.ts`);
    }
  });

  it('gives every kind a schema that names its type and rejects unknown keys', () => {
    for (const kind of CONDITION_KINDS) {
      const problems = validateSchema(kind.schema, { id: 'c1', type: kind.type, bogus: 1 } as ConditionConfig);
      expect(problems.map((p) => p.code), kind.type).toContain('unknown-key');
    }
  });
});
