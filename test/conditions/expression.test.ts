import { describe, expect, it } from 'vitest';
import { evaluateExpression, idsIn, parseExpression, type Expr } from '../../src/conditions/expression.js';

const ids = ['c1', 'c2', 'c3'];
const parse = (text: string): Expr => {
  const parsed = parseExpression(text, ids);
  if ('error' in parsed) throw new Error(parsed.error.message);
  return parsed.ast;
};
/** Truth table over c1 c2 c3 as a bit string, e.g. '01101001'. */
const table = (text: string) => {
  const ast = parse(text);
  return [0, 1, 2, 3, 4, 5, 6, 7].map((n) => (evaluateExpression(ast, (id) => ((n >> (ids.indexOf(id))) & 1) === 1) ? '1' : '0')).join('');
};

describe('expressions', () => {
  it('AND binds tighter than OR, NOT tighter than AND', () => {
    expect(table('c1 OR c2 AND c3')).toBe(table('c1 OR (c2 AND c3)'));
    expect(table('c1 OR c2 AND c3')).not.toBe(table('(c1 OR c2) AND c3'));
    expect(table('NOT c1 AND c2')).toBe(table('(NOT c1) AND c2'));
    expect(table('NOT c1 AND c2')).not.toBe(table('NOT (c1 AND c2)'));
  });

  it('accepts lower case, symbols and QFlow braces', () => {
    expect(table('c1 and not c2 or c3')).toBe(table('(c1 AND (NOT c2)) OR c3'));
    expect(table('c1 && !c2 || c3')).toBe(table('(c1 AND (NOT c2)) OR c3'));
    expect(table('{ (c1) AND (c2) }')).toBe(table('c1 AND c2'));
    expect(table('{ (c1) }')).toBe(table('c1'));
  });

  it('lists the ids it uses', () => {
    expect(idsIn(parse('c1 OR (c3 AND NOT c1)'))).toEqual(['c1', 'c3']);
  });

  it.each([
    ['', 'the expression is empty', 0],
    ['c1 AND', 'the expression ends where a condition id was expected', 6],
    ['c1 c2', 'expected AND or OR before "c2"', 3],
    ['(c1 OR c2', 'expected ")" to close the "(" at column 1, found the end', 9],
    ['c1 OR c2)', 'unbalanced ")"', 8],
    ['c1 OR c9', 'unknown condition "c9" (conditions: c1, c2, c3)', 6],
    ['c1 AND OR c2', 'expected a condition id, found "OR"', 7],
    ['c1 + c2', 'unexpected character "+"', 3],
    ['{ (c1) AND c4 }', 'unknown condition "c4" (conditions: c1, c2, c3)', 11],
  ])('%j is rejected: %s at %i', (text, message, offset) => {
    expect(parseExpression(text, ids)).toEqual({ error: { message, offset } });
  });
});
