import type { Problem } from '../model/problem.js';
import type { Item } from '../providers/types.js';
import { checkJsonPath, compileJsonPath, type JsonPathReader } from './json-path.js';
import { conditionIdSchema, type ConditionConfig, type ConditionKind } from './types.js';
import { show } from './values.js';

export const TAG_OPERATORS = ['exists', 'notExists', 'equals', 'notEquals', 'matches'] as const;

/** A tag by key, on AWS `Tags`/`TagList` lists or Azure `tags` / GCP `labels` maps alike. */
export interface TagsCondition extends ConditionConfig {
  key: string;
  operator: (typeof TAG_OPERATORS)[number];
  value?: string;
  /** JSONPath to the tag container when it is not in a usual place. */
  path?: string;
}

/** Where clouds keep tags, in the order looked at; the first one present wins. */
const CONTAINERS = ['$.Tags', '$.TagList', '$.tags', '$.labels', '$.resource.data.labels'].map(compileJsonPath);

/** The tags of an item as a map, whatever the cloud's shape. */
function tagsOf(item: Item, readers: JsonPathReader[]): Map<string, string> | undefined {
  for (const read of readers) {
    const [container] = read(item);
    if (Array.isArray(container)) {
      return new Map(container.filter((t) => t && typeof t === 'object').map((t) => [String(t.Key ?? t.key), String(t.Value ?? t.value ?? '')]));
    }
    if (container && typeof container === 'object') {
      return new Map(Object.entries(container).map(([k, v]) => [k, String(v ?? '')]));
    }
  }
  return undefined;
}

export const tags: ConditionKind<TagsCondition> = {
  type: 'tags',
  summary: 'a tag exists, is absent, or has a value (AWS Tags, Azure tags, GCP labels)',
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'key', 'operator'],
    properties: {
      id: conditionIdSchema,
      type: { const: 'tags' },
      key: { type: 'string', minLength: 1 },
      operator: { enum: [...TAG_OPERATORS] },
      value: { type: 'string' },
      path: { type: 'string' },
    },
  },
  check(config) {
    const problems: Problem[] = [];
    const needsValue = config.operator === 'equals' || config.operator === 'notEquals' || config.operator === 'matches';
    if (needsValue && config.value === undefined) {
      problems.push({ path: ['operator'], code: 'missing-key', message: `operator "${config.operator}" needs a "value"` });
    }
    if (config.path !== undefined) {
      const error = checkJsonPath(config.path);
      if (error) problems.push({ path: ['path'], code: 'bad-jsonpath', message: error });
    }
    if (config.operator === 'matches' && config.value !== undefined) {
      try {
        new RegExp(config.value);
      } catch (e) {
        problems.push({ path: ['value'], code: 'bad-regex', message: `"${config.value}" is not a valid regular expression: ${(e as Error).message}` });
      }
    }
    return problems;
  },
  compile(config) {
    const readers = config.path ? [compileJsonPath(config.path)] : CONTAINERS;
    const { id, key, operator, value } = config;
    const re = operator === 'matches' ? new RegExp(value ?? '') : undefined;
    const holds = (tag: string | undefined): boolean => {
      switch (operator) {
        case 'exists': return tag !== undefined;
        case 'notExists': return tag === undefined;
        case 'equals': return tag === value;
        case 'notEquals': return tag !== value;
        case 'matches': return tag !== undefined && re!.test(tag);
      }
    };
    return (item) => {
      const tag = tagsOf(item, readers)?.get(key);
      if (!holds(tag)) return null;
      const expected = value === undefined ? '' : ` ${show(value)}`;
      return { condition: id, type: 'tags', text: `tag ${key} ${operator}${expected} (seen: ${tag === undefined ? 'absent' : show(tag)})`, key, operator, ...(value === undefined ? {} : { expected: value }), seen: tag ?? null };
    };
  },
};
