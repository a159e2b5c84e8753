import { JSONPath } from 'jsonpath-plus';
import { describe, expect, it } from 'vitest';
import { compileFilter } from '../../src/lib/filter-expression.js';

const rules = [
  { IpProtocol: 'tcp', FromPort: 20, ToPort: 25, ports: ['20-25'], IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
  { IpProtocol: '-1', IpRanges: [] },
  { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, Tags: { env: 'prod' } },
  { IpProtocol: 'udp', FromPort: 53, ToPort: 53, Count: '7' },
  null,
  'text',
];

describe('compiled JSONPath filters', () => {
  // Each must keep exactly what jsonpath-plus's own safe evaluator keeps.
  it.each([
    "?(@.IpProtocol=='-1' || (@.IpProtocol=='tcp' && @.FromPort<=22 && @.ToPort>=22))",
    '?(@.FromPort >= 100)',
    '?(@.FromPort == 20 && @.ToPort != 20)',
    "?(@.IpProtocol === 'tcp')",
    "?(@.IpProtocol !== 'tcp')",
    '?(!@.ports)',
    '?(@.ports)',
    "?(@['IpProtocol'] == 'udp')",
    '?(@.Count == 7)',
    '?(@.ToPort - @.FromPort > 1)',
    '?(-@.FromPort < -100)',
    "?(@.Tags && @.Tags.env == 'prod')",
  ])('%s', (filter) => {
    const keep = compileFilter(filter);
    expect(keep).toBeDefined();
    const safe = rules.filter((r) => r !== null && typeof r === 'object');
    expect(safe.filter(keep!)).toEqual(JSONPath({ path: `$[${filter}]`, json: safe, wrap: true, eval: 'safe' }));
  });

  it('treats a member of nothing as undefined instead of failing the scan', () => {
    expect(rules.filter(compileFilter("?(@.Tags.env == 'prod')")!)).toEqual([rules[2]]);
  });

  it.each([
    "?(@.name.indexOf('x') >= 0)", // a call
    '?(@root.a == 1)',
    '?(@parent.x)',
    '?(@.constructor.constructor("return process")())',
    '?(@.a = 1)', // assignment is not an expression here
  ])('leaves %s to jsonpath-plus', (filter) => {
    expect(compileFilter(filter)).toBeUndefined();
  });

  it('never reaches a prototype', () => {
    expect(compileFilter('?(@.constructor)')).toBeUndefined();
    expect([{ a: 1 }].filter(compileFilter("?(@['__proto__'])")!)).toEqual([]);
  });
});
