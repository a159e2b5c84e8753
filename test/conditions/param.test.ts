import { describe, expect, it } from 'vitest';
import { param } from '../../src/conditions/param.js';
import { validateSchema } from '../../src/model/validate.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };
const item = {
  PubliclyAccessible: true,
  Flag: 'True',
  Port: 22,
  PortText: '22',
  Name: 'prod-db-1',
  Engine: 'postgres',
  Zones: ['a', 'b'],
  Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'db' }],
  Empty: '',
  None: null,
  List: [],
  Map: {},
  Created: '2026-01-01T00:00:00Z',
};

/** [operator, key, value, matches?] — every operator has a matching and a non-matching row. */
const table: [string, string, unknown, boolean][] = [
  ['==', '$.PubliclyAccessible', true, true],
  ['==', '$.PubliclyAccessible', false, false],
  ['==', '$.Flag', true, true], // "True" from an API equals true
  ['==', '$.PortText', 22, true], // numeric string equals number
  ['==', '$.Tags[*].Value', 'db', true], // any value of a wildcard
  ['==', '$.Missing', 'x', false],
  ['!=', '$.PubliclyAccessible', false, true],
  ['!=', '$.PubliclyAccessible', true, false],
  ['!=', '$.Missing', true, true], // a missing key is "not true"
  ['!=', '$.Tags[*].Value', 'db', false], // some value is db
  ['>', '$.Port', 21, true],
  ['>', '$.Port', 22, false],
  ['>', '$.PortText', 10, true],
  ['>', '$.Name', 5, false], // not comparable
  ['>=', '$.Port', 22, true],
  ['>=', '$.Port', 23, false],
  ['<', '$.Port', 23, true],
  ['<', '$.Port', 22, false],
  ['<=', '$.Port', 22, true],
  ['<=', '$.Port', 21, false],
  ['<', '$.Created', '2026-06-01', true], // ISO strings compare as strings
  ['exists', '$.Engine', undefined, true],
  ['exists', '$.None', undefined, false],
  ['exists', '$.Missing', undefined, false],
  ['notExists', '$.Missing', undefined, true],
  ['notExists', '$.Engine', undefined, false],
  ['contains', '$.Name', 'db', true],
  ['contains', '$.Zones', 'b', true],
  ['contains', '$.Zones', 'c', false],
  ['notContains', '$.Zones', 'c', true],
  ['notContains', '$.Name', 'db', false],
  ['in', '$.Engine', ['mysql', 'postgres'], true],
  ['in', '$.Engine', ['mysql'], false],
  ['notIn', '$.Engine', ['mysql'], true],
  ['notIn', '$.Engine', ['postgres'], false],
  ['matches', '$.Name', '^prod-.*-\\d+$', true],
  ['matches', '$.Name', '^dev-', false],
  ['startsWith', '$.Name', 'prod', true],
  ['startsWith', '$.Name', 'db', false],
  ['endsWith', '$.Name', '-1', true],
  ['endsWith', '$.Name', 'prod', false],
  ['isEmpty', '$.Empty', undefined, true],
  ['isEmpty', '$.List', undefined, true],
  ['isEmpty', '$.Map', undefined, true],
  ['isEmpty', '$.Missing', undefined, true],
  ['isEmpty', '$.Zones', undefined, false],
  ['isNotEmpty', '$.Zones', undefined, true],
  ['isNotEmpty', '$.List', undefined, false],
];

describe('param condition', () => {
  it.each(table)('%s %s %j -> %s', (operator, key, value, expected) => {
    const config = { id: 'c1', type: 'param', key, operator, ...(value === undefined ? {} : { value }) } as never;
    expect(validateSchema(param.schema, config)).toEqual([]);
    expect(param.check!(config)).toEqual([]);
    expect(param.compile(config, NOW)(item) !== null).toBe(expected);
  });

  it('records what was expected and, for a positive operator, the values that matched', () => {
    const match = param.compile({ id: 'c1', type: 'param', key: '$.Tags[*].Value', operator: '==', value: 'db' }, NOW)(item);
    expect(match).toEqual({ condition: 'c1', type: 'param', key: '$.Tags[*].Value', operator: '==', expected: 'db', seen: 'db', text: '$.Tags[*].Value == db (seen: db)' });
    const negated = param.compile({ id: 'c2', type: 'param', key: '$.Tags[*].Value', operator: 'notIn', value: ['x'] }, NOW)(item);
    expect(negated).toMatchObject({ seen: ['prod', 'db'] });
  });

  it('evaluates JSONPath filter expressions safely (no JavaScript)', () => {
    const group = { IpPermissions: [{ IpProtocol: 'tcp', FromPort: 20, ToPort: 25, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] };
    const key = "$.IpPermissions[?(@.IpProtocol=='-1' || (@.FromPort<=22 && @.ToPort>=22))].IpRanges[*].CidrIp";
    expect(param.compile({ id: 'c1', type: 'param', key, operator: '==', value: '0.0.0.0/0' }, NOW)(group)).not.toBeNull();
    const escape = "$[?(@.constructor.constructor('return process')())]";
    expect(() => param.compile({ id: 'c1', type: 'param', key: escape, operator: 'exists' }, NOW)([{}] as never)).toThrow();
  });

  it.each([
    [{ key: '$.a', operator: '===', value: 1 }, ['operator bad-operator']],
    [{ key: '$.a', operator: '==' }, ['operator missing-key']],
    [{ key: 'a.b', operator: 'exists' }, ['key bad-jsonpath']],
    [{ key: '$.a[?(@.x ==', operator: 'exists' }, ['key bad-jsonpath']],
    [{ key: '$.a', operator: 'in', value: 'x' }, ['value bad-type']],
    [{ key: '$.a', operator: 'matches', value: '([a-z' }, ['value bad-regex']],
    [{ key: '$.a', operator: 'exists', extra: 1 }, ['extra unknown-key']],
  ])('rejects %j', (partial, problems) => {
    const config = { id: 'c1', type: 'param', ...partial } as never;
    const schema = validateSchema(param.schema, config);
    const found = schema.length > 0 ? schema : param.check!(config);
    expect(found.map((p) => `${p.path.join('.')} ${p.code}`)).toEqual(problems);
  });
});
