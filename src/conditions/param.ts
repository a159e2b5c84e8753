import { checkJsonPaths, compileJsonPath, isDefiniteJsonPath } from '../lib/json-path.js';
import { conditionIdSchema, type ConditionConfig, type ConditionKind, type ConditionTest } from './types.js';
import { checkOperatorValue, compare, compileMatches, isEmptyValue, looselyEqual, seenValue, show } from './values.js';
import { schemaFor } from '../model/schema-type.js';

export const PARAM_OPERATORS = [
  '==', '!=', '>', '>=', '<', '<=', 'exists', 'notExists', 'contains', 'notContains',
  'in', 'notIn', 'matches', 'startsWith', 'endsWith', 'isEmpty', 'isNotEmpty',
] as const;
type Operator = (typeof PARAM_OPERATORS)[number];
const UNARY: readonly Operator[] = ['exists', 'notExists', 'isEmpty', 'isNotEmpty'];
/** Orderings: a definite key with no value to compare decides neither way (see compile). */
const ORDERING: readonly Operator[] = ['>', '>=', '<', '<='];
/** Negative operators hold when NO value satisfies their positive twin (so a missing key holds). */
const NEGATED: Partial<Record<Operator, Operator>> = { '!=': '==', notContains: 'contains', notIn: 'in' };

/**
 * A metadata key (JSONPath) compared with a value: `{ key: $.PubliclyAccessible, operator: "==", value: true }`.
 *
 * The key may find several values (`$.Tags[*].Value`) or none.
 * - A positive operator matches when ANY value satisfies it.
 * - `!=`, `notContains`, `notIn` match when NO value satisfies `==`, `contains`, `in`; so a
 *   missing key matches `$.StorageEncrypted != true`, as a compliance check wants.
 * - `exists`: some value is not null; `notExists`: none is. `isEmpty`: missing, null, "", [] or {}
 *   (every value, when several); `isNotEmpty`: some value is none of those.
 * - `==` is deep equality; `true`/`false` also equal "true"/"false" in any case, and a number
 *   equals its numeric string (APIs disagree on both; `>=` and `<=` compare them so too).
 * - `> >= < <=` order numbers and numeric strings numerically, two other strings (ISO dates)
 *   as strings. When a definite key (no wildcard or filter) has no value they can order
 *   (missing, null, an object) the condition is undecided: `$.X < 7` and `$.X >= 7` are both
 *   unknown for an item without X, so an evaluate node reports it as ERROR rather than PASS
 *   (unless the expression is decided without it: `noX OR $.X < 7`). Over a wildcard, a value
 *   that cannot be ordered simply does not satisfy them.
 * - `contains`: substring of a string, or a member (deep equality) of a list. `in`: the value
 *   is a member of the list `value`. `matches`: a regular expression (RE2 syntax, linear time: lib/safe-regex.ts), compiled once.
 */
export interface ParamCondition extends ConditionConfig {
  type: 'param';
  key: string;
  operator: Operator;
  value?: unknown;
}

type Test = (v: unknown, expected: unknown) => boolean;

/** Values that cannot be ordered (an object against a number) never satisfy a comparison. */
const ordered = (holds: (sign: number) => boolean): Test => (v, e) => {
  const sign = compare(v, e);
  return sign !== null && holds(sign);
};

function positiveTest(operator: Operator, value: unknown): Test {
  switch (operator) {
    case '==': return looselyEqual;
    case '>': return ordered((c) => c > 0);
    case '>=': return ordered((c) => c >= 0);
    case '<': return ordered((c) => c < 0);
    case '<=': return ordered((c) => c <= 0);
    case 'contains':
      return (v, e) => (typeof v === 'string' ? typeof e === 'string' && v.includes(e) : Array.isArray(v) && v.some((x) => looselyEqual(x, e)));
    case 'in': return (v, e) => Array.isArray(e) && e.some((x) => looselyEqual(v, x));
    case 'matches': return compileMatches(value);
    case 'startsWith': return (v, e) => typeof v === 'string' && v.startsWith(String(e));
    case 'endsWith': return (v, e) => typeof v === 'string' && v.endsWith(String(e));
    default: throw new Error(`no positive test for ${operator}`);
  }
}

export const param: ConditionKind<ParamCondition, ConditionTest> = {
  type: 'param',
  summary: 'a metadata key (JSONPath) compared with a value',
  schema: schemaFor<ParamCondition>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'key', 'operator'],
    properties: {
      id: conditionIdSchema,
      type: { const: 'param' },
      key: { type: 'string' },
      operator: { enum: [...PARAM_OPERATORS] },
      value: {},
    },
    // `in` and `notIn` take a list; the other operators' values are checked in check().
    if: { required: ['operator'], properties: { operator: { enum: ['in', 'notIn'] } } },
    then: { properties: { value: { type: 'array' } } },
  }),
  check(config) {
    return [...checkJsonPaths([[['key'], config.key]]), ...checkOperatorValue(config, !UNARY.includes(config.operator))];
  },
  reads: (config) => [{ at: ['key'], path: config.key }],
  compile(config) {
    const read = compileJsonPath(config.key);
    const { id, key, operator, value } = config;
    const holds = holdsFor(operator, value);
    // `$.X < 7` where X is missing is neither true nor false: the item cannot be judged on it.
    // Only for a definite key: `$.Rules[*].Port < 1024` over no rules is simply false.
    const undecidable = ORDERING.includes(operator) && isDefiniteJsonPath(key);
    return (item) => {
      const values = read(item);
      const witnesses = holds(values);
      if (witnesses === null) {
        if (!undecidable || values.some((v) => compare(v, value) !== null)) return null;
        const seen = values.length === 0 ? 'missing' : `${show(seenValue(values))}, not comparable with ${show(value)}`;
        return { undecided: true, condition: id, text: `${key} ${operator} ${show(value)} cannot be decided: ${key} is ${seen}` };
      }
      const seen = seenValue(witnesses);
      const text = UNARY.includes(operator) ? `${key} ${operator} (seen: ${show(seen)})` : `${key} ${operator} ${show(value)} (seen: ${show(seen)})`;
      // Two literals rather than a spread (a runtime call): this is every match of a scan.
      return value === undefined ? { condition: id, type: 'param', text, key, operator, seen } : { condition: id, type: 'param', text, key, operator, expected: value, seen };
    };
  },
};

/**
 * Returns the values to show as "seen" when the operator holds, or null when it does not.
 * A positive operator shows the values that satisfied it (the one public member, not the
 * whole binding list); the others show everything the key found.
 */
function holdsFor(operator: Operator, value: unknown): (values: unknown[]) => unknown[] | null {
  // Loops, not filter/some with a callback: these run for every item of a scan, and most hold for none.
  switch (operator) {
    case 'exists': return (values) => (someValue(values, isPresent) ? values : null);
    case 'notExists': return (values) => (someValue(values, isPresent) ? null : values);
    case 'isEmpty': return (values) => (someValue(values, isNotEmpty) ? null : values);
    case 'isNotEmpty': return (values) => (someValue(values, isNotEmpty) ? values : null);
    default: {
      const twin = NEGATED[operator];
      if (twin) {
        const test = positiveTest(twin, value);
        return (values) => {
          for (const v of values) if (test(v, value)) return null;
          return values;
        };
      }
      const test = positiveTest(operator, value);
      return (values) => {
        let hits: unknown[] | undefined;
        for (const v of values) if (test(v, value)) (hits ??= []).push(v);
        return hits ?? null;
      };
    }
  }
}

const isPresent = (v: unknown): boolean => v !== undefined && v !== null;
const isNotEmpty = (v: unknown): boolean => !isEmptyValue(v);

function someValue(values: unknown[], test: (v: unknown) => boolean): boolean {
  for (const v of values) if (test(v)) return true;
  return false;
}
