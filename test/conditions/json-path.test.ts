import { JSONPath } from 'jsonpath-plus';
import { describe, expect, it } from 'vitest';
import { checkJsonPath, compileJsonPath, isDefiniteJsonPath } from '../../src/conditions/json-path.js';

const group = {
  GroupId: 'sg-1',
  Tags: [{ Key: 'Name', Value: 'web' }, { Key: 'env', Value: 'prod' }],
  IpPermissions: [
    { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }, { CidrIp: '10.0.0.0/8' }], Ipv6Ranges: [] },
    { IpProtocol: '-1', IpRanges: [], Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
  ],
  Meta: { a: { x: 1 }, b: { x: 2 }, c: null },
  Nothing: null,
};

describe('JSONPath keys', () => {
  // The direct walkers must agree with jsonpath-plus on every path they take over.
  it.each([
    '$.GroupId',
    '$.IpPermissions[0].FromPort',
    '$.IpPermissions[5].FromPort',
    '$.Missing.deeper',
    '$.Nothing',
    '$.Nothing.x',
    '$.IpPermissions.length',
    '$.IpPermissions[*].IpRanges[*].CidrIp',
    '$.IpPermissions[*].Ipv6Ranges[*].CidrIpv6',
    '$.IpPermissions[*].FromPort',
    '$.Tags[*]',
    '$.Meta.*.x',
    '$.Meta.*',
    '$.*',
    '$',
    "$.Tags[?(@.Key=='Name')].Value",
    "$.IpPermissions[?(@.IpProtocol=='-1' || (@.FromPort<=22 && @.ToPort>=22))].IpRanges[*].CidrIp",
    "$.IpPermissions[?(@.IpProtocol=='tcp')].Ipv6Ranges[*].CidrIpv6",
    "$.IpPermissions[*].IpRanges[?(@.CidrIp=='0.0.0.0/0')].CidrIp",
    "$.Meta[?(@ && @.x > 1)].x",
    '$.IpPermissions[?(@.FromPort == @root.IpPermissions[0].ToPort)].IpProtocol',
  ])('%s reads what jsonpath-plus reads', (path) => {
    expect(compileJsonPath(path)(group)).toEqual(JSONPath({ path, json: group, wrap: true, eval: 'safe' }));
  });

  it('evaluates filters with the safe evaluator', () => {
    expect(compileJsonPath("$.Tags[?(@.Key=='Name')].Value")(group)).toEqual(['web']);
    expect(compileJsonPath('$.IpPermissions[?(@.IpProtocol==\'-1\' || (@.FromPort<=22 && @.ToPort>=22))].IpProtocol')(group)).toEqual(['tcp', '-1']);
  });

  it.each([
    ['GroupId', /must start with \$/],
    ['$.a[?(@.x ==', /bad filter expression|unbalanced/],
  ])('rejects %s', (path, message) => {
    expect(checkJsonPath(path)).toMatch(message);
  });

  it('accepts good paths', () => {
    expect(checkJsonPath("$.Tags[?(@.Key=='Name')].Value")).toBeNull();
    expect(checkJsonPath('$.a[*].b')).toBeNull();
  });

  it('tells definite paths from lists', () => {
    expect(isDefiniteJsonPath('$.a.b[0]')).toBe(true);
    expect(isDefiniteJsonPath('$.a[*].b')).toBe(false);
    expect(isDefiniteJsonPath("$.a[?(@.x==1)]")).toBe(false);
  });
});

describe('JSONPath keys that jsonpath-plus evaluates', () => {
  it('applies a negative filter one level deep, as the string form does', () => {
    // @property keeps this path on jsonpath-plus.
    const read = compileJsonPath("$.IpPermissions[?(@property !== 0 && @.IpProtocol !== 'tcp')].IpProtocol");
    expect(read(group)).toEqual(['-1']);
  });
});
