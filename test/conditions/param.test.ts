import { describe, expect, it } from 'vitest';
import { param, PARAM_OPERATORS, type ParamCondition } from '../../src/conditions/param.js';
import { isUndecided } from '../../src/conditions/types.js';
import { validateSchema } from '../../src/model/validate.js';

const NOW = { now: new Date('2026-11-01T00:00:00Z') };
const db = {
  PubliclyAccessible: true,
  Flag: 'True',
  Off: 'FALSE',
  Port: 22,
  PortText: '22',
  Version: '10',
  Name: 'prod-db-1',
  Engine: 'postgres',
  Zones: ['a', 'b'],
  Objects: [{ k: 1 }, { k: 2 }],
  Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'db' }],
  Ports: [22, 443],
  Empty: '',
  None: null,
  List: [],
  Map: {},
  Created: '2026-01-01T00:00:00Z',
};

/** One row: the condition minus id/type, the item (db unless given), and whether it matches. */
interface Row {
  config: Partial<ParamCondition>;
  item?: object;
  /** Matches, does not, or cannot decide (a definite key with no value to order). */
  expect: boolean | 'undecided';
}
const row = (key: string, operator: string, value: unknown, expect: Row['expect'], item?: object): Row => ({
  config: { key, operator, ...(value === undefined ? {} : { value }) } as Partial<ParamCondition>,
  expect,
  ...(item ? { item } : {}),
});

// Every operator has at least one matching and one non-matching row.
const valid: Row[] = [
  row('$.PubliclyAccessible', '==', true, true),
  row('$.PubliclyAccessible', '==', false, false),
  row('$.PubliclyAccessible', '==', 'TRUE', true), // true equals "true" in any case
  row('$.Flag', '==', true, true), // "True" from an API equals true
  row('$.Off', '==', false, true),
  row('$.Flag', '==', false, false),
  row('$.Port', '==', 'yes', false),
  row('$.PortText', '==', 22, true), // numeric string equals number
  row('$.Port', '==', '22', true),
  row('$.Name', '==', 'PROD-DB-1', false), // strings are compared exactly
  row('$.Tags[*].Value', '==', 'db', true), // any value of a wildcard
  row('$.Tags[0]', '==', { Key: 'env', Value: 'prod' }, true), // deep equality
  row('$.Tags[0]', '==', { Key: 'env' }, false),
  row('$.Missing', '==', 'x', false),
  row('$.None', '==', null, true),
  row('$.PubliclyAccessible', '!=', false, true),
  row('$.PubliclyAccessible', '!=', true, false),
  row('$.Flag', '!=', true, false), // the same coercion as ==
  row('$.Missing', '!=', true, true), // a missing key is "not true"
  row('$.Tags[*].Value', '!=', 'db', false), // some value is db
  row('$.Tags[*].Value', '!=', 'qa', true), // no value is qa
  row('$.Port', '>', 21, true),
  row('$.Port', '>', 22, false),
  row('$.PortText', '>', 10, true), // numeric string vs number: numerically
  row('$.Version', '>', '9', true), // two numeric strings: numerically, not "10" < "9"
  row('$.Name', '>', 5, 'undecided'), // a word and a number cannot be ordered: neither > nor <=
  row('$.PubliclyAccessible', '>', 0, 'undecided'), // nor can a boolean
  row('$.Missing', '>', 0, 'undecided'), // missing: not "not greater"; an evaluate node says ERROR
  row('$.Missing', '<', 7, 'undecided'),
  row('$.None', '<=', 7, 'undecided'),
  row('$.Ports[*]', '>', 9999, false), // over a wildcard: no value satisfies it
  row('$.Objects[*].missing', '<', 7, false),
  row('$.List[*]', '<', 7, false),
  row('$.Ports[*]', '>', 400, true), // any value
  row('$.Port', '>=', 22, true),
  row('$.Port', '>=', 23, false),
  row('$.Port', '<', 23, true),
  row('$.Port', '<', 22, false),
  row('$.Port', '<=', 22, true),
  row('$.Port', '<=', 21, false),
  row('$.Created', '<', '2026-06-01', true), // ISO strings compare as strings
  row('$.Created', '<', '2025-12-31T23:59:59Z', false),
  row('$.Created', '>=', '2026-01-01T00:00:00Z', true), // the boundary itself
  row('$.Engine', 'exists', undefined, true),
  row('$.Empty', 'exists', undefined, true), // "" is a value
  row('$.None', 'exists', undefined, false), // null is not
  row('$.Missing', 'exists', undefined, false),
  row('$.Tags[*].Missing', 'exists', undefined, false),
  row('$.Missing', 'notExists', undefined, true),
  row('$.None', 'notExists', undefined, true),
  row('$.Engine', 'notExists', undefined, false),
  row('$.Name', 'contains', 'db', true), // substring
  row('$.Name', 'contains', 'DB', false),
  row('$.Zones', 'contains', 'b', true), // member
  row('$.Zones', 'contains', 'c', false),
  row('$.Objects', 'contains', { k: 2 }, true), // member by deep equality
  row('$.Objects', 'contains', { k: 3 }, false),
  row('$.Missing', 'contains', 'x', false),
  row('$.Zones', 'notContains', 'c', true),
  row('$.Name', 'notContains', 'db', false),
  row('$.Missing', 'notContains', 'x', true),
  row('$.Engine', 'in', ['mysql', 'postgres'], true),
  row('$.Engine', 'in', ['mysql'], false),
  row('$.Port', 'in', ['22', '3389'], true),
  row('$.Missing', 'in', ['x'], false),
  row('$.Engine', 'notIn', ['mysql'], true),
  row('$.Engine', 'notIn', ['postgres'], false),
  row('$.Missing', 'notIn', ['x'], true),
  row('$.Tags[*].Value', 'notIn', ['prod', 'db'], false),
  row('$.Name', 'matches', '^prod-.*-\\d+$', true),
  row('$.Name', 'matches', '^dev-', false),
  row('$.Port', 'matches', '22', false), // only strings match a pattern
  row('$.Name', 'startsWith', 'prod', true),
  row('$.Name', 'startsWith', 'db', false),
  row('$.Name', 'endsWith', '-1', true),
  row('$.Name', 'endsWith', 'prod', false),
  row('$.Empty', 'isEmpty', undefined, true),
  row('$.List', 'isEmpty', undefined, true),
  row('$.Map', 'isEmpty', undefined, true),
  row('$.None', 'isEmpty', undefined, true),
  row('$.Missing', 'isEmpty', undefined, true),
  row('$.Zones', 'isEmpty', undefined, false),
  row('$.Port', 'isEmpty', undefined, false),
  row('$.Zones', 'isNotEmpty', undefined, true),
  row('$.Map', 'isNotEmpty', undefined, false),
  row('$.Missing', 'isNotEmpty', undefined, false),
];

describe('param condition', () => {
  it.each(valid.map((r) => [`${r.config.key} ${r.config.operator} ${JSON.stringify(r.config.value)}`, r] as const))('%s', (_, r) => {
    const config = { id: 'c1', type: 'param', ...r.config } as ParamCondition;
    expect(validateSchema(param.schema, config)).toEqual([]);
    expect(param.check!(config)).toEqual([]);
    const result = param.compile(config, NOW)((r.item ?? db) as never);
    expect(result !== null && isUndecided(result) ? 'undecided' : result !== null).toBe(r.expect);
  });

  it('has a matching and a non-matching row for every operator', () => {
    for (const operator of PARAM_OPERATORS) {
      expect(new Set(valid.filter((r) => r.config.operator === operator && r.expect !== 'undecided').map((r) => r.expect)), operator).toEqual(new Set([true, false]));
    }
  });

  it.each([
    [{ key: '$.PubliclyAccessible', operator: '==', value: true }, { seen: true, text: '$.PubliclyAccessible == true (seen: true)' }],
    // A positive operator shows the values that satisfied it.
    [{ key: '$.Tags[*].Value', operator: '==', value: 'db' }, { seen: 'db', text: '$.Tags[*].Value == db (seen: db)' }],
    [{ key: '$.Ports[*]', operator: '>', value: 0 }, { seen: [22, 443], text: '$.Ports[*] > 0 (seen: [22,443])' }],
    // A negative one shows everything the key found, and null when it found nothing.
    [{ key: '$.Tags[*].Value', operator: 'notIn', value: ['x'] }, { seen: ['prod', 'db'], text: '$.Tags[*].Value notIn ["x"] (seen: ["prod","db"])' }],
    [{ key: '$.StorageEncrypted', operator: '!=', value: true }, { seen: null, text: '$.StorageEncrypted != true (seen: null)' }],
    [{ key: '$.Missing', operator: 'notExists' }, { seen: null, text: '$.Missing notExists (seen: null)' }],
  ])('records the match of %j', (partial, shown) => {
    const match = param.compile({ id: 'c1', type: 'param', ...partial } as ParamCondition, NOW)(db);
    const { value, ...rest } = partial as { value?: unknown };
    expect(match).toEqual({ condition: 'c1', type: 'param', ...rest, ...(value === undefined ? {} : { expected: value }), ...shown });
  });

  it('evaluates JSONPath filter expressions safely (no JavaScript)', () => {
    const group = { IpPermissions: [{ IpProtocol: 'tcp', FromPort: 20, ToPort: 25, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }] };
    const key = '$.IpPermissions[?(@.FromPort<=22 && @.ToPort>=22)].IpRanges[*].CidrIp';
    expect(param.compile({ id: 'c1', type: 'param', key, operator: '==', value: '0.0.0.0/0' }, NOW)(group)).toMatchObject({ seen: '0.0.0.0/0' });
    const escape = "$[?(@.constructor.constructor('return process')())]";
    expect(param.compile({ id: 'c1', type: 'param', key: escape, operator: 'exists' }, NOW)([{}] as never)).toBeNull();
  });

  it.each([
    [{ key: '$.a', operator: '===', value: 1 }, ['operator bad-operator']],
    [{ key: '$.a', operator: '==' }, ['operator missing-key']],
    [{ key: '$.a', operator: 'exists', extra: 1 }, ['extra unknown-key']],
    [{ key: 1, operator: 'exists' }, ['key bad-type']],
    [{ id: '1st', key: '$.a', operator: 'exists' }, ['id bad-value']],
    [{ key: 'a.b', operator: 'exists' }, ['key bad-jsonpath']],
    [{ key: '$.a[?(@.x ==', operator: 'exists' }, ['key bad-jsonpath']],
    [{ key: '$.a', operator: 'in', value: 'x' }, ['value bad-type']],
    [{ key: '$.a', operator: 'notIn', value: { a: 1 } }, ['value bad-type']],
    [{ key: '$.a', operator: 'matches', value: '([a-z' }, ['value bad-regex']],
  ])('rejects %j', (partial, problems) => {
    const config = { id: 'c1', type: 'param', ...partial } as never;
    const schema = validateSchema(param.schema, config);
    const found = schema.length > 0 ? schema : param.check!(config);
    expect(found.map((p) => `${p.path.join('.')} ${p.code}`)).toEqual(problems);
  });
});
