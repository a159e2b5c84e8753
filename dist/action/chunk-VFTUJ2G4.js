import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  TargetReadError
} from "./chunk-RYR2CTGN.js";

// src/providers/answer-body.ts
function htmlPage(text, contentType) {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, "").trimStart();
  if (!String(contentType ?? "").toLowerCase().startsWith("text/html") && !/^(<!doctype html|<html[\s>])/i.test(head)) return void 0;
  const title = /<title[^>]*>([^<]{1,80})/i.exec(head)?.[1]?.trim();
  return `an HTML page${title ? ` ("${title}")` : ""}`;
}
function notJsonObject(text, contentType) {
  const body = text ?? "";
  const html = htmlPage(body, contentType);
  if (html) return html;
  if (body.trim() === "") return "an empty body";
  let value;
  try {
    value = JSON.parse(body);
  } catch {
    return "a body that is not JSON";
  }
  if (value === null || typeof value !== "object") return `a JSON ${value === null ? "null" : typeof value}, not an object`;
  return Array.isArray(value) ? "a JSON list, not an object" : void 0;
}

// src/providers/paging.ts
var MAX_PAGES = 5e3;
var ATTEMPT_TIMEOUT_MS = 6e4;
function pageGuard(what, call, maxPages = MAX_PAGES) {
  const seen = /* @__PURE__ */ new Set();
  let pages = 0;
  return {
    next(token) {
      pages += 1;
      if (token === void 0) return;
      if (seen.has(token)) {
        throw new TargetReadError("RepeatedPageToken", `${what}: the service sent a page token it had sent before (page ${pages}); stopped rather than loop, nothing of this call is used`, call);
      }
      if (pages >= maxPages) {
        throw new TargetReadError("TooManyPages", `${what}: more than ${maxPages} pages; stopped rather than pass on a partial list`, call);
      }
      seen.add(token);
    },
    get pages() {
      return pages;
    }
  };
}

export {
  htmlPage,
  notJsonObject,
  MAX_PAGES,
  ATTEMPT_TIMEOUT_MS,
  pageGuard
};
