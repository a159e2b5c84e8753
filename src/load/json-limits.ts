/**
 * How deep data from outside may nest. Every JSON text ctrlflow reads from outside (a
 * snapshot recording, what sandboxed code returns) is measured here before it is parsed, so
 * no walker of the data (history, templates, canonical JSON, reports) meets a value deeper
 * than MAX_JSON_DEPTH; cloud APIs nest a dozen levels at most. The walkers that can also see
 * live answers (parsed by the SDKs) are bounded or iterative on their own.
 *
 * - `jsonTextDepth(text, stopAt)`: the nesting depth of a JSON text (0 for a scalar), counted
 *   in one pass without recursion; stops once past `stopAt`.
 * - `parseJsonWithin(text, maxDepth)`: JSON.parse, after refusing a text nested deeper than
 *   `maxDepth` with a JsonDepthError.
 */
export const MAX_JSON_DEPTH = 100;

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

/** The nesting depth of a JSON text; a number above `stopAt` means "deeper than stopAt". */
export function jsonTextDepth(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth -= 1;
  }
  return deepest;
}

/** JSON.parse of a text nested at most `maxDepth` deep; a deeper one throws JsonDepthError. */
export function parseJsonWithin(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
  if (jsonTextDepth(text, maxDepth) > maxDepth) throw new JsonDepthError(maxDepth);
  return JSON.parse(text) as unknown;
}
