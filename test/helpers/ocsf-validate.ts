import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './cli.js';

interface Attribute {
  type: string;
  requirement: 'required' | 'recommended' | 'optional';
  object_type?: string;
  is_array?: boolean;
  enum?: Record<string, string>;
}
interface ClassDefinition {
  uid: number;
  category_uid: number;
  attributes: Record<string, Attribute>;
  objects: Record<string, Record<string, Attribute | string[]>>;
}

/** The vendored class definition (test/fixtures/schemas/ocsf, see its README). */
export const COMPLIANCE_FINDING_CLASS = JSON.parse(readFileSync(join(REPO, 'test/fixtures/schemas/ocsf/compliance_finding-1.3.0.json'), 'utf8')) as ClassDefinition;

/**
 * What is wrong with one event against the class: a required attribute missing, an attribute
 * the class (or its object) does not define, a value of the wrong type, an enum value not in
 * the enum, a resource with neither uid nor name, or type_uid not class_uid × 100 + activity_id.
 */
export function ocsfProblems(event: Record<string, unknown>, definition = COMPLIANCE_FINDING_CLASS): string[] {
  const problems: string[] = [];
  checkObject(event, definition.attributes, '', definition, problems);
  if (event.class_uid !== definition.uid) problems.push(`class_uid: ${String(event.class_uid)} is not ${definition.uid}`);
  if (event.category_uid !== definition.category_uid) problems.push(`category_uid: ${String(event.category_uid)} is not ${definition.category_uid}`);
  if (event.type_uid !== Number(event.class_uid) * 100 + Number(event.activity_id)) problems.push(`type_uid: ${String(event.type_uid)} is not class_uid × 100 + activity_id`);
  return problems;
}

function checkObject(value: Record<string, unknown>, attributes: Record<string, Attribute | string[]>, path: string, definition: ClassDefinition, problems: string[]): void {
  const atLeastOne = attributes.$at_least_one as string[] | undefined;
  if (atLeastOne && !atLeastOne.some((name) => value[name] !== undefined)) problems.push(`${path || '.'}: needs one of ${atLeastOne.join(', ')}`);
  for (const [name, spec] of Object.entries(attributes)) {
    if (Array.isArray(spec)) continue;
    if (spec.requirement === 'required' && value[name] === undefined) problems.push(`${path}${name}: required, missing`);
  }
  for (const [name, v] of Object.entries(value)) {
    const spec = attributes[name];
    if (!spec || Array.isArray(spec)) {
      problems.push(`${path}${name}: not an attribute of ${path ? path.slice(0, -1) : 'the class'}`);
      continue;
    }
    const values = spec.is_array ? (Array.isArray(v) ? v : (problems.push(`${path}${name}: not an array`), [])) : [v];
    values.forEach((item, i) => checkValue(item, spec, `${path}${name}${spec.is_array ? `[${i}]` : ''}`, definition, problems));
  }
}

function checkValue(v: unknown, spec: Attribute, path: string, definition: ClassDefinition, problems: string[]): void {
  const bad = (why: string) => problems.push(`${path}: ${why} (${JSON.stringify(v)})`);
  if (spec.enum && !(String(v) in spec.enum)) bad('not in the enum');
  switch (spec.type) {
    case 'integer_t':
    case 'long_t':
      if (!Number.isInteger(v)) bad('not an integer');
      break;
    case 'timestamp_t':
      // Milliseconds since the epoch: after 2001 in milliseconds, not seconds.
      if (!Number.isInteger(v) || (v as number) < 1e12) bad('not a timestamp in milliseconds');
      break;
    case 'string_t':
    case 'url_t':
      if (typeof v !== 'string' || v === '') bad('not a non-empty string');
      if (spec.type === 'url_t' && typeof v === 'string' && !URL.canParse(v)) bad('not a URL');
      break;
    case 'object_t':
      if (typeof v !== 'object' || v === null || Array.isArray(v)) bad('not an object');
      // OCSF's generic `object` (unmapped) holds anything.
      else if (spec.object_type && spec.object_type !== 'object') {
        const object = definition.objects[spec.object_type];
        if (!object) bad(`object ${spec.object_type} is not in the definition`);
        else checkObject(v as Record<string, unknown>, object, `${path}.`, definition, problems);
      }
      break;
    case 'json_t':
      break;
    default:
      bad(`unknown type ${spec.type}`);
  }
}
