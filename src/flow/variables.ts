import { JsonDepthError, parseJsonWithin } from '../lib/json-limits.js';
import { collectJson, mapJsonLeaves, type JsonPath } from '../lib/json-walk.js';
import type { FlowVariable } from '../model/flow.js';
import { REDACTED } from '../lib/redact.js';

/** `$wf.variables:NAME`, as QFlow writes a reference to a flow variable. */
const REFERENCE = /\$wf\.variables:([A-Za-z_][A-Za-z0-9_]*)/g;
const WHOLE = /^\$wf\.variables:([A-Za-z_][A-Za-z0-9_]*)$/;

/** Every reference inside a value, with its path, so the loader can point at unknown names. */
export function findVariableRefs(value: unknown, path: JsonPath = []): { path: JsonPath; name: string }[] {
  return collectJson(value, (leaf, at) => (typeof leaf === 'string' ? [...leaf.matchAll(REFERENCE)].map((m) => ({ path: at, name: m[1]! })) : []), path);
}

/**
 * Whether a flow's `variables:` declare this name: its own key, never a name every object has
 * (`--var toString=1` names no variable, it is not taken as Object.prototype.toString).
 */
export function declaresVariable(variables: Record<string, unknown> | undefined, name: string): boolean {
  return variables !== undefined && Object.hasOwn(variables, name);
}

/**
 * Replace references. A string that is only a reference takes the variable's value with its
 * type (an array stays an array); a reference inside a longer string is interpolated as text.
 */
export function substitute<T>(value: T, values: Record<string, unknown>): T {
  // Most flows declare no variable and most nodes name none: used as they are, not copied leaf by leaf.
  if (Object.keys(values).length === 0 || !mentionsVariable(value)) return value;
  return mapJsonLeaves(value, (leaf) => (typeof leaf === 'string' ? substituteText(leaf, values) : leaf)) as T;
}

function mentionsVariable(value: unknown): boolean {
  try {
    return JSON.stringify(value)?.includes('$wf.variables:') ?? false;
  } catch {
    return true; // too deep for JSON.stringify: the walk stops it with a JsonDepthError
  }
}

function substituteText(text: string, values: Record<string, unknown>): unknown {
  // An undeclared name stays as written: loading reports it as unknown-variable.
  const whole = WHOLE.exec(text);
  if (whole) return Object.hasOwn(values, whole[1]!) ? values[whole[1]!] : text;
  return text.replace(REFERENCE, (ref, name: string) => {
    if (!Object.hasOwn(values, name)) return ref;
    const v = values[name];
    return typeof v === 'string' ? v : JSON.stringify(v);
  });
}

/**
 * Parse a `--var NAME=VALUE` string into the declared variable's type: arrays take JSON or a
 * comma list, numbers and booleans are converted, objects take JSON. Returns an error message
 * instead when the text does not fit.
 */
export function parseOverride(variable: FlowVariable, text: string): { value: unknown } | { error: string } {
  const type = variable.type ?? 'auto';
  const json = (): { value: unknown } | { error: string } => {
    try {
      return { value: parseJsonWithin(text) };
    } catch (error) {
      return { error: error instanceof JsonDepthError ? `"${text.slice(0, 40)}…" is ${error.message}` : `"${text}" is not valid JSON` };
    }
  };
  switch (type) {
    case 'string':
      return { value: text };
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text)) ? { value: Number(text) } : { error: `"${text}" is not a number` };
    case 'boolean':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : { error: `"${text}" is not true or false` };
    case 'array':
      if (text.trim().startsWith('[')) return json();
      return { value: text.split(',').map((s) => s.trim()).filter((s) => s !== '') };
    case 'object':
      return json();
    case 'auto': {
      const parsed = json();
      return 'value' in parsed ? parsed : { value: text };
    }
  }
}

/**
 * The values a flow runs with: declared values, then overrides; `redacted` with the secret
 * ones as *****, and `secrets` their values, for the run's redaction (src/lib/redact.ts).
 */
export function resolveValues(
  declared: Record<string, FlowVariable>,
  overrides: Record<string, unknown>,
): { values: Record<string, unknown>; redacted: Record<string, unknown>; secrets: unknown[] } {
  const values: Record<string, unknown> = {};
  const redacted: Record<string, unknown> = {};
  const secrets: unknown[] = [];
  for (const [name, variable] of Object.entries(declared)) {
    values[name] = Object.hasOwn(overrides, name) ? overrides[name] : variable.value;
    redacted[name] = variable.secret ? REDACTED : values[name];
    if (variable.secret) secrets.push(values[name]);
  }
  return { values, redacted, secrets };
}
