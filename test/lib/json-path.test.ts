import { JSONPath } from 'jsonpath-plus';
import { describe, expect, it } from 'vitest';
import { checkJsonPath, compileJsonPath, isDefiniteJsonPath } from '../../src/lib/json-path.js';

const group = {
  GroupId: 'sg-1',
  Tags: [{ Key: 'Name', Value: 'web' }, { Key: 'env', Value: 'prod' }],
  IpPermissions: [
    { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }, { CidrIp: '10.0.0.0/8' }], Ipv6Ranges: [] },
    { IpProtocol: '-1', IpRanges: [], Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
    { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [] },
  ],
  Meta: { a: { x: 1 }, b: { x: 2 }, c: null },
  Nothing: null,
  Zero: 0,
  Empty: '',
  Name: 'web-1',
  'my key': 5,
  'a-b': 6,
  $x: 7,
  Dotted: { 'x.y': 1 },
};

// The fast walks must agree with jsonpath-plus on every path they take over, and on the
// paths they leave to it: one table, run both ways.
const paths = [
  '$',
  '$.GroupId',
  '$.IpPermissions[0].FromPort',
  '$.IpPermissions.0.FromPort',
  '$.IpPermissions[5].FromPort',
  '$.Missing.deeper',
  '$.Nothing',
  '$.Nothing.x',
  '$.Zero',
  '$.Zero.x',
  '$.Empty',
  '$.Empty.length',
  '$.IpPermissions.length',
  '$.Name.length', // strings have a length and indices in jsonpath-plus too
  '$.Name[0]',
  '$.constructor', // own properties only: nothing from a prototype
  '$.__proto__',
  '$.Meta.toString',
  '$.Tags.hasOwnProperty',
  "$['my key']",
  "$['a-b']",
  '$.a-b',
  '$.$x',
  "$.Dotted['x.y']",
  '$.GroupId.$', // a bare $ step stays where it is
  '$.IpPermissions[*].IpRanges[*].CidrIp',
  '$.IpPermissions[*].Ipv6Ranges[*].CidrIpv6',
  '$.IpPermissions[*].FromPort',
  '$.Tags[*]',
  '$.Tags[*].constructor',
  '$.Meta.*.x',
  '$.Meta.*',
  '$.*',
  '$.Name.*',
  "$.Tags[?(@.Key=='Name')].Value",
  '$.IpPermissions[?(@.FromPort<=22 && @.ToPort>=22)].IpRanges[*].CidrIp',
  "$.IpPermissions[?(@.IpProtocol=='-1' || (@.FromPort<=22 && @.ToPort>=22))].IpRanges[*].CidrIp",
  "$.IpPermissions[?(@.IpProtocol=='tcp')].Ipv6Ranges[*].CidrIpv6",
  "$.IpPermissions[*].IpRanges[?(@.CidrIp=='0.0.0.0/0')].CidrIp",
  "$.IpPermissions[?(@.FromPort == 443 || @.IpProtocol == '-1')].IpProtocol",
  '$.IpPermissions[?(@.FromPort != 22)].IpProtocol',
  '$.Meta[?(@ && @.x > 1)].x',
  '$.IpPermissions[?(@.FromPort == @root.IpPermissions[0].ToPort)].IpProtocol',
  '$..CidrIp',
  '$.IpPermissions[0:2].IpProtocol',
  '$.IpPermissions[0,2].FromPort',
  '$.IpPermissions[-1:].FromPort',
];

describe('JSONPath keys', () => {
  it.each(paths)('%s reads what jsonpath-plus reads', (path) => {
    expect(compileJsonPath(path)(group)).toEqual(JSONPath({ path, json: group, wrap: true, eval: 'safe' }));
  });

  it('walks plain keys directly and finds nothing as an empty list', () => {
    const item = { a: { b: [{ c: 1 }, { c: 2 }] } };
    expect(compileJsonPath('$.a.b[0].c')(item)).toEqual([1]);
    expect(compileJsonPath('$.a.b[1].c')(item)).toEqual([2]);
    expect(compileJsonPath('$.a.b[2].c')(item)).toEqual([]);
    expect(compileJsonPath('$.a.x.y')(item)).toEqual([]);
  });

  it('evaluates filter expressions with == <= >= && || under the safe evaluator', () => {
    const read = compileJsonPath('$.IpPermissions[?(@.FromPort<=22 && @.ToPort>=22)].IpRanges[*].CidrIp');
    expect(read(group)).toEqual(['0.0.0.0/0', '10.0.0.0/8']);
    expect(compileJsonPath("$.Tags[?(@.Key=='Name')].Value")(group)).toEqual(['web']);
    expect(compileJsonPath("$.IpPermissions[?(@.IpProtocol=='-1' || (@.FromPort<=22 && @.ToPort>=22))].IpProtocol")(group)).toEqual(['tcp', '-1']);
  });

  it('drops an element a filter cannot evaluate, instead of failing the key', () => {
    // @root sends this one to jsonpath-plus; `@.Missing.x` throws there on every element.
    const read = compileJsonPath("$.IpPermissions[?(@.Missing.x == 1 || @.IpProtocol == @root.IpPermissions[1].IpProtocol)].IpProtocol");
    expect(read(group)).toEqual([]);
    expect(compileJsonPath('$.IpPermissions[?(@.Missing.x == 1)].IpProtocol')(group)).toEqual([]);
  });

  it('runs no JavaScript from a filter', () => {
    const read = compileJsonPath("$[?(@.constructor.constructor('return process')())]");
    expect(read([{}])).toEqual([]);
  });

  it('applies a negative filter one level deep, as the string form does', () => {
    // @property keeps this path on jsonpath-plus.
    const read = compileJsonPath("$.IpPermissions[?(@property !== 0 && @.IpProtocol !== 'tcp')].IpProtocol");
    expect(read(group)).toEqual(['-1']);
  });

  it('tells definite paths from lists', () => {
    expect(isDefiniteJsonPath('$.a.b[0]')).toBe(true);
    expect(isDefiniteJsonPath('$.a[*].b')).toBe(false);
    expect(isDefiniteJsonPath('$.a[?(@.x==1)]')).toBe(false);
  });
});

describe('checkJsonPath', () => {
  it.each([
    '$',
    '$.a[*].b',
    "$.Tags[?(@.Key=='Name')].Value",
    '$.IpPermissions[?(@.FromPort<=22 && @.ToPort>=22)].IpRanges[*].CidrIp',
    "$['my key']",
    "$.a[?(@.b == 'x]')]",
    '$.a[?(@.list == [])]',
    '$..CidrIp',
    "$.a[?(@.Name.startsWith('prod'))]",
  ])('accepts %s', (path) => {
    expect(checkJsonPath(path)).toBeNull();
  });

  it.each([
    ['GroupId', '"GroupId" is not a JSONPath: it must start with $ (e.g. $.GroupId)'],
    ['', '"" is not a JSONPath: it must start with $ (e.g. $.)'],
    ['$.a[', '"$.a[" has an unclosed "[" at column 4'],
    ['$.a[0', '"$.a[0" has an unclosed "[" at column 4'],
    ['$.a]', '"$.a]" has an unexpected "]" at column 4'],
    ['$.a)', '"$.a)" has an unexpected ")" at column 4'],
    ["$['a", `"$['a" has an unclosed '`],
    ['$.a[?(@.x == 1]', '"$.a[?(@.x == 1]" has an unexpected "]" at column 15'],
    ['$.a[?(@.x ==', '"$.a[?(@.x ==" has an unclosed "(" at column 6'],
    ['$.a[]', '"$.a[]" has empty brackets at column 4'],
    ['$.a.', '"$.a." ends with "."'],
    ['$.a[?(@.x ===)]', '"$.a[?(@.x ===)]" has a bad filter expression: Expected expression after ==='],
    ['$.a[?(@.x == 1 &&)]', '"$.a[?(@.x == 1 &&)]" has a bad filter expression: Expected expression after &&'],
    ['$.a[?(@.x == y)]', '"$.a[?(@.x == y)]" has a bad filter expression: y is not defined: @.x == y'],
  ])('rejects %j', (path, message) => {
    expect(checkJsonPath(path)).toBe(message);
  });
});
