import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import type { Diagnostic } from './diagnostics.js';

export interface ParsedYaml {
  value: unknown;
  /**
   * 1-based position of the node at `path`, or of the deepest part of it that exists. With
   * `key: true`, the position of the map key rather than its value (for an unknown key).
   */
  locate(path: (string | number)[], options?: { key?: boolean }): { line: number; col: number };
  diagnostics: Diagnostic[];
}

/** Where the first unquoted `*` alias of a flow collection is, for the error's position. */
function aliasPosition(text: string): { line: number; col: number } {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const col = lines[i]!.search(/\[\*|,\s*\*/);
    if (col >= 0) return { line: i + 1, col: col + 2 };
  }
  return { line: 1, col: 1 };
}

/** Parse one YAML file keeping positions, so every later problem can name its line and column. */
export function parseYamlFile(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
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
    const message = firstError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const source = text.split('\n')[line - 1] ?? '';
    const hint = /[{[].*\$\.[^"']*[[*]/.test(source) ? ' (inside { } or [ ], a JSONPath with [ or * must be quoted: "$.a[0].b")' : '';
    diagnostics.push({ file, line, col, code: 'yaml-syntax', message: `${message}${hint}` });
  }
  if (list.length > 1) {
    const second = list[1]!;
    diagnostics.push({ file, ...at(second.range[0]), code: 'multiple-documents', message: 'one control or flow per file: remove the second document (---)' });
  }

  const locate = (path: (string | number)[], options: { key?: boolean } = {}) => {
    let node: Node | null | undefined = doc?.contents as Node | null | undefined;
    let keyNode: Node | undefined;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) break;
        keyNode = pair.key as Node;
        node = (pair.value as Node | null) ?? keyNode;
      } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
        keyNode = undefined;
        node = node.items[step] as Node;
      } else {
        break;
      }
    }
    const target = options.key && keyNode ? keyNode : node;
    return target?.range ? at(target.range[0]) : { line: 1, col: 1 };
  };
  let value: unknown = null;
  if (doc && diagnostics.length === 0) {
    try {
      value = doc.toJS();
    } catch (error) {
      // Typically an alias: in a [flow list], `[*]` starts one. JSONPath keys need quotes there.
      const message = (error as Error).message.split('\n')[0]!;
      const alias = /alias/i.test(message) ? ' (a JSONPath with [*] or * inside [ ] or { } must be quoted: "$.a[*].b")' : '';
      diagnostics.push({ file, ...aliasPosition(text), code: 'yaml-syntax', message: `${message}${alias}` });
    }
  }
  return { value, locate, diagnostics };
}
