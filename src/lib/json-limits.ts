/**
 * How deep data from outside may nest. Data enters at a few places, and each refuses what is
 * nested deeper than MAX_JSON_DEPTH (cloud APIs nest a dozen levels at most):
 * - a snapshot recording, measured as text before it is parsed (BadRecording);
 * - an answer of any provider, live or snapshot, as it leaves the call cache (AnswerTooDeep);
 * - an http node's answer, what sandboxed code returns, a bundle, a `--var` JSON value.
 * So no walker of the data (history, templates, canonical JSON, reports) meets a value much
 * deeper than that. Flows can still nest what they read (joins, loops), so every recursive
 * walker of data also stops past MAX_WALK_DEPTH with a JsonDepthError (`walkDeeper`), which
 * makes its node fail (ERROR for that target) instead of overflowing the stack.
 *
 * - `jsonTextDepth(text, stopAt)`: the nesting depth of a JSON text (0 for a scalar), counted
 *   in one pass without recursion; stops once past `stopAt`.
 * - `valueDepth(value, stopAt)`: the same for a parsed value, without recursion.
 * - `parseJsonWithin(text, maxDepth)`: JSON.parse, after refusing a text nested deeper than
 *   `maxDepth` with a JsonDepthError.
 * - `walkDeeper(depth)`: a recursive walker calls it with its depth on the way down.
 */
export const MAX_JSON_DEPTH = 100;
/** The deepest any recursive walker of data goes (far below a stack overflow). */
export const MAX_WALK_DEPTH = 1000;

export class JsonDepthError extends Error {
  override name = 'JsonDepthError';
  constructor(readonly maxDepth: number) {
    super(`JSON nested deeper than ${maxDepth} levels (the most ctrlflow reads)`);
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;

/**
 * The nesting depth of a JSON text; a number above `stopAt` means "deeper than stopAt". A
 * string is skipped in one jump to its closing quote (indexOf, then the backslashes before it
 * counted): most of a recording's characters are inside strings, and stepping through them one
 * by one was the larger part of reading a snapshot.
 */
export function jsonTextDepth(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
      // An unterminated string holds the rest of the text: JSON.parse will say what is wrong.
      if (end === -1) return deepest;
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth -= 1;
  }
  return deepest;
}

/** The quote at `at` follows an odd number of backslashes: it is part of the string. */
function escaped(text: string, at: number): boolean {
  let slashes = 0;
  for (let k = at - 1; text.charCodeAt(k) === BACKSLASH; k -= 1) slashes += 1;
  return slashes % 2 === 1;
}

/** JSON.parse of a text nested at most `maxDepth` deep; a deeper one throws JsonDepthError. */
export function parseJsonWithin(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
  if (jsonTextDepth(text, maxDepth) > maxDepth) throw new JsonDepthError(maxDepth);
  return JSON.parse(text) as unknown;
}

/** The nesting depth of a value (0 for a scalar), without recursion; above `stopAt` means "deeper". */
export function valueDepth(value: unknown, stopAt: number): number {
  if (value === null || typeof value !== 'object') return 0;
  // Two plain stacks and no per-object arrays: this runs on every item a provider answers.
  const values: object[] = [value];
  const depths: number[] = [1];
  let deepest = 1;
  while (values.length > 0) {
    const v = values.pop() as Record<string, unknown>;
    const depth = depths.pop()!;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > stopAt) return deepest;
    }
    if (Array.isArray(v)) {
      for (const child of v) {
        if (child !== null && typeof child === 'object') {
          values.push(child as object);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in v) {
        const child = v[key];
        if (child !== null && typeof child === 'object') {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return deepest;
}

/** Called by a recursive walker with the depth it is about to enter; throws past MAX_WALK_DEPTH. */
export function walkDeeper(depth: number): number {
  if (depth > MAX_WALK_DEPTH) throw new JsonDepthError(MAX_WALK_DEPTH);
  return depth + 1;
}
