/**
 * The expression language over condition ids: AND, OR, NOT and parentheses (also && || !),
 * keywords in any case, precedence NOT > AND > OR. QFlow stores expressions wrapped in
 * braces, `{ (c1) AND (c2) }`; one outer pair of braces is accepted.
 */
export type Expr =
  | { op: 'id'; id: string }
  | { op: 'not'; arg: Expr }
  | { op: 'and' | 'or'; left: Expr; right: Expr };

export interface ExpressionError {
  message: string;
  /** 0-based character position in the text. */
  offset: number;
}

interface Token {
  kind: 'id' | 'and' | 'or' | 'not' | '(' | ')' | 'end';
  text: string;
  offset: number;
}

const KEYWORDS: Record<string, Token['kind']> = { and: 'and', or: 'or', not: 'not' };

/** True when `id` reads as AND, OR or NOT (in any case), so an expression cannot name it. */
export function isKeyword(id: string): boolean {
  return Object.hasOwn(KEYWORDS, id.toLowerCase());
}

function tokenize(text: string): Token[] | ExpressionError {
  const tokens: Token[] = [];
  const re = /\s*(?:(&&|\|\||!|\(|\))|([A-Za-z_][A-Za-z0-9_]*)|(\S))/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length && (m = re.exec(text))) {
    const offset = m.index + m[0].length - (m[1] ?? m[2] ?? m[3] ?? '').length;
    if (m[3] !== undefined) return { message: `unexpected character "${m[3]}"`, offset };
    if (m[1] !== undefined) {
      const kind = m[1] === '&&' ? 'and' : m[1] === '||' ? 'or' : m[1] === '!' ? 'not' : (m[1] as '(' | ')');
      tokens.push({ kind, text: m[1], offset });
    } else if (m[2] !== undefined) {
      tokens.push({ kind: isKeyword(m[2]) ? KEYWORDS[m[2].toLowerCase()]! : 'id', text: m[2], offset });
    }
  }
  tokens.push({ kind: 'end', text: '', offset: text.trimEnd().length });
  return tokens;
}

/** Parses and checks every id against the flow's conditions. */
export function parseExpression(raw: string, knownIds: readonly string[]): { ast: Expr } | { error: ExpressionError } {
  const braces = /^(\s*)\{(.*)\}\s*$/s.exec(raw);
  // Keep offsets true to the original text: blank out the braces instead of cutting them.
  const text = braces ? `${braces[1]} ${braces[2]} ` : raw;
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return { error: tokens };
  let pos = 0;
  const peek = () => tokens[pos]!;
  const fail = (message: string, token = peek()): never => {
    throw { message, offset: token.offset } satisfies ExpressionError;
  };
  const describe = (t: Token) => (t.kind === 'end' ? 'the end' : `"${t.text}"`);

  const primary = (): Expr => {
    const t = peek();
    if (t.kind === 'not') {
      pos += 1;
      return { op: 'not', arg: primary() };
    }
    if (t.kind === '(') {
      pos += 1;
      const inner = or();
      if (peek().kind !== ')') fail(`expected ")" to close the "(" at column ${t.offset + 1}, found ${describe(peek())}`);
      pos += 1;
      return inner;
    }
    if (t.kind === 'id') {
      pos += 1;
      if (!knownIds.includes(t.text)) fail(`unknown condition "${t.text}" (conditions: ${knownIds.join(', ')})`, t);
      return { op: 'id', id: t.text };
    }
    return fail(t.kind === 'end' ? 'the expression ends where a condition id was expected' : `expected a condition id, found ${describe(t)}`);
  };
  const and = (): Expr => {
    let left = primary();
    while (peek().kind === 'and') {
      pos += 1;
      left = { op: 'and', left, right: primary() };
    }
    return left;
  };
  const or = (): Expr => {
    let left = and();
    while (peek().kind === 'or') {
      pos += 1;
      left = { op: 'or', left, right: and() };
    }
    return left;
  };

  try {
    if (peek().kind === 'end') fail('the expression is empty');
    const ast = or();
    if (peek().kind !== 'end') {
      fail(peek().kind === ')' ? 'unbalanced ")"' : `expected AND or OR before ${describe(peek())}`);
    }
    return { ast };
  } catch (error) {
    // Thousands of nested parentheses overflow the stack: an error in the file, not a crash.
    if (error instanceof RangeError) return { error: { message: 'the expression is nested too deeply', offset: 0 } };
    return { error: error as ExpressionError };
  }
}

/** The value of the expression; AND and OR stop at the first side that decides. */
export function evaluate(ast: Expr, truth: (id: string) => boolean): boolean {
  switch (ast.op) {
    case 'id': return truth(ast.id);
    case 'not': return !evaluate(ast.arg, truth);
    case 'and': return evaluate(ast.left, truth) && evaluate(ast.right, truth);
    case 'or': return evaluate(ast.left, truth) || evaluate(ast.right, truth);
  }
}

/** The condition ids the expression names, each once, in order of first use. */
export function idsIn(ast: Expr): string[] {
  switch (ast.op) {
    case 'id': return [ast.id];
    case 'not': return idsIn(ast.arg);
    default: return [...new Set([...idsIn(ast.left), ...idsIn(ast.right)])];
  }
}
