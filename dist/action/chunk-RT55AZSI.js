import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/lib/json-limits.ts
var MAX_JSON_DEPTH = 100;
var MAX_WALK_DEPTH = 1e3;
var JsonDepthError = class extends Error {
  constructor(maxDepth) {
    super(`JSON nested deeper than ${maxDepth} levels (the most ctrlflow reads)`);
    this.maxDepth = maxDepth;
  }
  maxDepth;
  name = "JsonDepthError";
};
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_BRACE = 123;
var OPEN_BRACKET = 91;
var CLOSE_BRACE = 125;
var CLOSE_BRACKET = 93;
function jsonTextDepth(text, stopAt = Number.POSITIVE_INFINITY) {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && escaped(text, end)) end = text.indexOf('"', end + 1);
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
function escaped(text, at) {
  let slashes = 0;
  for (let k = at - 1; text.charCodeAt(k) === BACKSLASH; k -= 1) slashes += 1;
  return slashes % 2 === 1;
}
function parseJsonWithin(text, maxDepth = MAX_JSON_DEPTH) {
  if (jsonTextDepth(text, maxDepth) > maxDepth) throw new JsonDepthError(maxDepth);
  return JSON.parse(text);
}
function valueDepth(value, stopAt) {
  if (value === null || typeof value !== "object") return 0;
  const values = [value];
  const depths = [1];
  let deepest = 1;
  while (values.length > 0) {
    const v = values.pop();
    const depth = depths.pop();
    if (depth > deepest) {
      deepest = depth;
      if (deepest > stopAt) return deepest;
    }
    if (Array.isArray(v)) {
      for (const child of v) {
        if (child !== null && typeof child === "object") {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in v) {
        const child = v[key];
        if (child !== null && typeof child === "object") {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return deepest;
}
function walkDeeper(depth) {
  if (depth > MAX_WALK_DEPTH) throw new JsonDepthError(MAX_WALK_DEPTH);
  return depth + 1;
}

export {
  MAX_JSON_DEPTH,
  MAX_WALK_DEPTH,
  JsonDepthError,
  jsonTextDepth,
  parseJsonWithin,
  valueDepth,
  walkDeeper
};
