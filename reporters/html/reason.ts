import type { Match, Result } from '../../src/model/result.js';

/**
 * A result's reason in words, for people: "minimum TLS version is TLS1_0, allowed: TLS1_2,
 * TLS1_3" where the engine wrote `$.properties.minimumTlsVersion notIn ["TLS1_2","TLS1_3"]
 * (seen: TLS1_0)`. Built from each match's structure (key, operator, expected, seen), so the
 * engine's reason (the raw condition, which the JSON, CSV and SARIF reports keep) stays the
 * record; the HTML shows it in the evidence and the Markdown summary uses these words.
 * A match without that structure (network rules, functions, a NOT) keeps its own text.
 */
export function reasonWords(r: Pick<Result, 'reason' | 'matches' | 'status'>): string {
  if (r.status === 'ERROR' || !r.matches || r.matches.length === 0) return r.reason ?? '';
  let text = '';
  let reworded = false;
  for (let i = 0; i < r.matches.length; i += 1) {
    const m = r.matches[i]!;
    const words = matchWords(m);
    if (words !== m.text) reworded = true;
    text += (i === 0 ? '' : '; ') + words;
  }
  // Nothing to say in other words: the engine's reason as it is.
  return reworded ? text : (r.reason ?? text);
}

/** One match in words (see reasonWords). */
export function matchWords(m: Match): string {
  if (m.key === undefined || m.operator === undefined) return m.type === 'param' ? (notWords(m.text) ?? m.text) : m.text;
  if (m.type === 'tags') return tagWords(m.key, m.operator, m.expected, m.seen) ?? m.text;
  if (m.type === 'date') return dateWords(keyWords(m.key), m.operator, m.expected, m.seen) ?? m.text;
  if (m.type === 'param') return paramWords(keyWords(m.key), m.operator, m.expected, m.seen) ?? m.text;
  return m.text;
}

function paramWords(subject: string, operator: string, expected: unknown, seen: unknown): string | undefined {
  const is = `${subject} is ${value(seen)}`;
  switch (operator) {
    case '==': return is;
    case '!=': return `${is}, expected ${value(expected)}`;
    case '>': return `${is}, more than ${value(expected)}`;
    case '>=': return `${is}, at least ${value(expected)}`;
    case '<': return `${is}, less than ${value(expected)}`;
    case '<=': return `${is}, at most ${value(expected)}`;
    case 'in': return `${is}, one of ${value(expected)}`;
    case 'notIn': return `${is}, allowed: ${value(expected)}`;
    case 'contains': return `${subject} contains ${value(expected)}`;
    case 'notContains': return `${subject} does not contain ${value(expected)}`;
    case 'matches': return `${is}, matching ${value(expected)}`;
    case 'startsWith': return `${is}, starting with ${value(expected)}`;
    case 'endsWith': return `${is}, ending with ${value(expected)}`;
    case 'exists': return `${subject} is set: ${value(seen)}`;
    case 'notExists': return `${subject} is not set`;
    case 'isEmpty': return `${subject} is empty`;
    case 'isNotEmpty': return `${subject} is not empty: ${value(seen)}`;
    default: return undefined;
  }
}

/**
 * A param condition that had to NOT hold, as the engine states it (`NOT $.password_enabled ==
 * false`, without the structure): "password enabled is not false". Other operators keep the text.
 */
function notWords(text: string): string | undefined {
  const m = /^NOT (\$\S*) (==|!=|exists|notExists)(?: (.+))?$/.exec(text);
  if (!m) return undefined;
  const subject = keyWords(m[1]!);
  switch (m[2]) {
    case '==': return `${subject} is not ${m[3] ?? ''}`.trimEnd();
    case '!=': return `${subject} is ${m[3] ?? ''}`.trimEnd();
    case 'exists': return `${subject} is not set`;
    default: return `${subject} is set`;
  }
}

function dateWords(subject: string, operator: string, expected: unknown, seen: unknown): string | undefined {
  const is = `${subject} is ${value(seen)}`;
  switch (operator) {
    case 'olderThanDays': return `${is}, more than ${value(expected)} days ago`;
    case 'newerThanDays': return `${is}, less than ${value(expected)} days ago`;
    case 'before': return `${is}, before ${value(expected)}`;
    case 'after': return `${is}, after ${value(expected)}`;
    default: return undefined;
  }
}

function tagWords(key: string, operator: string, expected: unknown, seen: unknown): string | undefined {
  const tag = `tag ${key}`;
  switch (operator) {
    case 'exists': return `${tag} is set: ${value(seen)}`;
    case 'notExists': return `${tag} is missing`;
    case 'equals': return `${tag} is ${value(seen)}`;
    case 'notEquals': return `${tag} is ${value(seen)}, expected ${value(expected)}`;
    case 'matches': return `${tag} is ${value(seen)}, matching ${value(expected)}`;
    default: return undefined;
  }
}

const LIST_ITEMS = 10;
const TEXT_LENGTH = 120;

/** A value as a person reads it: text bare, a list comma-separated, nothing as "not set". */
function value(v: unknown): string {
  if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) return 'not set';
  if (Array.isArray(v)) {
    const shown = v.slice(0, LIST_ITEMS).map(value).join(', ');
    return v.length > LIST_ITEMS ? `${shown} (and ${v.length - LIST_ITEMS} more)` : shown;
  }
  if (v === '') return 'empty';
  const text = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return text.length > TEXT_LENGTH ? `${text.slice(0, TEXT_LENGTH - 1)}…` : text;
}

/** Names that say little alone: the key's parent name goes before them ("encryption status"). */
const VAGUE = new Set(['value', 'values', 'enabled', 'status', 'state', 'id', 'name', 'type', 'mode', 'kind', 'key', 'setting', 'settings', 'days', 'count', 'is', 'level']);
const ACRONYMS = new Map(
  [
    'AAD', 'ACL', 'ACLs', 'API', 'ARN', 'CIDR', 'CMK', 'CPU', 'DNS', 'EBS', 'EC2', 'EFS', 'FTP', 'FTPS', 'GCS', 'HTTP', 'HTTPS', 'IAM', 'ID', 'IDs',
    'IMDS', 'IP', 'IPs', 'IPv4', 'IPv6', 'KMS', 'MFA', 'OS', 'RDP', 'RDS', 'S3', 'SAML', 'SNS', 'SQL', 'SSH', 'SSL', 'SSE', 'SSO', 'TDE', 'TLS', 'TTL',
    'URI', 'URL', 'VM', 'VPC', 'VPN', 'WAF',
  ].map((a) => [a.toLowerCase(), a]),
);
const keyCache = new Map<string, string>();

/**
 * A JSONPath as the name of what it reads: its last name (with the one before it when the
 * last says little), camelCase and snake_case split into lower-case words, acronyms in
 * capitals: `$.properties.minimumTlsVersion` → "minimum TLS version",
 * `$.IpPermissions[*].IpRanges[*].CidrIp` → "CIDR IP", `$.encryption.status` → "encryption status".
 */
export function keyWords(key: string): string {
  let words = keyCache.get(key);
  if (words === undefined) {
    const names = [...key.matchAll(/\.([A-Za-z_$][\w$-]*)|\[\s*['"]([^'"]+)['"]\s*\]/g)].map((m) => (m[1] ?? m[2])!);
    const last = names.at(-1);
    if (last === undefined) words = key;
    else {
      const picked = VAGUE.has(last.toLowerCase()) && names.length > 1 ? [names.at(-2)!, last] : [last];
      let split = picked.flatMap(splitName);
      // "IsPublic" reads "public is true"; keep "is" when it is all there is.
      if (split.length > 1 && split[0] === 'is') split = split.slice(1);
      words = split.join(' ') || key;
    }
    if (keyCache.size < 10_000) keyCache.set(key, words);
  }
  return words;
}

function splitName(name: string): string[] {
  const parts = name.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+\d*|[A-Z]+\d*|\d+/g) ?? [name];
  return parts.map((p) => ACRONYMS.get(p.toLowerCase()) ?? p.toLowerCase());
}
