import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  require_dist
} from "./chunk-ZWLDRKVE.js";
import {
  __require
} from "./chunk-VKFPFGRN.js";

// src/load/yaml.ts
import { createRequire } from "node:module";
var requireHere = createRequire(import.meta.url);
var yamlModule;
function yaml() {
  yamlModule ??= typeof __require === "function" ? require_dist() : requireHere("yaml");
  return yamlModule;
}
var JSONPATH_HINT = ' (inside { } or [ ], a JSONPath with [ or * must be quoted: "$.a[0].b")';
function unresolvedAlias(doc) {
  const { visit } = yaml();
  let offset;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === void 0) {
        offset = node.range?.[0];
        return visit.BREAK;
      }
      return void 0;
    }
  });
  return offset;
}
function parseYamlFile(file, text) {
  const { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [];
  const doc = list[0];
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const diagnostics = [];
  const firstError = list.flatMap((d) => d.errors)[0];
  if (firstError) {
    const { line, col } = at(firstError.pos[0]);
    let message = firstError.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    if (firstError.code === "DUPLICATE_KEY") {
      const key = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:#\n]+?)\s*:/.exec(text.slice(firstError.pos[0]))?.[1];
      if (key) message = `duplicate key ${key.startsWith('"') || key.startsWith("'") ? key : `"${key}"`} (map keys must be unique)`;
    }
    const source = text.split("\n")[line - 1] ?? "";
    const hint = /[{[].*\$\.[^"']*[[*]/.test(source) ? JSONPATH_HINT : "";
    diagnostics.push({ file, line, col, code: "yaml-syntax", message: `${message}${hint}` });
  }
  if (list.length > 1) {
    diagnostics.push({ file, ...at(list[1].range[0]), code: "multiple-documents", message: "one control or flow per file: remove the second document (---)" });
  }
  const locate = (path, options = {}) => {
    let node = doc?.contents;
    let keyNode;
    let walked = 0;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) break;
        keyNode = pair.key;
        const value2 = pair.value;
        node = value2 && !(isScalar(value2) && value2.range?.[0] === value2.range?.[1]) ? value2 : keyNode;
      } else if (isSeq(node) && typeof step === "number" && node.items[step]) {
        keyNode = void 0;
        node = node.items[step];
      } else {
        break;
      }
      walked += 1;
    }
    const target = options.key && keyNode && walked === path.length ? keyNode : node;
    return target?.range ? at(target.range[0]) : { line: 1, col: 1 };
  };
  let value = null;
  if (doc && diagnostics.length === 0) {
    try {
      value = doc.toJS();
    } catch (error) {
      const message = error.message.split("\n")[0];
      const alias = unresolvedAlias(doc);
      const where = alias === void 0 ? { line: 1, col: 1 } : at(alias);
      diagnostics.push({ file, ...where, code: "yaml-syntax", message: `${message}${alias === void 0 ? "" : JSONPATH_HINT}` });
    }
  }
  return { value, locate, diagnostics };
}

export {
  parseYamlFile
};
