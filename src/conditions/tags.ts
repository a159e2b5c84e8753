import type { Item } from '../providers/types.js';
import { checkJsonPaths, compileJsonPath, type JsonPathReader } from '../lib/json-path.js';
import { conditionIdSchema, type ConditionConfig, type ConditionKind } from './types.js';
import { checkOperatorValue, compileMatches, show } from './values.js';
import { schemaFor } from '../model/schema-type.js';

export const TAG_OPERATORS = ['exists', 'notExists', 'equals', 'notEquals', 'matches'] as const;

/**
 * A tag by key, on AWS `Tags`/`TagList` lists or Azure `tags` / GCP `labels` maps alike. Keys
 * are compared exactly (case-sensitive). `notExists` and `notEquals` match an absent tag, and
 * an item with no tags at all.
 */
export interface TagsCondition extends ConditionConfig {
  type: 'tags';
  key: string;
  operator: (typeof TAG_OPERATORS)[number];
  /** A number or boolean is compared as its text: tag values are always strings. */
  value?: string | number | boolean;
  /** JSONPath to the tag container when it is not in a usual place. */
  path?: string;
}

/** Where clouds keep tags, in the order looked at; the first one present wins. */
const CONTAINER_PATHS = ['$.Tags', '$.TagList', '$.tags', '$.labels', '$.resource.data.labels'];
const CONTAINERS = CONTAINER_PATHS.map(compileJsonPath);

/** The value of tag `key` (undefined when absent), reading the first container found. */
function tagOf(item: Item, readers: JsonPathReader[], key: string): string | undefined {
  for (const read of readers) {
    const [container] = read(item);
    if (Array.isArray(container)) {
      // AWS: [{ Key, Value }]; a few services write { key, value }.
      for (const t of container as unknown[]) {
        if (!t || typeof t !== 'object') continue;
        const { Key, key: k, Value, value } = t as Record<string, unknown>;
        if ((Key ?? k) === key) return String(Value ?? value ?? '');
      }
      return undefined;
    }
    if (container && typeof container === 'object') {
      return Object.hasOwn(container, key) ? String((container as Record<string, unknown>)[key] ?? '') : undefined;
    }
  }
  return undefined;
}

export const tags: ConditionKind<TagsCondition> = {
  type: 'tags',
  summary: 'a tag exists, is absent, or has a value (AWS Tags, Azure tags, GCP labels)',
  schema: schemaFor<TagsCondition>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'key', 'operator'],
    properties: {
      id: conditionIdSchema,
      type: { const: 'tags' },
      key: { type: 'string', minLength: 1 },
      operator: { enum: [...TAG_OPERATORS] },
      value: { type: ['string', 'number', 'boolean'] },
      path: { type: 'string' },
    },
  }),
  check(config) {
    const needsValue = config.operator === 'equals' || config.operator === 'notEquals' || config.operator === 'matches';
    return [...checkOperatorValue(config, needsValue), ...(config.path === undefined ? [] : checkJsonPaths([[['path'], config.path]]))];
  },
  reads: (config) =>
    config.path !== undefined
      ? [{ at: ['path'], path: config.path }]
      : [{ at: ['key'], anyOf: CONTAINER_PATHS, what: `tags are read from ${CONTAINER_PATHS.join(', ')} (or path:)` }],
  compile(config) {
    const readers = config.path ? [compileJsonPath(config.path)] : CONTAINERS;
    const { id, key, operator } = config;
    const value = config.value === undefined ? undefined : String(config.value);
    const matches = operator === 'matches' ? compileMatches(value ?? '') : undefined;
    const holds = (tag: string | undefined): boolean => {
      switch (operator) {
        case 'exists': return tag !== undefined;
        case 'notExists': return tag === undefined;
        case 'equals': return tag === value;
        case 'notEquals': return tag !== value;
        case 'matches': return matches!(tag);
      }
    };
    return (item) => {
      const tag = tagOf(item, readers, key);
      if (!holds(tag)) return null;
      const expected = value === undefined ? '' : ` ${show(value)}`;
      return { condition: id, type: 'tags', text: `tag ${key} ${operator}${expected} (seen: ${tag === undefined ? 'absent' : show(tag)})`, key, operator, ...(value === undefined ? {} : { expected: value }), seen: tag ?? null };
    };
  },
};
