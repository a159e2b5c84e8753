import { describe, expect, it } from 'vitest';
import { checkCriteria, compileCriteria, type Criteria } from '../../src/conditions/criteria.js';
import { CONDITION_KINDS } from '../../src/conditions/index.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };
const public_ = { id: 'public', type: 'param', key: '$.PubliclyAccessible', operator: '==', value: true };
const encrypted = { id: 'encrypted', type: 'param', key: '$.StorageEncrypted', operator: '==', value: true };

describe('criteria', () => {
  it('ANDs all conditions when there is no expression', () => {
    const test = compileCriteria({ conditions: [public_, encrypted] }, NOW);
    expect(test({ PubliclyAccessible: true, StorageEncrypted: true }).matched).toBe(true);
    expect(test({ PubliclyAccessible: true, StorageEncrypted: false })).toEqual({ matched: false, matches: [] });
  });

  it('explains a match: the conditions that held, and under NOT the ones that did not', () => {
    const test = compileCriteria({ expression: 'public OR NOT encrypted', conditions: [public_, encrypted] }, NOW);
    expect(test({ PubliclyAccessible: true, StorageEncrypted: true }).matches.map((m) => m.text)).toEqual(['$.PubliclyAccessible == true (seen: true)']);
    expect(test({ PubliclyAccessible: false, StorageEncrypted: false }).matches.map((m) => m.text)).toEqual(['NOT $.StorageEncrypted == true']);
    expect(test({ PubliclyAccessible: true }).matches.map((m) => m.condition)).toEqual(['public', 'encrypted']);
  });

  it('tests each condition at most once per item, and only when needed', () => {
    let reads = 0;
    const item = { get PubliclyAccessible() { reads += 1; return true; }, StorageEncrypted: true };
    compileCriteria({ expression: 'public OR public OR encrypted', conditions: [public_, encrypted] }, NOW)(item);
    expect(reads).toBe(1);
  });

  it.each([
    [{ conditions: [{ id: 'c1', type: 'regex' }] }, ['conditions.0.type unknown-condition-type']],
    [{ conditions: [{ ...public_, operator: 'equals' }] }, ['conditions.0.operator bad-operator']],
    [{ conditions: [public_, { ...encrypted, id: 'public' }] }, ['conditions.1.id duplicate-id']],
    [{ expression: 'public AND', conditions: [public_] }, ['expression bad-expression']],
  ])('reports %j', (criteria, problems) => {
    expect(checkCriteria(criteria as Criteria).map((p) => `${p.path.join('.')} ${p.code}`)).toEqual(problems);
  });

  it('says where a bad expression is', () => {
    const [problem] = checkCriteria({ expression: 'public OR c3', conditions: [public_] });
    expect(problem!.message).toBe('unknown condition "c3" (conditions: public) at column 11 of "public OR c3"');
  });

  it('has a sorted table with a test file per condition type', () => {
    const types = CONDITION_KINDS.map((k) => k.type);
    expect(types).toEqual([...types].sort());
  });
});
