import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './cli.js';

/**
 * The OCSF 1.3.0 schema as its maintainers publish it (the ocsf/ocsf-schema repository at tag
 * 1.3.0, files vendored unchanged under test/fixtures/schemas/ocsf/ocsf-schema-1.3.0: see the
 * README there), resolved the way the OCSF schema server compiles a class: the dictionary gives
 * each attribute its type, array-ness and enum; a class or object takes its parent's attributes
 * (`extends`), then those of its `$include` files, then its own, later ones overriding earlier
 * ones attribute by attribute. Profiles are included only when applied (ctrlflow applies `cloud`).
 */
const ROOT = join(REPO, 'test/fixtures/schemas/ocsf/ocsf-schema-1.3.0');
const EVENT_FILES: Record<string, string> = {
  base_event: 'events/base_event.json',
  finding: 'events/findings/finding.json',
  compliance_finding: 'events/findings/compliance_finding.json',
};

type Enum = Record<string, { caption: string }>;
interface SourceAttribute {
  requirement?: string;
  type?: string;
  is_array?: boolean;
  enum?: Enum;
}
interface SourceFile {
  uid?: number;
  extends?: string;
  attributes: Record<string, SourceAttribute | string[]>;
  constraints?: { at_least_one?: string[] };
}

export interface ResolvedAttribute {
  requirement: string;
  /** The dictionary's scalar type (`timestamp_t`, `string_t`, …) or `object_t`. */
  type: string;
  /** A subtype's base type (`long_t` for `timestamp_t`); the type itself otherwise. */
  base: string;
  object_type?: string;
  is_array: boolean;
  enum?: string[];
}
export interface Resolved {
  attributes: Record<string, ResolvedAttribute>;
  atLeastOne?: string[];
}

const read = (path: string): SourceFile => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as SourceFile;
const dictionary = JSON.parse(readFileSync(join(ROOT, 'dictionary.json'), 'utf8')) as {
  attributes: Record<string, SourceAttribute>;
  types: { attributes: Record<string, { type?: string }> };
};

function collect(file: SourceFile, profiles: readonly string[], into: Map<string, SourceAttribute>, constraints: { atLeastOne?: string[] }): void {
  for (const [name, spec] of Object.entries(file.attributes)) {
    if (name === '$include') {
      for (const path of spec as string[]) {
        const profile = /^profiles\/(.+)\.json$/.exec(path)?.[1];
        if (profile !== undefined && !profiles.includes(profile)) continue;
        collect(read(path), profiles, into, constraints);
      }
      continue;
    }
    const own = spec as SourceAttribute;
    const before = into.get(name) ?? {};
    // An enum given again adds to (or re-labels) the values already there.
    into.set(name, { ...before, ...own, ...(before.enum || own.enum ? { enum: { ...before.enum, ...own.enum } } : {}) });
  }
  if (file.constraints?.at_least_one) constraints.atLeastOne = file.constraints.at_least_one;
}

function chain(kind: 'event' | 'object', name: string): SourceFile[] {
  const file = read(kind === 'event' ? EVENT_FILES[name]! : `objects/${name}.json`);
  return [...(file.extends ? chain(kind, file.extends) : []), file];
}

/** A class (`event`) or object of OCSF 1.3.0, with the given profiles applied. */
export function resolveOcsf(kind: 'event' | 'object', name: string, profiles: readonly string[] = ['cloud']): Resolved {
  const attributes = new Map<string, SourceAttribute>();
  const constraints: { atLeastOne?: string[] } = {};
  for (const file of chain(kind, name)) collect(file, profiles, attributes, constraints);
  const resolved: Record<string, ResolvedAttribute> = {};
  for (const [attribute, spec] of attributes) {
    const entry = dictionary.attributes[attribute];
    if (!entry?.type) throw new Error(`${name}.${attribute}: not in the OCSF 1.3.0 dictionary`);
    const scalar = entry.type.endsWith('_t');
    const type = scalar ? entry.type : 'object_t';
    const base = scalar ? (dictionary.types.attributes[entry.type]?.type ?? entry.type) : 'object_t';
    const values = { ...entry.enum, ...spec.enum };
    resolved[attribute] = {
      requirement: spec.requirement ?? 'optional',
      type,
      base,
      ...(scalar ? {} : { object_type: entry.type }),
      is_array: entry.is_array === true,
      ...(Object.keys(values).length > 0 ? { enum: Object.keys(values).sort() } : {}),
    };
  }
  return { attributes: resolved, ...(constraints.atLeastOne ? { atLeastOne: constraints.atLeastOne } : {}) };
}
