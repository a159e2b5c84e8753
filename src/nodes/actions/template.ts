import Handlebars from 'handlebars';
import { collectJson, foldJson, type JsonPath } from '../../lib/json-walk.js';
import type { Problem } from '../../model/problem.js';
import type { KeyRead } from '../../providers/shape.js';

/**
 * Templated action params: every string leaf is a handlebars template over the failing item
 * (`{{DBInstanceIdentifier}}`) with data (`{{@resourceId}}`, `{{@control}}`, `{{@time}}`,
 * `{{@matches.world.rules}}`, `{{@steps.group.GroupId}}`). A string that is one expression
 * and nothing else keeps the value's type, so a list or a boolean goes into the call as such.
 */
export type RenderValue = (item: unknown, data: Record<string, unknown>) => unknown;

/** The one handlebars instance of action params and the http nodes' URLs and bodies, with a `json` helper. */
export const templates = Handlebars.create();
templates.registerHelper('json', (value: unknown) => new Handlebars.SafeString(JSON.stringify(value ?? null)));

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
  const path = wholePath(text);
  if (path) {
    return (item, data) => {
      const found = lookup(path.data ? data : item, path.parts);
      return found === undefined ? text : found;
    };
  }
  const template = templates.compile(text, { noEscape: true, strict: false });
  return (item, data) => template(item, { data });
}

/** `{{a.b}}` or `{{{@x.y}}}` alone: the path to read as a value. */
function wholePath(text: string): { data: boolean; parts: string[] } | undefined {
  const program = Handlebars.parse(text);
  const [only, ...rest] = program.body;
  if (!only || rest.length > 0 || only.type !== 'MustacheStatement') return undefined;
  const mustache = only as hbs.AST.MustacheStatement;
  if (mustache.params.length > 0 || mustache.hash || mustache.path.type !== 'PathExpression') return undefined;
  const path = mustache.path as hbs.AST.PathExpression;
  return { data: path.data, parts: path.parts };
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
 * Text around `{{name.path}}`, `{{@data.path}}` or the same in triple braces, with no other
 * braces or backslashes: valid as it stands (most templates of the catalog are this), so not
 * compiled to find out. Anything else is compiled.
 */
const PATH = String.raw`@?[A-Za-z_$][\w$]*(?:\.(?:[A-Za-z_$][\w$]*|\d+))*`;
const TEXT = String.raw`[^{}\\]*`;
const SIMPLE = new RegExp(String.raw`^${TEXT}(?:(?:\{\{(?!else\})${PATH}\}\}|\{\{\{(?!else\})${PATH}\}\}\})${TEXT})*$`);

function checkTemplate(text: string, path: JsonPath): Problem[] {
  if (!text.includes('{{') || SIMPLE.test(text)) return [];
  try {
    templates.precompile(text, { strict: false });
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
    program = Handlebars.parse(text);
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
