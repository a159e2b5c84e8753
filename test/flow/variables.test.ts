import { describe, expect, it } from 'vitest';
import { findVariableRefs, parseOverride, resolveValues, substitute } from '../../src/flow/variables.js';

describe('flow variables', () => {
  it('substitutes a whole reference with its typed value and interpolates inside text', () => {
    const values = { cidrs: ['10.0.0.0/8'], port: 22, name: 'ssh' };
    expect(substitute({ a: '$wf.variables:cidrs', b: ['$wf.variables:port'], c: 'open $wf.variables:name on $wf.variables:port' }, values)).toEqual({
      a: ['10.0.0.0/8'],
      b: [22],
      c: 'open ssh on 22',
    });
  });

  it('finds references with their paths', () => {
    expect(findVariableRefs({ key: '$.x', fail_if: { conditions: [{ value: '$wf.variables:trusted' }] } })).toEqual([
      { path: ['fail_if', 'conditions', 0, 'value'], name: 'trusted' },
    ]);
  });

  it.each([
    [{ type: 'array' as const, value: [] }, '10.0.0.0/8, 192.168.0.0/16', { value: ['10.0.0.0/8', '192.168.0.0/16'] }],
    [{ type: 'array' as const, value: [] }, '["a","b"]', { value: ['a', 'b'] }],
    [{ type: 'number' as const, value: 1 }, '443', { value: 443 }],
    [{ type: 'number' as const, value: 1 }, 'x', { error: '"x" is not a number' }],
    [{ type: 'boolean' as const, value: true }, 'false', { value: false }],
    [{ type: 'boolean' as const, value: true }, 'yes', { error: '"yes" is not true or false' }],
    [{ type: 'object' as const, value: {} }, '{"a":1}', { value: { a: 1 } }],
    [{ type: 'object' as const, value: {} }, '{a', { error: '"{a" is not valid JSON' }],
    [{ type: 'string' as const, value: '' }, '42', { value: '42' }],
    [{ value: '' }, '42', { value: 42 }],
    [{ value: '' }, 'prod', { value: 'prod' }],
  ])('--var parses %j from %s', (variable, text, expected) => {
    expect(parseOverride(variable, text)).toEqual(expected);
  });

  it('redacts secret variables in what history records, and lists their values for the run\'s redaction', () => {
    expect(resolveValues({ token: { value: 'abc', secret: true }, port: { value: 22 } }, { port: 23 })).toEqual({
      values: { token: 'abc', port: 23 },
      redacted: { token: '*****', port: 23 },
      secrets: ['abc'],
    });
  });
});
