import { afterEach, describe, expect, it } from 'vitest';
import { addEnvironmentCredentials, addSecret, forgetSecrets, holdsSecret, redactedJson, redactText, redactValue } from '../../src/lib/redact.js';
import { printable } from '../../src/cli/io.js';

afterEach(() => forgetSecrets());

describe('the run\'s secrets', () => {
  it('changes nothing while no secret is known', () => {
    const report = { a: 'tok-123456', n: 1 };
    expect(redactValue(report)).toBe(report);
    expect(redactText('tok-123456')).toBe('tok-123456');
    expect(redactedJson(report)).toBe('{"a":"tok-123456","n":1}');
  });

  it.each([
    ['as written', 'a&b "c" <d>=e/f g', 'x a&b "c" <d>=e/f g y'],
    ['inside a JSON string', 'a&b "c" <d>=e/f g', JSON.stringify({ v: 'x a&b "c" <d>=e/f g y' })],
    ['percent-encoded in a URL', 'a&b "c" <d>=e/f g', `https://h.test/?k=x${encodeURIComponent('a&b "c" <d>=e/f g')}y`],
    ['form-encoded', 'a&b "c" <d>=e/f g', `k=x${new URLSearchParams({ v: 'a&b "c" <d>=e/f g' }).toString().slice(2)}y`],
    ['HTML-escaped (handlebars)', 'a&b "c" <d>=e/f g', 'x a&amp;b &quot;c&quot; &lt;d&gt;&#x3D;e/f g y'],
  ])('masks a secret %s', (_name, secret, text) => {
    addSecret(secret);
    expect(redactText(text)).not.toContain('c&quot; &lt;d');
    expect(redactText(text)).toMatch(/^(x |\{"v":"x |https:\/\/h\.test\/\?k=x|k=x)\*\*\*\*\*y?/);
  });

  it('masks the longest secret whole when one holds another', () => {
    addSecret('abcd');
    addSecret('abcdefgh');
    expect(redactText('-abcdefgh-abcd-')).toBe('-*****-*****-');
  });

  it('takes every string and number of an array or object value, and leaves short values and JSON words alone', () => {
    addSecret({ list: ['tok-one', 'tok-two'], pin: 987654, short: 'abc', flag: 'true' });
    expect(redactText('tok-one tok-two 987654 abc true')).toBe('***** ***** ***** abc true');
  });

  it('masks string values, keys and numbers of a structure, which stays JSON', () => {
    addSecret('tok-123456');
    addSecret(987654);
    const value = { reason: 'expected tok-123456', 'tok-123456': [1, 987654], count: 2 };
    expect(redactValue(value)).toEqual({ reason: 'expected *****', '*****': [1, '*****'], count: 2 });
    expect(JSON.parse(redactedJson(value, 2))).toEqual({ reason: 'expected *****', '*****': [1, '*****'], count: 2 });
  });

  it('knows the clouds\' own credentials in the environment', () => {
    addEnvironmentCredentials({ AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG', AWS_REGION: 'us-east-1' });
    expect(redactText('key wJalrXUtnFEMI/K7MDENG in us-east-1')).toBe('key ***** in us-east-1');
    expect(holdsSecret('https://h.test/?k=wJalrXUtnFEMI%2FK7MDENG')).toBe(true);
    expect(holdsSecret('us-east-1')).toBe(false);
  });

  it('is masked in every printed line, before escaping', () => {
    addSecret('line1\nline2');
    expect(printable('got line1\nline2 back')).toBe('got ***** back');
  });
});
