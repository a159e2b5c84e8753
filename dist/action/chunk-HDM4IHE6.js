import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  requestKey
} from "./chunk-GZSOM6X5.js";
import {
  canonicalJson
} from "./chunk-JF2CDZTK.js";
import {
  redactText
} from "./chunk-EODJP2HT.js";

// src/providers/snapshot/layout.ts
import { createHash } from "node:crypto";
function callFileName(call) {
  return `${call.service}.${call.method}${paramsSlug(call.params, encoded)}.json`;
}
function hashedCallFileName(call) {
  return `${call.service}.${call.method}${paramsSlug(call.params, plain)}.json`;
}
var encoded = { value: (text) => text.replace(/[^A-Za-z0-9._:-]/gu, percentEncoded), maxLength: 180 };
var plain = { value: (text) => /^[A-Za-z0-9=+,._:-]*$/.test(text) ? text : void 0, maxLength: 120 };
function percentEncoded(char) {
  return [...Buffer.from(char, "utf8")].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
}
function paramsSlug(params, style) {
  const keys = Object.keys(params).sort();
  if (keys.length === 0) return "";
  const parts = [];
  for (const key of keys) {
    const value = params[key];
    const items = Array.isArray(value) ? value : [value];
    if (!items.every((v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean")) return hashed(params);
    const texts = [key, ...items.map(String)].map(style.value);
    if (texts.some((t) => t === void 0)) return hashed(params);
    parts.push(`${texts[0]}=${texts.slice(1).join("+")}`);
  }
  const slug = parts.join(",");
  return slug.length <= style.maxLength ? `[${slug}]` : hashed(params);
}
function hashed(params) {
  return `[sha256-${createHash("sha256").update(canonicalJson(params)).digest("hex").slice(0, 12)}]`;
}
var TARGET_ERROR_FILE = "_error.json";
function ownRecording(cloud, call) {
  return cloud === "aws" || call.params.query !== void 0;
}
function recordingFileName(cloud, call) {
  return recordingFileNames(cloud, call)[0];
}
function recordedErrorFileName(cloud, call) {
  return errorFileOf(recordingFileName(cloud, call));
}
function recordingFileNames(cloud, call) {
  const own = ownRecording(cloud, call) ? call : { ...call, params: {} };
  if (cloud !== "aws") return [hashedCallFileName(own)];
  const names = [callFileName(own), hashedCallFileName(own)];
  return names[0] === names[1] ? names.slice(0, 1) : names;
}
function errorFileOf(recording) {
  return recording.replace(/\.json$/, ".error.json");
}
function mappedRequest(call) {
  if (call.via === "http") return { file: HTTP_RECORDING, key: redactText(requestKey(call)), caseInsensitive: false };
  if (call.method !== "Get") return void 0;
  const text = (name) => typeof call.params[name] === "string" ? call.params[name] : "";
  const file = `${call.service}.Get.json`;
  if (call.service === "ARM") return { file, key: armRequestPath(text("path"), text("apiVersion")), caseInsensitive: true };
  if (call.service === "Graph") return { file, key: `/${text("version") || "v1.0"}${text("path")}`, caseInsensitive: true };
  if (call.service === "REST") return { file, key: text("url"), caseInsensitive: false };
  return void 0;
}
function armRequestPath(path, apiVersion) {
  return `${path}${path.includes("?") ? "&" : "?"}api-version=${apiVersion}`;
}
var HTTP_RECORDING = "HTTP.json";

export {
  callFileName,
  TARGET_ERROR_FILE,
  ownRecording,
  recordingFileName,
  recordedErrorFileName,
  recordingFileNames,
  errorFileOf,
  mappedRequest,
  armRequestPath
};
