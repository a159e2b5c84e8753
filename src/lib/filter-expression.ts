import type jsepFunction from 'jsep';
import type { Expression } from 'jsep';
import { once, requireHere } from './lazy-module.js';

/** jsep, loaded at the first filter compiled (lazy-module.ts). */
const jsep = once((): typeof jsepFunction => (typeof require === 'function' ? require('jsep') : requireHere('jsep')));

/** A JSONPath filter `?(…)` compiled to a predicate on one element. */
export type FilterPredicate = (element: unknown) => boolean;

const CURRENT = '_$_v';
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Compiles the common filter language — `@` and its members, literals, comparisons, `&&`,
 * `||`, `!` and arithmetic — once, into a closure. jsonpath-plus's safe evaluator interprets
 * the same expressions but sets up a sandbox per element, which made filter keys the cost of
 * a scan. Anything outside this subset (calls, @root, @parent, @path) returns undefined, and
 * the caller leaves the whole path to jsonpath-plus. Nothing here can call a function or
 * reach a prototype, so it is as safe as the evaluator it stands in for.
 */
export function compileFilter(segment: string): FilterPredicate | undefined {
  const code = segment.slice(2, -1);
  if (/@(root|parent|parentProperty|property|path)\b/.test(code) || code.includes(CURRENT)) return undefined;
  let ast: Expression;
  try {
    ast = jsep()(code.replace(/@(?=[.[\s)=!<>&|]|$)/g, CURRENT));
  } catch {
    return undefined;
  }
  const evaluate = compile(ast);
  return evaluate ? (element) => Boolean(evaluate(element)) : undefined;
}

type Evaluator = (element: unknown) => unknown;

function compile(node: Expression): Evaluator | undefined {
  switch (node.type) {
    case 'Literal': {
      const value = node.value;
      return () => value;
    }
    case 'Identifier':
      if (node.name === CURRENT) return (element) => element;
      if (node.name === 'undefined') return () => undefined;
      return undefined;
    case 'MemberExpression': {
      const object = compile(node.object as Expression);
      const property = node.property as Expression;
      if (!object) return undefined;
      if (!node.computed) {
        const name = String((property as { name?: unknown }).name);
        if (FORBIDDEN.has(name)) return undefined;
        return (element) => read(object(element), name);
      }
      const key = compile(property);
      return key ? (element) => read(object(element), key(element)) : undefined;
    }
    case 'UnaryExpression': {
      const argument = compile(node.argument as Expression);
      if (!argument) return undefined;
      switch (node.operator) {
        case '!': return (element) => !argument(element);
        case '-': return (element) => -(argument(element) as number);
        case '+': return (element) => +(argument(element) as number);
        default: return undefined;
      }
    }
    case 'BinaryExpression': {
      const left = compile(node.left as Expression);
      const right = compile(node.right as Expression);
      const op = BINARY[node.operator as string];
      return left && right && op ? (element) => op(left, right, element) : undefined;
    }
    default:
      return undefined;
  }
}

/** Member access that yields undefined on null/undefined and never walks into a prototype. */
function read(object: unknown, key: unknown): unknown {
  if (object === null || object === undefined) return undefined;
  const name = String(key);
  if (FORBIDDEN.has(name)) return undefined;
  return (object as Record<string, unknown>)[name];
}

type Operator = (left: Evaluator, right: Evaluator, element: unknown) => unknown;
/* eslint-disable eqeqeq -- JSONPath filters use JavaScript's own == and != */
const BINARY: Record<string, Operator> = {
  '==': (l, r, e) => l(e) == r(e),
  '!=': (l, r, e) => l(e) != r(e),
  '===': (l, r, e) => l(e) === r(e),
  '!==': (l, r, e) => l(e) !== r(e),
  '<': (l, r, e) => (l(e) as number) < (r(e) as number),
  '<=': (l, r, e) => (l(e) as number) <= (r(e) as number),
  '>': (l, r, e) => (l(e) as number) > (r(e) as number),
  '>=': (l, r, e) => (l(e) as number) >= (r(e) as number),
  '&&': (l, r, e) => l(e) && r(e),
  '||': (l, r, e) => l(e) || r(e),
  '+': (l, r, e) => (l(e) as number) + (r(e) as number),
  '-': (l, r, e) => (l(e) as number) - (r(e) as number),
  '*': (l, r, e) => (l(e) as number) * (r(e) as number),
  '/': (l, r, e) => (l(e) as number) / (r(e) as number),
  '%': (l, r, e) => (l(e) as number) % (r(e) as number),
};
