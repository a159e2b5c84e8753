import type { Match } from '../model/result.js';
import { under, type Problem } from '../model/problem.js';
import { validateSchema } from '../model/validate.js';
import type { KeyRead } from '../providers/shape.js';
import type { Item } from '../providers/types.js';
import { isKeyword, parseExpression, type Expr } from './expression.js';
import { CONDITION_KINDS, findConditionKind } from './index.js';
import { isUndecided, type ConditionConfig, type ConditionTest, type Undecided } from './types.js';
import { show } from './values.js';
import { append } from '../model/append.js';

/** The block under a filter's `match:` and an evaluate node's `fail_if:`. */
export interface Criteria {
  expression?: string;
  conditions: ConditionConfig[];
}

export const criteriaSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['conditions'],
  properties: {
    expression: { type: 'string' },
    conditions: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', required: ['id', 'type'], properties: { id: { type: 'string' }, type: { type: 'string' } } },
    },
  },
} as const;

/**
 * Each condition against its own type's schema and check, ids unique, the expression parsed.
 * Paths are inside the block. Assumes the block passed `criteriaSchema`.
 */
export function checkCriteria(criteria: Criteria): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  criteria.conditions.forEach((condition, i) => {
    if (seen.has(condition.id)) {
      problems.push({ path: ['conditions', i, 'id'], code: 'duplicate-id', message: `condition id "${condition.id}" is used twice` });
    } else if (isKeyword(condition.id)) {
      problems.push({ path: ['conditions', i, 'id'], code: 'bad-value', message: `"${condition.id}" is a keyword of expressions (AND, OR, NOT); choose another condition id` });
    }
    seen.add(condition.id);
    const kind = findConditionKind(condition.type);
    if (!kind) {
      const known = CONDITION_KINDS.map((k) => k.type).join(', ');
      problems.push({ path: ['conditions', i, 'type'], code: 'unknown-condition-type', message: `unknown condition type "${condition.type}" (types: ${known})` });
      return;
    }
    // check() may assume its config is well-formed, so it runs only when the schema passed.
    const schemaProblems = validateSchema(kind.schema, condition);
    append(problems, under(['conditions', i], schemaProblems.length > 0 ? schemaProblems : (kind.check?.(condition) ?? [])));
  });
  if (criteria.expression !== undefined) {
    // Every id counts as known, even of a condition with a mistake: that mistake is reported once.
    const parsed = parseExpression(criteria.expression, [...seen]);
    if ('error' in parsed) {
      const { message, offset } = parsed.error;
      problems.push({ path: ['expression'], code: 'bad-expression', message: `${message} at column ${offset + 1} of "${criteria.expression}"` });
    }
  }
  return problems;
}

/**
 * `matched`: the criteria hold. `undecided` (then `matched` is false): they could not be decided
 * for this item, because a condition they depend on was undecided (the texts say which and why);
 * an evaluate node reports such an item as ERROR, never PASS; a filter does not keep it.
 */
export type CriteriaTest = (item: Item) => { matched: boolean; matches: Match[]; undecided?: string[] };

/** The expression with each condition id replaced by its index: no lookup by name per item. */
type Indexed = { op: 'id'; index: number } | { op: 'not'; arg: Indexed } | { op: 'and' | 'or'; left: Indexed; right: Indexed };

// One shared outcome for every item that does not match: frozen, so a reader that pushed onto it would throw.
const NO_MATCHES: Match[] = [];
Object.freeze(NO_MATCHES);
const NOT_MATCHED: { matched: boolean; matches: Match[]; undecided?: string[] } = Object.freeze({ matched: false, matches: NO_MATCHES });

/**
 * Compile once per flow. Each condition is tested at most once per item, and only when the
 * expression (or, for a match, its explanation) needs it. `matches` explains a true outcome:
 * the conditions that matched and, under NOT, the ones that did not; on an OR every side that
 * holds is named, so a report shows all the reasons at once. An undecided condition counts by
 * Kleene's three-valued logic: `missing OR short` holds when `missing`
 * does, however `short` comes out. Per item nothing is built but the answer: the tests' results
 * go into one array the compiled test reuses (tests run one item at a time, synchronously), and
 * the expression is walked by plain functions.
 */
export function compileCriteria(criteria: Criteria, env: { now: Date }): CriteriaTest {
  const ids = criteria.conditions.map((c) => c.id);
  const tests = criteria.conditions.map((c) => findConditionKind(c.type)!.compile(c, env));
  const notes = criteria.conditions.map(notMatched);
  const ast: Expr = criteria.expression
    ? (parseExpression(criteria.expression, ids) as { ast: Expr }).ast
    : criteria.conditions.map((c): Expr => ({ op: 'id', id: c.id })).reduce((left, right) => ({ op: 'and', left, right }));
  const indexed = index(ast, ids);
  const memo = new Array<Match | null | Undecided | undefined>(tests.length);
  const run: Run = { tests, notes, memo, item: undefined };
  // One condition, no expression: the common case needs no walk at all.
  if (tests.length === 1 && indexed.op === 'id') {
    const test = tests[0]!;
    return (item) => {
      const match = test(item);
      if (match === null) return NOT_MATCHED;
      if (isUndecided(match)) return { matched: false, matches: [], undecided: [match.text] };
      return { matched: true, matches: [match] };
    };
  }
  return (item) => {
    memo.fill(undefined);
    run.item = item;
    const outcome = truth(indexed, run);
    if (outcome === undefined) {
      const undecided: string[] = [];
      for (const m of memo) if (m !== undefined && m !== null && isUndecided(m)) undecided.push(m.text);
      return { matched: false, matches: [], undecided };
    }
    if (!outcome) return NOT_MATCHED;
    const matches: Match[] = [];
    why(indexed, true, run, matches);
    return { matched: true, matches };
  };
}

interface Run {
  tests: ConditionTest[];
  notes: Match[];
  memo: (Match | null | Undecided | undefined)[];
  item: Item | undefined;
}

function index(ast: Expr, ids: string[]): Indexed {
  switch (ast.op) {
    case 'id':
      return { op: 'id', index: ids.indexOf(ast.id) };
    case 'not':
      return { op: 'not', arg: index(ast.arg, ids) };
    default:
      return { op: ast.op, left: index(ast.left, ids), right: index(ast.right, ids) };
  }
}

function test(i: number, run: Run): Match | null | Undecided {
  let m = run.memo[i];
  if (m === undefined) run.memo[i] = m = run.tests[i]!(run.item!);
  return m;
}

/** Three-valued: undefined when the outcome depends on an undecided condition. */
function truth(e: Indexed, run: Run): boolean | undefined {
  switch (e.op) {
    case 'id': {
      const m = test(e.index, run);
      return m === null ? false : isUndecided(m) ? undefined : true;
    }
    case 'not': {
      const arg = truth(e.arg, run);
      return arg === undefined ? undefined : !arg;
    }
    case 'and': {
      const left = truth(e.left, run);
      if (left === false) return false;
      const right = truth(e.right, run);
      if (right === false) return false;
      return left === true && right === true ? true : undefined;
    }
    case 'or': {
      const left = truth(e.left, run);
      if (left === true) return true;
      const right = truth(e.right, run);
      if (right === true) return true;
      return left === false && right === false ? false : undefined;
    }
  }
}

/** Appends the conditions that make `e` come out as `outcome`. */
function why(e: Indexed, outcome: boolean, run: Run, into: Match[]): void {
  switch (e.op) {
    case 'id':
      into.push(outcome ? (test(e.index, run) as Match) : run.notes[e.index]!);
      return;
    case 'not':
      return why(e.arg, !outcome, run, into);
    case 'and':
    case 'or': {
      // AND true / OR false need both sides; otherwise only the sides that decided.
      const both = (e.op === 'and') === outcome;
      if (both || truth(e.left, run) === outcome) why(e.left, outcome, run, into);
      if (both || truth(e.right, run) === outcome) why(e.right, outcome, run, into);
    }
  }
}

/** A condition that did not hold, stated for a reason line: `NOT $.StorageEncrypted == true`. */
function notMatched(c: ConditionConfig): Match {
  const parts = [c.key, c.operator, c.value === undefined ? undefined : show(c.value)].filter((p) => p !== undefined);
  return { condition: c.id, type: c.type, text: `NOT ${parts.length > 0 ? parts.join(' ') : c.id}` };
}

/** What the block's conditions read from an item (paths inside the block), for `validate`'s shape check. */
export function criteriaReads(criteria: Criteria): KeyRead[] {
  return criteria.conditions.flatMap((c, i) => (findConditionKind(c.type)?.reads?.(c) ?? []).map((read) => ({ ...read, at: ['conditions', i, ...read.at] })));
}

/** True when a condition of the block runs user code. */
export function criteriaNeedSandbox(criteria: Criteria): boolean {
  return criteria.conditions.some((c) => findConditionKind(c.type)?.sandboxed === true);
}
