import { describe, expect, it } from 'vitest';
import { evaluate, idsIn, isKeyword, parseExpression, type Expr } from '../../src/conditions/expression.js';

const ids = ['c1', 'c2', 'c3'];
const parse = (text: string, known = ids): Expr => {
  const parsed = parseExpression(text, known);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.ast;
};
/** Truth table over c1 c2 c3 as a bit string, e.g. '01101001': two texts that agree mean the same. */
const table = (text: string) => {
  const ast = parse(text);
  return [0, 1, 2, 3, 4, 5, 6, 7].map((n) => (evaluate(ast, (id) => ((n >> ids.indexOf(id)) & 1) === 1) ? '1' : '0')).join('');
};

describe('expressions', () => {
  it.each([
    ['c1 OR c2 AND c3', 'c1 OR (c2 AND c3)'], // AND binds tighter than OR
    ['c1 AND c2 OR c3', '(c1 AND c2) OR c3'],
    ['NOT c1 AND c2', '(NOT c1) AND c2'], // NOT binds tighter than AND
    ['NOT c1 OR c2', '(NOT c1) OR c2'],
    ['NOT NOT c1', 'c1'],
    ['NOT (c1 OR c2)', 'NOT c1 AND NOT c2'],
    ['c1 and not c2 or c3', '(c1 AND (NOT c2)) OR c3'], // keywords in any case
    ['c1 And Not c2 Or c3', '(c1 AND (NOT c2)) OR c3'],
    ['c1 && !c2 || c3', '(c1 AND (NOT c2)) OR c3'], // symbols
    ['c1&&!c2||c3', '(c1 AND (NOT c2)) OR c3'],
    ['{ (c1) AND (c2) }', 'c1 AND c2'], // QFlow's stored form
    ['{ (c1) }', 'c1'],
    ['  {(c1) OR (c2)}  ', 'c1 OR c2'],
    ['((c1))', 'c1'],
  ])('%s means %s', (text, same) => {
    expect(table(text)).toBe(table(same));
  });

  it.each([
    ['c1 OR c2 AND c3', '(c1 OR c2) AND c3'],
    ['NOT c1 AND c2', 'NOT (c1 AND c2)'],
  ])('%s does not mean %s', (text, other) => {
    expect(table(text)).not.toBe(table(other));
  });

  it('builds left-associative trees', () => {
    expect(parse('c1 AND c2 AND c3')).toEqual({ op: 'and', left: { op: 'and', left: { op: 'id', id: 'c1' }, right: { op: 'id', id: 'c2' } }, right: { op: 'id', id: 'c3' } });
    expect(parse('c1 OR c2 OR c3')).toEqual({ op: 'or', left: { op: 'or', left: { op: 'id', id: 'c1' }, right: { op: 'id', id: 'c2' } }, right: { op: 'id', id: 'c3' } });
  });

  it('stops at the side that decides', () => {
    const asked: string[] = [];
    evaluate(parse('c1 OR c2 AND c3'), (id) => (asked.push(id), id === 'c1'));
    expect(asked).toEqual(['c1']);
  });

  it('lists the ids it uses, once each', () => {
    expect(idsIn(parse('c1 OR (c3 AND NOT c1)'))).toEqual(['c1', 'c3']);
  });

  it('reads ids that are names of object properties as ids', () => {
    expect(parse('constructor OR toString', ['constructor', 'toString'])).toEqual({ op: 'or', left: { op: 'id', id: 'constructor' }, right: { op: 'id', id: 'toString' } });
    expect(isKeyword('Not')).toBe(true);
    expect(isKeyword('constructor')).toBe(false);
  });

  it.each([
    ['', 'the expression is empty', 0],
    ['   ', 'the expression is empty', 0],
    ['{ }', 'the expression is empty', 0],
    ['c1 AND', 'the expression ends where a condition id was expected', 6],
    ['c1 AND   ', 'the expression ends where a condition id was expected', 6],
    ['NOT', 'the expression ends where a condition id was expected', 3],
    ['c1 c2', 'expected AND or OR before "c2"', 3],
    ['c1 (c2)', 'expected AND or OR before "("', 3],
    ['(c1 OR c2', 'expected ")" to close the "(" at column 1, found the end', 9],
    ['((c1 OR c2) AND c3', 'expected ")" to close the "(" at column 1, found the end', 18],
    ['c1 OR c2)', 'unbalanced ")"', 8],
    [')', 'expected a condition id, found ")"', 0],
    ['()', 'expected a condition id, found ")"', 1],
    ['c1 OR c9', 'unknown condition "c9" (conditions: c1, c2, c3)', 6],
    ['C1', 'unknown condition "C1" (conditions: c1, c2, c3)', 0], // ids are case-sensitive
    ['c1 AND OR c2', 'expected a condition id, found "OR"', 7],
    ['AND c1', 'expected a condition id, found "AND"', 0],
    ['c1 NOT c2', 'expected AND or OR before "NOT"', 3],
    ['c1 + c2', 'unexpected character "+"', 3],
    ['c1 & c2', 'unexpected character "&"', 3],
    ['c1 OR c-2', 'unexpected character "-"', 7], // ids are letters, digits and _
    ['{ (c1) AND c4 }', 'unknown condition "c4" (conditions: c1, c2, c3)', 11],
    ['{ (c1) AND', 'unexpected character "{"', 0],
    ['(c1) }', 'unexpected character "}"', 5],
    [`${'('.repeat(20_000)}c1${')'.repeat(20_000)}`, 'the expression is nested too deeply', 0],
  ])('%j is rejected: %s at %i', (text, message, offset) => {
    expect(parseExpression(text, ids)).toEqual({ error: { message, offset } });
  });
});
