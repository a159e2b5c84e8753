import { NODE_ID_MAX_LENGTH } from '../model/flow.js';
import type { Match } from '../model/result.js';
import type { Problem } from '../model/problem.js';
import type { KeyRead } from '../providers/shape.js';
import type { Item } from '../providers/types.js';

/** A condition as written in a flow: `{ id: c1, type: param, key: $.X, operator: "==", value: 1 }`. */
export interface ConditionConfig {
  id: string;
  type: string;
  [key: string]: unknown;
}

/**
 * A condition that cannot say yes or no about this item: an ordering (`<`, `>=` …) or date test
 * of a definite key where the item has no value to compare (missing, null, or not a number or
 * date). `text` says what could not be decided and why.
 */
export interface Undecided {
  undecided: true;
  condition: string;
  text: string;
}

/** Tests one item; returns the Match (why it matched), null (it does not), or Undecided. Built once per flow, run per item. */
export type ConditionTest = (item: Item) => Match | null | Undecided;

export const isUndecided = (result: Match | null | Undecided): result is Undecided => result !== null && 'undecided' in result;


/** `T`: what its test returns; only a kind that may be undecided (param, date) widens it to ConditionTest. */
export interface ConditionKind<C extends ConditionConfig = ConditionConfig, T extends ConditionTest = (item: Item) => Match | null> {
  type: string;
  summary: string;
  /** ajv schema of the whole condition object, including `id` and `type`. */
  schema: object;
  /** Runs user code: the scan loads the sandbox before compiling. */
  sandboxed?: boolean;
  /** Checks beyond the schema (e.g. a JSONPath that does not parse). Empty when fine. */
  check?(config: C): Problem[];
  /** The keys it reads from an item, for `validate` to check against the item's known shape (paths inside the condition). */
  reads?(config: C): KeyRead[];
  /** Compile once per flow; assumes schema and check passed. `now` fixes the clock for date conditions. */
  compile(config: C, env: { now: Date }): T;
}

/** The `id` every condition has, referenced by expressions. */
export const conditionIdSchema = { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: NODE_ID_MAX_LENGTH } as const;
