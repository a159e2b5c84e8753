import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  TargetReadError
} from "./chunk-RYR2CTGN.js";

// src/providers/azure/tables.ts
var TABLE_METHODS = {
  resources: "Resources",
  securityresources: "SecurityResources",
  authorizationresources: "AuthorizationResources",
  policyresources: "PolicyResources",
  advisorresources: "AdvisorResources",
  resourcecontainers: "ResourceContainers"
};
var TABLE_OF_METHOD = new Map(Object.entries(TABLE_METHODS).map(([table, method]) => [method, table]));
function kqlOf(call) {
  const table = TABLE_OF_METHOD.get(call.method);
  if (call.service !== "ResourceGraph" || table === void 0) {
    throw new TargetReadError("UnsupportedCall", `Azure reads go through Resource Graph, ARM or Microsoft Graph; ${call.service}.${call.method} is not supported`, call);
  }
  if (typeof call.params.query === "string" && table === "resources") return call.params.query;
  const type = String(call.params.type ?? "");
  if (!/^[A-Za-z0-9./]+$/.test(type)) throw new TargetReadError("UnsupportedCall", `not a resource type: "${type}"`, call);
  return `${call.method} | where type =~ '${type}' | order by id asc`;
}

// src/providers/http/request.ts
var HTTP_SERVICE = "HTTP";
var MAX_BACKOFF_MS = 3e4;
function httpCall(method, params) {
  return { via: "http", service: HTTP_SERVICE, method, params };
}
function paramsOf(call) {
  return call.params;
}
function bodyText(body) {
  return body === void 0 ? void 0 : typeof body === "string" ? body : JSON.stringify(body);
}
function requestKey(call) {
  const { url, query, body } = paramsOf(call);
  const pairs = Object.entries(query ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${v}`);
  const full = pairs.length === 0 ? url : `${url}${url.includes("?") ? "&" : "?"}${pairs.join("&")}`;
  const text = bodyText(body);
  return `${call.method} ${full}${text === void 0 ? "" : ` ${text}`}`;
}

export {
  TABLE_METHODS,
  kqlOf,
  MAX_BACKOFF_MS,
  httpCall,
  paramsOf,
  bodyText,
  requestKey
};
