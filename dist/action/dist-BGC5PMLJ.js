import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  require_dist
} from "./chunk-ZWLDRKVE.js";
import "./chunk-VKFPFGRN.js";

// commonjs-namespace:node_modules/yaml/dist/index.js
var exported = require_dist();
var dist_default = exported;
var named0 = exported["Alias"];
var named1 = exported["CST"];
var named2 = exported["Composer"];
var named3 = exported["Document"];
var named4 = exported["Lexer"];
var named5 = exported["LineCounter"];
var named6 = exported["Pair"];
var named7 = exported["Parser"];
var named8 = exported["Scalar"];
var named9 = exported["Schema"];
var named10 = exported["YAMLError"];
var named11 = exported["YAMLMap"];
var named12 = exported["YAMLParseError"];
var named13 = exported["YAMLSeq"];
var named14 = exported["YAMLWarning"];
var named15 = exported["isAlias"];
var named16 = exported["isCollection"];
var named17 = exported["isDocument"];
var named18 = exported["isMap"];
var named19 = exported["isNode"];
var named20 = exported["isPair"];
var named21 = exported["isScalar"];
var named22 = exported["isSeq"];
var named23 = exported["parse"];
var named24 = exported["parseAllDocuments"];
var named25 = exported["parseDocument"];
var named26 = exported["stringify"];
var named27 = exported["visit"];
var named28 = exported["visitAsync"];
export {
  named0 as Alias,
  named1 as CST,
  named2 as Composer,
  named3 as Document,
  named4 as Lexer,
  named5 as LineCounter,
  named6 as Pair,
  named7 as Parser,
  named8 as Scalar,
  named9 as Schema,
  named10 as YAMLError,
  named11 as YAMLMap,
  named12 as YAMLParseError,
  named13 as YAMLSeq,
  named14 as YAMLWarning,
  dist_default as default,
  named15 as isAlias,
  named16 as isCollection,
  named17 as isDocument,
  named18 as isMap,
  named19 as isNode,
  named20 as isPair,
  named21 as isScalar,
  named22 as isSeq,
  named23 as parse,
  named24 as parseAllDocuments,
  named25 as parseDocument,
  named26 as stringify,
  named27 as visit,
  named28 as visitAsync
};
