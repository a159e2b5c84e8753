import type * as Re2 from 're2js';
import { once, requireHere } from './lazy-module.js';

/** re2js, loaded at the first pattern checked or compiled (lazy-module.ts). */
const re2 = once((): typeof Re2 => (typeof require === 'function' ? require('re2js') : requireHere('re2js')));

/**
 * The one way ctrlflow runs a pattern that came from a control, a flow, an exceptions file or
 * a flag. Both matchers take time linear in the text (times the pattern), whatever the
 * pattern, so a hostile or careless pattern cannot stall a scan on a long cloud name.
 *
 * - `compileRegex(pattern)`: a regular expression with RE2 semantics (re2js, a pure JavaScript
 *   port of RE2: an automaton, never backtracking). Same syntax as JavaScript for what both
 *   have; `(?i)` for case-insensitive. Not supported, because no linear-time engine can run
 *   them: backreferences (`\1`, `\k<name>`) and lookaround (`(?=`, `(?!`, `(?<=`, `(?<!`).
 *   `test` finds the pattern anywhere in the text, like `RegExp.prototype.test`; anchor with
 *   `^…$` to match the whole text.
 * - `checkRegex(pattern)`: what `validate` reports for a pattern `compileRegex` would refuse,
 *   with a code (`bad-regex`, `unsupported-regex`) and what to do instead; null when fine.
 * - `globMatcher(pattern)`: `*` matches any run of characters, everything else is literal;
 *   the whole text must match. No regular expression: the literal parts are found left to
 *   right with `indexOf`, the leftmost place for each (which is always a right choice).
 */

/** A compiled pattern: true when it matches somewhere in `text`. */
export type TextTest = (text: string) => boolean;

export interface RegexProblem {
  code: 'bad-regex' | 'unsupported-regex';
  message: string;
}

/** Thrown by compileRegex; `validate` finds the same problem first (checkRegex). */
export class RegexError extends Error {
  override name = 'RegexError';
  constructor(readonly problem: RegexProblem) {
    super(problem.message);
  }
}

const LINEAR = 'ctrlflow runs regular expressions in linear time (RE2 syntax)';

/** RE2's parser names the construct it stopped at; the ones JavaScript has and RE2 cannot. */
function unsupported(pattern: string, why: string): RegexProblem | null {
  const at = /`([^`]*)`/.exec(why)?.[1] ?? '';
  if (/^\\[1-9]/.test(at) || at.startsWith('\\k')) {
    return { code: 'unsupported-regex', message: `"${pattern}" uses a backreference (${at.slice(0, 2)}), which ${LINEAR} does not support: spell the repeated part out, or split the test into two conditions` };
  }
  if (at.startsWith('(?=') || at.startsWith('(?!') || at.startsWith('(?<=') || at.startsWith('(?<!')) {
    const kind = at.startsWith('(?<') ? 'lookbehind' : 'lookahead';
    return { code: 'unsupported-regex', message: `"${pattern}" uses a ${kind} (${at.slice(0, at.startsWith('(?<') ? 4 : 3)}), which ${LINEAR} does not support: express it as a second condition (e.g. NOT c2 in the expression)` };
  }
  if (at.startsWith('\\u') || at.startsWith('\\c')) {
    return { code: 'bad-regex', message: `"${pattern}" is not a valid regular expression for ${LINEAR}: ${why}; write \\u0041 as \\x{0041}` };
  }
  return null;
}

/** The problem `compileRegex` would throw for `pattern`, or null. */
export function checkRegex(pattern: string): RegexProblem | null {
  try {
    re2().RE2JS.compile(pattern);
    return null;
  } catch (e) {
    return problemOf(pattern, e);
  }
}

function problemOf(pattern: string, e: unknown): RegexProblem {
  if (!(e instanceof re2().RE2JSException)) throw e;
  const why = e.message.replace(/^error parsing regexp: /, '');
  return unsupported(pattern, why) ?? { code: 'bad-regex', message: `"${pattern}" is not a valid regular expression: ${why}` };
}

/** Each pattern compiled once per process: flows repeat patterns, and a compiled RE2JS holds no state between tests. */
const compiled = new Map<string, TextTest>();

/** A linear-time regular expression; throws RegexError for a pattern checkRegex refuses. */
export function compileRegex(pattern: string): TextTest {
  let test = compiled.get(pattern);
  if (!test) {
    let re: Re2.RE2JS;
    try {
      re = re2().RE2JS.compile(pattern);
    } catch (e) {
      throw new RegexError(problemOf(pattern, e));
    }
    test = (text) => re.test(text);
    compiled.set(pattern, test);
  }
  return test;
}

/** `*` matches any run of characters (none too); the rest is literal; the whole text must match. */
export function globMatcher(pattern: string): TextTest {
  const parts = pattern.split('*');
  if (parts.length === 1) return (text) => text === pattern;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const middle = parts.slice(1, -1).filter((p) => p !== '');
  return (text) => {
    if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
    let from = first.length;
    const end = text.length - last.length;
    for (const part of middle) {
      const at = text.indexOf(part, from);
      if (at < 0 || at + part.length > end) return false;
      from = at + part.length;
    }
    return true;
  };
}
