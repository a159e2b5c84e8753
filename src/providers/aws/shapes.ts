import { elementsOf, listOf, mapOf, reshapeMembers, resolveJsonPath, struct, UNKNOWN, BOOLEAN, STRING, type Resolved, type Shape } from '../shape.js';
import { loadService, ServiceLoadError } from './clients.js';
import { PAGING_KEYS } from './extract.js';
import { canonicalService, isCredentialReport } from './names.js';

/**
 * The output shape of an AWS call, from the SDK v3 client's own schemas: every client exports
 * its operations (`DescribeDBInstances$ = [9, ns, name, traits, input, output]`) and structures
 * (`DBInstance$ = [3, ns, name, traits, memberNames, memberSchemas]`) as static schema arrays,
 * which @smithy/core reads at run time to (de)serialize. The member names are the keys of the
 * response objects the SDK returns, and so of a recorded snapshot. undefined when the client
 * cannot be loaded or has no schema for the method (then nothing is checked).
 */
export async function awsOutputShape(service: string, method: string): Promise<Shape | undefined> {
  let exports: Readonly<Record<string, unknown>>;
  try {
    exports = (await loadService(service)).exports;
  } catch (error) {
    if (error instanceof ServiceLoadError) return undefined;
    throw error;
  }
  const operation = exports[`${method}$`];
  if (!Array.isArray(operation) || operation[0] !== OPERATION) return undefined;
  return toShape(operation[5], `${canonicalService(service)}.${method}`);
}

/**
 * The shape of the items a read yields from its answer, as extract.ts takes them: `items:`
 * (a list found gives its elements), DescribeInstances' instances, the page's one list, or the
 * page as one item; the credential report's CSV rows. An `items:` path the answer cannot have
 * is an error. Unknown where the items are the query's (AWS Config) or several lists compete.
 */
export function awsItemShape(output: Shape, call: { service: string; method: string; items?: string }): Resolved {
  const origin = `items of ${canonicalService(call.service)}.${call.method}`;
  if (isCredentialReport(call.service, call.method)) return { shape: CREDENTIAL_REPORT_ROW };
  if (call.method === 'SelectResourceConfig' || call.method === 'SelectAggregateResourceConfig' || output.kind !== 'struct') return { shape: UNKNOWN };
  const page = reshapeMembers(output, {}, PAGING_KEYS);
  const named = (shape: Shape): Resolved => ({ shape: shape.kind === 'struct' ? struct(shape.name, () => Object.fromEntries(shape.members()), origin) : shape });
  if (call.items !== undefined) {
    const found = resolveJsonPath(page, call.items);
    return 'error' in found ? found : named(elementsOf(found.shape));
  }
  if (call.method === 'DescribeInstances') {
    const found = resolveJsonPath(page, '$.Reservations[*].Instances[*]');
    return 'error' in found ? { shape: UNKNOWN } : named(found.shape);
  }
  const lists = [...page.members()].filter(([, shape]) => shape.kind === 'list');
  if (lists.length === 1) return named(elementsOf(lists[0]![1]));
  return lists.length === 0 ? named(page) : { shape: UNKNOWN };
}

// Static schema kinds (@smithy/core/schema): a structure, an error structure, a union, a list, a map, a simple schema, an operation.
const SIMPLE = 0;
const LIST = 1;
const MAP = 2;
const STRUCTURE = 3;
const ERROR = -3;
const UNION = 4;
const OPERATION = 9;

const converted = new WeakMap<object, Shape>();

/** A schema reference (a number, a lazy function, a member `[schema, traits]`, or a static schema array) as a Shape. */
function toShape(ref: unknown, name?: string): Shape {
  const schema = typeof ref === 'function' ? (ref as () => unknown)() : ref;
  if (typeof schema === 'number') return numeric(schema);
  if (schema === 'unit') return struct('unit', {});
  if (!Array.isArray(schema)) return UNKNOWN;
  if (schema.length === 2) return toShape(schema[0]); // a member: [schema, traits]
  const known = converted.get(schema);
  if (known) return known;
  const shape = fromStatic(schema, name);
  converted.set(schema, shape);
  return shape;
}

function fromStatic(schema: unknown[], name: string | undefined): Shape {
  switch (schema[0]) {
    case SIMPLE: return toShape(schema[4]);
    case LIST: return listOf(() => toShape(schema[4]));
    case MAP: return mapOf(() => toShape(schema[5]));
    case STRUCTURE:
    case ERROR:
    case UNION: {
      const names = Array.isArray(schema[4]) ? (schema[4] as unknown[]).map(String) : [];
      const members = Array.isArray(schema[5]) ? (schema[5] as unknown[]) : [];
      return struct(String(schema[2] ?? name ?? 'structure'), () => Object.fromEntries(names.map((n, i) => [n, () => toShape(members[i])])));
    }
    default: return UNKNOWN;
  }
}

/** Numbers stand for simple types; 64|x is a list of x, 128|x a map of x. */
function numeric(code: number): Shape {
  if (code >= 128 && code <= 255) return mapOf(numeric(code & 0b11_1111));
  if (code >= 64 && code < 128) return listOf(numeric(code & 0b11_1111));
  switch (code) {
    case 0: return STRING;
    case 1: case 17: case 19: return { kind: 'scalar', type: 'number' };
    case 2: return BOOLEAN;
    case 4: case 5: case 6: case 7: return { kind: 'scalar', type: 'timestamp' };
    case 21: case 42: return { kind: 'scalar', type: 'blob' };
    default: return UNKNOWN; // 15: a document, anything
  }
}

/** The IAM credential report's columns (its CSV header, as AWS documents it), each a key of an item. */
const CREDENTIAL_REPORT_COLUMNS = [
  'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation', 'mfa_active',
  'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region', 'access_key_1_last_used_service',
  'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date', 'access_key_2_last_used_region', 'access_key_2_last_used_service',
  'cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated',
] as const;
const CREDENTIAL_REPORT_ROW = struct('a credential report row', Object.fromEntries(CREDENTIAL_REPORT_COLUMNS.map((c) => [c, UNKNOWN])), 'rows of IAM.GetCredentialReport');
