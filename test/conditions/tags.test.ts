import { describe, expect, it } from 'vitest';
import { tags } from '../../src/conditions/tags.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };
const aws = { Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'owner', Value: 'alice@example.com' }] };
const rds = { TagList: [{ Key: 'env', Value: 'dev' }] };
const azure = { tags: { env: 'prod', costCenter: '42' } };
const gcpAsset = { resource: { data: { labels: { env: 'test' } } } };
const untagged = { Name: 'x' };

describe('tags condition', () => {
  it.each([
    ['exists', 'env', undefined, aws, true],
    ['exists', 'team', undefined, aws, false],
    ['exists', 'env', undefined, rds, true],
    ['exists', 'costCenter', undefined, azure, true],
    ['exists', 'env', undefined, gcpAsset, true],
    ['exists', 'env', undefined, untagged, false],
    ['notExists', 'team', undefined, aws, true],
    ['notExists', 'env', undefined, azure, false],
    ['notExists', 'env', undefined, untagged, true],
    ['equals', 'env', 'prod', aws, true],
    ['equals', 'env', 'prod', rds, false],
    ['equals', 'env', 'test', gcpAsset, true],
    ['notEquals', 'env', 'prod', rds, true],
    ['notEquals', 'env', 'prod', azure, false],
    ['notEquals', 'env', 'prod', untagged, true],
    ['matches', 'owner', '@example\\.com$', aws, true],
    ['matches', 'owner', '@example\\.org$', aws, false],
  ] as const)('%s %s %s', (operator, key, value, item, expected) => {
    const config = { id: 't1', type: 'tags', key, operator, ...(value === undefined ? {} : { value }) };
    expect(tags.check!(config)).toEqual([]);
    expect(tags.compile(config, NOW)(item) !== null).toBe(expected);
  });

  it('reads a container at an explicit path', () => {
    const item = { Meta: { Labels: { tier: 'web' } } };
    expect(tags.compile({ id: 't1', type: 'tags', key: 'tier', operator: 'equals', value: 'web', path: '$.Meta.Labels' }, NOW)(item)).toMatchObject({ seen: 'web', text: 'tag tier equals web (seen: web)' });
  });

  it('needs a value for equals', () => {
    expect(tags.check!({ id: 't1', type: 'tags', key: 'env', operator: 'equals' }).map((p) => p.code)).toEqual(['missing-key']);
  });
});
