import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// reporters/html/reason.ts
function reasonWords(r) {
  if (r.status === "ERROR" || !r.matches || r.matches.length === 0) return r.reason ?? "";
  let text = "";
  let reworded = false;
  for (let i = 0; i < r.matches.length; i += 1) {
    const m = r.matches[i];
    const words = matchWords(m);
    if (words !== m.text) reworded = true;
    text += (i === 0 ? "" : "; ") + words;
  }
  return reworded ? text : r.reason ?? text;
}
function matchWords(m) {
  if (m.key === void 0 || m.operator === void 0) return m.type === "param" ? notWords(m.text) ?? m.text : m.text;
  if (m.type === "tags") return tagWords(m.key, m.operator, m.expected, m.seen) ?? m.text;
  if (m.type === "date") return dateWords(keyWords(m.key), m.operator, m.expected, m.seen) ?? m.text;
  if (m.type === "param") return paramWords(keyWords(m.key), m.operator, m.expected, m.seen) ?? m.text;
  return m.text;
}
function paramWords(subject, operator, expected, seen) {
  const is = `${subject} is ${value(seen)}`;
  switch (operator) {
    case "==":
      return is;
    case "!=":
      return `${is}, expected ${value(expected)}`;
    case ">":
      return `${is}, more than ${value(expected)}`;
    case ">=":
      return `${is}, at least ${value(expected)}`;
    case "<":
      return `${is}, less than ${value(expected)}`;
    case "<=":
      return `${is}, at most ${value(expected)}`;
    case "in":
      return `${is}, one of ${value(expected)}`;
    case "notIn":
      return `${is}, allowed: ${value(expected)}`;
    case "contains":
      return `${subject} contains ${value(expected)}`;
    case "notContains":
      return `${subject} does not contain ${value(expected)}`;
    case "matches":
      return `${is}, matching ${value(expected)}`;
    case "startsWith":
      return `${is}, starting with ${value(expected)}`;
    case "endsWith":
      return `${is}, ending with ${value(expected)}`;
    case "exists":
      return `${subject} is set: ${value(seen)}`;
    case "notExists":
      return `${subject} is not set`;
    case "isEmpty":
      return `${subject} is empty`;
    case "isNotEmpty":
      return `${subject} is not empty: ${value(seen)}`;
    default:
      return void 0;
  }
}
function notWords(text) {
  const m = /^NOT (\$\S*) (==|!=|exists|notExists)(?: (.+))?$/.exec(text);
  if (!m) return void 0;
  const subject = keyWords(m[1]);
  switch (m[2]) {
    case "==":
      return `${subject} is not ${m[3] ?? ""}`.trimEnd();
    case "!=":
      return `${subject} is ${m[3] ?? ""}`.trimEnd();
    case "exists":
      return `${subject} is not set`;
    default:
      return `${subject} is set`;
  }
}
function dateWords(subject, operator, expected, seen) {
  const is = `${subject} is ${value(seen)}`;
  switch (operator) {
    case "olderThanDays":
      return `${is}, more than ${value(expected)} days ago`;
    case "newerThanDays":
      return `${is}, less than ${value(expected)} days ago`;
    case "before":
      return `${is}, before ${value(expected)}`;
    case "after":
      return `${is}, after ${value(expected)}`;
    default:
      return void 0;
  }
}
function tagWords(key, operator, expected, seen) {
  const tag = `tag ${key}`;
  switch (operator) {
    case "exists":
      return `${tag} is set: ${value(seen)}`;
    case "notExists":
      return `${tag} is missing`;
    case "equals":
      return `${tag} is ${value(seen)}`;
    case "notEquals":
      return `${tag} is ${value(seen)}, expected ${value(expected)}`;
    case "matches":
      return `${tag} is ${value(seen)}, matching ${value(expected)}`;
    default:
      return void 0;
  }
}
var LIST_ITEMS = 10;
var TEXT_LENGTH = 120;
function value(v) {
  if (v === void 0 || v === null || Array.isArray(v) && v.length === 0) return "not set";
  if (Array.isArray(v)) {
    const shown = v.slice(0, LIST_ITEMS).map(value).join(", ");
    return v.length > LIST_ITEMS ? `${shown} (and ${v.length - LIST_ITEMS} more)` : shown;
  }
  if (v === "") return "empty";
  const text = typeof v === "string" ? v : JSON.stringify(v) ?? String(v);
  return text.length > TEXT_LENGTH ? `${text.slice(0, TEXT_LENGTH - 1)}\u2026` : text;
}
var VAGUE = /* @__PURE__ */ new Set(["value", "values", "enabled", "status", "state", "id", "name", "type", "mode", "kind", "key", "setting", "settings", "days", "count", "is", "level"]);
var ACRONYMS = new Map(
  [
    "AAD",
    "ACL",
    "ACLs",
    "API",
    "ARN",
    "CIDR",
    "CMK",
    "CPU",
    "DNS",
    "EBS",
    "EC2",
    "EFS",
    "FTP",
    "FTPS",
    "GCS",
    "HTTP",
    "HTTPS",
    "IAM",
    "ID",
    "IDs",
    "IMDS",
    "IP",
    "IPs",
    "IPv4",
    "IPv6",
    "KMS",
    "MFA",
    "OS",
    "RDP",
    "RDS",
    "S3",
    "SAML",
    "SNS",
    "SQL",
    "SSH",
    "SSL",
    "SSE",
    "SSO",
    "TDE",
    "TLS",
    "TTL",
    "URI",
    "URL",
    "VM",
    "VPC",
    "VPN",
    "WAF"
  ].map((a) => [a.toLowerCase(), a])
);
var keyCache = /* @__PURE__ */ new Map();
function keyWords(key) {
  let words = keyCache.get(key);
  if (words === void 0) {
    const names = [...key.matchAll(/\.([A-Za-z_$][\w$-]*)|\[\s*['"]([^'"]+)['"]\s*\]/g)].map((m) => m[1] ?? m[2]);
    const last = names.at(-1);
    if (last === void 0) words = key;
    else {
      const picked = VAGUE.has(last.toLowerCase()) && names.length > 1 ? [names.at(-2), last] : [last];
      let split = picked.flatMap(splitName);
      if (split.length > 1 && split[0] === "is") split = split.slice(1);
      words = split.join(" ") || key;
    }
    if (keyCache.size < 1e4) keyCache.set(key, words);
  }
  return words;
}
function splitName(name) {
  const parts = name.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+\d*|[A-Z]+\d*|\d+/g) ?? [name];
  return parts.map((p) => ACRONYMS.get(p.toLowerCase()) ?? p.toLowerCase());
}

export {
  reasonWords
};
