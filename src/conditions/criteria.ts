import type { Match } from '../model/result.js';
import { under, type Problem } from '../model/problem.js';
import { validateSchema } from '../model/validate.js';
import type { KeyRead } from '../providers/shape.js';
import type { Item } from '../providers/types.js';
import { evaluateKnown, isKeyword, parseExpression, type Expr } from './expression.js';
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

/**
 * Compile once per flow. Each condition is tested at most once per item, and only when the
 * expression (or, for a match, its explanation) needs it. `matches` explains a true outcome:
 * the conditions that matched and, under NOT, the ones that did not; on an OR every side that
 * holds is named, so a report shows all the reasons at once. An undecided condition counts by
 * three-valued logic (expression.ts evaluateKnown): `missing OR short` holds when `missing`
 * does, however `short` comes out.
 */
export function compileCriteria(criteria: Criteria, env: { now: Date }): CriteriaTest {
  const tests = new Map<string, ConditionTest>();
  const configs = new Map<string, ConditionConfig>();
  for (const c of criteria.conditions) {
    tests.set(c.id, findConditionKind(c.type)!.compile(c, env));
    configs.set(c.id, c);
  }
  const ast: Expr = criteria.expression
    ? (parseExpression(criteria.expression, [...tests.keys()]) as { ast: Expr }).ast
    : criteria.conditions.map((c): Expr => ({ op: 'id', id: c.id })).reduce((left, right) => ({ op: 'and', left, right }));

  return (item) => {
    const results = new Map<string, Match | null | Undecided>();
    const test = (id: string): Match | null | Undecided => {
      if (!results.has(id)) results.set(id, tests.get(id)!(item));
      return results.get(id)!;
    };
    const truth = (id: string): boolean | undefined => {
      const result = test(id);
      return isUndecided(result) ? undefined : result !== null;
    };
    const outcome = evaluateKnown(ast, truth);
    if (outcome === undefined) {
      const undecided = [...results.values()].filter(isUndecided).map((u) => u.text);
      return { matched: false, matches: [], undecided };
    }
    return { matched: outcome, matches: outcome ? why(ast, true) : [] };

    /** The conditions that make `expr` come out as `outcome` (every side that counts is decided). */
    function why(expr: Expr, outcome: boolean): Match[] {
      switch (expr.op) {
        case 'id':
          return outcome ? [test(expr.id) as Match] : [notMatched(configs.get(expr.id)!)];
        case 'not':
          return why(expr.arg, !outcome);
        case 'and':
        case 'or': {
          // AND true / OR false need both sides; otherwise only the sides that decided.
          const both = (expr.op === 'and') === outcome;
          const sides = [expr.left, expr.right].filter((s) => both || evaluateKnown(s, truth) === outcome);
          return sides.flatMap((s) => why(s, outcome));
        }
      }
    }
  };
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
