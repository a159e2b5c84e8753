/**
 * The secrets of the run, and the one place that masks them. Whatever path a secret took (a
 * URL, a condition value, a reason, an error body, plan params, a node output, a response that
 * echoes it), it leaves the process as `*****`:
 *
 *   addSecret(token)                   // where a secret value becomes known
 *   redactText(line)                   // every byte that leaves: printed lines, files written
 *   redactValue(report)                // a structure before it is rendered (reporters, summary)
 *   redactedJson(record, 2)            // JSON.stringify with every string masked (history, audit log)
 *
 * Who adds: `${env:NAME}` values as the http nodes' checks and the HTTP provider read them
 * (src/providers/http/environment.ts envReader, with the base64 of a Basic pair), flow variables declared `secret: true` when a
 * flow is compiled (src/engine/compile.ts), and the clouds' own credentials in the environment
 * (addEnvironmentCredentials, by the process entries).
 * Who masks: src/cli/io.ts printable() (every printed line), src/lib/safe-path.ts
 * writeFileInside (every file under --out, --history, a snapshot), the audit log
 * (src/cli/remediation.ts), the reports (src/cli/report-files.ts, on the value and on the
 * text), the Action's job summary, and where a value is cut short before it is shown
 * (src/providers/http/client.ts error bodies, src/conditions/values.ts show), so no prefix of a secret
 * survives a truncation.
 *
 * A secret is masked as written and as JSON, URL (percent and form) and HTML encode it. Values
 * shorter than MIN_SECRET_LENGTH and the JSON words true/false/null are not masked in text:
 * they would turn every such run of characters in every output into *****.
 */
export const REDACTED = '*****';
export const MIN_SECRET_LENGTH = 4;

/** Credentials the cloud SDKs read from the environment themselves. */
const CLOUD_CREDENTIALS = ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AZURE_CLIENT_SECRET', 'AZURE_CLIENT_CERTIFICATE_PASSWORD', 'AZURE_PASSWORD'];

const forms = new Set<string>();
let pattern: RegExp | undefined;

/** Registers a secret value: a string, or every string and number inside an array or object. */
export function addSecret(value: unknown): void {
  const leaves: string[] = [];
  collect(value, leaves);
  for (const leaf of leaves) {
    if (leaf.length < MIN_SECRET_LENGTH || leaf === REDACTED || /^(true|false|null)$/.test(leaf)) continue;
    for (const form of encodings(leaf)) {
      if (form.length >= MIN_SECRET_LENGTH && !forms.has(form)) {
        forms.add(form);
        pattern = undefined;
      }
    }
  }
}

function collect(value: unknown, into: string[]): void {
  // Iterative: a secret variable's value may be any JSON, however deep.
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') into.push(v);
    else if (typeof v === 'number' || typeof v === 'bigint') into.push(String(v));
    else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) stack.push(x);
  }
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/** The value as written, and as each output format may encode it. */
function encodings(value: string): string[] {
  return [
    value,
    JSON.stringify(value).slice(1, -1),
    encodeURIComponent(value),
    new URLSearchParams({ v: value }).toString().slice(2),
    value.replace(/[&<>"'`=]/g, (c) => HTML[c]!),
    value.replace(/[&<>"']/g, (c) => (c === "'" ? '&#39;' : HTML[c]!)),
  ];
}

/** The environment's cloud credentials (AWS_SECRET_ACCESS_KEY …), when set. */
export function addEnvironmentCredentials(environment: Readonly<Record<string, string | undefined>>): void {
  for (const name of CLOUD_CREDENTIALS) if (environment[name]) addSecret(environment[name]);
}

/** Whether any secret is known (nothing to mask otherwise). */
export function hasSecrets(): boolean {
  return forms.size > 0;
}

/** Whether `text` holds a known secret. */
export function holdsSecret(text: string): boolean {
  const re = secretPattern();
  return re !== undefined && new RegExp(re.source).test(text);
}

function secretPattern(): RegExp | undefined {
  if (forms.size === 0) return undefined;
  // Longest first: a secret that holds another is masked whole.
  pattern ??= new RegExp([...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return pattern;
}

/** `text` with every known secret, in any of its encodings, as *****. */
export function redactText(text: string): string {
  const re = secretPattern();
  return re ? text.replace(re, REDACTED) : text;
}

/**
 * JSON.stringify with every string value, key and number that holds a secret masked (a number
 * becomes the string "*****"): JSON still, for records written as JSON.
 */
export function redactedJson(value: unknown, space?: number): string {
  return hasSecrets() ? JSON.stringify(value, replacer, space) : JSON.stringify(value, null, space);
}

function replacer(this: unknown, _key: string, value: unknown): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number' && redactText(String(value)) !== String(value)) return redactText(String(value));
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).some((k) => redactText(k) !== k)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [redactText(k), v]));
  }
  return value;
}

/** A JSON-shaped value (a report, a record) with every secret masked, before it is rendered; the value itself when no secret is known. */
export function redactValue<T>(value: T): T {
  return hasSecrets() && value !== undefined ? (JSON.parse(redactedJson(value)) as T) : value;
}

/** Tests only: forget every secret (the registry lives as long as the process). */
export function forgetSecrets(): void {
  forms.clear();
  pattern = undefined;
}
