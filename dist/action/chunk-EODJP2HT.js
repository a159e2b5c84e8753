import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/lib/redact.ts
var REDACTED = "*****";
var MIN_SECRET_LENGTH = 4;
var CLOUD_CREDENTIALS = ["AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AZURE_CLIENT_SECRET", "AZURE_CLIENT_CERTIFICATE_PASSWORD", "AZURE_PASSWORD"];
var forms = /* @__PURE__ */ new Set();
var pattern;
function addSecret(value) {
  const leaves = [];
  collect(value, leaves);
  for (const leaf of leaves) {
    if (leaf.length < MIN_SECRET_LENGTH || leaf === REDACTED || /^(true|false|null)$/.test(leaf)) continue;
    for (const form of encodings(leaf)) {
      if (form.length >= MIN_SECRET_LENGTH && !forms.has(form)) {
        forms.add(form);
        pattern = void 0;
      }
    }
  }
}
function collect(value, into) {
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") into.push(v);
    else if (typeof v === "number" || typeof v === "bigint") into.push(String(v));
    else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (v !== null && typeof v === "object") for (const x of Object.values(v)) stack.push(x);
  }
}
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "`": "&#x60;", "=": "&#x3D;" };
function encodings(value) {
  return [
    value,
    JSON.stringify(value).slice(1, -1),
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    value.replace(/[&<>"'`=]/g, (c) => HTML[c]),
    value.replace(/[&<>"']/g, (c) => c === "'" ? "&#39;" : HTML[c])
  ];
}
function addEnvironmentCredentials(environment) {
  for (const name of CLOUD_CREDENTIALS) if (environment[name]) addSecret(environment[name]);
}
function hasSecrets() {
  return forms.size > 0;
}
function holdsSecret(text) {
  const re = secretPattern();
  return re !== void 0 && new RegExp(re.source).test(text);
}
function secretPattern() {
  if (forms.size === 0) return void 0;
  pattern ??= new RegExp([...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  return pattern;
}
function redactText(text) {
  const re = secretPattern();
  return re ? text.replace(re, REDACTED) : text;
}
function redactedJson(value, space) {
  return hasSecrets() ? JSON.stringify(value, replacer, space) : JSON.stringify(value, null, space);
}
function replacer(_key, value) {
  if (typeof value === "string") return redactText(value);
  if (typeof value === "number" && redactText(String(value)) !== String(value)) return redactText(String(value));
  if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).some((k) => redactText(k) !== k)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redactText(k), v]));
  }
  return value;
}
function redactValue(value) {
  return hasSecrets() && value !== void 0 ? JSON.parse(redactedJson(value)) : value;
}

export {
  REDACTED,
  addSecret,
  addEnvironmentCredentials,
  hasSecrets,
  holdsSecret,
  redactText,
  redactedJson,
  redactValue
};
