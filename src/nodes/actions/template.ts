import type HandlebarsModule from 'handlebars';
import { collectJson, foldJson, type JsonPath } from '../../lib/json-walk.js';
import type { Problem } from '../../model/problem.js';
import type { KeyRead } from '../../providers/shape.js';
import { once, requireHere } from '../../lib/lazy-module.js';

/**
 * Templated action params: every string leaf is a handlebars template over the failing item
 * (`{{DBInstanceIdentifier}}`) with data (`{{@resourceId}}`, `{{@control}}`, `{{@time}}`,
 * `{{@matches.world.rules}}`, `{{@steps.group.GroupId}}`). A string that is one expression
 * and nothing else keeps the value's type, so a list or a boolean goes into the call as such.
 */
export type RenderValue = (item: unknown, data: Record<string, unknown>) => unknown;

/**
 * The one handlebars instance of action params and the http nodes' URLs and bodies, with a `json`
 * helper; loaded at the first template that needs it (plain `{{path}}` text never does).
 */
export const templates = once(() => {
  const handlebars: typeof HandlebarsModule = typeof require === 'function' ? require('handlebars') : requireHere('handlebars');
  const instance = handlebars.create();
  instance.registerHelper('json', (value: unknown) => new handlebars.SafeString(JSON.stringify(value ?? null)));
  return instance;
});

export function compileValue(value: unknown): RenderValue {
  return foldJson<RenderValue>(value, {
    leaf: (v) => (typeof v === 'string' ? compileString(v) : () => v),
    array: (parts) => (item, data) => parts.map((render) => render(item, data)),
    object: (parts) => (item, data) => {
      // A loop, not fromEntries over a mapped list: params are rendered for every failing resource.
      const out: Record<string, unknown> = {};
      for (const [k, render] of parts) {
        // `__proto__` stays a key as fromEntries made it, never the object's prototype.
        if (k === '__proto__') Object.defineProperty(out, k, { value: render(item, data), enumerable: true, writable: true, configurable: true });
        else out[k] = render(item, data);
      }
      return out;
    },
  });
}

/** Each template compiled once per process: flows repeat them (`{{@account}}` …), and a render keeps no state. */
const compiled = new Map<string, RenderValue>();

function compileString(text: string): RenderValue {
  if (!text.includes('{{')) return () => text;
  let render = compiled.get(text);
  if (!render) compiled.set(text, (render = compileTemplate(text)));
  return render;
}

function compileTemplate(text: string): RenderValue {
  const pieces = plainPieces(text);
  const path = pieces ? (pieces.length === 1 && typeof pieces[0] !== 'string' ? pieces[0] : undefined) : wholePath(text);
  if (path) {
    return (item, data) => {
      const found = lookup(path.data ? data : item, path.parts);
      return found === undefined ? text : found;
    };
  }
  const full = once(() => templates().compile(text, { noEscape: true, strict: false }));
  if (!pieces) return (item, data) => full()(item, { data });
  return (item, data) => {
    const out = renderPlain(pieces, item, data);
    return out === NOT_PLAIN ? full()(item, { data }) : out;
  };
}

/** `{{a.b}}` or `{{{@x.y}}}` alone: the path to read as a value. */
function wholePath(text: string): { data: boolean; parts: string[] } | undefined {
  const program = templates().parse(text);
  const [only, ...rest] = program.body;
  if (!only || rest.length > 0 || only.type !== 'MustacheStatement') return undefined;
  const mustache = only as hbs.AST.MustacheStatement;
  if (mustache.params.length > 0 || mustache.hash || mustache.path.type !== 'PathExpression') return undefined;
  const path = mustache.path as hbs.AST.PathExpression;
  return { data: path.data, parts: path.parts };
}

/**
 * Plain text: literal text and `{{path}}`s (double or triple braces, `@data` or the item), cut
 * into pieces and rendered here as handlebars' compiled code would (tested against it), so most
 * templates never load handlebars. A path handlebars would read otherwise is not plain: a
 * keyword, a helper's name, a member of Object.prototype, `@root` or `@_parent`.
 */
interface PathPiece {
  data: boolean;
  parts: string[];
}
type Piece = string | PathPiece;

const IDENT = String.raw`[A-Za-z_$][\w$]*`;
const PLAIN_PATH = String.raw`@?${IDENT}(?:\.(?:${IDENT}|\[\d+\]))*`;
const MUSTACHE = new RegExp(String.raw`\{\{\{(${PLAIN_PATH})\}\}\}|\{\{(${PLAIN_PATH})\}\}`, 'g');
const LITERAL = /^[^{}\\]*$/;
const KEYWORDS: ReadonlySet<string> = new Set(['this', 'true', 'false', 'null', 'undefined', 'else']);
/** handlebars' own helpers and ours (`json`): `{{name}}` alone may call one. */
const HELPERS: ReadonlySet<string> = new Set(['blockHelperMissing', 'each', 'helperMissing', 'if', 'json', 'log', 'lookup', 'unless', 'with']);

function plainPieces(text: string): Piece[] | undefined {
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(MUSTACHE)) {
    const path = plainPath(m[1] ?? m[2]!);
    if (!path || !literal(text.slice(at, m.index), pieces)) return undefined;
    pieces.push(path);
    at = m.index + m[0].length;
  }
  return literal(text.slice(at), pieces) ? pieces : undefined;
}

function literal(text: string, pieces: Piece[]): boolean {
  if (!LITERAL.test(text)) return false;
  if (text !== '') pieces.push(text);
  return true;
}

function plainPath(written: string): PathPiece | undefined {
  const data = written.startsWith('@');
  const parts = (data ? written.slice(1) : written).split('.').map((part) => (part.startsWith('[') ? part.slice(1, -1) : part));
  if (parts.some((part) => KEYWORDS.has(part))) return undefined;
  if (data && (parts[0] === 'root' || parts[0] === '_parent')) return undefined;
  if (!data && parts.length === 1 && (HELPERS.has(parts[0]!) || parts[0]! in Object.prototype)) return undefined;
  return { data, parts };
}

/** What handlebars would not read as plain data (a function, an inherited member): its own renderer decides. */
const NOT_PLAIN = Symbol('not plain');

function renderPlain(pieces: Piece[], item: unknown, data: Record<string, unknown>): unknown {
  let out: unknown;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    let value: unknown = piece;
    if (typeof piece !== 'string') {
      value = resolve(piece.data ? data : item, piece.parts);
      if (value === NOT_PLAIN) return NOT_PLAIN;
      value ??= '';
    }
    out = i === 0 ? value : plus(out, value);
  }
  return String(out);
}

/** handlebars' lookupProperty along the path: an own property, or stop at null/undefined. */
function resolve(root: unknown, parts: string[]): unknown {
  let value = root;
  for (const part of parts) {
    if (value === null || value === undefined) return value;
    const next = (value as Record<string, unknown>)[part];
    if (next !== null && next !== undefined && (typeof next === 'function' || !Object.hasOwn(value, part))) return NOT_PLAIN;
    value = next;
  }
  return value;
}

/** JavaScript's `+`, as handlebars' compiled code joins the pieces (two numbers add: `{{a}}{{b}}` with 1 and 2 is 3). */
function plus(a: unknown, b: unknown): unknown {
  return (a as string) + (b as string);
}

function lookup(root: unknown, parts: string[]): unknown {
  let value = root;
  for (const part of parts) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Template syntax errors, with the path of the value inside the node. */
export function checkTemplates(value: unknown, path: JsonPath): Problem[] {
  return collectJson(value, (leaf, at) => (typeof leaf === 'string' ? checkTemplate(leaf, at) : []), path);
}

/**
 * Plain text (plainPieces: literal text and `{{path}}`s that render as data) is valid as it
 * stands, so it is not compiled to find out: most templates of the catalog are this. Anything
 * else is compiled, and what does not compile is named (handlebars' lexer reads `{{a.0}}` or
 * `{{a.true}}` as a literal after the dot, for one: such paths are never plain).
 */
function checkTemplate(text: string, path: JsonPath): Problem[] {
  if (!text.includes('{{') || plainPieces(text)) return [];
  try {
    templates().precompile(text, { strict: false });
    return [];
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return [{ path, code: 'bad-template', message: `not a valid handlebars template: ${why}` }];
  }
}

/** For a plan, the outputs of steps not yet run: each `@steps.ID.FIELD` a template reads shows as `<FIELD of step ID>`. */
export function placeholderSteps(value: unknown): Record<string, Record<string, string>> {
  const steps: Record<string, Record<string, string>> = {};
  for (const m of JSON.stringify(value ?? null).matchAll(/@steps\.([A-Za-z_][\w-]*)\.([A-Za-z_][\w]*)/g)) {
    (steps[m[1]!] ??= {})[m[2]!] = `<${m[2]} of step ${m[1]}>`;
  }
  return steps;
}

/**
 * The item keys a value's templates read (`{{DBInstanceIdentifier}}`, `{{Endpoint.Address}}`,
 * a helper's arguments, an `{{#if X}}`), as JSONPaths at the value's place, for `validate`'s
 * shape check. Data (`@account`, `@matches…`), `this`, parent paths and the inside of blocks that
 * change the context (`#each`, `#with`) are not the item's keys and are left out.
 */
export function templateReads(value: unknown, at: JsonPath): KeyRead[] {
  return collectJson(value, (leaf, path) => (typeof leaf === 'string' ? stringReads(leaf, path) : []), at);
}

function stringReads(text: string, at: JsonPath): KeyRead[] {
  if (!text.includes('{{')) return [];
  let program: hbs.AST.Program;
  try {
    program = templates().parse(text);
  } catch {
    return []; // a bad template is checkTemplates' to report
  }
  return [...new Set(programReads(program))].map((path) => ({ at, path }));
}

function programReads(program: hbs.AST.Program): string[] {
  return program.body.flatMap(nodeReads);
}

/** A statement's reads, or a sub-expression's (`(helper a b)` reads a and b, like a mustache). */
function nodeReads(node: hbs.AST.Node): string[] {
  if (node.type === 'MustacheStatement' || node.type === 'SubExpression') {
    const m = node as hbs.AST.MustacheStatement;
    const args = [...m.params, ...(m.hash?.pairs.map((p) => p.value) ?? [])];
    // `{{name}}` reads name; `{{helper a b}}` reads a and b.
    return args.length === 0 ? pathRead(m.path) : args.flatMap(pathRead);
  }
  if (node.type === 'BlockStatement') {
    const block = node as hbs.AST.BlockStatement;
    const helper = block.path.type === 'PathExpression' ? (block.path as hbs.AST.PathExpression).original : '';
    const own = block.params.flatMap(pathRead);
    const sameContext = helper === 'if' || helper === 'unless';
    return [...own, ...(sameContext ? [...programReads(block.program), ...(block.inverse ? programReads(block.inverse) : [])] : [])];
  }
  return [];
}

function pathRead(expr: hbs.AST.Node): string[] {
  if (expr.type === 'SubExpression') return nodeReads(expr);
  if (expr.type !== 'PathExpression') return [];
  const path = expr as hbs.AST.PathExpression;
  if (path.data || path.depth > 0 || path.parts.length === 0 || path.original === 'this' || path.original.startsWith('this.')) return [];
  return ['$' + path.parts.map(segmentOf).join('')];
}

const NAME = /^[A-Za-z_][\w$-]*$/;
function segmentOf(part: string): string {
  if (NAME.test(part)) return '.' + part;
  if (/^\d+$/.test(part)) return '[' + part + ']';
  return "['" + part.replace(/'/g, "\\'") + "']";
}
