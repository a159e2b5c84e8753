import { describe, expect, it } from 'vitest';
import { TAG_OPERATORS, tags, type TagsCondition } from '../../src/conditions/tags.js';
import { validateSchema } from '../../src/model/validate.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };
const aws = { Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'owner', Value: 'alice@example.com' }, { Key: 'empty', Value: '' }] };
const rds = { TagList: [{ Key: 'env', Value: 'dev' }] };
const azure = { tags: { env: 'prod', costCenter: '42' } };
const gcp = { labels: { env: 'test' } };
const gcpAsset = { resource: { data: { labels: { env: 'test' } } } };
const untagged = { Name: 'x' };
// The first container found wins: Tags before tags, even when empty.
const both = { Tags: [], tags: { env: 'prod' } };
const nullTags = { Tags: null, tags: { env: 'prod' } };

interface Row {
  config: Pick<TagsCondition, 'key' | 'operator' | 'value' | 'path'>;
  item: object;
  expect: boolean;
}
const row = (operator: TagsCondition['operator'], key: string, value: TagsCondition['value'], item: object, expect: boolean): Row => ({
  config: { key, operator, ...(value === undefined ? {} : { value }) },
  item,
  expect,
});

const valid: Row[] = [
  row('exists', 'env', undefined, aws, true),
  row('exists', 'empty', undefined, aws, true), // an empty value is still a tag
  row('exists', 'Env', undefined, aws, false), // keys are exact
  row('exists', 'team', undefined, aws, false),
  row('exists', 'env', undefined, rds, true),
  row('exists', 'costCenter', undefined, azure, true),
  row('exists', 'env', undefined, gcp, true),
  row('exists', 'env', undefined, gcpAsset, true),
  row('exists', 'env', undefined, untagged, false),
  row('exists', 'env', undefined, both, false),
  row('exists', 'env', undefined, nullTags, true), // a null container is no container
  row('exists', 'constructor', undefined, azure, false), // nothing from a prototype
  row('notExists', 'team', undefined, aws, true),
  row('notExists', 'env', undefined, azure, false),
  row('notExists', 'env', undefined, untagged, true),
  row('equals', 'env', 'prod', aws, true),
  row('equals', 'env', 'prod', rds, false),
  row('equals', 'env', 'test', gcpAsset, true),
  row('equals', 'costCenter', 42, azure, true), // a YAML number is compared as text
  row('equals', 'env', 'prod', untagged, false),
  row('notEquals', 'env', 'prod', rds, true),
  row('notEquals', 'env', 'prod', azure, false),
  row('notEquals', 'env', 'prod', untagged, true), // absent is "not prod"
  row('matches', 'owner', '@example\\.com$', aws, true),
  row('matches', 'owner', '@example\\.org$', aws, false),
  row('matches', 'owner', '.*', untagged, false),
];

describe('tags condition', () => {
  it.each(valid.map((r) => [`${r.config.operator} ${r.config.key} ${r.config.value ?? ''} on ${JSON.stringify(r.item)}`, r] as const))('%s', (_, r) => {
    const config = { id: 't1', type: 'tags' as const, ...r.config };
    expect(validateSchema(tags.schema, config)).toEqual([]);
    expect(tags.check!(config)).toEqual([]);
    expect(tags.compile(config, NOW)(r.item as never) !== null).toBe(r.expect);
  });

  it('has a matching and a non-matching row for every operator', () => {
    for (const operator of TAG_OPERATORS) {
      expect(new Set(valid.filter((r) => r.config.operator === operator).map((r) => r.expect)), operator).toEqual(new Set([true, false]));
    }
  });

  it('reads a container at an explicit path, and only there', () => {
    const item = { Tags: [{ Key: 'tier', Value: 'db' }], Meta: { Labels: { tier: 'web' } } };
    const config = { id: 't1', type: 'tags', key: 'tier', operator: 'equals', value: 'web', path: '$.Meta.Labels' } as const;
    expect(tags.compile(config, NOW)(item)).toEqual({
      condition: 't1', type: 'tags', key: 'tier', operator: 'equals', expected: 'web', seen: 'web', text: 'tag tier equals web (seen: web)',
    });
  });

  it('says when a tag is absent', () => {
    expect(tags.compile({ id: 't1', type: 'tags', key: 'owner', operator: 'notExists' }, NOW)(azure)).toEqual({
      condition: 't1', type: 'tags', key: 'owner', operator: 'notExists', seen: null, text: 'tag owner notExists (seen: absent)',
    });
  });

  it.each([
    [{ key: 'env', operator: 'equals' }, ['operator missing-key']],
    [{ key: 'env', operator: 'matches', value: '(' }, ['value bad-regex']],
    [{ key: 'env', operator: 'exists', path: 'Tags' }, ['path bad-jsonpath']],
    [{ key: 'env', operator: 'has' }, ['operator bad-operator']],
    [{ key: '', operator: 'exists' }, ['key bad-value']],
    [{ key: 'env', operator: 'equals', value: ['a'] }, ['value bad-type']],
    [{ operator: 'exists' }, [' missing-key']],
  ])('rejects %j', (partial, problems) => {
    const config = { id: 't1', type: 'tags', ...partial } as never;
    const schema = validateSchema(tags.schema, config);
    const found = schema.length > 0 ? schema : tags.check!(config);
    expect(found.map((p) => `${p.path.join('.')} ${p.code}`)).toEqual(problems);
  });
});
