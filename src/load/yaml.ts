import { createRequire } from 'node:module';
import type { Document, Node } from 'yaml';
import type { Diagnostic } from './diagnostics.js';

export interface ParsedYaml {
  /** Plain JS value of the document; null when the file has a syntax error. */
  value: unknown;
  /**
   * 1-based position of the node at `path`, or of the deepest part of it that exists (for a
   * missing key: its map). With `key: true`, the position of the map key rather than its
   * value, as an unknown key is best shown at its name.
   */
  locate(path: (string | number)[], options?: { key?: boolean }): { line: number; col: number };
  diagnostics: Diagnostic[];
}

const requireHere = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;

/**
 * The YAML library, loaded on the first parse: a scan whose content all came from the build's
 * cache (content-cache.ts) parses nothing. A bundle (the Action, the Lambda) has `require`
 * (its banner) and esbuild bundles this literal call; tsc's ES module output finds yaml in
 * node_modules through createRequire.
 */
function yaml(): typeof import('yaml') {
  yamlModule ??= (typeof require === 'function' ? require('yaml') : requireHere('yaml')) as typeof import('yaml');
  return yamlModule;
}

const JSONPATH_HINT = ' (inside { } or [ ], a JSONPath with [ or * must be quoted: "$.a[0].b")';

/** The first alias (`*name`) with no anchor: toJS fails there, often on an unquoted `[*]`. */
function unresolvedAlias(doc: Document.Parsed): number | undefined {
  const { visit } = yaml();
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) {
        offset = node.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

/** Parse one YAML file keeping positions, so every later problem can name its line and column. */
export function parseYamlFile(file: string, text: string): ParsedYaml {
  const { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  // uniqueKeys: a repeated key is an error, never a silent "last one wins".
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const diagnostics: Diagnostic[] = [];
  // After the first syntax error the parser's later complaints are mostly its consequences.
  const firstError = list.flatMap((d) => d.errors)[0];
  if (firstError) {
    const { line, col } = at(firstError.pos[0]);
    let message = firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (firstError.code === 'DUPLICATE_KEY') {
      const key = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:#\n]+?)\s*:/.exec(text.slice(firstError.pos[0]))?.[1];
      if (key) message = `duplicate key ${key.startsWith('"') || key.startsWith("'") ? key : `"${key}"`} (map keys must be unique)`;
    }
    const source = text.split('\n')[line - 1] ?? '';
    const hint = /[{[].*\$\.[^"']*[[*]/.test(source) ? JSONPATH_HINT : '';
    diagnostics.push({ file, line, col, code: 'yaml-syntax', message: `${message}${hint}` });
  }
  if (list.length > 1) {
    diagnostics.push({ file, ...at(list[1]!.range[0]), code: 'multiple-documents', message: 'one control or flow per file: remove the second document (---)' });
  }

  const locate = (path: (string | number)[], options: { key?: boolean } = {}) => {
    let node: Node | null | undefined = doc?.contents as Node | null | undefined;
    let keyNode: Node | undefined;
    let walked = 0;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) break;
        keyNode = pair.key as Node;
        // `key:` with no value has an empty node after the colon: point at the key instead.
        const value = pair.value as Node | null;
        node = value && !(isScalar(value) && value.range?.[0] === value.range?.[1]) ? value : keyNode;
      } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
        keyNode = undefined;
        node = node.items[step] as Node;
      } else {
        break;
      }
      walked += 1;
    }
    // The key's position only when the whole path exists; else the deepest node that does.
    const target = options.key && keyNode && walked === path.length ? keyNode : node;
    return target?.range ? at(target.range[0]) : { line: 1, col: 1 };
  };

  let value: unknown = null;
  if (doc && diagnostics.length === 0) {
    try {
      value = doc.toJS();
    } catch (error) {
      // Typically an alias: in a [flow list], `[*]` starts one. JSONPath keys need quotes there.
      const message = (error as Error).message.split('\n')[0]!;
      const alias = unresolvedAlias(doc);
      const where = alias === undefined ? { line: 1, col: 1 } : at(alias);
      diagnostics.push({ file, ...where, code: 'yaml-syntax', message: `${message}${alias === undefined ? '' : JSONPATH_HINT}` });
    }
  }
  return { value, locate, diagnostics };
}
